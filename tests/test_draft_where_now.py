"""A follow-up asking where the thing just named is now ("where is it now?") asks of the
thing today, not where the event the last answer told took place: on a fresh draft the
sentence saying what holds it today answers, while "where was it made?", which the text
does not tell, is still an honest refusal."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """Anna Roth, Clockmaker

Early years

Anna Roth was born in 1801 in Kessel. She learned her trade from her uncle in the town
of Harwick.

The contest

In 1830 the Dunmore Fair held a contest for clockmakers. Roth entered a clock she called
the Silver Owl. The judges gave it the first prize.

Later years

Anna Roth died in 1870. Her pupil Emil Fenn kept her notebooks, and after his death they
passed to the Harwick town museum, which also owns the Silver Owl.
"""


@pytest.fixture(scope="module")
def clocks(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


OPENING = "what was the Silver Owl?"


def test_where_the_thing_is_now_is_the_sentence_saying_who_holds_it(
    clocks: tutor.Tutor,
) -> None:
    assert "Silver Owl" in talk(clocks, OPENING).text
    reply = talk(clocks, OPENING, "where is it now?")
    assert reply.kind == "answer" and "museum" in reply.text, reply.text


def test_where_the_past_event_was_is_still_untold(clocks: tutor.Tutor) -> None:
    reply = talk(clocks, OPENING, "where was it made?")
    assert "museum" not in reply.text, reply.text
