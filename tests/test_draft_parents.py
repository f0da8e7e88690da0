"""A learner asks of someone's parents in their own words ("what did her dad do?", "who
was her mum?") where a life tells them from the child's side: "the eldest of three
children of Jacob Merrin, a cooper, and his wife Ruth". A draft reads the parents there
as the father and the mother of the one the text is about, and of no one else: "her
father" in a line about another woman is not that one's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """Hanna Merrin, Glassblower of Oldbridge

Hanna Merrin (1840-1911) was a glassblower of the river town of Oldbridge, best known for
the green bottles her works sold to the breweries of the valley.

Hanna Merrin was born in 1840 in Oldbridge, the eldest of three children of Jacob Merrin,
a cooper, and his wife Ruth Dane, who kept a bakery on Quay Street. She learned the
trade from the glassblower Simon Platt, who took her on at the age of fifteen.

In 1866 she married Walter Crane, the son of a Lisk ferryman. She opened her own furnace in
1868 beside the canal basin, and by 1880 she employed twelve blowers.

She retired in 1901 and died in Oldbridge in 1911.
"""


@pytest.fixture(scope="module")
def glass(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_her_dad_is_the_father_the_text_names_by_his_child(glass: tutor.Tutor) -> None:
    reply = glass.session(seed=1).respond("What did her dad do for a living?")
    assert reply.kind == "answer"
    assert "a cooper" in reply.text


def test_her_mum_is_the_mother_named_after_his_wife(glass: tutor.Tutor) -> None:
    reply = glass.session(seed=1).respond("What was her mum's name?")
    assert reply.kind == "answer"
    assert "Ruth Dane" in reply.text


def test_the_childs_name_owns_them_too(glass: tutor.Tutor) -> None:
    reply = glass.session(seed=1).respond("What did Hanna's father do?")
    assert reply.kind == "answer"
    assert "a cooper" in reply.text


def test_another_persons_father_is_not_hers(glass: tutor.Tutor) -> None:
    # Walter Crane's father is "a Lisk ferryman", unnamed: Jacob Merrin is not him
    reply = glass.session(seed=1).respond("What did Walter Crane's father do?")
    assert "a cooper" not in reply.text


def test_his_father_in_a_life_of_a_woman_is_not_hers(glass: tutor.Tutor) -> None:
    session = glass.session(seed=1)
    session.respond("Who did she marry?")
    assert "a cooper" not in session.respond("And his father?").text


MARRIED = """Thomas Orrin, Ropemaker of Lisk

Thomas Orrin (1801-1870) was a ropemaker of the port of Lisk, best known for the anchor
cables he made for the navy.

Thomas Orrin was born in 1801 in Lisk, the only son of a sailmaker. He learned the trade
from his uncle and opened his own ropewalk beside the harbour in 1825.

His foreman, Samuel Pike, and his wife Nell Pike kept the stores of the ropewalk for
thirty years.

In 1829 Orrin married Ada Fenn, the daughter of a Lisk grocer, who kept the books of the ropewalk
until her death. They had four children, of whom three lived to grow up. He retired in
1865 and died in Lisk in 1870.
"""


@pytest.fixture(scope="module")
def rope(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(MARRIED)


def test_his_wife_is_the_one_he_married_not_another_mans(rope: tutor.Tutor) -> None:
    # the text calls Nell Pike "his wife" too, of his foreman
    for line in ("Who was his wife?", "What did his wife do for the business?"):
        reply = rope.session(seed=1).respond(line)
        assert reply.kind == "answer"
        assert "Ada Fenn" in reply.text, line


def test_her_father_after_his_wife_is_hers_or_nothing(rope: tutor.Tutor) -> None:
    session = rope.session(seed=1)
    session.respond("Who was his wife?")
    reply = session.respond("And her father?")
    assert reply.kind == "fallback" or "grocer" in reply.text
