"""On a fresh draft, a line of keywords ending in a noun asks what "what <noun>?" asks:
"flocks month" a date as "what month?" does, "bridge toll price" a sum as a noun of paying
does; a line without such a noun is read as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Wool Fair at Brell

The Fair

The wool fair at Brell was first held in 1644 on the common below the church. Shepherds from
the hill farms drove their flocks down every April, and buyers came from as far as the coast.
In 1702 the town council built a covered hall for the fleeces, which cost the town three
hundred crowns.

The Bridge Toll

Every cart that crossed the Ambel bridge to reach the fair paid a toll of two pennies to the
bridge warden, Osric Pell. The warden kept a tally of the carts on notched sticks.
"""


@pytest.fixture(scope="module")
def fair(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("line", ["flocks month", "shepherd month"])
def test_a_keyword_line_ending_in_month_asks_a_date(fair: tutor.Tutor, line: str) -> None:
    reply = talk(fair, line)
    assert reply.kind == "answer", reply.text
    assert "April" in reply.text


def test_a_keyword_line_ending_in_a_noun_of_paying_asks_a_sum(fair: tutor.Tutor) -> None:
    reply = talk(fair, "bridge toll price")
    assert reply.kind == "answer", reply.text
    assert "two pennies" in reply.text


def test_a_keyword_line_without_such_a_noun_is_read_as_before(fair: tutor.Tutor) -> None:
    reply = talk(fair, "first fair year")
    assert reply.kind == "answer", reply.text
    assert "1644" in reply.text
