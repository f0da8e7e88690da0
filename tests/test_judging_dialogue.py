"""Judging by meaning in the conversation, on the default pack (the essay).

While the tutor waits for an answer, every statement is an attempt: it gets a verdict and
moves the ladder; a false one is corrected with who did what, a true one about something
else is not credited. Simulated learners, over all the pack's dialog questions, never
spend more than five lines on one question, and a bad learner is almost never praised.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from test_judging import generate
from test_simulated_learner import NONSENSE, _synonyms, reword

import tutor
from tutor._content import read_yaml
from tutor._dialogs import Question

VOICE = read_yaml(Path(tutor.__file__).parent / "data" / "dialogue.yaml").data
RESTATED = yaml.safe_load(
    (Path(__file__).parent / "judging" / "restatements.yaml").read_text(encoding="utf-8")
)
MAX_LINES = 5


@pytest.fixture(scope="module")
def essay() -> tutor.Tutor:
    return tutor.Tutor()


def posed(t: tutor.Tutor, qid: str, seed: int = 1) -> tutor.Session:
    session = t.session(seed=seed)
    session.pose(qid)
    return session


def said(key: str, text: str) -> bool:
    """Whether a reply says one of the wordings of a voice message (its longest fixed part)."""
    fixed = [max(re.split(r"\{[^}]*\}", p), key=len).strip() for p in VOICE[key]]
    return any(f in text for f in fixed if f)


# --- one answer at a time -------------------------------------------------------------------


def test_the_right_people_in_swapped_roles_is_wrong_and_the_correction_says_who(essay) -> None:
    reply = posed(essay, "gs-why-powerful").respond("Trotsky controlled the appointments")
    assert reply.verdict == "incorrect"
    assert "It was Stalin, not Trotsky" in reply.text or "That was Stalin, not Trotsky" in (
        reply.text
    )
    assert "controlled party membership and personnel appointments" in reply.text
    assert not reply.text.startswith(("Correct", "Yes", "That's right"))


def test_a_denied_true_statement_is_wrong(essay) -> None:
    reply = posed(essay, "gs-why-powerful").respond("Stalin never controlled appointments")
    assert reply.verdict == "incorrect"
    assert said("conflict_negated", reply.text)
    reply = posed(essay, "ex-who-killed").respond("Mercader did not kill Trotsky")
    assert reply.verdict == "incorrect"


def test_a_true_statement_about_another_fact_is_not_credited(essay) -> None:
    session = posed(essay, "gs-why-powerful")
    reply = session.respond("Trotsky was assassinated by Ramon Mercader in Mexico in 1940")
    assert reply.verdict == "incorrect"
    assert "the question asks" in reply.text or "doesn't answer my question" in reply.text
    assert reply.kind == "hint"  # and the ladder moves on: a hint for the question
    assert session.conversation.pending_question == "gs-why-powerful"


def test_partial_credit_says_what_is_missing(essay) -> None:
    session = posed(essay, "gs-why-powerful")
    reply = session.respond("he controlled who got appointed to posts")
    assert reply.verdict == "partial"
    assert said("missing", reply.text)
    # the follow-up asks about the missing point (the loyal base), not the one said
    assert reply.follow_up in essay.pack.dialogs.question("gs-why-powerful").expectations[1].hints


def test_correct_is_never_said_to_a_false_statement(essay) -> None:
    false = [c for c in generate(essay) if c.kind in ("swapped", "negated")]
    for case in false:
        reply = posed(essay, case.question.id).respond(case.say)
        assert reply.verdict != "correct", case.say
        assert not said("praise", reply.text), case.say


def test_a_false_claim_is_corrected_by_who_did_what(essay) -> None:
    for claim in (
        "Trotsky exiled Stalin",
        "Trotsky killed Mercader",
        "Stalin was assassinated",
        "Stalin's dominance was limited to party politics",  # it was not
    ):
        reply = essay.session(seed=1).respond(claim)
        assert reply.kind == "correction", claim
        assert not said("confirm", reply.text), claim
    for claim in ("Stalin exiled Trotsky", "Mercader killed Trotsky"):
        assert essay.session(seed=1).respond(claim).kind == "answer", claim


def test_a_statement_while_a_question_waits_is_judged_not_answered(essay) -> None:
    session = essay.session(seed=3)
    session.respond("/lesson")
    reply = session.respond("Trotsky controlled the appointments")
    assert reply.kind in ("hint", "feedback") and reply.verdict == "incorrect"


def test_the_learners_own_question_is_answered_and_the_question_resumes(essay) -> None:
    session = posed(essay, "gs-why-powerful")
    reply = session.respond("who was Bukharin?")
    assert reply.kind == "answer" and reply.verdict is None
    assert "Bukharin" in reply.text
    assert reply.follow_up is not None and said("resume", reply.follow_up)
    assert session.conversation.pending_question == "gs-why-powerful"


def test_each_questions_best_answer_told_to_the_tutor_is_confirmed_from_its_facts(essay) -> None:
    """Every assertion of a lesson question, said to the tutor, is confirmed with a fact
    of that question, or one that says the same point."""
    judge = essay._engine.dialogue.judge
    read = essay._engine.reader.read
    missed = []
    for q in essay.pack.dialogs.questions.values():
        for e in q.expectations:
            reply = essay.session(seed=0).respond(e.assertion)
            ours = set(reply.fact_ids) & set(q.facts)
            same = any(
                e.id in judge.judge(q, [read(essay.pack.fact(f).answer)]).covered
                for f in reply.fact_ids
            )
            if reply.kind != "answer" or not (ours or same):
                missed.append(f"{e.id}: {reply.kind} {reply.fact_ids}")
    assert missed == []


# --- simulated learners ------------------------------------------------------------------------


Answer = Callable[[Question, random.Random, int], str]


def _learners(t: tutor.Tutor) -> dict[str, Answer]:
    synonyms = _synonyms(t)
    cases = generate(t)
    wrong: dict[str, list[str]] = {}
    unrelated: dict[str, list[str]] = {}
    for c in cases:
        if c.kind in ("swapped", "negated"):
            wrong.setdefault(c.question.id, []).append(c.say)
        if c.kind == "unrelated":
            unrelated.setdefault(c.question.id, []).append(c.say)
    essay = (Path(tutor.__file__).parent.parent / "knowledge" / "essay.txt").read_text()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", essay) if len(s.split()) >= 6]

    def good(q: Question, rng: random.Random, k: int) -> str:
        if rng.random() < 0.5:
            e = q.expectations[k % len(q.expectations)]
            return rng.choice(RESTATED[e.id])
        return reword(t.pack.fact(rng.choice(q.facts)).source, rng, synonyms)

    def bad(q: Question, rng: random.Random, k: int) -> str:
        roll = rng.random()
        if roll < 0.25:
            return rng.choice(["I don't know", "no idea", "not sure"])
        if roll < 0.5:
            return rng.choice(NONSENSE)
        if roll < 0.75 and wrong.get(q.id):
            return rng.choice(wrong[q.id])
        return rng.choice(unrelated[q.id])  # a true fact from elsewhere

    def irrelevant(q: Question, rng: random.Random, k: int) -> str:
        own = " ".join(t.pack.fact(f).source for f in q.facts)
        return rng.choice([s for s in sentences if s[:40] not in own])

    def tutors_own(q: Question, rng: random.Random, k: int) -> str:
        answer = t.session(seed=0).respond(q.ask).text
        return [answer, *(e.assertion for e in q.expectations)][k % (1 + len(q.expectations))]

    return {"good": good, "bad": bad, "irrelevant": irrelevant, "tutors-own": tutors_own}


def _run(t: tutor.Tutor, answer: Answer, seeds: int) -> tuple[int, Counter[str], int]:
    """Pose every dialog question and answer it until the tutor moves on: the most lines
    spent on one question, the verdicts, and how often the reply praised the learner."""
    worst, verdicts, praised = 0, Counter[str](), 0
    for seed in range(seeds):
        rng = random.Random(seed)
        for q in t.pack.dialogs.questions.values():
            session = posed(t, q.id, seed)
            lines = 0
            while session.conversation.pending_question == q.id:
                reply = session.respond(answer(q, rng, lines))
                lines += 1  # a question re-asked after "Back to my question." is the same
                verdicts[str(reply.verdict)] += 1
                praised += reply.verdict in ("correct", "partial") or said("praise", reply.text)
                if lines > 2 * MAX_LINES:
                    break
            worst = max(worst, lines)
    return worst, verdicts, praised


@pytest.mark.parametrize("kind", ["good", "bad", "irrelevant", "tutors-own"])
def test_no_simulated_learner_spends_more_than_five_lines_on_one_question(essay, kind) -> None:
    worst, verdicts, _ = _run(essay, _learners(essay)[kind], seeds=2)
    print(f"\n{kind}: at most {worst} lines on one question; verdicts {dict(verdicts)}")
    assert worst <= MAX_LINES


def test_the_bad_learner_is_praised_on_at_most_two_percent_of_answers(essay) -> None:
    _, verdicts, praised = _run(essay, _learners(essay)["bad"], seeds=4)
    answers = sum(verdicts.values())
    print(f"\nbad learner: praised {praised} of {answers} ({praised / answers:.1%})")
    assert answers >= 300
    assert praised / answers <= 0.02


def test_a_quiz_gives_no_credit_for_a_point_said_wrongly(essay) -> None:
    session = essay.session(seed=1)
    session.respond("/quiz 1")
    question = essay.pack.dialogs.question(str(session.conversation.pending_question))
    wrong = next(c for c in generate(essay) if c.question == question and c.kind == "swapped")
    reply = session.respond(wrong.say)
    assert reply.verdict == "incorrect", wrong.say


def test_a_statement_with_a_relative_clause_is_an_answer_not_a_question(essay) -> None:
    reply = posed(essay, "gs-why-powerful").respond(
        "Stalin got to decide who was appointed to party posts"
    )
    assert reply.kind == "hint" and reply.verdict == "partial"
    reply = posed(essay, "gs-why-powerful").respond("and when was he made General Secretary")
    assert reply.kind == "answer" and reply.verdict is None  # a question of the learner's


def test_a_line_that_plainly_asks_is_the_learners_question_not_an_attempt(essay) -> None:
    """After an answer's follow-up question, a line ending in a question word, or a short
    question going on with "just" or "too", asks something of the learner's own."""
    for first, then in (
        ("What was the Troika?", "so the three of them did what"),
        ("What was Stalin's job from 1922?", "it gave him power over who"),
        ("Who won the struggle after Lenin died?", "just Stalin alone?"),
    ):
        session = essay.session(seed=2)
        assert session.respond(first).follow_up is not None
        reply = session.respond(then)
        assert reply.verdict is None and reply.kind in ("answer", "fallback"), then


def test_in_a_lesson_a_line_ending_in_a_question_word_is_still_an_attempt(essay) -> None:
    session = essay.session(seed=3)
    session.respond("/lesson")
    reply = session.respond("he controlled the appointments of who")
    assert reply.verdict is not None


@pytest.mark.parametrize("line", ["qui a tué Trotsky ? 日本語", "Ünïcödé façade — 水 ?"])
def test_a_line_in_another_script_is_no_attempt_at_the_answer(essay, line: str) -> None:
    """A line the tutor cannot read is not judged "wrong" nor counted as an attempt: the
    question still waits, and the learner's answer after it is judged as the first."""
    s = posed(essay, "ex-why-kill")
    r = s.respond(line)
    assert r.verdict is None and r.judged_question is None
    r = s.respond("because he was still a threat to Stalin")
    assert r.judged_question == "ex-why-kill" and r.verdict == "partial"


def test_a_line_on_the_way_that_turns_who_did_what_round_is_still_wrong(essay) -> None:
    """Sharing the question's words earns partial credit only when the line does not turn
    round who did what to whom ("Stalin was a threat to Trotsky": it was the other way)."""
    s = posed(essay, "ex-why-kill")
    assert s.respond("Stalin feared Trotsky").verdict == "partial"
    s = posed(essay, "ex-why-kill")
    assert s.respond("because Stalin was a threat to Trotsky").verdict == "incorrect"


def test_a_membership_claim_asked_while_a_question_waits_is_checked(essay) -> None:
    """'the troika was A, B and C?' with a question waiting was answered as a search;
    a claim with a question mark is checked as a claim, and the question still waits."""
    session = essay.session(seed=0)
    session.respond("who came out on top after lenin?")  # an answer, and a question after it
    asked = session.conversation.pending_question
    assert asked is not None
    reply = session.respond("the troika was stalin, lenin and kamenev?")
    assert reply.kind == "correction", reply.text
    assert "Zinoviev" in reply.text
    assert session.conversation.pending_question == asked
