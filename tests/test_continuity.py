"""A learner's thread across turns: asking for the question again, saying it is unclear.

Transcripts through respond() on the small test pack (tests/pack), whose questions and
hints are known, so each reply can be checked word for word where it matters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._content import read_yaml

PACK = Path(__file__).parent / "pack"
CLASH = "Why did Brand and Vell clash over Tallow?"
FIRST_HINT = "What did Brand hope the town could do on its own?"
VOICE = read_yaml(Path(tutor.__file__).parent / "data" / "dialogue.yaml").data


@pytest.fixture(scope="module")
def teacher() -> tutor.Tutor:
    return tutor.Tutor.from_path(PACK)


@pytest.fixture
def say(teacher: tutor.Tutor):  # type: ignore[no-untyped-def]
    return teacher.session(seed=1).respond


@pytest.mark.parametrize(
    "line",
    [
        "what was the question?",
        "Can you repeat the question",
        "more about what? i forgot the question",
        "say that again",
        "sorry, what was your question again?",
        "I forgot the question",
        "what did you ask?",
    ],
)
def test_asking_for_the_question_again_repeats_it_and_is_never_judged(say, line: str) -> None:
    assert say("teach me").follow_up == CLASH
    reply = say(line)
    assert reply.verdict is None and reply.kind == "question"
    assert reply.follow_up == CLASH
    # it cost the learner nothing: a right answer next is still right first time
    answer = say("Brand wanted the town to govern itself but Vell wanted Greymouth to rule")
    assert answer.verdict == "correct"


@pytest.mark.parametrize(
    "line", ["I don't understand the question", "what do you mean?", "can you rephrase that"]
)
def test_an_unclear_question_is_put_another_way_never_judged(say, line: str) -> None:
    say("teach me")
    reply = say(line)
    assert reply.verdict is None and reply.kind == "hint"
    assert reply.follow_up == FIRST_HINT
    assert not any(bad.split("{")[0] in reply.text for bad in VOICE["negative"])


def test_after_a_hint_the_question_is_restated_with_the_hint(say) -> None:
    say("teach me")
    say("/hint")
    reply = say("what was the question?")
    assert CLASH in reply.text and reply.follow_up == FIRST_HINT


def test_say_that_again_after_an_answer_repeats_the_answer(say, teacher: tutor.Tutor) -> None:
    say("/quiet")  # no follow-up question: nothing waits
    answer = say("What did Edda Brand want?")
    again = say("say that again")
    assert again.kind == "answer" and answer.text in again.text


def test_with_nothing_asked_the_learner_is_told_so(say) -> None:
    assert "haven't asked" in say("what was the question?").text
    assert say("I don't understand the question").kind == "smalltalk"


def test_a_question_about_the_text_that_mentions_a_question_is_still_answered(say) -> None:
    reply = say("what did Edda Brand want?")
    assert reply.kind == "answer"
