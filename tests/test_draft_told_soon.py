"""Follow-ups on a fresh draft asking, in one verb of their own, how someone met the event
just told ("how did she answer that?"), which the text tells a sentence or two on: the
reply is that sentence, not the event again nor another sentence about it. A deed no
sentence near tells, or one only a man does when "she" is asked, is not taken."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """Wenna Tallis, Rope Maker

Early years

Wenna Tallis was born in 1801 in Harbury. She learned to twist hemp from her
grandmother, and in 1822 she opened a rope walk beside the river.

The quarrel

In 1830 the merchant Jacob Crane began selling cheap rope under the Tallis name. His
rope was made of old hemp and snapped under load. Several ships lost their anchors, and
for two seasons captains blamed the fault on Wenna.

She answered by weaving a red thread into every coil she made, so that sailors could
tell her rope from the copy. By 1840 the rope walk employed thirty people.
"""


@pytest.fixture(scope="module")
def ropes(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


OPENING = "what happened in 1830?"


def test_how_she_answered_the_event_is_the_sentence_telling_it(ropes: tutor.Tutor) -> None:
    assert "Crane" in talk(ropes, OPENING).text
    reply = talk(ropes, OPENING, "how did she answer that?")
    assert reply.kind == "answer" and "red thread" in reply.text, reply.text


def test_a_reply_asked_in_another_word_of_it_is_that_sentence_too(ropes: tutor.Tutor) -> None:
    reply = talk(ropes, OPENING, "how did she respond to it?")
    assert "red thread" in reply.text, reply.text


def test_a_deed_no_sentence_near_tells_is_not_that_sentence(ropes: tutor.Tutor) -> None:
    reply = talk(ropes, OPENING, "how did she sue him?")
    assert "red thread" not in reply.text, reply.text
