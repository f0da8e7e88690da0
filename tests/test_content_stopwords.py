"""Nouns and verbs that name things in a text ("men", "women", "need", "rest") are content
words, not stop words: a question about "the men" keeps them, so the tutor does not answer
with a sentence about the women, nor lose a question whose other words are misspelt."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

PUMP = """The Town Pump

In 1790 the parish of Holmby dug a well on the green and set an iron pump over it. The
pump needed a new leather washer every winter. Twelve women carried its water to the
houses on the hill. In 1832 the parish men laid a pipe from the spring at Coldharbour, and
the pump was taken away in 1840. The old pump handle is kept in the church.
"""


@pytest.fixture(scope="module")
def pump(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(PUMP)


def test_the_men_are_not_the_women(pump: tutor.Tutor) -> None:
    """The text says the women carried the water; of the men it says only the pipe."""
    assert "women" not in pump.ask("Who did the men carry water for?").text
    assert "Twelve women" in pump.ask("Who carried the water to the houses?").text


def test_a_count_of_men_the_text_never_gives(pump: tutor.Tutor) -> None:
    """'how meny men laid the pipe': the text names the parish men and counts none."""
    reply = pump.ask("how meny men laid the pipe")
    assert reply.kind == "fallback" and "pipe" in reply.text
