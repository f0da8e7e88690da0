"""A fresh draft says honestly when its text tells nothing someone did after an event:
"what did Amos Pell do after the mill was finished?" is not answered by the opening itself,
nor by the next sentence naming him, told before it; "after the canal was finished" is a
clause of its own, its "was" no new question."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._clauses import clause_end

FERROW = """The Mill at Ferrow

The Building

The town of Ferrow had no mill of its own until the miller Amos Pell came from the north.
Pell had worked in mills in Yorkshire, and he chose a site on the River Lenn where the water
fell fastest. His assistant, John Rudd, took charge of the wheel, which was cut from oak at
both ends. The mill finally opened on 4 May 1805.

The Flood

In 1811 a flood carried away the wheel, and the town paid to cut a new one.
"""


@pytest.fixture(scope="module")
def ferrow(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(FERROW)


def test_nothing_told_of_him_after_the_event(ferrow: tutor.Tutor) -> None:
    """The opening tells the event; nothing after it names Pell."""
    reply = ferrow.ask("What did Amos Pell do after the mill was finished?")
    assert reply.kind == "fallback" and "what happened to Amos Pell" in reply.text
    assert "1805" in ferrow.ask("When did the mill open?").text


def test_a_subject_of_a_determiner_and_its_verb_stay_in_the_clause() -> None:
    words = ("what", "did", "he", "do", "after", "the", "canal", "was", "finished")
    assert clause_end(words, 4) == len(words)
    # a new question after the clause still ends it: "after the war, was he ..."
    words = ("after", "the", "war", "ended", "what", "was", "he", "doing")
    assert clause_end(words, 0) == 4
