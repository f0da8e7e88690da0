"""A learner's thread across turns: asking for the question again, saying it is unclear.

Transcripts through respond() on the small test pack (tests/pack), whose questions and
hints are known, so each reply can be checked word for word where it matters.
"""

from __future__ import annotations

import re
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
    assert "No question of mine is waiting" in say("what was the question?").text
    assert say("I don't understand the question").kind == "smalltalk"


def test_a_question_about_the_text_that_mentions_a_question_is_still_answered(say) -> None:
    reply = say("what did Edda Brand want?")
    assert reply.kind == "answer"


# --- a guess, spelling, and what feedback quotes ------------------------------------------------


def test_a_terse_guess_ending_in_a_question_mark_is_an_answer_attempt(say) -> None:
    say("teach me")
    reply = say("the council?")
    assert reply.verdict == "incorrect" and reply.kind == "hint"
    assert reply.judged_question == "st-clash"
    # a real question while one waits is still answered, then the question resumes
    asked = say("who was Vell?")
    assert asked.verdict is None and str(asked.follow_up).endswith(FIRST_HINT)


@pytest.mark.parametrize(
    "line", ["Vell wanted greymouths rule", "Vell wanted GREYMOUTH to rule", "Vell's Greymouth"]
)
def test_a_plural_possessive_or_capitals_are_no_misspelling(teacher, line: str) -> None:
    for seed in range(6):
        session = teacher.session(seed=seed)
        session.respond("teach me")
        reply = session.respond(line)
        assert reply.verdict == "partial"
        assert "spelling" not in reply.text.lower()


def test_a_misspelt_key_word_is_pointed_out_and_echoed_spelt_right(teacher) -> None:
    for seed in range(6):
        session = teacher.session(seed=seed)
        session.respond("teach me")
        reply = session.respond("Vell wanted greymoth to rule")
        assert "greymouth" in reply.text.lower() and "spelling" in reply.text.lower()
        assert '"greymoth' not in reply.text.lower()  # never quoted back misspelt


def test_feedback_quotes_the_key_words_not_the_whole_line(teacher) -> None:
    line = "well I think Vell really wanted Greymouth to rule the town"
    quoted = []
    for seed in range(12):
        session = teacher.session(seed=seed)
        session.respond("teach me")
        text = session.respond(line).text
        quoted += [q for q in text.split('"')[1::2]]
    assert quoted, "some wording of the feedback quotes the learner"
    for q in quoted:  # "Greymouth to rule": the learner's words that answer, no more
        assert q in line and "Greymouth" in q and len(q.split()) <= 5


# --- lessons --------------------------------------------------------------------------------


RIGHT = {
    "st-clash": "Brand wanted the town to govern itself but Vell wanted Greymouth to rule",
}


def topic_of(reply: tutor.Reply) -> str:
    found = re.search(r"Topic (\d+) of (\d+)", reply.text)
    assert found, reply.text
    return found.group(1)


def test_asking_for_the_lesson_again_goes_on_where_it_stopped(say) -> None:
    first = say("/lesson")
    assert topic_of(first) == "1"
    second = say(RIGHT["st-clash"])
    assert second.verdict == "correct" and topic_of(second) == "2"
    for again in ("/lesson", "teach me"):
        resumed = say(again)
        assert topic_of(resumed) == "2" and resumed.follow_up == second.follow_up


@pytest.mark.parametrize("line", ["ok teach me more", "next", "go on", "continue"])
def test_moving_the_lesson_on_goes_to_the_next_topic(say, line: str) -> None:
    say("/lesson")
    moved = say(line)
    assert topic_of(moved) == "2"
    assert "doesn't say" not in moved.text


def test_a_new_lesson_never_asks_a_question_already_answered_right(say) -> None:
    say("/lesson")
    say(RIGHT["st-clash"])
    say("/lesson stop")
    restarted = say("/lesson")
    assert restarted.follow_up != CLASH


# --- the ladder's voice and what /progress shows ---------------------------------------------------


def test_every_nudge_on_a_question_names_a_direction_and_none_comes_twice(teacher) -> None:
    session = teacher.session(seed=2)
    asked = [session.respond("teach me").follow_up]
    for _ in range(6):
        reply = session.respond("no idea")
        if reply.judged_question == "st-clash" and reply.kind == "feedback":
            break  # told and done: the lesson has moved on
        asked.append(reply.follow_up)
    assert len(asked) == len(set(asked)) > 3
    generic = ("what else", "say more", "anything else")
    assert not any(g in str(a).lower() for a in asked for g in generic)


def test_progress_counts_the_facts_of_a_question_the_learner_answered_as_seen(teacher) -> None:
    session = teacher.session(seed=1)
    say = session.respond
    say("teach me")
    assert say(RIGHT["st-clash"]).verdict == "correct"  # right first time: nothing was told
    start = next(t for t in teacher.progress(session.learner).topics if t.id == "start")
    assert start.mastery > 0 and start.facts_seen >= 2  # the facts the question rests on
