"""A claim giving the doer of an event the text tells as someone the text never names
there ("Vell was killed by a soldier" against "Vell was murdered by Tobin Marsh") is
corrected with the fact of that event, found by the event itself (what was done, to whom)
rather than by the claim's words, which lead elsewhere. A doer the fact itself describes
("a miller") is not contradicted. A claim wrapped in "I read ..." is checked the same way,
and "I heard about X" reports a reading: there is nothing in it to confirm.

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
by Tobin Marsh, a miller from the next village, who struck him with an oar on the landing
stage. The soldiers of the garrison guarded the bridge at Caddon that winter. After the
murder the ferry passed to Vell's daughter Annis, who ran it until 1820.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "claim",
    [
        "Vell was killed by a soldier",
        "Osric Vell was murdered by a soldier from the garrison",
        "I read Vell was killed by a soldier.",
    ],
)
def test_a_doer_the_text_never_names_for_the_event_is_corrected(
    drafted: tutor.Tutor, claim: str
) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert "Tobin Marsh" in reply.text


def test_a_doer_the_fact_itself_describes_is_not_contradicted(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "Vell was killed by a miller")
    assert reply.kind != "correction", reply.text


def test_hearing_about_something_is_not_confirmed(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "I heard about the ferry")
    assert not reply.text.startswith(("Correct", "Yes")), reply.text
