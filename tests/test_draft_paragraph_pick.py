"""Two drafted sentences of different paragraphs that hold a line alike: the one whose
paragraph holds more of the line answers ("the fire" is told beside the second casting,
not the first)."""

from __future__ import annotations

from collections.abc import Callable

import tutor

TEXT = """The Bells of Orrin

The first bell of Orrin was cast in 1702 from melted cannon and hung in the tower of the old
chapel.

In 1790 the chapel burned down. The second bell of Orrin was cast in 1791 from the metal of
the first, and it was hung in the new church on the hill.

The new church was paid for by the wool merchants of the town.
"""


def test_the_paragraph_holding_more_of_the_line_answers(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = draft_text(TEXT).session(seed=1).respond("when was the bell cast after the fire?")
    assert reply.kind == "answer"
    assert "1791" in reply.text


def test_a_line_leaning_on_the_talk_keeps_the_best_scored_fact(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    session = draft_text(TEXT).session(seed=1)
    session.respond("when was the first bell cast?")
    reply = session.respond("and where was it hung?")
    assert "old chapel" in reply.text
