"""On a fresh draft of a text that tells of a book, a learner's "book" is that book: a word
to match ("Marsh book year"), not the learner's name for the text they study, as it stays
where the text tells of none (the essay: "what is this book about?" asks what the essay
is about). "Teacher" stays a stop word: "who was her teacher?" finds whom the text names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Orchard Keeper

Hanna Marsh grew up on a farm near Selby, where her first teacher was the village
schoolmaster, Peter Gale. In 1861 she planted an orchard of forty apple trees on the hill
above the farm. In 1872 she set out her method of grafting in a book called The Patient
Tree. Twenty years later her orchard held more than three hundred trees.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("line", ["Marsh book year", "when did Hanna Marsh write her book?"])
def test_the_book_the_text_tells_of_is_asked_about(drafted: tutor.Tutor, line: str) -> None:
    reply = talk(drafted, line)
    assert reply.kind == "answer", reply.text
    assert "1872" in reply.text


def test_a_teacher_is_still_whom_the_text_names(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "who was Hanna's teacher?")
    assert "Peter Gale" in reply.text, reply.text


def test_what_the_book_is_about_is_still_the_text() -> None:
    essay = tutor.Tutor()
    assert (
        talk(essay, "what is this book about?").text == talk(essay, "what is the essay about?").text
    )
