"""A yes-or-no question about a deed the text never tells, of a sentence that tells
something else done to the same thing ("Did Jonas win the case?" of "he defended the
mill's water right in court"), gets an honest "the text doesn't say whether ...", with
what the text does say, never that sentence as if it confirmed the deed; the same
question in words of like meaning (WordNet: "protect" of "defended") is still answered."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

MILL = """The Mill at Hessel

Anna Brell ran the corn mill at Hessel from 1840. Her son Jonas Brell became a lawyer in
Kerrow, and he defended the mill's water right in court in 1861. Her daughter Ruth Brell
kept the accounts. In 1870 a flood carried away the wheel, and the mill closed.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(MILL)


@pytest.mark.parametrize(
    "line",
    ["Did Jonas Brell win the court case in 1861?", "Did Jonas Brell ever win in court?"],
)
def test_an_outcome_the_text_never_tells_is_not_confirmed(mill: tutor.Tutor, line: str) -> None:
    reply = mill.session(seed=1).respond(line)
    assert reply.kind != "answer"
    assert "doesn't say whether" in reply.text
    assert "defended the mill's water right" in reply.text  # what it does say


@pytest.mark.parametrize(
    "line",
    ["Did Jonas Brell defend the water right in court?", "Did Jonas protect the water right?"],
)
def test_the_deed_told_in_like_words_is_answered(mill: tutor.Tutor, line: str) -> None:
    reply = mill.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert "defended the mill's water right" in reply.text
