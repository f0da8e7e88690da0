"""Whom a drafted text's bare surname means, and names that are no one: in a biography
the surname alone is the person the text opens with, not a son named twice near its end;
'St Mary's' is a church and 'Pell & Sons' a firm, neither a Mary nor some Sons."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._draft_names import DraftEntity, find_entities
from tutor._source import passages

TEXT = """Silas Orme, Rope-Maker

Silas Orme (1790-1861) was a rope-maker whose ropewalk at Tallbridge rigged many ships.

Orme was born in 1790 at Wickham, the son of a carter. As a boy he carried hemp for the \
ropewalk at Wickham. In 1812 Orme leased a ropewalk by \
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


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_saints_church_is_a_place_and_a_firms_sons_no_name(
    names: dict[str, DraftEntity],
) -> None:
    assert "Mary" not in names and "Sons" not in names
    assert names["St Mary"].kind == "place"
    assert names["Pell & Sons"].kind == "group"


def test_whoever_is_buried_at_a_saints_church_is_named(
    drafted: tutor.Tutor,
) -> None:
    reply = drafted.session(seed=0).respond("Who was buried at St Mary's?").text
    # not "He died", as if of St Mary; nor "Orme died", who could be his son Robert Orme
    assert reply.startswith("Silas Orme died")


def test_a_shared_surname_is_the_one_the_text_opens_with(names: dict[str, DraftEntity]) -> None:
    assert "orme" in names["Silas Orme"].aliases
    assert "orme" not in names["Robert Orme"].aliases


def test_the_surname_alone_asks_of_the_one_the_text_is_about(
    drafted: tutor.Tutor,
) -> None:
    reply = drafted.session(seed=0).respond("When did Silas Orme die?").text
    assert "1861" in reply and "St Mary's" in reply


def test_a_follow_up_of_another_deed_is_not_the_last_answer_again(
    drafted: tutor.Tutor,
) -> None:
    session = drafted.session(seed=0)
    assert "1840" in session.respond("When did Robert Orme join the ropewalk?").text
    assert "1880" in session.respond("Until when did he run it?").text


def test_who_someone_was_is_what_the_text_calls_them_not_what_they_were_as_a_boy(
    drafted: tutor.Tutor,
) -> None:
    reply = drafted.session(seed=0).respond("Who was Silas Orme?").text
    assert "was a rope-maker" in reply  # not "As a boy Orme carried hemp ..."


FERRY = """The Ferry House

Mara Lind was born in 1840 at the ferry house on the Tessel. Her mother, Agnes Lind, could
not read, so she taught Mara the tides by song. In 1851 Mara saw the first steamboat come up
the river, and in 1860 Mara became the ferry keeper herself.
"""


def test_a_surname_the_family_shares_gives_way_to_the_first_name_the_text_uses(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'Her mother, Agnes Lind' is Mara's mother: 'Lind's mother, Agnes Lind' names no one
    a learner can tell apart, when the text itself calls her Mara."""
    reply = draft_text(FERRY).ask("Who was Mara's mother?").text
    assert "Mara's mother, Agnes Lind" in reply


MILL = """The Mill at Ashby

The village of Ashby lies on a small brook. In 1820 a carpenter named Silas Harrow built a \
mill on the brook.

Harrow hired three masons from Deepford. Harrow's son, Peter Harrow, kept the accounts of the \
mill. Peter Harrow sold the mill in 1850, and Peter moved to the coast.
"""


def test_a_shared_surname_is_the_one_the_text_calls_by_it_before_naming_another() -> None:
    """'Harrow hired ...' can only be Silas, the one Harrow named yet: his son Peter is named
    more often, but the text calls him by his first name."""
    body = MILL.split("\n", 2)[2]
    names = {e.name: e for e in find_entities([p.text for p in passages(body)])}
    assert "harrow" in names["Silas Harrow"].aliases
    assert "harrow" not in names["Peter Harrow"].aliases


def test_the_bare_surname_asks_of_the_one_the_text_calls_by_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = draft_text(MILL).ask("What did Harrow do?").text
    assert "Peter" not in reply.split(".")[0]
