""" "What did she do?" answered with a sentence about a man the text says "he" of (after
an answer about him, or as the first line of a session): the tutor answers about the one
woman the text speaks of, or asks which of its women the learner means, never about
someone "she" cannot be. Genders come from the text's own pronouns."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

ONE_WOMAN = """The Mill at Ferrow

The Founder

In 1851 Walter Grint built a paper mill on the river at Ferrow. He bought rags from the
towns nearby and sold his paper in Bristol. He died in 1870.

The Heir

His niece, Agnes Grint, ran the mill after him. She installed a steam engine in 1874. She
closed the mill in 1899.
"""

TWO_WOMEN = """The School at Lyde

The Teachers

In 1880 Martha Quill opened a school for girls at Lyde. She taught reading and sewing there.
Her sister, Ellen Quill, taught music. She played the organ at the church on Sundays.

The Board

In 1890 the vicar, Henry Dunn, took the school over. He added a room for boys.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(ONE_WOMAN)


@pytest.fixture(scope="module")
def school(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TWO_WOMEN)


def test_she_after_a_man_is_the_one_woman_of_the_text(mill: tutor.Tutor) -> None:
    reply = talk(mill, "Who built the paper mill?", "What did she install?")
    assert reply.kind == "answer" and "steam engine" in reply.text


def test_she_first_thing_in_a_session_is_the_one_woman_of_the_text(mill: tutor.Tutor) -> None:
    reply = talk(mill, "When did she close the mill?")
    assert "1899" in reply.text


def test_she_after_a_man_asks_which_woman_is_meant(school: tutor.Tutor) -> None:
    reply = talk(school, "Who took the school over in 1890?", "What did she teach?")
    assert reply.kind == "clarify"
    assert "Martha Quill" in reply.text and "Ellen Quill" in reply.text
    assert "Henry Dunn" not in reply.text


def test_he_first_thing_in_a_session_is_the_one_man(school: tutor.Tutor) -> None:
    reply = talk(school, "What did he add?")
    assert "room for boys" in reply.text


def test_she_after_a_woman_is_still_her(school: tutor.Tutor) -> None:
    reply = talk(school, "Who opened a school for girls?", "What did she teach?")
    assert reply.kind == "answer" and "sewing" in reply.text


@pytest.mark.parametrize(
    ("line", "checked"),
    [
        ("who built the mill?", False),
        ("what did they build?", False),
        ("what did she do?", True),
        ("what did he say to her?", False),
        ("where was his mill?", True),
    ],
)
def test_only_a_line_saying_he_or_she_is_checked(
    mill: tutor.Tutor, line: str, checked: bool
) -> None:
    """The check copies the talk to undo it; a line that says neither "he" nor "she" (or
    both) cannot be about the wrong one, so its turn pays nothing for it."""
    from tutor._whom import gendered

    assert gendered(mill._engine.analyzer.analyze(line)) is checked
