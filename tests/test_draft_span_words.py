""" "How long did the investigation go on for?": the words asking for a span of time
("long", "go on") ask only that; a drafted sentence giving a span ("sat for six weeks")
answers, though it says neither, when it holds what the line asks of."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Gorran Mill Fire

In March 1871 the Gorran flour mill burned down, and two millers died in the fire. The county
appointed Judge Amos Fell to lead an inquiry, which sat for six weeks and heard forty
witnesses. The rivalry continued three years later, when both mill owners bid to build the
new bridge. Fell found that a lamp left burning in the grain loft had started the blaze. The
mill was rebuilt in stone two years later, and a brass bell was hung above its door.
The new bridge had a length of forty metres, and the old one was much longer.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_span_is_answered_by_the_sentence_giving_one(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("How long did the investigation go on for?")
    assert reply.kind == "answer"
    assert "six weeks" in reply.text


def test_a_span_the_text_does_not_give_is_still_not_answered(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("How long did the fire go on for?")
    assert reply.kind != "answer"
    assert "doesn't say" in reply.text
