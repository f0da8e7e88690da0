""" "What did he do with it?" after an answer naming a woman and a man: "he" is the man,
though the answer was about her, when the text says "she" of her and "he" of him (read
from the draft's own resolving of the text's pronouns, never from a list of first
names); "she" stays her. Someone the text says nothing of either way is never passed
over, nor taken in place of one it says the other of."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Pratt Farm

The Sale

Clara Hobbs inherited the farm at Elm Cross from her father in 1902. She kept sheep there
for twenty years. In 1922 Clara sold the farm to Owen Pratt, a grocer from Wexford. Pratt
pulled down the old barn and planted an orchard of apples. Clara moved to Wexford, where she
opened a tea room. She died there in 1940.

The Orchard

Owen Pratt's orchard won a prize at the county show in 1931. His son Daniel took over the
orchard in 1950 and built a cider mill beside it.
"""


@pytest.fixture(scope="module")
def farm(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_he_after_her_sale_is_the_buyer(farm: tutor.Tutor) -> None:
    reply = talk(farm, "What happened to the farm in 1922?", "What did he do with it?")
    assert "orchard" in reply.text
    assert "tea room" not in reply.text


def test_she_after_her_sale_is_still_her(farm: tutor.Tutor) -> None:
    reply = talk(farm, "What happened to the farm in 1922?", "What did she do next?")
    assert "tea room" in reply.text


def test_genders_come_from_the_drafts_own_reading() -> None:
    from tutor._person_genders import meant_first

    genders = {"clara": "f", "owen": "m"}
    assert meant_first(["clara", "owen"], {"he"}, genders) == ["owen", "clara"]
    assert meant_first(["clara", "owen"], {"she"}, genders) == ["clara", "owen"]
    assert meant_first(["clara", "owen"], {"he", "her"}, genders) == ["clara", "owen"]
    # nothing said of the first one: never passed over; nor of the other: not taken
    assert meant_first(["ann", "owen"], {"he"}, genders) == ["ann", "owen"]
    assert meant_first(["owen", "ann"], {"she"}, genders) == ["owen", "ann"]
