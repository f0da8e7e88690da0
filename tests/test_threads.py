"""One Tutor serves many learners at once: 8 threads, each with its own sessions, 500 turns
each, and every conversation goes exactly as it goes when run alone."""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

import tutor
from tutor import _index

THREADS = 8
TURNS = 500
FOLLOW_UPS = ["when?", "why?", "who was he?", "and then?", "where did he go?", "tell me more"]
OTHER = ["hello", "thanks!", "/help", "/topics", "what is the capital of peru", "", "😀", "/nope"]


def conversation(seed: int, pack: Any) -> list[tuple[int | None, str]]:
    """A learner's turns: (session seed, text); a new seed starts a new session."""
    rng = random.Random(seed)
    questions = [q for f in pack.facts for q in f.questions]
    turns: list[tuple[int | None, str]] = []
    session_seed = None
    for n in range(TURNS):
        if n % 60 == 0:
            session_seed = rng.randrange(1000)
            turns.append((session_seed, ""))
        roll = rng.random()
        if roll < 0.55:
            text = rng.choice(questions)
            if rng.random() < 0.3 and len(text) > 6:
                i = rng.randrange(1, len(text) - 1)
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]  # a typo
        elif roll < 0.85:
            text = rng.choice(FOLLOW_UPS)
        else:
            text = rng.choice(OTHER)
        turns.append((None, text))
    return turns


def run(t: tutor.Tutor, turns: list[tuple[int | None, str]]) -> list[dict[str, Any]]:
    """The transcript: every reply, and the session's state after it."""
    transcript: list[dict[str, Any]] = []
    session: tutor.Session | None = None
    for new_seed, text in turns:
        if new_seed is not None:
            session = t.session(seed=new_seed)
            continue
        assert session is not None
        reply = session.respond(text)
        states = {
            "learner": session.learner.to_json(),
            "conversation": session.conversation.to_json(),
        }
        transcript.append({"reply": reply.to_dict(), "state": states})
    return transcript


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Switch threads as often as CPython allows, so that races have every chance."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(old)


@pytest.mark.usefixtures("busy_switching")
@pytest.mark.parametrize(
    "budget",
    [_index._BUDGET, 8],
    ids=["default", "tiny-budget"],  # tiny: every common term goes through its champions
)
def test_eight_threads_share_one_tutor_and_each_transcript_equals_a_solo_run(
    budget: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_index, "_BUDGET", budget)
    solo = tutor.Tutor()
    conversations = [conversation(seed, solo.pack) for seed in range(THREADS)]
    alone = [run(solo, turns) for turns in conversations]

    shared = tutor.Tutor()  # fresh: its caches fill while the threads race
    together: list[list[dict[str, Any]] | None] = [None] * THREADS
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def learner(n: int) -> None:
        try:
            start.wait()
            together[n] = run(shared, conversations[n])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=learner, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for n in range(THREADS):
        assert len(alone[n]) == TURNS
        assert together[n] == alone[n], f"learner {n} got a different conversation"


def lesson(seed: int, pack: Any) -> list[tuple[int | None, str]]:
    """A learner in lessons: answers right, wrong, partly and not at all, so the judge
    prepares the dialog questions it is asked about while other threads do the same."""
    rng = random.Random(seed)
    said = [e.assertion for q in pack.dialogs.questions.values() for e in q.expectations]
    said += [p for q in pack.dialogs.questions.values() for e in q.expectations for p in e.phrases]
    turns: list[tuple[int | None, str]] = [(rng.randrange(1000), "")]
    for n in range(120):
        if n % 30 == 0:
            turns.append((None, "/lesson"))
        roll = rng.random()
        text = rng.choice(said) if roll < 0.6 else rng.choice(["no", "i don't know", "/hint"])
        turns.append((None, text))
    return turns


@pytest.mark.usefixtures("busy_switching")
def test_eight_threads_in_lessons_on_a_fresh_tutor_judge_as_one_alone() -> None:
    """The judge prepares each dialog question on first need: threads racing to it get
    the same judgements as a learner alone."""
    solo = tutor.Tutor()
    conversations = [lesson(seed, solo.pack) for seed in range(THREADS)]
    alone = [run(solo, turns) for turns in conversations]
    shared = tutor.Tutor()
    together: list[list[dict[str, Any]] | None] = [None] * THREADS
    start = threading.Barrier(THREADS)

    def learner(n: int) -> None:
        start.wait()
        together[n] = run(shared, conversations[n])

    threads = [threading.Thread(target=learner, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert together == alone
    assert any(r["reply"]["kind"] in ("feedback", "hint") for r in alone[0])
