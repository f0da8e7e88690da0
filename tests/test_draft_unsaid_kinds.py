"""A fresh draft says honestly which one or which kind its text leaves unsaid: the name
of a firm it calls only "a Glasgow maker", the breed of sheep someone kept, the novels a
board bought when its sentence says only "fiction" under a title about novels."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

KERROW = """The Light on Kerrow

The Lamp

The first lamp on Kerrow burned whale oil in twelve copper burners. In 1858 it was replaced
by a Stevenson lens of glass prisms, shipped from a Glasgow maker in thirty crates. The new
light could be seen from nineteen miles away.

The Keepers

The principal keeper, Thomas Ellis, had kept sheep on the island since 1850 to feed his
family. By 1870 the board decided to breed goats on the island as well, because they needed
less grass. The keepers rowed to the mainland once a month for letters and flour.

The Rule on Novels

For years the keepers read only the Bible and the board's notices. In 1872 the assistant
keeper John Pascoe petitioned the board to buy fiction. The board agreed in 1874, and a box
of twenty books arrived with the spring supply boat.
"""


@pytest.fixture(scope="module")
def kerrow(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(KERROW)


def test_the_name_of_a_thing_the_sentence_calls_otherwise(kerrow: tutor.Tutor) -> None:
    """'the Glasgow firm' of "a Glasgow maker": the word after the same word is the
    sentence's for the firm, and no name stands by it ("a Stevenson lens" is the lens's)."""
    reply = kerrow.ask("What was the name of the Glasgow firm that made the lens?")
    assert reply.kind == "fallback" and "what the firm was called" in reply.text


def test_a_kind_asked_of_a_thing_said_bare(kerrow: tutor.Tutor) -> None:
    """'What breed of sheep ...?' of "had kept sheep on the island": "breed" is a kind
    (WordNet files it under type), and "sheep" has no word of its own before it; the
    text uses "breed" only as a verb."""
    reply = kerrow.ask("What breed of sheep did Thomas Ellis keep?")
    assert reply.kind == "fallback" and "what breed of sheep" in reply.text
    assert "1850" in kerrow.ask("Since when did Thomas Ellis keep sheep?").text


def test_which_of_a_thing_only_its_title_says(kerrow: tutor.Tutor) -> None:
    """'Which novels did the board buy?' of "petitioned the board to buy fiction" under
    "The Rule on Novels": the sentence holds "novels" only by its title and names none."""
    reply = kerrow.ask("Which novels did the board buy?")
    assert reply.kind == "fallback" and "which novels" in reply.text


MALVEY = """The Cable Station at Malvey

The Cable

In 1870 the Eastern Cable Company laid a telegraph cable from Malvey to the islands. The
cable reached Malvey on 14 June 1870. Five days later, on 19 June, the first message passed
through the station; it read simply "Malvey speaks." The company built houses for forty
clerks beside the station.

The Station

The clerks worked in shifts around the clock. Traffic through Malvey fell from about 2,400
messages a day in 1910 to fewer than 300 by 1929. The station closed in 1932.
"""


def test_one_asked_by_its_order_of_a_count_or_another(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What did the second message say?' of "the first message ... read 'Malvey
    speaks'" (another one) or of "about 2,400 messages a day" (a count of them): the text
    tells of no second message."""
    t = draft_text(MALVEY)
    reply = t.ask("What did the second message sent through Malvey say?")
    assert reply.kind == "fallback" and "the second message" in reply.text
    assert "Malvey speaks" in t.ask("What did the first message sent through Malvey say?").text
