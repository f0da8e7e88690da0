"""A true claim whose frame agrees with its fact on who did what ("Adela named Elin as
her heir" of "... warning the council against her nephew Roderic and named her daughter
Elin as her heir") is confirmed: the coarser check binding the deed to the name beside it
does not overrule the frames and say No. The same deed done to another is still corrected.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Regent's Choice

Queen Adela ruled Marrow for twenty years. Before she died in 1402, she wrote a letter
warning the council against her nephew Roderic and named her daughter Elin as her heir.
Roderic was suspected of poisoning the queen, but nothing was proved. The council praised
Elin and crowned her in 1403. Roderic fled to Carsk, where he was killed by a soldier in 1410.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_true_claim_the_frames_agree_on_is_confirmed(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "Adela named Elin as her heir.")
    assert reply.kind == "answer", reply.text
    assert reply.text.startswith(("Yes", "Correct", "That's right")), reply.text


def test_the_deed_done_to_another_is_corrected(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "Adela named Roderic as her heir.")
    assert reply.kind == "correction", reply.text
    assert "Elin" in reply.text, reply.text
