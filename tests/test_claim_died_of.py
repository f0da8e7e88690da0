"""A claim that someone died of a cause ("Vell died of old age") when the text tells that
someone killed him is corrected with the fact of the killing; a cause the killing's fact
holds ("died of a blow") is not contradicted, and nor is a death the text tells no killing
of.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Ferryman of Harwick

Osric Vell ran the ferry across the river Lode at Harwick for thirty years. He carried
grain, cattle and travellers, and charged a penny a head. In 1788 Osric Vell was murdered
by Tobin Marsh, a miller from the next village, who killed him with one blow of an oar on
the landing stage. After the murder the ferry passed to Vell's daughter Annis, who ran it
until 1820.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "claim",
    ["Vell died of old age", "Osric Vell died peacefully of a fever at Harwick"],
)
def test_a_cause_of_death_against_a_killing_is_corrected(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert "Tobin Marsh" in reply.text


def test_a_cause_the_killing_holds_is_not_contradicted(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "Vell died of a blow")
    assert reply.kind != "correction", reply.text


def test_a_death_the_text_tells_no_killing_of_is_not_corrected(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "Annis died of a fever")
    assert reply.kind != "correction", reply.text
