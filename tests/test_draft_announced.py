"""A drafted sentence that only announces an event by its rank ("The hardest winter came
in 1881.") is told with the sentence after it, which says what happened: "what happened
in 1881?" is answered, and a follow-up goes on from what happened."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._draft_announce import announces

from conversation import talk

TEXT = """The Hollin Ferry

The ferry at Hollin crossed the Wend from 1790 until the bridge opened in 1934. It was
worked by the Tarrant family for four generations.

The hardest winter came in 1881. Ice closed the crossing for nine weeks, and the
villagers walked eleven miles round by the mill bridge. Because the Tarrants had no
other trade, the family sold two of its boats to pay the rent.

The second blow was a lawsuit. In 1902 a carrier sued the family after his cart slid
off the landing stage into the river.
"""


@pytest.fixture(scope="module")
def ferry(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_what_happened_is_told_with_the_announcement(ferry: tutor.Tutor) -> None:
    reply = talk(ferry, "what happened in 1881?")
    assert reply.kind == "answer"
    assert "nine weeks" in reply.text


def test_an_announced_thing_is_told_by_the_next_sentence(ferry: tutor.Tutor) -> None:
    reply = talk(ferry, "what was the second blow?")
    assert "carrier" in reply.text


def test_a_follow_up_goes_on_from_what_happened(ferry: tutor.Tutor) -> None:
    reply = talk(ferry, "what happened in 1881?", "how far did the villagers walk?")
    assert "eleven miles" in reply.text
    reply = talk(ferry, "what happened in 1881?", "what happened next?")
    assert "no other trade" in reply.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The hardest winter came in 1881.", True),
        ("The worst flood was in 1852.", True),  # a time after "in": when it came
        ("The best pews were in the gallery.", False),  # where a thing is: no event
        ("The second blow was a lawsuit.", True),
        ("The club's best years followed.", True),
        ("The first message was sent on 19 June.", False),  # a deed, told
        ("The worst fault came in 1903, when the cable fell silent.", False),  # says what
        ("The forest came right down to the river.", False),  # no rank
        ("Winter came early.", False),
        ("The first miller was Tom Reed.", False),  # who held a post
        ("The first tower was a wooden beacon.", False),  # what a thing was
    ],
)
def test_announces(sentence: str, expected: bool) -> None:
    assert announces(sentence) is expected
