"""Follow-ups on a fresh draft that no fact answers on its own: the last answer again
when it gives the kind asked ("how long was she hurt for?" after "... could not lift a
blowpipe for six weeks"), or the sentence right after it ("how can I fix it?" after "if
the batch is too wet, it foams": "Turning the batch with an iron rake ..."); never the
last answer for what it does not tell ("and in summer?" of a wedding, "who did he
train?" of the one "he" is, a date of another deed)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Harrowgate Glassworks

Early Years

The Harrowgate Glassworks was founded in 1788 by the chemist Agnes Moorcroft. Her first
furnace was built of river clay beside the Tamble Brook. In 1790 Moorcroft burned her arm
at the furnace mouth so badly that she could not lift a blowpipe for six weeks. In 1795 her
foreman Silas Renwick married Hannah Pole, the daughter of a Dunmore tanner.

The Batch

If the furnace grows hotter than about 1,600 degrees Celsius, the crucibles soften and
leak, a failure the blowers called weeping. If the batch is too wet, it foams and spills
over the rim. Turning the batch with an iron rake lets the steam out, and the foam settles
within an hour.

The Dispute

In 1801 Moorcroft and her rival Jonas Pell met at the Corn Exchange in Dunmore to settle
their quarrel over the brook. After two days of talk they signed the Tamble Agreement.
Moorcroft published her report on furnace fuel in 1806.
"""


@pytest.fixture(scope="module")
def glass(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_span_the_last_answer_gives_is_told_again(glass: tutor.Tutor) -> None:
    reply = talk(glass, "What happened to Moorcroft in 1790?", "How long was she hurt for?")
    assert reply.kind == "answer" and "six weeks" in reply.text


def test_how_to_fix_what_was_just_told_is_the_sentence_after(glass: tutor.Tutor) -> None:
    reply = talk(glass, "What happens if the batch is too wet?", "How can I fix it?")
    assert reply.kind == "answer" and "iron rake" in reply.text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Who did Renwick marry?", "And in summer?"),  # a word the answer does not tell
        ("What did Moorcroft publish?", "When did she do her experiments?"),  # another deed
    ],
)
def test_the_last_answer_is_not_told_for_what_it_does_not_say(
    glass: tutor.Tutor, first: str, then: str
) -> None:
    reply = talk(glass, first, then)
    assert reply.kind == "fallback"
