"""A learner asks who took over, or who replaced someone, of a text that tells it from the
other side: "she handed the bakery to her nephew", "his daughter was appointed in his
place", "she was succeeded by her daughter". A drafted sentence telling a handing over
answers "who took over?" as well."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Fenwick Bakery

The Fenwick Bakery on Mill Street was opened in 1871 by Ada Fenwick, a miller's widow, who
baked bread for the workers of the cotton mills of Harrowby.

By 1880 the bakery employed nine bakers and sold about two thousand loaves a week. Its
brown loaf won a prize at the county show in 1884.

Ada Fenwick retired in 1899 and handed the bakery to her nephew Oswin Pell, who added a
tea room in 1902.

The first head baker, Samuel Rook, left in 1890, and his son Peter Rook was appointed in
his place at the same wage.

The tea room was managed by Mabel Crane from 1902. She stepped down in 1921 and was
succeeded by her daughter Joan Crane, who kept it open through the war.
"""


@pytest.fixture(scope="module")
def bakery(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_who_took_over_is_who_it_was_handed_to(bakery: tutor.Tutor) -> None:
    reply = bakery.session(seed=1).respond("Who took over the bakery when she stopped?")
    assert reply.kind == "answer"
    assert "Oswin Pell" in reply.text


def test_who_replaced_him_is_who_was_appointed_in_his_place(bakery: tutor.Tutor) -> None:
    reply = bakery.session(seed=1).respond("Who took over from the first head baker?")
    assert reply.kind == "answer"
    assert "Peter Rook" in reply.text


def test_a_handing_over_answers_no_other_taking_over(bakery: tutor.Tutor) -> None:
    reply = bakery.session(seed=1).respond("Who took over the cotton mills?")
    assert "Oswin Pell" not in reply.text


def test_who_took_over_from_her_is_who_succeeded_her(bakery: tutor.Tutor) -> None:
    # "was succeeded by" tells who took over, asked after the answer telling her leaving
    reply = talk(bakery, "When did Mabel Crane step down?", "Who took over from her?", seed=1)
    assert reply.kind == "answer"
    assert "Joan Crane" in reply.text
