"""What the terminal shows, as text: reply styles, progress bars, the timeline and people.

A small pack written here shows that dates and names come from content, not from code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._content import Pack
from tutor._render import (
    bar,
    plain,
    progress_lines,
    reply_lines,
    summary_lines,
    wrap,
)
from tutor._reply import Reply
from tutor._timeline import draw_people, draw_timeline, people, timeline, when

PACK = """
topic: {id: engines, title: Engines that compute, summary: Early computing., order: 1}
entities:
  - {name: Lovelace, kind: person, aliases: [ada lovelace, ada]}
  - {name: Babbage, kind: person, aliases: [charles babbage]}
  - {name: Menabrea, kind: person, aliases: [luigi menabrea]}
  - {name: Turin, kind: place}
facts:
  - id: notes
    answer: In 1843 Ada Lovelace published notes with the first program.
    source: notes
    questions: [who wrote the first program]
    date: 1843
  - id: engine
    answer: Charles Babbage designed the Analytical Engine with help from Ada.
    source: engine
    questions: [what did babbage design]
    date: early 1830s
  - id: turin
    answer: Babbage lectured on the engine in Turin, where Luigi Menabrea, a young engineer, took notes.
    source: turin
    questions: [where did babbage lecture]
    date: "1840"
  - id: undated
    answer: The engine was never finished.
    source: unfinished
    questions: [was the engine finished]
"""


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    root = tmp_path_factory.mktemp("pack")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "engines.yaml").write_text(PACK, encoding="utf-8")
    return tutor.Tutor.from_path(root).pack


def text(lines: list[list[tuple[str, str]]]) -> str:
    return plain(lines)


# --- replies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verdict", "mark"), [("correct", "✓"), ("partial", "~"), ("incorrect", "✗")]
)
def test_feedback_is_marked_by_its_verdict(verdict: str, mark: str) -> None:
    reply = Reply("That's it.", "feedback", verdict=verdict)  # type: ignore[arg-type]
    (line,) = reply_lines(reply, 80)
    assert text([line]).startswith(f"{mark} ")
    assert line[-1][0] == f"class:{verdict}"


def test_answer_hint_and_follow_up_look_different() -> None:
    answer = reply_lines(Reply("An answer.", "answer", follow_up="And why?"), 80)
    hint = reply_lines(Reply("Think of his post.", "hint", verdict="partial"), 80)
    styles = {answer[0][-1][0], answer[1][-1][0], hint[0][-1][0]}
    assert len(styles) == 3
    assert text(answer) == "An answer.\n? And why?"
    assert text(reply_lines(Reply("Think of his post.", "hint"), 80)) == "» Think of his post."


def test_a_clue_the_tutor_waits_on_is_not_marked_as_a_question() -> None:
    """A ladder's hint or cloze asks without a question mark: "? The killer worked for ..."
    read as a question the tutor was unsure of."""
    clue = reply_lines(Reply("Not quite.", "feedback", follow_up="The killer was a spy."), 80)
    cloze = reply_lines(Reply("Close.", "feedback", follow_up="He was killed in ____ ."), 80)
    asked = reply_lines(Reply("Yes.", "feedback", follow_up="And why?"), 80)
    assert text(clue).endswith("» The killer was a spy.")
    assert text(cloze).endswith("» He was killed in ____ .")
    assert text(asked).endswith("? And why?")


def test_without_marks_a_reply_is_exactly_its_text_and_question() -> None:
    reply = Reply("Use <b> & &amp;.", "answer", follow_up="Why <i>?")
    assert text(reply_lines(reply, None, marks=False)) == "Use <b> & &amp;.\nWhy <i>?"


def test_long_text_wraps_to_the_width_and_keeps_its_lines() -> None:
    long = "word " * 60 + "\n  an indented second line"
    lines = text(wrap(long, 40, "class:answer", "» ")).splitlines()
    assert all(len(line) <= 40 for line in lines)
    assert lines[0].startswith("» word") and lines[1].startswith("  word")
    assert lines[-1] == "    an indented second line"


# --- progress --------------------------------------------------------------------------------


def topic(tid: str, mastery: float, seen: int = 0) -> tutor.TopicProgress:
    return tutor.TopicProgress(tid, f"Title of {tid}", mastery, 3, 0, 5, seen)


def test_bars_fill_with_mastery() -> None:
    assert bar(0.0, 10) == "░" * 10
    assert bar(0.5, 10) == "█" * 5 + "░" * 5
    assert bar(1.2, 10) == "█" * 10


def test_progress_shows_each_topic_and_the_one_to_study_next() -> None:
    topics = (topic("a", 1.0, 1), topic("b", 0.25), topic("c", 0.0))
    shown = text(progress_lines(tutor.Progress(topics, 0.417, 1, 15, (), "c"), 100))
    for t in topics:
        assert t.title in shown
    assert "100%" in shown and " 25%" in shown and " 1/5 " in shown
    assert "Overall mastery: 42%; facts seen: 1 of 15" in shown
    assert shown.splitlines()[-1] == "Study next: Title of c"


def test_progress_says_so_when_everything_is_mastered() -> None:
    progress = tutor.Progress((topic("a", 0.95),), 0.95, 0, 5, (), None)
    assert "Every topic is mastered" in text(progress_lines(progress, 80))


def test_progress_of_a_new_learner_says_mastery_is_not_yet_known() -> None:
    real = tutor.Tutor()
    shown = text(progress_lines(real.progress(tutor.LearnerState.new()), 80))
    assert "not yet known" in shown and real.pack.topics[0].title in shown


def test_the_summary_counts_answers_and_judgements(pack: Pack) -> None:
    replies = [
        Reply("x", "answer", fact_ids=("notes",)),
        Reply("y", "feedback", verdict="correct", fact_ids=("engine",), judged_question="q1"),
        Reply("z", "feedback", verdict="partial", judged_question="q2"),
        Reply("hi", "smalltalk"),
    ]
    shown = text(summary_lines(pack, replies, 0.5, None))
    assert "answered 1 question" in shown
    assert "2 questions of mine (1 right, 1 partly right)" in shown
    assert "Engines that compute" in shown and "50%" in shown


def test_the_summary_counts_a_question_tried_twice_once_as_progress_does(pack: Pack) -> None:
    """Two tries at one lesson question are one question answered (its latest verdict), as
    /progress counts it: a learner read "from 1 answer so far" there and "you answered 2 of
    mine" at /quit for the same sitting."""
    replies = [
        Reply("a", "hint", verdict="incorrect", judged_question="q1"),
        Reply("b", "feedback", verdict="correct", judged_question="q1"),
    ]
    shown = text(summary_lines(pack, replies, 0.5, None))
    assert "you answered 1 question of mine (1 right)" in shown


# --- timeline and people -----------------------------------------------------------------------


def test_dates_sort_by_year_with_decades_placed_inside_them() -> None:
    assert when("1926") == 1926
    assert when("late 1920s") == 1927.5
    assert when("early 1830s") == 1831.5
    assert when("the 1840s") == 1845
    assert when("long ago") is None


def test_the_timeline_is_built_from_the_facts_dates(pack: Pack) -> None:
    events = timeline(pack)
    assert [e.label for e in events] == ["early 1830s", "1840", "1843"]
    assert all("undated" not in [f.id for f in e.facts] for e in events)


def test_the_timeline_draws_an_axis_and_every_dated_fact_in_order(pack: Pack) -> None:
    shown = text(draw_timeline(timeline(pack), 60))
    axis = shown.splitlines()[1]
    assert axis.count("●") == 3
    assert shown.index("Analytical Engine") < shown.index("Turin") < shown.index("first program")
    assert "never finished" not in shown
    assert all(len(line) <= 60 for line in shown.splitlines())


def test_a_pack_without_dates_says_it_has_no_timeline() -> None:
    assert "no dated facts" in text(draw_timeline([], 80))


def test_people_come_with_their_facts_and_ties(pack: Pack) -> None:
    found = {p.name: p for p in people(pack)}
    assert set(found) == {"Lovelace", "Babbage", "Menabrea"}  # places are not people
    assert [f.id for f in found["Babbage"].facts] == ["engine", "turin"]
    assert dict(found["Babbage"].ties) == {"Lovelace": 1, "Menabrea": 1}
    assert [f.id for f in found["Lovelace"].facts] == ["notes", "engine"]


def test_people_can_be_looked_up_by_any_of_their_names(pack: Pack) -> None:
    shown = text(draw_people(people(pack), "Charles Babbage", 80))
    assert shown.startswith("Charles Babbage")
    assert "Analytical Engine" in shown and "Turin" in shown
    assert "No one called 'Newton'" in text(draw_people(people(pack), "Newton", 80))


def test_the_people_list_says_who_each_one_is_in_the_texts_words(pack: Pack) -> None:
    shown = text(draw_people(people(pack), "", 80))
    assert "Luigi Menabrea: a young engineer." in shown.splitlines()  # the text's phrase
    # no phrase for him: the fact that opens with him says who he is
    assert "Charles Babbage: Charles Babbage designed the Analytical Engine" in shown
    assert "facts" not in shown.replace("every fact", "")  # no counts


def test_the_timeline_keeps_one_of_two_facts_telling_the_same_event(tmp_path: Path) -> None:
    root = tmp_path / "twice"
    (root / "knowledge").mkdir(parents=True)
    told_twice = (
        PACK
        + """
  - id: notes-again
    answer: In 1843 Lovelace published notes.
    source: notes again
    questions: [what did lovelace publish]
    date: 1843
"""
    )
    (root / "knowledge" / "engines.yaml").write_text(told_twice, encoding="utf-8")
    events = timeline(tutor.Tutor.from_path(root).pack)
    assert [f.id for f in events[-1].facts] == ["notes"]  # the one that tells more
    assert [f.id for e in events for f in e.facts] == ["engine", "turin", "notes"]
