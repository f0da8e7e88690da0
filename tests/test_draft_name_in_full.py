""" "What is Tollan Reserve?" of a text that calls its cheese "Tollan" and its premium one
"Tollan Reserve": a draft takes the shorter name for the longer one's, so two sentences
may tie for the line; the one saying the name as the learner says it, in full, is the
one asked of, and no clarifying question is needed. A line saying only "Tollan" says
no more than either sentence, and settles nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._index import Hit

TEXT = """The Sankt Tollan Dairy

The Sankt Tollan cooperative dairy sits at 1,200 metres in the Ash valley, and since 1962 it
has made only Tollan, a hard mountain cheese.

The process

Every Tollan ripens for at least six months, and the premium Tollan Reserve ripens for twenty
months. The wheels are washed with salty water twice a week.
"""


@pytest.fixture(scope="module")
def dairy(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def _tied(dairy: tutor.Tutor) -> tuple[Hit, Hit]:
    facts = dairy._engine.pack.facts
    made = next(f for f in facts if "made only Tollan" in f.answer)
    ripens = next(f for f in facts if "Tollan Reserve" in f.answer)
    return Hit(made, 1.0, 1.0), Hit(ripens, 1.0, 1.0)


def test_the_sentence_saying_the_name_in_full_settles_a_tie(dairy: tutor.Tutor) -> None:
    engine = dairy._engine
    made, ripens = _tied(dairy)
    query = engine.analyzer.analyze("what is Tollan Reserve?")
    assert engine.picker.named_in_full(query, made, ripens) is ripens


def test_a_shorter_name_settles_nothing(dairy: tutor.Tutor) -> None:
    engine = dairy._engine
    made, ripens = _tied(dairy)
    query = engine.analyzer.analyze("what is Tollan?")
    assert engine.picker.named_in_full(query, made, ripens) is None


def test_the_reply_to_the_full_name_is_that_sentence(dairy: tutor.Tutor) -> None:
    reply = dairy.session(seed=1).respond("what is Tollan Reserve?")
    assert reply.kind == "answer"
    assert "twenty months" in reply.text
