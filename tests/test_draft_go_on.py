""" "Go on" is to continue, not to go: a learner asking how long something went on asks
how long it continued, whatever "go" alone means (moving, living somewhere)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Siege of Halvard Castle

In 1643 a royal army surrounded Halvard Castle, which stood on a crag above the river Leth.
The siege continued for nine weeks, until the wells inside the walls ran dry. The garrison
then surrendered to Captain Ewan Roe, who let the defenders march out with their swords.
Roe moved his men into the castle and lived there until the war ended.
"""


@pytest.fixture(scope="module")
def siege(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("line", ["How long did the siege go on?", "how long did it go on for"])
def test_going_on_is_continuing(siege: tutor.Tutor, line: str) -> None:
    s = siege.session(seed=1)
    if " it " in line:
        s.respond("Tell me about the siege of Halvard Castle")
    reply = s.respond(line)
    assert reply.kind == "answer"
    assert "nine weeks" in reply.text


def test_what_went_on_is_what_happened(siege: tutor.Tutor) -> None:
    terms = siege._engine.analyzer.analyze("What went on at the castle in 1643?").terms
    assert "happen" in terms
    assert "continu" not in terms
