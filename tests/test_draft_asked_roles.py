"""A fresh draft answers a question only with a sentence that gives what it asks: "how many
wherries?" wants a number counting wherries, not sacks; "what caused the chill?" is not
answered by the sentence where the chill is the cause; and "how long did the siege last?"
reads the other sentence of the siege that gives its span."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Siege of Corvel

In the spring of 1402 the old count of Marrow died of a chill at his hunting lodge in Tessan. His nephew, Aldric Vane, claimed the county, and the townspeople of Corvel refused him.

The town's richest merchant, Odo Brandt, kept a fleet of wherries on the river. During the war his wherries slipped past the blockade and carried some 400 sacks of wool to the coast.

On 3 June 1402 Aldric's army surrounded Corvel and began the siege. The townspeople burned the bridge over the Lisk.

After the peace the county was ruled by a council of five members: Aldric, Odo Brandt, Mirren Hale, the prior of Saint Anne, and one guild warden chosen by the others.

The siege had lasted 52 days when it was lifted in late July. Aldric never entered the town.
"""


@pytest.fixture(scope="module")
def corvel(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


def test_a_count_of_one_thing_is_not_answered_by_a_count_of_another(corvel: tutor.Tutor) -> None:
    reply = ask(corvel, "How many wherries did Odo Brandt keep?")
    assert reply.kind == "fallback"
    assert "doesn't say how many wherries" in reply.text
    # the thing the number does count is answered
    told = ask(corvel, "How many sacks of wool did the wherries carry?")
    assert told.kind == "answer" and "400 sacks" in told.text


def test_the_cause_of_a_cause_is_not_told(corvel: tutor.Tutor) -> None:
    reply = ask(corvel, "What caused the chill the old count died of?")
    assert reply.kind == "fallback"
    assert "what caused the chill" in reply.text
    told = ask(corvel, "What did the old count die of?")
    assert told.kind == "answer" and "chill" in told.text


def test_a_span_is_read_from_the_other_sentence_of_the_event(corvel: tutor.Tutor) -> None:
    reply = ask(corvel, "How long did the siege of Corvel last?")
    assert reply.kind == "answer"
    assert "52 days" in reply.text
