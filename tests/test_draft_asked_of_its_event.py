"""A follow-up asking the kind of thing the last answer gives of the event it tells, in
its verb: "when did he publish his findings?" after "... and in 1880 he published a map
of the caves" is that answer again, not another sentence that holds the learner's
other word ("the find")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Orrin Caves

Exploration

In 1871 a shepherd named Hugh Dale fell through a hole in the turf above Orrin Gill and
found a long cave below. The geologist Martin Rowe came to see the find and named the
largest chamber the Cathedral. Rowe spent the next nine years surveying the passages, and
in 1880 he published a map of the caves that showed nine miles of tunnels.

Visitors

The caves opened to visitors in 1894, lit by candles set in the walls.
"""


@pytest.fixture(scope="module")
def caves(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_when_of_the_event_the_last_answer_dates(caves: tutor.Tutor) -> None:
    reply = talk(
        caves, "How long did Rowe survey the passages?", "When did he publish his findings?"
    )
    assert reply.kind == "answer" and "1880" in reply.text
