"""A claim is "Correct." only when its fact tells every part of it of one event
(`_claim_binding`): a part the fact tells of another clause ("sold to the town hall" of
"sold to the cathedral, when the town hall was pulled down"; "the masters wanted tin" of
"the younger members wanted tin, but the old masters won the vote") and a choice turned
round ("voted to use tin" of "voted against using tin") are corrected with the fact. The
same claims told as the text tells them stay confirmed.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Kettlewrights of Harrowgate

The Kettlewrights' Guild was founded in the town of Harrowgate in 1791. Its members made
copper kettles and brass pans for the farms of the valley.

In 1842 the guild voted against using tin linings in its kettles, because the masters
feared that tin would spoil the taste of the water. The younger members wanted tin, but
the old masters won the vote.

Bram Ostler was a Harrowgate apprentice who trained under the master Wenna Tapp. He later
moved to the port of Sallowby, where he opened his own workshop in 1850.

In 1866 the guild cast a great bronze bell for the town hall. The bell was sold to the
cathedral of Sallowby in 1880, when the town hall was pulled down.

The guild closed in 1901, when factories in the cities made kettles more cheaply.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    ("claim", "told"),
    [
        ("the guild voted to use tin linings", "against"),
        ("in 1842 the guild voted for tin linings", "against"),
        ("the bell was sold to the town hall", "cathedral"),
        ("the old masters wanted tin", "younger members"),
    ],
)
def test_a_part_the_fact_tells_otherwise_is_corrected(
    drafted: tutor.Tutor, claim: str, told: str
) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert not reply.text.startswith("Correct"), reply.text
    assert told in reply.text, reply.text


@pytest.mark.parametrize(
    "claim",
    [
        "the guild voted against tin linings in 1842",
        "the bell was sold to the cathedral",
        "the younger members wanted tin",
        "the old masters won the vote",
        "bram opened his own workshop in sallowby",
        "factories in the cities made kettles more cheaply",
    ],
)
def test_the_same_claims_told_as_the_text_tells_them_stay_confirmed(
    drafted: tutor.Tutor, claim: str
) -> None:
    reply = talk(drafted, claim)
    assert reply.text.startswith("Correct"), reply.text
