"""A line that states something and then asks ("So Anselm wrote a ledger - what happened
to it?") is a question: never confirmed with "Yes" as if it were a claim. The statement,
when the text bears it out, is what the question is about.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Ledger of Harrow Abbey

Harrow Abbey stood on a hill above the town of Wem. In 1420 Brother Anselm wrote a ledger
of the abbey's debts. The abbot, Hugh Renner, burned the ledger in 1425 to hide the debts
from the bishop. The bishop learned of the debts anyway and removed Renner from his office
in 1427.
"""

_CONFIRMING = ("Yes", "Correct", "That's right")


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_the_question_after_a_right_statement_is_answered(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "So Brother Anselm wrote a ledger - what happened to it?")
    assert reply.kind == "answer", reply.text
    assert "burned" in reply.text, reply.text


@pytest.mark.parametrize(
    "line",
    [
        "So Anselm wrote a ledger of the debts - what became of that record?",
        "I thought Anselm wrote a ledger. What happened to it?",
    ],
)
def test_a_question_after_a_statement_is_never_a_claim_confirmed(
    drafted: tutor.Tutor, line: str
) -> None:
    reply = talk(drafted, line)
    assert not reply.text.startswith(_CONFIRMING), reply.text


def test_a_wrong_statement_before_the_question_is_never_confirmed(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "So Anselm burned the ledger - why did he do that?")
    assert not reply.text.startswith(_CONFIRMING), reply.text
