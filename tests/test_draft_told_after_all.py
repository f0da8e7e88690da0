"""A fresh draft answers what its text does say, though a near-miss check would find the
words of the question lacking: the sentence that says what a named thing was ("The Grent
bench was a long oak workbench"), and the one after a plural that tells of one of them by
the order asked ("hurdle makers called wattlers ... The last of them, Amos Pell"), and
the one that glosses a term with another name ("the saddle, or dish, carved out ..."),
and one told after the event a question sets its time by ("after Hanne died": "In 1880
the lying-in house became ...")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

GRENT = """The Grent Workshop

Tobias Grent was born in 1820 in the village of Ashby. At fourteen he was apprenticed to
the cabinetmaker Silas Orme in the town of Kelby.

The Grent bench was a long oak workbench with two vices that Grent designed in 1845. It
was copied by joiners across the county. Grent made his chairs from ash, which he bought
from the Delling estate. Into the seat went the legs, made of split beech. At the centre
of each seat is the saddle, or dish, carved out with an adze.

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


def test_the_last_of_several_told_next(grent: tutor.Tutor) -> None:
    """'Who was the last wattler ...?' of "wattlers worked in the open": the sentence names
    them only in the plural, and the next one tells "the last of them"; it answers."""
    reply = grent.ask("Who was the last wattler at Marrick Wood?")
    assert reply.kind == "answer" and "Amos Pell" in reply.text


def test_an_order_no_sentence_tells_stays_unsaid(grent: tutor.Tutor) -> None:
    """'Who was the first wattler?': the next sentence tells the last of them, not the
    first: the text does not say."""
    reply = grent.ask("Who was the first wattler at Marrick Wood?")
    assert "Amos Pell" not in reply.text


def test_what_a_term_is_of_the_sentence_glossing_it(grent: tutor.Tutor) -> None:
    """'What is the saddle?' of "the saddle, or dish, carved out with an adze": another
    name between commas says what it is; not "the text doesn't say"."""
    reply = grent.ask("what is the saddle?")
    assert reply.kind == "answer" and "or dish" in reply.text


HANNE = """The Lying-in House at Varde

Hanne Loft was born in Varde in 1790 and trained as a midwife under her aunt.

In 1820 she opened a lying-in house on Mill Street, where poor mothers could give birth in
clean beds. At the lying-in house Hanne trained young midwives, which shocked some of the
town's doctors.

Hanne died in Varde in 1861, aged seventy-one.

In 1880 the lying-in house became the Varde Maternity Hospital, and its main ward still
bears her name.
"""


@pytest.fixture(scope="module")
def hanne(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(HANNE)


def test_what_came_after_an_event_told_by_a_later_fact(hanne: tutor.Tutor) -> None:
    """'What happened to the lying-in house after Hanne died?': the best fact is told
    before her death, so it is not what came after; the one nearly as good, told after
    it, is, and no check faults it."""
    reply = hanne.ask("What happened to the lying-in house after Hanne died?")
    assert reply.kind == "answer" and "Maternity Hospital" in reply.text


def test_nothing_told_after_the_event_stays_unsaid(hanne: tutor.Tutor) -> None:
    """'What did the doctors do after Hanne died?': no sentence after her death tells of
    the doctors: the text does not say."""
    reply = hanne.ask("What did the doctors do after Hanne died?")
    assert reply.kind == "fallback" and "Maternity Hospital" not in reply.text
