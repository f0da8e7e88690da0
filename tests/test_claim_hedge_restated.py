"""What a text says again in other words after a hedge ("was accused of hoarding grain,
that is, keeping it from the market") is as hedged as the words before the comma: a claim
telling it as done is never confirmed. A clause after the comma with a verb of its own
("but the magistrate never charged anyone") asserts again.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Grain Riot at Tollow

In 1796 the harvest failed across the county of Tollow. The miller, Tobias Grent, was
accused of hoarding grain, that is, keeping it from the market to raise its price. A crowd
broke into his mill in March 1796, but the magistrate, Edwin Faber, never charged anyone.
Grent sold the mill the next year and moved to Bristol.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "claim",
    ["Tobias Grent kept grain from the market.", "Grent kept the grain back to raise its price."],
)
def test_what_the_hedge_says_again_is_not_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert not reply.text.startswith(("Yes", "Correct", "That's right")), reply.text
    assert "accused" in reply.text, reply.text


@pytest.mark.parametrize(
    "claim",
    [
        "Tobias Grent was accused of hoarding grain.",
        "A crowd broke into the mill in 1796.",
        "Grent moved to Bristol.",
    ],
)
def test_what_the_text_asserts_is_still_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "answer", reply.text
    assert "for certain" not in reply.text and "only reports" not in reply.text, reply.text
