"""Judging answers: every expectation, all that was said, synonyms and near-miss spellings."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._judge import COVERED, Judge
from tutor._phrases import cues
from tutor._utterance import Utterance

PACK = Path(__file__).parent / "pack"


@pytest.fixture(scope="module")
def judge() -> tuple[Judge, tutor.Tutor]:
    t = tutor.Tutor.from_path(PACK)
    framer = t._engine.reader.framer
    return Judge(t.pack, t._engine.analyzer, t._engine.index, cues(), framer), t


def said(t: tutor.Tutor, line: str) -> Utterance:
    """A learner's line as the session reads it."""
    return t._engine.reader.read(line)


def scores(judge: tuple[Judge, tutor.Tutor], qid: str, *lines: str) -> dict[str, float]:
    j, t = judge
    return j.judge(t.pack.dialogs.question(qid), [said(t, x) for x in lines]).scores


def test_a_phrase_in_other_words_covers_its_expectation(judge) -> None:
    got = scores(judge, "lg-pamphlets", "they handed out flyers calling him greedy")
    assert got["lg-printed"] >= COVERED and got["lg-greedy"] >= COVERED


def test_an_answer_about_something_else_covers_nothing(judge) -> None:
    got = scores(judge, "lg-pamphlets", "the king granted the charter in 1822")
    assert max(got.values()) < COVERED


def test_everything_said_on_a_question_counts(judge) -> None:
    first = scores(judge, "lg-pamphlets", "they printed pamphlets")
    both = scores(judge, "lg-pamphlets", "they printed pamphlets", "saying he was greedy")
    assert first["lg-greedy"] < COVERED <= both["lg-greedy"]
    assert both["lg-printed"] >= COVERED


def test_a_near_miss_spelling_counts_and_is_reported(judge) -> None:
    j, t = judge
    verdict = j.judge(t.pack.dialogs.question("lg-pamphlets"), [said(t, "they printed pamflets")])
    assert "lg-printed" in verdict.covered
    assert ("pamflets", "pamphlets") in verdict.spelling


def test_a_voiced_misconception_is_found_unless_denied(judge) -> None:
    j, t = judge
    question = t.pack.dialogs.question("lg-pamphlets")
    voiced = j.judge(question, [said(t, "the league praised vell")]).misconception
    assert voiced is not None and voiced.id == "lg-praised"
    assert j.judge(question, [said(t, "the league never praised vell")]).misconception is None


def test_a_prompt_takes_its_cue_word_or_a_close_spelling(judge) -> None:
    j, t = judge
    question = t.pack.dialogs.question("lg-why-guild")
    expectation = question.expectations[0]
    assert j.fills(expectation, question, said(t, "fleet"))[0]
    assert j.fills(expectation, question, said(t, "the flete")) == (True, [("flete", "fleet")])
    assert not j.fills(expectation, question, said(t, "farmers"))[0]


def test_an_answer_making_every_point_of_a_question_covers_them_all() -> None:
    """Each point said right in one line ("Trotsky focused on theory, and Stalin mastered
    the mechanics") is credited: one point's doer is no mix-up of another's."""
    t = tutor.Tutor.from_path(Path(__file__).resolve().parent.parent)  # the essay's pack
    j = t._engine.dialogue.judge
    for q in t.pack.dialogs.questions.values():
        line = " and ".join(e.assertion for e in q.expectations)
        judged = j.judge(q, [said(t, line)])
        assert set(judged.covered) == {e.id for e in q.expectations}, q.id
