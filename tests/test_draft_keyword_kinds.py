"""Terse keyword lines on a fresh draft: the last noun may ask a kind of answer by its
broader word in WordNet ("birthplace" is a place), and a sentence naming no one and no
year is set where and when the sentence before it says."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

# a long sentence telling where she was born, a short one telling her birthday: both hold
# her name and "birth", only one gives a place
LORN = """Hedda Lorn

Hedda Lorn was born on 2 May 1790 in Welby, a river town of weavers, millers and boatmen
at the foot of the Carrow hills, the second of four children of a net maker and his wife.
Hedda Lorn gave a supper for the harbour pilots every year on her birthday. Hedda married
the glazier Pieter Lorn in 1812. They had two children: Tomas, born in 1815, and Ilse,
born in 1818.
"""

ROPE_WALK = """The Welby rope walk

In 1831 Hedda Lorn opened a rope walk beside the quay at Skarholm Point. The roof of the
walk was laid with slate from the hills, and the building cost 420 pounds. In 1847 heavy
rain raised the Tarn over its banks. The flood smashed the sea wall and drowned nine
cottages.
"""


@pytest.fixture(scope="module")
def lorn(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(LORN)


@pytest.fixture(scope="module")
def rope_walk(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(ROPE_WALK)


@pytest.mark.parametrize("line", ["Lorn birthplace", "Hedda Lorn birthplace"])
def test_a_keyword_line_ending_in_a_kind_of_place_asks_where(lorn: tutor.Tutor, line: str) -> None:
    reply = lorn.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert "Welby" in reply.text


@pytest.mark.parametrize(
    ("line", "said"),
    [("1847 flood damage", "nine cottages"), ("Skarholm Point building cost", "420")],
)
def test_a_sentence_naming_no_one_is_set_by_the_one_before(
    rope_walk: tutor.Tutor, line: str, said: str
) -> None:
    reply = rope_walk.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert said in reply.text
