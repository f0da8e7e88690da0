"""What a fresh draft makes of a shared surname, a place name used as a modifier and a
subject pronoun: 'Pell' of two Pells is no one's alias unless the text says whom it means,
"fine Quarne cloths" names no person Quarne, and "They ..." after "A band of weavers ..."
is the band of weavers in the drafted answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._draft_names import DraftEntity, find_entities
from tutor._source import passages

MILL = """The Quarne Mill

The mill wove fine Quarne cloths for the London market. Edith Pell ran the mill for thirty years.
Edith Pell bought the mill at Quarne Water because the stream there never froze.
Simon Pell, her cousin, was a dyer. In 1887 Pell found a fast blue dye made from woad.
Edith Pell opened a second weaving shed in 1890.
Simon Pell died in 1903.
"""

STRIKE = """The Weavers' Strike

In 1911 the weavers of Quarne stopped their looms. A band of weavers walked to the magistrate. \
They asked for a shorter week and a school for their children.

The old boiler stood at the back of the shed. It was slow to warm and wasted coal.
"""


@pytest.fixture(scope="module")
def names() -> dict[str, DraftEntity]:
    body = MILL.split("\n", 2)[2]
    return {e.name: e for e in find_entities([p.text for p in passages(body)])}


def test_a_surname_two_people_share_is_neither_ones_alias(names: dict[str, DraftEntity]) -> None:
    assert "pell" not in names["Edith Pell"].aliases
    assert "pell" not in names["Simon Pell"].aliases


def test_the_bare_surname_reaches_the_fact_it_is_written_in(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = draft_text(MILL).ask("What did Pell do in 1887?").text
    assert "blue dye" in reply


def test_a_place_word_before_a_plural_noun_is_no_person(names: dict[str, DraftEntity]) -> None:
    assert names["Quarne"].kind != "person"


def test_they_after_a_band_of_people_is_that_band(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    drafted = draft_text(STRIKE)
    reply = drafted.ask("What did the weavers ask for?").text
    assert reply.startswith("The band of weavers asked for a shorter week")
    reply = drafted.ask("Why did the old boiler waste coal?").text
    assert "The old boiler was slow to warm" in reply
