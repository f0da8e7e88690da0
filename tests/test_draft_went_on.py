""" "What happened next?" after a drafted sentence that tells two events ("In 1893 the
surveyor reported ..., and the council closed it") is the next sentence: the second
clause was just read, and told alone it may lack its subject ("Increased the number of
boys to eighteen."). "What was it for?" is the last answer when it says so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Salt Quay Pier

The pier at Salt Quay was built in 1868 by the Salt Quay Pier Company, which was set up
for the pleasure of summer visitors. It ran 600 feet into the bay on cast-iron legs.

In 1893 the borough surveyor reported that the decking was rotten at the seaward end,
and the council closed the pier to carriages. The company raised 900 pounds from its
shareholders to replace the decking. The pier reopened in 1895 with a new pavilion.

In 1901 Ida Crane left the company a legacy of 500 pounds, which the directors invested
so that its interest would pay for a lamp on the pier head.
"""


@pytest.fixture(scope="module")
def pier(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_what_happened_next_is_the_next_sentence_not_the_rest_of_this_one(
    pier: tutor.Tutor,
) -> None:
    """The second clause ("and the council closed the pier") was just read: next is
    the sentence after it, not that clause again on its own."""
    reply = talk(pier, "what did the surveyor report in 1893?", "what happened next?")
    assert "900 pounds" in reply.text, reply.text


def test_asked_of_the_whole_sentence_next_is_the_next_one(pier: tutor.Tutor) -> None:
    # the question asked of the closing, told in the second clause: next is the sentence after
    reply = talk(pier, "who closed the pier to carriages?", "what happened next?")
    assert "900 pounds" in reply.text


def test_what_was_it_for(pier: tutor.Tutor) -> None:
    reply = talk(pier, "what did Ida Crane leave the company?", "what was it for?")
    assert "lamp" in reply.text
