"""A fresh draft answers what its text does say, though a near-miss check would find the
words of the question lacking: the sentence that says what a named thing was ("The Grent
bench was a long oak workbench"), and the one after a plural that tells of one of them by
the order asked ("hurdle makers called wattlers ... The last of them, Amos Pell")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

GRENT = """The Grent Workshop

Tobias Grent was born in 1820 in the village of Ashby. At fourteen he was apprenticed to
the cabinetmaker Silas Orme in the town of Kelby.

The Grent bench was a long oak workbench with two vices that Grent designed in 1845. It
was copied by joiners across the county. Grent made his chairs from ash, which he bought
from the Delling estate.

In the hazel coppices around Marrick Wood, hurdle makers called wattlers worked in the open
until the 1950s. The last of them, Amos Pell, was filmed at work in 1948 by the folk museum.
"""


@pytest.fixture(scope="module")
def grent(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(GRENT)


def test_what_a_thing_was_of_the_sentence_saying_it(grent: tutor.Tutor) -> None:
    """'What was the Grent bench?' of "The Grent bench was a long oak workbench ...": the
    sentence says what it was, so it answers; no "doesn't say what the bench was"."""
    reply = grent.ask("What was the Grent bench?")
    assert reply.kind == "answer" and "oak workbench" in reply.text

