"""The tutor's follow-up question never asks what its answer has just said: "Who built a
paper mill on the river at Ferrow?" right after "In 1851 Walter Grint built a paper mill
on the river at Ferrow" asks the learner to read the line above. A drafted pack asks one
question a sentence, so the question on the sentence just told is passed over."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Mill at Ferrow

The Founder

In 1851 Walter Grint built a paper mill on the river at Ferrow. He bought rags from the
towns nearby and sold his paper in Bristol. In 1862 he added a second water wheel. He died
in 1870.

The Heir

His niece, Agnes Grint, ran the mill after him. She installed a steam engine in 1874. She
closed the mill in 1899.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_the_follow_up_never_asks_what_the_answer_just_said(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=0).respond("Who built the paper mill?")
    assert reply.kind == "answer" and "Walter Grint" in reply.text
    assert reply.follow_up is None  # its topic's one question is the one just answered


def test_a_question_on_another_sentence_still_follows(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=0).respond("When did Walter Grint die?")
    assert reply.kind == "answer" and "1870" in reply.text
    # the lesson asks of the 1851 sentence by its time: what he did then
    assert reply.follow_up == "What did Walter Grint do in 1851?"
