"""On a fresh draft, "did anyone listen?" after a sentence telling a wish, a plan or a
warning ("the vicar wrote a letter urging the council to build a sea wall") asks what
others did with the thing it made: the sentence telling it ("The council shelved the
letter"), even when no one named did it; a question of a state ("was the council
angry?") is not read so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Sea Wall at Dunmore

In 1880 the vicar, Thomas Ayre, wrote a letter urging the council to build a sea wall.
The council shelved the letter, because the wall would cost too much. In 1883 a storm
flooded forty houses. The wall was finally built in 1886. Ayre died in 1890.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_did_anyone_listen_is_what_met_the_letter(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "what did Thomas Ayre write?", "did anyone listen?")
    assert "shelved" in reply.text


def test_a_state_asked_is_not_what_met_it(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "what did Thomas Ayre write?", "was the council angry?")
    assert "shelved" not in reply.text
