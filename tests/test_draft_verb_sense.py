"""A listed synonym holds in the sense the line uses the word in: "decline" is "refuse"
only with something to decline ("declined the offer", "declined to sign"); "why did the
mill decline?" asks no refusal, so a sentence telling one does not answer it."""

from __future__ import annotations

from collections.abc import Callable

import tutor

TEXT = """The Paper Mill at Orrin Ford

The paper mill at Orrin Ford opened in 1790 on the river bank. Rags came by cart from the
towns, and the water wheel beat them into pulp. In 1834 the vatmen asked for a rise in
pay, and the master refused them. After 1860 the trade shrank year by year. Larger mills
with steam engines made paper faster and cheaper. The last vat was emptied in 1902.
"""


def test_decline_with_nothing_after_it_is_no_refusal(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = draft_text(TEXT).session(seed=1).respond("why did the mill decline?")
    assert "refused" not in reply.text


def test_decline_with_an_object_is_still_a_refusal(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = draft_text(TEXT).session(seed=1).respond("what did the master decline to give?")
    assert reply.kind == "answer"
    assert "the master refused them" in reply.text


def test_the_sense_follows_the_words_after_it() -> None:
    analyze = tutor.Tutor()._engine.analyzer.analyze
    assert "refus" in analyze("they declined the offer", correct=False).terms
    assert "refus" in analyze("he declined to go", correct=False).terms
    assert "refus" not in analyze("why did the works decline", correct=False).terms
    assert "refus" not in analyze("the town declined after the war", correct=False).terms
