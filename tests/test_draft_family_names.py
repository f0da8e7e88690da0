"""Names in a drafted text that are no one: 'St Mary's' is a church and 'Pell & Sons' a
firm, neither a Mary nor some Sons."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._draft_names import DraftEntity, find_entities
from tutor._source import passages

TEXT = """Silas Orme, Rope-Maker

Silas Orme (1790-1861) was a rope-maker whose ropewalk at Tallbridge rigged many ships.

Orme was born in 1790 at Wickham, the son of a carter. In 1812 Orme leased a ropewalk by \
the harbour at Tallbridge. His rival was Jonas Pell of the firm Pell & Sons, who sold \
cheaper hemp. Orme married Ada Crane in 1815.

Their son, Robert Orme, joined the ropewalk in 1840. Orme retired in 1850. He died of a \
fever at his house in Tallbridge in 1861 and was buried in the churchyard of St Mary's, \
beside the harbour. Robert Orme ran the ropewalk until 1880, when it was sold and closed.
"""


@pytest.fixture(scope="module")
def names() -> dict[str, DraftEntity]:
    body = TEXT.split("\n", 2)[2]
    return {e.name: e for e in find_entities([p.text for p in passages(body)])}


def test_a_saints_church_is_a_place_and_a_firms_sons_no_name(
    names: dict[str, DraftEntity],
) -> None:
    assert "Mary" not in names and "Sons" not in names
    assert names["St Mary"].kind == "place"
    assert names["Pell & Sons"].kind == "group"


def test_whoever_is_buried_at_a_saints_church_is_named(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = draft_text(TEXT).session(seed=0).respond("Who was buried at St Mary's?").text
    assert reply.startswith("Orme died")  # not "He died", as if of St Mary
