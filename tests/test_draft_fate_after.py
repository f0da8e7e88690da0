"""On a fresh draft, "what became of Tom Pike after he lost the case?" asks what came
after the case: the sentence telling the case itself ("Pike went to court ...") is not
it, even when it is the last the text tells of him, and the drafted questions of that
sentence ("what happened in 1860?") do not make it one. With no later sentence about him
the tutor says the text does not say; "what became of Tom Pike?" alone is still answered
by the last thing told of him.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Ferry at Wendle

In 1852 Samuel Hale bought the ferry at Wendle. In 1856 he built a new landing stage of
oak. In 1860 Tom Pike went to court, claiming that the ferry was his by his father's will.
The case lasted two years. The judges ruled for Hale in 1862, and Hale ran the ferry
until his death in 1880.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_what_became_of_someone_after_an_event_is_not_the_event(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "What became of Tom Pike after he lost the court case?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say what happened to Tom Pike" in reply.text


def test_what_became_of_someone_is_still_the_last_thing_told(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "What became of Tom Pike?")
    assert reply.kind == "answer", reply.text
    assert "went to court" in reply.text
