"""On a fresh draft, a question whether the thing just told got someone anywhere, its
phrase split by whom it was for as English splits a phrasal verb ("did it get her
anywhere?", as "did it get anywhere?"), asks what came of it: the sentence telling the
outcome, never the thing again nor an event of another part. And "how did Stalin regard
him at that time?" after such an answer asks of that time, not of the thing told."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The School at Ardley

In 1880 Mary Kell wrote to the bishop to ask for a school in Ardley. The bishop never
replied, and the children of Ardley went on walking to Hensby for ten more years. The
bishop thought Mary Kell a troublemaker. In 1890 the squire paid for a school himself,
and Mary Kell became its first teacher.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("line", ["did it get her anywhere?", "did that get her anywhere?"])
def test_did_it_get_her_anywhere_is_what_came_of_it(drafted: tutor.Tutor, line: str) -> None:
    reply = talk(drafted, "what did Mary Kell write to the bishop for?", line)
    assert "never replied" in reply.text


@pytest.mark.parametrize(
    "line",
    ["how did Stalin regard him at that time?", "what did Stalin think of him during that time?"],
)
def test_at_that_time_is_the_time_just_told_not_the_thing(
    default_tutor: tutor.Tutor, line: str
) -> None:
    """ "that" in "at that time" is the time of the last answer: the question is asked of
    that time, and its words are not drowned by all the last answer's ("did it work?"
    answered "Trotsky remained largely powerless in exile")."""
    reply = talk(default_tutor, "What did Trotsky try to do from exile?", "did it work?", line)
    assert "threat" in reply.text
