"""A follow-up on a fresh draft that asks of the sentence just read, in its words, is
answered by that sentence: "how much?" after a loan it tells the sum of; "what did the
keeper have to paint?" after a settlement that made him paint a stripe, though another
sentence says he painted something too. A question asking beyond it is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Skerry Light

The Skerry Light stands on a reef two miles off the harbour of Penmorrow. The first
tower was a wooden beacon lit in 1790. The next trouble was a quarrel over money.

In 1871 the Lights Board borrowed 4,200 pounds from the county bank to build a stone
tower. Ruth Aske, a mason's daughter, became its first keeper in 1873.

The keeper painted the lantern gallery every spring with red lead. In 1880 the harbour
master complained that the light confused his pilots. The quarrel ended with a
compromise: the light kept its white flash, but the keeper had to pay a fine of ten
shillings and paint, at her own cost, a black band around the tower. The band can
still be seen today.
"""


@pytest.fixture(scope="module")
def light(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_how_much_after_a_loan(light: tutor.Tutor) -> None:
    reply = talk(light, "what did the lights board borrow money for?", "how much?")
    assert reply.kind == "answer"
    assert "4,200" in reply.text


def test_a_question_in_the_words_just_read(light: tutor.Tutor) -> None:
    reply = talk(light, "how did the quarrel end?", "what did the keeper have to paint?")
    assert "black band" in reply.text


def test_a_question_beyond_it_wants_another_sentence(light: tutor.Tutor) -> None:
    reply = talk(light, "how did the quarrel end?", "what else did the keeper paint?")
    assert "black band" not in reply.text


def test_how_much_of_a_sum_just_read(light: tutor.Tutor) -> None:
    reply = talk(light, "how did the quarrel end?", "how much was the fine?")
    assert "ten shillings" in reply.text
