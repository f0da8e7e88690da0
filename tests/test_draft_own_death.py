"""A sentence telling two deaths, one by a verb and one by a noun ("Jonas died in 1840,
and Marta ran the shop with her niece Agnes until her own death in 1851"): "her own"
is the subject's (Marta's), not the nearest woman named (Agnes), so asked when Marta
died the tutor answers with it, and asked when Agnes died it does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

ROPEWALK = """The Ropewalk at Senn

Marta Holm was born in 1790 at Senn, a fishing village on the Dane estuary. In 1812 she
married Jonas Reiter, who owned the ropewalk by the harbour. Their niece Agnes Reiter came
to live with them in 1825 and learned to spin hemp.

Jonas died in 1840, and Marta ran the ropewalk with Agnes until her own death in 1851.
The ropewalk closed in 1877.
"""


@pytest.fixture(scope="module")
def rope(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(ROPEWALK)


def test_her_own_death_is_the_subjects(rope: tutor.Tutor) -> None:
    reply = rope.session(seed=1).respond("When did Marta Holm die?")
    assert reply.kind == "answer"
    assert "1851" in reply.text


def test_her_own_death_is_not_the_last_woman_named(rope: tutor.Tutor) -> None:
    reply = rope.session(seed=1).respond("When did Agnes Reiter die?")
    assert "until her own death" not in reply.text or reply.kind != "answer"


def test_the_verbs_death_is_still_its_subjects(rope: tutor.Tutor) -> None:
    reply = rope.session(seed=1).respond("When did Jonas Reiter die?")
    assert reply.kind == "answer"
    assert "1840" in reply.text


KILN = """The Potter of Arle

Ingrid Soll was born at Arle in 1871, the daughter of a carter. She learned to throw pots
from her aunt, Berit Moe, who kept a kiln by the river. In 1899 Ingrid married Halvard
Soll, a joiner, and they had two sons.

Ingrid ran the pottery with her elder son, Erik, until her own death in 1938. Erik kept
the kiln burning until 1955.
"""


@pytest.fixture(scope="module")
def kiln(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(KILN)


def test_her_own_death_is_not_the_son_named_beside_her(kiln: tutor.Tutor) -> None:
    """ "with her elder son, Erik, until her own death": Erik is named after a noun, in
    apposition, not opening a clause; the death is Ingrid's, who opens it."""
    reply = kiln.session(seed=1).respond("When did Ingrid Soll die?")
    assert reply.kind == "answer"
    assert "1938" in reply.text
    reply = kiln.session(seed=1).respond("When did Erik die?")
    assert "until her own death" not in reply.text or reply.kind != "answer"
