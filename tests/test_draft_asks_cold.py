"""A drafted lesson question reads on its own: no connective that leans on the sentence
before ("..., however?", "At the same time ..."), no "the same" with nothing to be the same
as, no demonstrative standing for the last sentence, and no hint that only says the
question again."""

from __future__ import annotations

import pytest

from tutor._draft_asks import led_to_question, why_ask, without_connectives
from tutor._draft_bound import bind, leans_back


@pytest.mark.parametrize(
    ("clause", "asked"),
    [
        ("The quarry stone was soft, however", "Why was the quarry stone soft?"),
        ("The quarry stone, however, was soft", "Why was the quarry stone soft?"),
        ("The kiln was, therefore, too hot", "Why was the kiln too hot?"),
    ],
)
def test_a_why_question_drops_a_connective_set_off_by_commas(clause: str, asked: str) -> None:
    assert why_ask(clause, frozenset()) == asked


def test_a_result_question_drops_a_fronted_connective() -> None:
    assert led_to_question("At the same time the ferry fares doubled") == (
        "The ferry fares doubled. What did that lead to?"
    )
    assert led_to_question("In addition, the fares doubled").startswith("The fares doubled.")


def test_a_phrase_before_its_object_is_no_connective() -> None:
    """'As a result of the gale' says why; 'Still water' is an adjective."""
    assert without_connectives("As a result of the gale the pier fell") == (
        "As a result of the gale the pier fell"
    )
    assert without_connectives("Still water froze first") == "Still water froze first"


@pytest.mark.parametrize(
    "ask",
    [
        "What barn stored the same grain?",
        "What passes through the same sieve?",
        "This also explains the old rule about thickness. What does that lead to?",
        "These were sold at the fair. What did that lead to?",
    ],
)
def test_a_question_leaning_on_the_sentence_before_is_not_drafted(ask: str) -> None:
    assert leans_back(ask)
    assert bind(ask, []) is None


@pytest.mark.parametrize(
    "ask",
    [
        "Why did both crews row the same course?",
        "Why did every weaver use the same loom?",
        "Why did the glass cool to the same heat as the room?",
        "Why did the two towns share the same market?",
        "This rule made the work slow. What did that lead to?",
    ],
)
def test_the_same_with_a_standard_or_sharers_reads_alone(ask: str) -> None:
    assert not leans_back(ask)


def test_no_hint_only_repeats_the_question() -> None:
    """ "Who stirred each copper vat slowly by hand?": a quote '…stirred each copper vat
    slowly by…' tells the learner nothing the question did not; the next rung stands in."""
    from tutor._draft_ladder import ladder

    sentence = "The apprentice Sorrel Vane stirred each copper vat slowly by hand."
    ask = "Who stirred each copper vat slowly by hand?"
    rungs = ladder(sentence, "The apprentice Sorrel Vane", ["sorrel", "vane"], True, ask)
    assert rungs is not None
    assert not [h for h in rungs.hints if "stirred each copper" in h], rungs.hints
    assert len(rungs.hints) == 2
