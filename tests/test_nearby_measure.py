"""A line asking for a measure (how long, how many, when) or a reason, in words of its own,
is shown the drafted sentence that gives one and holds a word of the line ("what it does
say nearby"), though that sentence holds too little of the line to be told as the answer;
a sentence giving no measure, or no reason, is not shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Dunholm Windmill

The Dunholm Windmill was raised on Carrick Knoll in 1764 by the millwright Edmund Farrow. It ground wheat and barley for the farms of the Dunholm parish for more than a century.

Farrow also surveyed a cart track nine miles long to the quarry at Brede. Farrow chose the knoll because the west wind there blew steadily across the open moor, and no trees or houses stood in its way.

The sails were covered with canvas, which the miller furled by hand whenever a storm was coming. In the great gale of 1799 the cap was torn off, and the mill stood idle for fourteen weeks while a new one was made.

In 1838 the miller, Hester Lyle, fitted a fantail that turned the cap into the wind by itself. Two hired boys had done that job before, walking the tail pole round the mill.

Steam mills in the market town took most of the trade after 1870, because they could grind in any weather. The last sack of flour was ground at Dunholm in 1897.

The parish drew up a plan for a second mill in 1805, but it was never built.

The Dunholm Windmill Trust bought the ruin in 1962 and restored it, and the sails turned again in 1986.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_span_asked_in_other_words_is_shown_the_sentence_giving_one(mill: tutor.Tutor) -> None:
    # "sit unused" for "stood idle": only "mill" is the text's word, and the sentence
    # gives a span of time, as "how long" asks
    reply = mill.session(seed=1).respond("how long did the broken mill sit unused?")
    assert reply.kind == "fallback"  # not told as the answer: it holds too little of it
    assert "nearby" in reply.text and "fourteen weeks" in reply.text


def test_a_reason_asked_in_other_words_is_shown_the_sentence_saying_why(
    mill: tutor.Tutor,
) -> None:
    reply = mill.session(seed=1).respond("why was the knoll a good choice?")
    assert reply.kind == "fallback"
    assert "nearby" in reply.text and "because the west wind" in reply.text


def test_a_word_the_line_says_through_a_word_of_the_text_is_no_unknown_name(
    mill: tutor.Tutor,
) -> None:
    # "map out" reaches the text's "plan" (of another sentence) through WordNet: a word of
    # English the learner said, not a name of a subject the text never mentions
    # English the learner said, not a name of a subject the text never mentions; the one
    # sentence giving miles beside "track" is now told as the answer (answer types)
    reply = mill.session(seed=1).respond("how many miles of track did the builder map out?")
    assert reply.kind == "answer" or "nearby" in reply.text
    assert "nine miles long" in reply.text


def test_a_sentence_that_says_no_reason_is_not_shown_for_why(mill: tutor.Tutor) -> None:
    # the ruin's sentence tells that the Trust restored it, not why
    reply = mill.session(seed=1).respond("why did the charity take on the ruin?")
    assert reply.kind == "fallback"
    assert "nearby" not in reply.text and "restored" not in reply.text


def test_a_sentence_without_the_count_asked_is_not_shown(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("how many storms hit the mill?")
    assert reply.kind == "fallback"
    assert "nearby" not in reply.text
