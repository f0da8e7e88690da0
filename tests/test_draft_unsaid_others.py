"""A fresh draft does not answer for someone or something else: a count of a measure is
no count of members, the next sentence naming someone only as an owner tells nothing he
did, the sentence that tells the contest is not the loss, "skippers" of a town are not the
skipper of one boat, a father is not a son of the same name, and a date beside someone
is no date of his colliery's closing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

HARBOUR = """The Harbour at Penmoor

The Lifeboat

Before the harbour wall was built, the reef had wrecked nine boats in ten years, so the
Penmoor Harbour Trust bought a lifeboat after a petition from the town's fishing
skippers. A supply boat, the Kestrel, called every week from Falmouth with coal and
letters. In the winter of 1879 gales kept the Kestrel from landing for five weeks. In 1904 the Penmoor Rowing Club raced the lifeboat over 800 metres, and the club's
boat won.

The Builder

The boathouse was designed by the architect Samuel Roe, who had worked on chapels in the
west. Roe's apprentice, Daniel Pike, finished the stone lintel over the door. The builder
Henry Vane had lost the chapel contract to Roe in 1865. The rivalry continued in 1870, when
both men submitted designs for a new pier at Carn Point. Vane proposed an iron one, but
the trust chose Roe's stone design because it was cheaper.

The Roe Family

Samuel Roe was born in 1831 in Truro, the eldest of four children of Thomas Roe, a mason,
and his wife Jane. Roe married in 1858 and had a son, Thomas, born in 1860.

The Pier Company

Among the first shareholders of the pier company was the quarry owner John Treloar. In 1872
the company sold new shares, many of them bought by John Treloar. The boathouse closed in
1950, when a new station was built at Porthcarn.
"""


@pytest.fixture(scope="module")
def harbour(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(HARBOUR)


def test_a_measure_is_no_count_of_people(harbour: tutor.Tutor) -> None:
    """'How many members did the club have?' of "raced the Kestrel over 800 metres, and
    the club's boat won": 800 counts metres, not members."""
    reply = harbour.ask("How many members did the Penmoor Rowing Club have?")
    assert reply.kind == "fallback" and "how many members" in reply.text
    assert "800" in harbour.ask("How far did the Penmoor Rowing Club race the lifeboat?").text


def test_skippers_of_a_town_are_not_the_skipper_of_one_boat(harbour: tutor.Tutor) -> None:
    reply = harbour.ask("Who was the skipper of the Kestrel?")
    assert reply.kind == "fallback" and "skipper of the Kestrel" in reply.text


def test_a_son_is_not_his_grandfather_of_the_same_name(harbour: tutor.Tutor) -> None:
    """'What did Samuel's son Thomas do for a living?' of "the children of Thomas Roe, a
    mason": that Thomas is his father; a mother named by "the children of ... and his
    wife Jane" is told as his mother."""
    reply = harbour.ask("What did Samuel Roe's son Thomas do for a living?")
    assert reply.kind == "fallback" and "son Thomas" in reply.text
    assert "1831" in harbour.ask("When was Samuel Roe born?").text


def test_a_date_beside_someone_is_no_date_of_his_colliery(harbour: tutor.Tutor) -> None:
    """'When did John Treloar's quarry close?' of "In 1872 the company sold new shares,
    many of them bought by John Treloar", after "the quarry owner John Treloar": the
    sentence tells of him, never of his quarry nor of a closing."""
    reply = harbour.ask("When did John Treloar's quarry close?")
    assert reply.kind == "fallback" and "1872" not in reply.text.split("nearby")[0]
    assert "1950" in harbour.ask("When did the boathouse close?").text


MARROW = """The Marrow Brothers

Henrik Marrow was born in Fennick in 1801 and became a doctor there. Jakob Marrow,
Henrik's son, was born in 1830 and grew up collecting ferns on the moors. In 1858 Henrik
paid for the printing of his son's first book of ferns.
"""


def test_a_kin_told_the_other_way_round_is_told(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What did Jakob's father Henrik pay for?': the sentence never says "father", but
    "Henrik paid for his son's book" tells the same kinship the other way round."""
    reply = draft_text(MARROW).ask("What did Jakob's father Henrik pay for?")
    assert reply.kind == "answer" and "printing" in reply.text


BALLOON = """The Harlowe Balloonists

Aldous Harlowe made oilcloth in Pellbury. Ines Harlowe was the second child of Aldous
Harlowe. Her elder brother Felix Harlowe mixed a new varnish for the balloon's silk in
1871. Ines flew the balloon from Pellbury Green in 1872.
"""


def test_kin_of_someone_with_no_namesake_is_that_one(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What did Aldous's son Felix do?': the sentence never says "son", but the text has
    one Felix and brings in no other as anyone's son, so his own sentence answers."""
    reply = draft_text(BALLOON).ask("What did Aldous's son Felix do?")
    assert reply.kind == "answer" and "varnish" in reply.text
