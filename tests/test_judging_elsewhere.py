"""A true sentence that answers another question, said while the tutor waits for an answer.

Generated over the default pack: every dialog question is answered, in a lesson and in a
quiz, with the assertion (best answer) of every other question whose facts share none of
its own facts nor the facts those name as related. Each is true (the pack's own words)
and answers something else, so none may be judged correct, none may be corrected as a
mix-up of who did what ("That was Stalin, not Trotsky") or as a denial, and each must be
told that it is true but answers another question, while the ladder (or the quiz) moves
on. The table of outcomes is printed (pytest -s shows it).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

import tutor
from tutor._content import read_yaml
from tutor._dialogs import Expectation, Question

VOICE = read_yaml(Path(tutor.__file__).parent / "data" / "dialogue.yaml").data
MIX_UPS = ("conflict_role", "conflict_swapped", "conflict_negated")


@pytest.fixture(scope="module")
def essay() -> tutor.Tutor:
    return tutor.Tutor()


def said(key: str, text: str) -> bool:
    """Whether a reply says one of the wordings of a voice message (its longest fixed part)."""
    fixed = [max(re.split(r"\{[^}]*\}", p), key=len).strip() for p in VOICE[key]]
    return any(f in text for f in fixed if f)


def _near(t: tutor.Tutor, q: Question) -> set[str]:
    """A question's facts and those they name as related."""
    out = set(q.facts)
    for f in q.facts:
        out.update(t.pack.fact(f).related)
    return out


def pairs(t: tutor.Tutor) -> list[tuple[Question, Expectation]]:
    """(question, an expectation of another question sharing no fact with it)."""
    questions = list(t.pack.dialogs.questions.values())
    return [
        (a, e)
        for a in questions
        for b in questions
        if b is not a and not (_near(t, a) & set(b.facts) or _near(t, b) & set(a.facts))
        for e in b.expectations
    ]


def waiting(t: tutor.Tutor, q: Question, mode: str) -> tutor.Session:
    """A session whose lesson (or quiz) is waiting for the answer to `q`."""
    session = t.session(seed=1)
    session.respond("/lesson" if mode == "lesson" else "/quiz 1")
    state = json.loads(session.conversation.to_json())
    dialogue = state["dialogue"]
    dialogue["pending"].update(q=q.id, text=q.ask)
    if mode == "lesson":
        topics = dialogue["lesson"]["topics"]
        dialogue["lesson"].update(topic=q.topic, at=topics.index(q.topic), asked=[q.id])
    conversation = tutor.ConversationState.from_json(json.dumps(state))
    return t.session(session.learner, conversation, seed=1)


def outcome(reply: tutor.Reply) -> str:
    if reply.verdict == "correct":
        return "correct"
    for key in MIX_UPS:
        if said(key, reply.text):
            return key
    if said("misconception", reply.text):
        return "misconception"
    if said("elsewhere", reply.text) or said("quiz_elsewhere", reply.text):
        return "elsewhere"
    return f"other ({reply.verdict})"


@pytest.mark.parametrize("mode", ["lesson", "quiz"])
def test_a_true_sentence_answering_another_question_is_told_so(essay, mode) -> None:
    table: Counter[str] = Counter()
    misses = []
    for q, e in pairs(essay):
        session = waiting(essay, q, mode)
        reply = session.respond(e.assertion)
        got = outcome(reply)
        table[got] += 1
        if got != "elsewhere":
            misses.append(f"  {q.id} <- {e.id}: {got}: {reply.text[:100]}")
        # the ladder moves on: the next rung of the same question, or the quiz goes on
        if mode == "lesson":
            assert reply.kind == "hint" and reply.verdict == "incorrect", (q.id, e.id)
            assert reply.follow_up not in (None, q.ask), (q.id, e.id)
        else:
            assert reply.kind == "feedback" and session.conversation.pending_question != q.id
    print(f"\n{mode}: {sum(table.values())} true sentences of other questions: {dict(table)}")
    print("\n".join(misses))
    assert sum(table.values()) >= 1500
    assert table["elsewhere"] == sum(table.values())


def test_the_lessons_first_question_answered_with_another_true_point(essay) -> None:
    """Found in a lesson: 'Trotsky underestimated the party machinery' is true, and no
    mix-up of who seemed the natural heir."""
    session = essay.session(seed=1)
    session.respond("/lesson")
    asked = session.conversation.pending_question
    reply = session.respond("Trotsky underestimated the party machinery")
    assert not any(said(key, reply.text) for key in MIX_UPS)  # not "That was Stalin, not ..."
    assert said("elsewhere", reply.text) and reply.verdict == "incorrect"
    assert session.conversation.pending_question == asked and reply.rung == "hint"
    # a wrong one is still corrected with who did what
    reply = session.respond("Trotsky controlled the appointments")
    assert reply.verdict == "incorrect" and not said("elsewhere", reply.text)


def test_a_question_s_own_point_in_another_fact_s_words_is_credited(essay) -> None:
    """'he controlled the party machinery' tells how Stalin won, though the words are
    nearer another fact's: an answer, not 'true, but ...'."""
    session = essay.session(seed=1)
    session.pose("co-how-won")
    reply = session.respond("he controlled the party machinery")
    assert reply.verdict == "partial" and not said("elsewhere", reply.text)


def test_partial_credit_says_a_point_is_missing_and_asks_for_it(essay) -> None:
    """One point of a question of two or three, said in its own words: partial credit
    that says how many are missing, and the next hint asks about a missing one."""
    missed = []
    for q in essay.pack.dialogs.questions.values():
        if len(q.expectations) < 2:
            continue
        for e in q.expectations:
            session = essay.session(seed=1)
            session.pose(q.id)
            reply = session.respond(e.phrases[0])
            others = [x for x in q.expectations if x is not e]
            asks = {h for x in others for h in (*x.hints, x.prompt.text)}
            key = "missing" if len(others) == 1 else "missing_many"
            if (
                reply.verdict != "partial"
                or not said(key, reply.text)
                or reply.follow_up not in asks
            ):
                missed.append(f"{e.id}: {reply.verdict} {reply.text[:80]}")
    # one known miss: ex-unchallenged's phrase "so no one could challenge him" reads as the one
    # term "rival" once synonyms are applied, so "Trotsky was his biggest rival" says both
    assert len(missed) <= 1, missed


def test_a_bare_word_is_no_true_statement_about_something_else(essay: tutor.Tutor) -> None:
    """'appointments' said to a quiz question about how Stalin dealt with his allies is a
    word of another fact, not a statement: no "That's true", just not the answer."""
    session = essay.session(seed=0)
    asked = session.respond("/quiz").follow_up
    reply = session.respond("appointments")
    assert not said("quiz_elsewhere", reply.text), (asked, reply.text)
    assert not said("quiz_right", reply.text)
