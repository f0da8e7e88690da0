"""Irregular plurals ("men", "children", "geese") read as plurals, as "gates" does: a
question about "the second child" of a text that tells only of "his children" gets an
honest "the text doesn't say", not the sentence about all of them."""

from __future__ import annotations

from collections.abc import Callable

import tutor
from tutor._text import looks_plural

MILL = """The Old Mill

In 1850 three men from the village built a mill on the river Wend. The miller, Thomas Hale,
ground corn for the farms around. His children carried the flour to the market in Ashby.
The geese on the mill pond were kept by his wife, Mary Hale. In 1871 a flood broke the
wheel, and the mill closed.
"""


def test_irregular_plurals_read_as_plurals() -> None:
    for word in ("men", "women", "children", "geese", "mice", "teeth", "fishermen", "gates"):
        assert looks_plural(word), word
    for word in ("man", "child", "goose", "glass", "stamina", "omen", "specimen"):
        assert not looks_plural(word), word


def test_one_asked_by_its_order_of_an_irregular_plural(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    t = draft_text(MILL)
    reply = t.ask("What did the second child carry?")
    assert reply.kind == "fallback" and "the second child" in reply.text
    assert "Ashby" in t.ask("Who carried the flour to the market?").text
