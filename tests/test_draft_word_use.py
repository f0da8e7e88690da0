"""A learner's word the text never says is read in the part of speech the line uses it
in: "the cousin's stake" is a noun (a share of something), "would stake" a verb (to back
it), and each leads to the text's own word for that sense."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Lindqvist Bakery

In 1931 Mara Lindqvist and her cousin Otto Brandt opened a bakery on Mill Lane in Harwell.
The town bank backed the bakery with a loan, and the millers' guild backed it as well. The
bakery sold rye bread and honey cakes to the farms around Harwell.

In 1940 Otto sold his share of the bakery to Mara and moved to the coast. Mara ran the
bakery alone until 1962, when her son Emil took it over.
"""


@pytest.fixture(scope="module")
def bakery(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def terms(t: tutor.Tutor, line: str) -> tuple[str, ...]:
    return t._engine.analyzer.analyze(line).terms


def test_a_noun_after_an_owner_is_read_in_its_noun_sense(bakery: tutor.Tutor) -> None:
    # the text says "backed" more often than "share": read as a verb, "stake" is "back"
    assert "share" in terms(bakery, "What happened to the cousin's stake in the bakery?")
    reply = bakery.session(seed=1).respond("What happened to the cousin's stake in the bakery?")
    assert reply.kind == "answer"
    assert "sold his share" in reply.text


def test_a_verb_after_a_modal_or_a_subject_keeps_its_verb_sense(bakery: tutor.Tutor) -> None:
    assert "back" in terms(bakery, "Who would stake the bakery?")
    assert "back" in terms(bakery, "Did the bank stake the bakery?")


MILL = """The Hollins Mill

In 1890 a fire destroyed the Hollins wool mill. An attempt by the night watchman to save
the looms failed, and two hundred weavers lost their work for a year.
"""


def test_a_noun_with_no_word_after_it_to_describe_is_read_as_a_noun(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # "blaze" is an adjective too ("blatant", defined by an "attempt" the text names);
    # with no word after it to describe, "the great blaze" is a noun, a kind of fire
    mill = draft_text(MILL)
    assert "fire" in terms(mill, "What did the great blaze destroy?")  # a verb after it
    assert "fire" in terms(mill, "When was the great blaze?")
    reply = mill.session(seed=1).respond("When was the great blaze?")
    assert reply.kind == "answer" and "1890" in reply.text
