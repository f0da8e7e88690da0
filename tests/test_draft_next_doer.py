"""Follow-ups on a fresh draft asking what someone did about the event just told, which
the next sentence of the same paragraph tells, opening with that doer: the reply is that
sentence, not "the text doesn't say". A doer the next sentence does not open with, or
one only a later paragraph names, stays an honest refusal."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Ferrowby Swimming Baths

Opening

The Ferrowby Swimming Baths opened in 1898 on Tanner Lane, paid for by a subscription
among the town's mill owners. The trustees appointed a former sailor named Amos Brindle
as the first superintendent. The trustees met every month in the ticket office.

Growth

By 1910 the baths sold four hundred tickets a week, and the changing rooms were so
cramped that bathers queued in the street. In 1911 the trustees bought the empty
warehouse next door and turned it into a second hall. The new hall opened in 1913.

The War Years

During the Second World War the baths were closed and used as a store for the
fire service. The water was drained and the tiles cracked in the cold. The trustees
reopened the baths in 1946.
"""


@pytest.fixture(scope="module")
def baths(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


OPENING = "how many tickets did the baths sell by 1910?"


def test_what_the_doer_did_is_told_by_the_next_sentence(baths: tutor.Tutor) -> None:
    assert "four hundred" in talk(baths, OPENING).text
    reply = talk(baths, OPENING, "what did the trustees do about the queues?")
    assert reply.kind == "answer" and "warehouse" in reply.text, reply.text


def test_a_doer_the_next_sentence_does_not_open_with_is_not_answered(
    baths: tutor.Tutor,
) -> None:
    reply = talk(baths, OPENING, "what did the superintendent do about the queues?")
    assert "warehouse" not in reply.text, reply.text


def test_a_doer_named_only_in_a_later_paragraph_is_not_answered(baths: tutor.Tutor) -> None:
    reply = talk(baths, OPENING, "what did the fire service do about the queues?")
    assert "warehouse" not in reply.text and "drained" not in reply.text, reply.text
