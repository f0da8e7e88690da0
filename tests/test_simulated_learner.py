"""Simulated learners: one who answers with the essay reworded, one who does not know.

A good learner answers every question the tutor asks with the essay passages the question
rests on, reworded (synonyms, dropped words, a typo); a poor one answers with passages
from other topics, "I don't know" or nonsense. The tutor must tell them apart, and its
lessons must reach every topic without repeating a question while others remain.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

import tutor
from tutor._text import language, split_words

PACK = Path(__file__).parent / "pack"
NONSENSE = [
    "purple monkeys dance quietly",
    "the weather is nice today",
    "bananas and spaceships",
    "qwerty asdf zxcv",
    "my cat likes the piano",
]


def _synonyms(t: tutor.Tutor) -> dict[str, list[str]]:
    """Single-word synonyms a learner might swap in, from the engine's and the pack's lists."""
    names = {w for e in t.pack.entities for n in (e.name, *e.aliases) for w in split_words(n)}
    table: dict[str, list[str]] = {}
    for group in [*language()["synonyms"], *t.pack.synonyms]:
        single = [w for w in group if " " not in w]
        for word in single:
            if word not in names:
                table.setdefault(word, []).extend(w for w in single if w != word)
    return table


def reword(text: str, rng: random.Random, synonyms: dict[str, list[str]]) -> str:
    """The passage as a learner might retell it: synonyms, a few words dropped, one typo."""
    words = split_words(text)
    out = []
    for word in words:
        if rng.random() < 0.15 and len(words) > 4:
            continue  # dropped
        if synonyms.get(word) and rng.random() < 0.6:
            word = rng.choice(synonyms[word])
        out.append(word)
    long = [i for i, w in enumerate(out) if len(w) >= 6 and w.isalpha()]
    if long:
        i = rng.choice(long)
        w = out[i]
        j = rng.randrange(1, len(w) - 2)
        out[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]  # two letters swapped
    return " ".join(out)


def _questions_answered(t: tutor.Tutor, answer, seed: int, rounds: int) -> Counter[str]:
    """Drive a lesson, answering every question the tutor asks; count the verdicts."""
    session = t.session(seed=seed)
    verdicts: Counter[str] = Counter()
    reply = session.respond("/lesson")
    for _ in range(rounds):
        if reply.follow_up is None:
            break
        pending = session.conversation.pending_question
        assert pending is not None
        question = t.pack.dialogs.question(pending)
        reply = session.respond(answer(question))
        verdicts[str(reply.verdict)] += 1
    return verdicts


def _packs() -> list[tutor.Tutor]:
    return [tutor.Tutor(), tutor.Tutor.from_path(PACK)]


@pytest.fixture(scope="module", params=["default", "test-pack"])
def pack(request: pytest.FixtureRequest) -> tutor.Tutor:
    return tutor.Tutor() if request.param == "default" else tutor.Tutor.from_path(PACK)


def test_a_learner_who_rewords_the_essay_is_judged_right(pack: tutor.Tutor) -> None:
    synonyms = _synonyms(pack)
    total: Counter[str] = Counter()
    for seed in range(6):
        rng = random.Random(seed)

        def answer(question, rng=rng):
            passage = pack.pack.fact(rng.choice(question.facts)).source
            return reword(passage, rng, synonyms)

        total += _questions_answered(pack, answer, seed, rounds=200)
    answered = sum(total.values())
    good = total["correct"] + total["partial"]
    print(f"\nrewording learner: {dict(total)}; correct or partial {good / answered:.0%}")
    assert answered >= 20
    assert good / answered >= 0.85


def test_a_learner_who_does_not_know_is_never_judged_right(pack: tutor.Tutor) -> None:
    total: Counter[str] = Counter()
    for seed in range(6):
        rng = random.Random(seed)

        def answer(question, rng=rng):
            roll = rng.random()
            if roll < 0.5:
                others = [f for f in pack.pack.facts if f.topic != question.topic]
                return rng.choice(others).source
            if roll < 0.75:
                return rng.choice(["I don't know", "no idea", "not sure"])
            return rng.choice(NONSENSE)

        total += _questions_answered(pack, answer, seed, rounds=400)
    answered = sum(total.values())
    print(f"\nunrelated learner: {dict(total)}; correct {total['correct'] / answered:.0%}")
    assert answered >= 40
    assert total["correct"] / answered <= 0.05


def test_every_lesson_reaches_every_topic(pack: tutor.Tutor) -> None:
    for seed in range(3):
        session = pack.session(seed=seed)
        reply = session.respond("teach me")
        asked_topics = []
        for _ in range(200):
            pending = session.conversation.pending_question
            if pending is None:
                break
            asked_topics.append(pack.pack.dialogs.question(pending).topic)
            reply = session.respond(["no idea", "skip", "purple monkeys"][seed])
        assert reply.follow_up is None
        assert list(dict.fromkeys(asked_topics)) == list(pack.pack.dialogs.lesson)


def test_no_question_repeats_while_others_remain(pack: tutor.Tutor) -> None:
    session = pack.session(seed=5)
    reply = session.respond("/quiz 20")
    asked = []
    while reply.follow_up is not None:
        asked.append(session.conversation.pending_question)
        reply = session.respond("I don't know")
    n = len(pack.pack.dialogs.questions)
    assert len(asked) == min(20, n)
    assert len(set(asked)) == len(asked)
