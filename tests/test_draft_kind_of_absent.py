"""A fresh draft says honestly that its text names no kind of a thing it never mentions:
"what kind of fish live in the tarn?" of a sentence about the tarn's depth names no fish,
nor a trout, nor anything WordNet files under fish; nor is "the village's cheese" a kind
of cheese. A sentence naming a narrower thing ("trout") still answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TARN = """The Tarn at Holloway

The Water

Melting ice left a hollow behind the ridge, and rain filled it to form Black Tarn, which is
forty metres deep. The stream below the ridge holds brown trout, which the farmers caught
in summer.

The Dairy

The village's cheese came from the dairy of Martha Pell, who also kept the inn on Mill Lane.
"""


@pytest.fixture(scope="module")
def tarn(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TARN)


def test_a_kind_asked_of_a_thing_the_sentence_never_names(tarn: tutor.Tutor) -> None:
    """'What kind of fish live in Black Tarn?' of "... to form Black Tarn, which is
    forty metres deep": the sentence names no fish of any kind."""
    reply = tarn.ask("What kind of fish live in Black Tarn?")
    assert reply.kind == "fallback" and "what kind of fish" in reply.text


def test_a_narrower_noun_tells_the_kind(tarn: tutor.Tutor) -> None:
    """'What kind of fish live in the stream?' of "holds brown trout": a trout is a fish."""
    reply = tarn.ask("What kind of fish live in the stream below the ridge?")
    assert reply.kind == "answer" and "trout" in reply.text


def test_an_owner_before_the_thing_is_no_kind(tarn: tutor.Tutor) -> None:
    """'What kind of cheese did Martha Pell's dairy make?' of "The village's cheese":
    whose cheese, not which kind."""
    reply = tarn.ask("What kind of cheese did Martha Pell's dairy make?")
    assert reply.kind == "fallback" and "what kind of cheese" in reply.text
