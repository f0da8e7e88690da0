"""A claim that tells as done what the text only reports as alleged ("Silas Moot set the
fire" where he was only accused of setting it) is never confirmed: the tutor says the text
says only that. The accusation itself, and what the same sentence asserts plainly, are
still confirmed.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Fire at Corby Mill

Corby Mill stood on the river Wend for two hundred years. In 1851 a fire destroyed the mill.
A weaver named Silas Moot was accused of setting the fire, but he was never tried. The
owner, Walter Pym, rebuilt the mill in 1853. Pym's clerk, Hetty Crabb, was said to have
stolen the wages, and some said she had fled to Leeds.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    ("claim", "hedge"),
    [
        ("Silas Moot set the fire.", "accused"),
        ("Hetty Crabb stole the wages.", "said to have"),
        ("Hetty Crabb fled to Leeds.", "some said"),
    ],
)
def test_a_doing_the_text_only_reports_is_not_confirmed(
    drafted: tutor.Tutor, claim: str, hedge: str
) -> None:
    reply = talk(drafted, claim)
    assert not reply.text.startswith(("Yes", "Correct", "That's right")), reply.text
    assert hedge in reply.text, reply.text


@pytest.mark.parametrize(
    "claim", ["Silas Moot was accused of setting the fire.", "A fire destroyed the mill in 1851."]
)
def test_what_the_text_asserts_is_still_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "answer", reply.text
    assert "says only" not in reply.text, reply.text
