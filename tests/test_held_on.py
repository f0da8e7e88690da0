""" "Even after X, what was she still good at?", "why did they still worry about him?" ask
what held on in spite of something: the sentence telling that something held on ("though
she remained a skilled signaller") answers over one that only shares the line's words
("the board praised the skill of her assistant"), and "even after the attacks" is no
question of what came after them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._held_on import holds_on

TEXT = """The Keeper of Carrow Point

Agnes Pell kept the lighthouse at Carrow Point from 1851 to 1889. In 1858 the harbour board
feared the temper of her brother Tom Pell. Tom Pell left Carrow for Glasgow in 1862. The
board saw him as a danger even in Glasgow. In 1860 the board cut the wages of Agnes and
criticised her logbooks. The attacks damaged her standing in the town, though she remained a
skilled signaller and a fine boat handler. The board praised the skill of her assistant at
the lamps. In 1889 Agnes Pell retired to a cottage above the harbour.
"""

HELD_ON = "remained a skilled signaller"


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_the_sentence_telling_what_held_on(drafted: tutor.Tutor) -> None:
    line = "even with the board against her, what skill did Agnes still have?"
    reply = drafted.session().respond(line)
    assert reply.kind == "answer"
    assert HELD_ON in reply.text


def test_even_after_asks_what_held_on_not_what_came_next(drafted: tutor.Tutor) -> None:
    reply = drafted.session().respond("even after the attacks, what was she still great at?")
    assert reply.kind == "answer"
    assert HELD_ON in reply.text


def test_without_still_the_best_stays(drafted: tutor.Tutor) -> None:
    reply = drafted.session().respond("what skill did the assistant have?")
    assert "assistant at the lamps" in reply.text


def test_what_held_on_must_be_what_the_line_says(drafted: tutor.Tutor) -> None:
    # "still fear": a sentence telling something else held on is not it
    reply = drafted.session().respond("why did the board still fear Tom after he left Carrow?")
    assert HELD_ON not in reply.text


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("why did the board still fear him", True),
        ("even in glasgow", True),
        ("she remained a pilot", True),
        ("the still at the distillery was copper", False),
        ("even worse", False),
    ],
)
def test_what_tells_holding_on(line: str, held: bool) -> None:
    # "the still" is a distiller's, "even worse" a degree: neither tells anything held on
    assert holds_on(line.split()) is held
