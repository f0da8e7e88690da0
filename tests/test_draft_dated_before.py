""" "When was that?" on a fresh draft, after a sentence that gives no date of its own but
goes on with events the sentence before it dates: the reply answers with that dated
sentence and says it comes from just before, not "the text doesn't say" nor a date from
elsewhere; and a sentence that moves on in time ("Years later") is not dated so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Harrow Hoard

The Find

In 1921 a ploughman named Abel Frith turned up a bronze bowl full of coins in a field
near Harrow Cross. A curator from the county museum came out to look at the coins and
identified them as Roman silver. The field was later sold to a builder.

The Study

The coins were first catalogued in 1930 by the numismatist Clara Ume. Years later a
second bowl was found by a schoolboy walking the same field.
"""


@pytest.fixture(scope="module")
def hoard(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_when_of_an_undated_sentence_answers_with_the_one_that_dates_it(hoard: tutor.Tutor) -> None:
    reply = talk(hoard, "who identified the coins as Roman silver?", "when was that?")
    # the date is the sentence before's: an answer that says so, not a refusal
    assert reply.kind == "answer" and "doesn't say" not in reply.text
    assert "1921" in reply.text and "just before it:" in reply.text
    assert "1930" not in reply.text


def test_a_sentence_that_moves_on_in_time_is_not_dated_by_the_one_before(
    hoard: tutor.Tutor,
) -> None:
    reply = talk(hoard, "who found the second bowl?", "when was that?")
    assert "1930" not in reply.text
