"""A day of the year with no year ("On March 3", "on 14 October") says when as a year
does: a drafted sentence giving one answers "when?" and "when was that?"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Flood at Marrow Mill

Marrow Mill stood on the River Keld for two hundred years, grinding corn for the farms
of the valley. On March 3 the river rose over its banks after a week of heavy rain, and
the water wheel of the mill was torn from its axle. The miller, Agnes Tull, rebuilt the
wheel in oak over the summer. The new wheel turned again on 14 October, and the farmers
held a supper in the mill yard.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_day_of_the_year_answers_when(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("When was the water wheel torn from its axle?")
    assert reply.kind == "answer"
    assert "March 3" in reply.text


def test_a_day_of_the_year_answers_when_of_the_last_answer(mill: tutor.Tutor) -> None:
    s = mill.session(seed=1)
    assert "new wheel" in s.respond("What happened to the new wheel of the mill?").text
    reply = s.respond("when was that?")
    assert reply.kind == "answer"
    assert "14 October" in reply.text
