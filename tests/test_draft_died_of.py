"""On a fresh draft, "what did Martha Harlowe die of?" of a sentence naming her only as
someone's wife ("the second child of Aldous Harlowe, a draper, and his wife Martha") is
not answered by it: no word of it tells a death, whoever else her surname names. A cause
the text tells is still given.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Draper's Daughter

Ines Harlowe was born in 1841 in the market town of Pellbury, the second child of Aldous
Harlowe, a draper, and his wife Martha. Ines learned to sew in her father's shop. In 1866
she opened a dress shop of her own on Bridge Street. Aldous Harlowe died of a fever in 1870.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_cause_of_death_no_sentence_tells_is_not_answered(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "What did Martha Harlowe die of?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say what Martha died of" in reply.text


def test_a_cause_of_death_told_is_answered(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "What did Aldous Harlowe die of?")
    assert reply.kind == "answer", reply.text
    assert "fever" in reply.text
