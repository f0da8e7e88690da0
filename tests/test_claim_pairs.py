"""Two people with two descriptions ("A was the X one and B the Y one") against whom the
text gives each description to: swapped round, both are corrected ("the other way
round", with both facts); each to its own, confirmed with both."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

FERRY = """The Ferry at Hollin

Two cousins, Mary Crane and Thomas Crane, ran the ferry at Hollin.

Mary was the bold one, a pilot who crossed the firth in any weather. Thomas was the
cautious one, a clerk who kept the ferry's accounts.

Thomas sold the ferry in 1931.
"""


@pytest.fixture(scope="module")
def ferry(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(FERRY)


def _say(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


@pytest.mark.parametrize(
    "line",
    [
        "Thomas was the bold one and Mary the cautious one",
        "so Thomas was a pilot while Mary was a clerk?",
        "Thomas was the bold pilot, Mary was the cautious clerk",
    ],
)
def test_a_swapped_pair_is_corrected_for_both(ferry: tutor.Tutor, line: str) -> None:
    reply = _say(ferry, line)
    assert reply.kind == "correction", line
    assert "bold" in reply.text and "cautious" in reply.text, line
    assert "other way round" in reply.text or "swapped" in reply.text, line


@pytest.mark.parametrize(
    "line",
    [
        "Mary was the bold one and Thomas the cautious one",
        "Mary was a pilot while Thomas was a clerk",
    ],
)
def test_a_right_pair_is_confirmed_with_both(ferry: tutor.Tutor, line: str) -> None:
    reply = _say(ferry, line)
    assert reply.kind == "answer", line
    assert "bold" in reply.text and "cautious" in reply.text, line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Stalin was the charismatic one and Trotsky the plodding bureaucrat", "correction"),
        ("Trotsky was the charismatic one and Stalin the bureaucratic one", "answer"),
    ],
)
def test_the_essays_two_rivals(line: str, kind: str) -> None:
    reply = _say(tutor.Tutor(), line)
    assert reply.kind == kind, (line, reply.text)
    assert "charismatic" in reply.text and "bureaucratic" in reply.text, line
