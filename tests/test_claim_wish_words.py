"""A claim of a wish ("Adela named Talbot as her preferred heir in her letter") is judged
by what was wished, not by the words around it: a wish word restating the wish
("preferred", "chosen") and a setting of the claim's own after it ("in her letter") are
not part of what was wished. So the wish the text tells of the same two people corrects
it, and the true wish said with such words is still confirmed.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Old Queen's Letter

Queen Adela ruled Marrow for twenty years. Before her death in 1402, Adela wrote a letter
urging that Hugh Talbot be banished from the court. The council ignored the letter, and Hugh
Talbot became king in 1403. The chroniclers remembered Talbot as the true heir of the old queen.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "claim",
    [
        "In her letter Adela named Talbot as her preferred heir.",
        "Adela picked Hugh Talbot as her chosen heir in her letter.",
    ],
)
def test_a_wish_against_the_one_told_is_corrected(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert "banished" in reply.text, reply.text


def test_the_wish_told_is_confirmed(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "In her letter Adela wanted Hugh Talbot banished from the court.")
    assert reply.kind == "answer", reply.text
    assert "banished" in reply.text, reply.text
