"""A whole question of its own, naming its own deed and what it was done to, is read on
its own even right after another question: "who hired the diggers?" after "who dug the
well?" asks of the hiring, which the text tells, not again of the digging the last
answer told (that reading would say the text does not tell who hired them)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Well at Harrow Green

Harrow Green had no water of its own until 1872. That year two brothers from Leek, Amos
and Jed Hollin, dug the well behind the chapel. The miller Thomas Avery had hired the
diggers after the dry summer of 1871. The water was cold and clear, and the villagers paid
Avery a penny a bucket. In 1880 a flood filled the well with mud. The parish council
cleaned it and opened it to everyone free of charge.
"""


@pytest.fixture(scope="module")
def well(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_whole_question_after_another_is_answered_as_alone(well: tutor.Tutor) -> None:
    alone = talk(well, "who hired the diggers?")
    after = talk(well, "who dug the well?", "who hired the diggers?")
    assert alone.kind == "answer" and "Thomas Avery" in alone.text
    assert after.kind == "answer" and "Thomas Avery" in after.text


def test_a_question_of_the_deed_just_told_still_leans_on_it(well: tutor.Tutor) -> None:
    reply = talk(well, "who dug the well?", "when did they dig it?")
    assert reply.kind == "answer" and "1872" in reply.text
