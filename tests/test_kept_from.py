""" "How did they stop the floods from wrecking the bridge?" asks how something was
prevented: before "<someone or something> from <doing>" a verb WordNet gives the sense
of preventing ("stop", "keep", "block") is read as "prevent", which a text says ("...,
preventing the floods from reaching the bridge"), not as halting or holding."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._analyze import Analyzer

TEXT = """The Bridge at Tarn

Every spring the river Tarn flooded the valley below the town. In 1790 the engineer Joan
Pell warned the council that the floods would bring down the old bridge. The council built
a stone weir upstream in 1794, preventing the floods from reaching the bridge. Pell
designed a new bridge for the town in 1801.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "How did the council stop the floods from wrecking the bridge?",
        "how did the council keep the floods from bringing the bridge down?",
    ],
)
def test_what_prevented_it(drafted: tutor.Tutor, line: str) -> None:
    reply = drafted.session().respond(line)
    assert reply.kind == "answer", line
    assert "stone weir" in reply.text, line


def test_a_stop_with_no_from_is_no_prevention(default_tutor: tutor.Tutor) -> None:
    analyzer = Analyzer(default_tutor.pack)
    assert "prevent" not in analyzer.analyze("when did the purges stop?").words
    assert "prevent" in analyzer.analyze("how did Stalin stop the letter from hurting him?").words


def test_on_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session().respond(
        "How did Stalin stop Lenin's letter from ruining his career?"
    )
    assert reply.kind == "answer"
    assert "suppressed Lenin's political testament" in reply.text
