"""A claim telling an event the other way round ("Gale rescued the fishermen" where the
text says Gale was rescued by fishermen) is corrected, even when one of the two is not a
name the text gives; the event told the right way round is still confirmed.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Loss of the Heron

The schooner Heron sailed from Port Aske in 1764 under Captain Ned Rourke. A storm wrecked
her off the Skerry Rocks. Rourke drowned in the wreck. The mate, Tom Gale, survived and was
rescued by fishermen from Lunn. The owners dismissed Gale in 1765.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_an_event_turned_round_is_corrected(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "Gale rescued the fishermen.")
    assert reply.kind == "correction", reply.text
    assert "rescued by fishermen" in reply.text, reply.text


@pytest.mark.parametrize("claim", ["The fishermen rescued Gale.", "Gale was rescued by fishermen."])
def test_the_event_the_right_way_round_is_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "answer", reply.text
    assert reply.text.startswith(("Yes", "Correct", "That's right")), reply.text
