"""A drafted text gives a thing a lower-case word of its own ("thin ridges ..., called
rings"; "the broken scraps ... were called cullet"): that word is the thing's name, and
answers "what do you call ...?" and "what were they called?"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Glasshouse at Pelling

In 1851 the glassmaker Ada Forrest opened a glasshouse beside the canal at Pelling. Each
worker gathered molten glass on a long iron pipe, the blowpipe, and shaped it at a wooden
bench. The blowpipe was cooled in a trough of water after every third bottle. Finished
bottles were carried to a slow oven called the lehr, where they cooled over a whole night.
The lehr was fired with coal brought up the canal from Stanton. The broken scraps that
gathered every day under the long wooden benches were called cullet. The bottles had thin
ridges pressed into their necks, called rings. A worker pressed the ridges of forty bottles
in an hour. Forrest sold the works in
1880 to the Pelling Bottle Company.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def answer(t: tutor.Tutor, line: str) -> str:
    return t.session(seed=0).respond(line).text


def test_the_word_a_text_gives_a_thing_is_its_name(drafted: tutor.Tutor) -> None:
    assert "rings" in answer(drafted, "What do you call the ridges a worker pressed?")


def test_a_thing_said_to_be_called_a_word_far_after_it_is_named(drafted: tutor.Tutor) -> None:
    # not "The text doesn't say what the scraps were called. What it does say nearby: ..."
    reply = answer(drafted, "What were the broken scraps called?")
    assert "cullet" in reply
    assert "doesn't say" not in reply


def test_the_name_at_the_end_of_a_line_asks_no_name_of_the(drafted: tutor.Tutor) -> None:
    # "given the name": "the" is no thing whose name is asked ("what the the was called")
    reply = answer(drafted, "why was the oven given the name?")
    assert "what the the" not in reply
