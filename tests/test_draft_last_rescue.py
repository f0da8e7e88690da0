"""Follow-ups on a fresh draft that point back at the last answer and ask a kind of thing
it gives, in words the text never uses: "what temperature did it get to?" after a
sentence giving "about 260 degrees", "how long was she hurt for?" after "she could not
knead dough for six weeks". The ranking finds no sentence holding the line's own words,
so the reply was "the text doesn't say"; the last answer (or the sentence going on with
it, in the line's own words) answers instead. A line asking a kind the sentence does
not give is still refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Orrin Bakery

Beginnings

The Orrin bakery was founded in 1871 by Martha Orrin in a cellar on Mill Lane. Every
night her oven was fired with beech logs until its floor reached about 260 degrees,
and the first loaves went in at four in the morning.

Setbacks

In 1880 a chimney fire burned Martha's right arm so badly that she could not knead
dough for six weeks. Her nephew Caleb ran the ovens while she recovered.

The Flour Quarrel

In 1890 Martha and the miller Josiah Penn met at the Corn Hall to settle the price of
flour. After three hours of talk they agreed on a fixed price for ten years.
"""


@pytest.fixture(scope="module")
def bakery(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_figure_the_last_answer_gives_is_asked_in_other_words(bakery: tutor.Tutor) -> None:
    reply = talk(bakery, "what was her oven fired with?", "what temperature did it get to?")
    assert reply.kind == "answer"
    assert "260 degrees" in reply.text


def test_a_span_the_last_answer_gives_is_asked_in_other_words(bakery: tutor.Tutor) -> None:
    reply = talk(bakery, "what happened to Martha in 1880?", "how long was she hurt for?")
    assert reply.kind == "answer"
    assert "six weeks" in reply.text


def test_the_sentence_going_on_in_the_line_s_words_answers(bakery: tutor.Tutor) -> None:
    reply = talk(bakery, "who met at the Corn Hall?", "how long did they talk?")
    assert reply.kind == "answer"
    assert "three hours" in reply.text


def test_a_kind_the_last_answer_does_not_give_is_still_refused(bakery: tutor.Tutor) -> None:
    reply = talk(bakery, "what happened to Martha in 1880?", "how much did she pay for it?")
    assert "six weeks" not in reply.text
    assert "Caleb" not in reply.text
