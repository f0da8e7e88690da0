"""What a text tells only as wished, proposed, planned or tried is not what happened: a
claim telling it as done ("the owners sold the ship" of "the owners wanted Reid to sell
the ship") is never confirmed; the tutor says the text does not say it happened and
what it says. A claim that tells the wish itself, or what the text asserts plainly, is
still confirmed. A claim told with an irregular past ("sold") is a claim too.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Voyage of the Marigold

The Marigold was a small trading ship built at Leith in 1812. In 1820 she carried a crate
of window glass and forty barrels of herring from Leith to Bergen. Her captain, Thomas
Reid, kept a careful log of the voyage. The owners wanted Reid to sell the ship in Bergen,
but he refused and sailed her home. Reid planned a second voyage to Riga, but the
Marigold was wrecked off Dunbar in 1822 before it began.
"""

_YES = ("Yes", "Correct", "That's right")


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("claim", ["the owners sold the ship", "reid sold the ship in bergen"])
def test_what_was_only_wanted_is_not_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert "doesn't say" in reply.text, reply.text
    assert "wanted Reid to sell" in reply.text, reply.text


def test_the_wish_itself_is_confirmed(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "the owners wanted reid to sell the ship")
    assert reply.kind == "answer", reply.text
    assert reply.text.startswith(_YES), reply.text


@pytest.mark.parametrize(
    "claim", ["reid sailed the ship home", "the marigold was wrecked off dunbar"]
)
def test_what_the_same_sentence_asserts_is_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "answer", reply.text
    assert reply.text.startswith(_YES), reply.text


def test_a_place_the_confirming_fact_does_not_name_is_not_confirmed(
    drafted: tutor.Tutor,
) -> None:
    """ "sailed to Riga" is no "sailed her home": the place decides which fact it is about."""
    reply = talk(drafted, "reid sailed to riga")
    assert not reply.text.startswith(_YES), reply.text


def test_what_was_only_proposed_on_the_essay() -> None:
    t = tutor.Tutor()
    reply = talk(t, "the testament got stalin removed from his post")
    assert reply.kind == "correction", reply.text
    assert "doesn't say" in reply.text, reply.text
    assert talk(t, "lenin's testament said stalin should be removed").kind == "answer"


WALL = """The Wall

The town council argued about the harbour for years. The sea wall that the mayor wanted
was finished in 1799, paid for by a lottery rather than a tax.
"""


def test_a_wish_closing_a_relative_clause_leaves_the_deed_told(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """Found in a review: 'the wall that Brandt wanted was finished' tells the wall was
    finished; only the wanting is the mayor's."""
    reply = talk(draft_text(WALL), "the sea wall was finished in 1799")
    assert reply.kind == "answer" and reply.text.startswith(_YES), reply.text
