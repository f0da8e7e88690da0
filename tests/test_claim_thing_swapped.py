"""A claim that puts another of the text's things for the one it tells ("the first kiln
burned coal" where the first kiln burned peat and a later one coal) is corrected with
the fact that tells all the rest of it, never confirmed by the fact that holds the
other thing.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Brickworks at Hollin

The brickworks at Hollin opened in 1861 on the edge of Carrow Moss. Its first kiln burned
peat cut from the moss, and the bricks came out soft and uneven. In 1874 the owner, Agnes
Thorley, built a second kiln that burned coal brought by canal. The works closed in 1931.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    ("claim", "told"),
    [
        ("the first kiln burned coal, right?", "peat"),
        ("the second kiln burned peat", "coal"),
    ],
)
def test_the_thing_swapped_is_corrected(drafted: tutor.Tutor, claim: str, told: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert told in reply.text, reply.text


@pytest.mark.parametrize(
    "claim", ["the first kiln burned peat, right?", "the second kiln burned coal"]
)
def test_the_thing_the_text_tells_is_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    assert talk(drafted, claim).kind == "answer"
