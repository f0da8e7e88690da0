"""A time of the year or of the day with no year ("In February", "each autumn", "at four
o'clock") says when, as a year does: of two drafted sentences about the same thing, the
one that gives such a time answers "when?", not the one dated only by a year."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Bakery at Hollin Cross

The Hollin Cross bakery was opened in 1921 by two sisters, Ruth and Mary Penrose, in a
former smithy beside the green. Its rye loaves became known across the county after 1934,
when a food writer praised them in a London newspaper. In 1950 the sisters began to buy extra
rye from a farm at Strand.

In February, when the mill at Strand closes for repairs, the sisters buy extra rye
flour and store it in the loft. The ovens are lit at four o'clock, and the first loaves
leave the bakery by seven. Each autumn the bakers make a honey cake for the harvest
supper in the church hall.
"""


@pytest.fixture(scope="module")
def bakery(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_month_answers_what_time_of_year(bakery: tutor.Tutor) -> None:
    reply = bakery.session(seed=1).respond("At what time of year do they buy extra rye?")
    assert "February" in reply.text


def test_an_hour_answers_when(bakery: tutor.Tutor) -> None:
    reply = bakery.session(seed=1).respond("When do the bakers light the ovens?")
    assert "four o'clock" in reply.text


@pytest.mark.parametrize(
    "sentence",
    [
        "A team of four men kept the steam ferry clean.",
        "The spring of water below the quay ran dry.",
    ],
)
def test_a_word_ending_in_am_or_a_spring_of_water_is_no_time(sentence: str) -> None:
    """ "Team", "steam" and "the spring of water" tell no time of day or year: the
    sentence offers nothing to "when?"."""
    from tutor._offers import _TIME_OF

    assert _TIME_OF.search(sentence) is None, sentence
