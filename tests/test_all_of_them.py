""" "What were Quill's biggest duties?" asks for them all: the sentence telling one of
them ("One of Quill's greatest duties was ...") answers only in part, and the sentence
telling them in a series ("Quill's duties were trimming ..., polishing ..., and winding
...") answers. A question of one ("what was one of her duties?") and a series that does
not hold what is asked leave the best fact as it was.

Tried on a small text of our own, drafted with `new-pack` and never edited, and on the
essay in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Dunmore Light

Mara Quill kept the Dunmore light from 1880 to 1912. Quill's duties were trimming the
wicks, polishing the lens, and winding the clockwork that turned it. One of Quill's greatest
duties was keeping the lamp lit through every storm. In 1912 the light was given an electric
lamp, and Quill retired to Kelby.
"""


@pytest.fixture(scope="module")
def light(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_plural_question_gets_the_series(light: tutor.Tutor) -> None:
    reply = talk(light, "what were Quill's biggest duties?")
    assert reply.kind == "answer"
    assert "trimming the wicks" in reply.text


def test_one_asked_for_keeps_the_one(light: tutor.Tutor) -> None:
    reply = talk(light, "what was Quill's greatest duty?")
    assert "keeping the lamp lit" in reply.text


def test_on_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "what were Trotsky's chief errors?")
    assert reply.kind == "answer"
    assert "missing Lenin's funeral" in reply.text
