"""A process text tells how fast a thing goes by the time it takes to be done ("the new
kiln fired a load in six hours"), and how long a slow one takes by a span with a scale
word ("often more than twenty million years"): a fresh draft answers "how fast?" and
"how long does it take?" by those sentences, not by one that merely shares a word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Harwick Brickworks

Bricks at Harwick were made from the blue clay of the river bank. The clay was dug in autumn
and left in heaps for a whole winter so that frost could break it up. In spring it was mixed with water, pressed
into wooden moulds and set out on open racks to dry. The old clamp kiln fired a load of bricks
over three weeks, and many bricks cracked or came out soft.

In 1868 the manager, Silas Dunmore, built a Hoffmann kiln with twelve chambers. It fired a load in
about six hours instead of three weeks. Its fire moved from chamber to chamber,
and the hot air from one load dried the next. The kiln burned half as much coal as the clamp.

The clay itself is old. The beds along the river took a very long time to build up, often more
than twenty million years, as fine mud settled in a shallow sea. Fossil shells are still found
in the clay pits.
"""


@pytest.fixture(scope="module")
def works(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


def test_how_fast_is_answered_by_the_time_a_thing_takes(works: tutor.Tutor) -> None:
    reply = ask(works, "How fast did the Hoffmann kiln fire the bricks?")
    assert reply.kind == "answer"
    assert "six hours" in reply.text


def test_how_long_to_build_up_is_a_span_with_a_scale_word(works: tutor.Tutor) -> None:
    reply = ask(works, "How long did the clay beds take to build up?")
    assert reply.kind == "answer"
    assert "twenty million years" in reply.text


def test_a_rate_the_text_does_not_give_is_still_not_answered(works: tutor.Tutor) -> None:
    reply = ask(works, "How fast did the frost break up the clay?")
    assert "six hours" not in reply.text


def test_a_span_with_a_word_of_wholeness_is_still_a_span(works: tutor.Tutor) -> None:
    reply = ask(works, "How long did the clay lie in heaps?")
    assert reply.kind == "answer"
    assert "a whole winter" in reply.text
