""" "Who killed Moss?" asks who did something to someone: a sentence that tells the deed
with nobody doing it ("The killing of Moss in 1871 marked the end of the old smuggling
trade") does not say who; one nearly as good telling him as the one it was done to, by
someone ("Moss was killed by Rob Kell"), does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Keeper of Skerry

Ewan Moss kept the light on Skerry for twenty years. The killing of Moss in 1871 marked the
end of the old smuggling trade on the island. In 1871 Moss was killed by Rob Kell, a
smuggler from Lerwick. Kell was hanged at Inverness in 1872.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_the_sentence_naming_the_doer(drafted: tutor.Tutor) -> None:
    reply = drafted.session().respond("who killed Moss?")
    assert reply.kind == "answer"
    assert "Rob Kell" in reply.text


def test_what_the_killing_meant_is_still_told(drafted: tutor.Tutor) -> None:
    reply = drafted.session().respond("what did the killing of Moss mark?")
    assert "smuggling trade" in reply.text


def test_on_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session().respond("who was the hitman that finished Trotsky off?")
    assert "Mercader" in reply.text
