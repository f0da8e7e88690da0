""" "How did they ...?" asks by what means: of two drafted sentences holding every word
of the line, the one telling what it was done with or through ("by rowing a rope across",
"through ...") answers, not the one that only says it was done."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Saving of the Morwenna

In 1889 the Penhallow lifeboat crew saved a fishing boat on the reef. The crew saved the
boat by rowing a line across to her in a rising gale and hauling her off the reef.
The coxswain, Jacob Tresize, was given a silver medal for the rescue.
"""


@pytest.fixture(scope="module")
def lifeboat(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_how_did_asks_the_means(lifeboat: tutor.Tutor) -> None:
    reply = lifeboat.session(seed=1).respond("How did the crew save the boat?")
    assert "rowing a line" in reply.text
