"""A real place a learner types in lower case ("spain") is the place, never a word of the
text a letter away ("slain"): a claim naming it is checked as a claim about a place, so
it is never confirmed by the fact that holds the look-alike word.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Last Earl of Ambry

Earl Godric ruled the valley of Ambry for thirty years. As a young man he lived in
Normandy, where he learned to build stone castles. He came home in 1031 and built a keep
above the ford. In 1066 Godric was slain at the ford by raiders from the north, and his
daughter Edith held the keep until the king's men arrived.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("claim", ["godric lived in spain", "godric was slain in spain"])
def test_a_place_typed_small_is_no_word_of_the_text(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert not reply.text.startswith(("Yes", "Correct", "That's right")), reply.text


def test_the_place_is_corrected_with_where_the_text_says(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "godric lived in spain")
    assert reply.kind == "correction", reply.text
    assert "Normandy" in reply.text, reply.text


def test_the_place_the_text_names_is_still_confirmed(drafted: tutor.Tutor) -> None:
    assert talk(drafted, "godric lived in normandy").kind == "answer"
    assert talk(drafted, "godric was slain at the ford").kind == "answer"


def test_a_misspelt_word_of_the_text_is_still_read() -> None:
    reply = talk(tutor.Tutor(), "who killed trotksy")
    assert "Mercader" in reply.text, reply.text
