""" "What happened next?" on a fresh draft: the sentence the text goes on with, unless it
only says more of what was just told ("Drying takes the water out of the cones"), in
which case the next step it opens ("Then the hops are pressed"). A sentence telling
something new ("The lifeboat crew rescued six men") or moving on by a step word of its
own ("The form was then checked") is what happened next, not skipped for a later step."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """Life at Penwick Harbour

The Storm

In 1907 a storm wrecked the wooden pier at Penwick. The lifeboat crew rowed out twice
and rescued six fishermen from the rocks. Later the town rebuilt the pier in granite.

The Hop Kilns

The hops are picked in September and carried to the kilns. In the kiln the hops are
spread on a slatted floor above a charcoal fire. Drying takes the water out of the hops
and keeps them from rotting. Then the hops are pressed into tall sacks called pockets.

The Post Office

Each telegram was first taken down by the counter clerk. The clerk copied the words onto
a yellow form. The form was then checked against the count of words. Finally, a boy
carried the telegram to the house on a bicycle.

The Bakehouse

First, the baker mixed flour, water and yeast in a wooden trough. At dawn a journeyman
cut the risen dough and shaped a round loaf from each piece. This loaf was set on a
floured peel and slid into the oven. The loaves were then cooled on racks by the door.

The Tannery

First, the hides were soaked in lime pits for a week. The tanners then scraped the hair
off the hides with blunt knives. These hides were hung in pits of oak bark for a year.
Finally the leather was dried in a loft above the yard.
"""


@pytest.fixture(scope="module")
def harbour(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_something_new_told_next_is_what_happened_next(harbour: tutor.Tutor) -> None:
    reply = talk(harbour, "what happened to the pier in 1907?", "what happened next?")
    assert "rescued six fishermen" in reply.text


def test_a_sentence_moving_on_by_then_is_the_next_step(harbour: tutor.Tutor) -> None:
    reply = talk(harbour, "what did the clerk copy the words onto?", "and after that?")
    assert "checked against the count" in reply.text


def test_a_sentence_saying_more_of_the_step_is_passed_over(harbour: tutor.Tutor) -> None:
    reply = talk(harbour, "what are the hops spread on in the kiln?", "what happens next?")
    assert "pockets" in reply.text


def test_a_sentence_taking_up_this_thing_is_what_came_next(harbour: tutor.Tutor) -> None:
    # drafted with the sentence before it for its "This loaf", it is no retelling of it
    reply = talk(harbour, "what did the journeyman shape?", "and after that?")
    assert "slid into the oven" in reply.text


def test_a_step_carried_on_by_these_is_followed_by_it(harbour: tutor.Tutor) -> None:
    # the next step by its marker ("Finally") comes after what "These hides" tells
    reply = talk(harbour, "what did the tanners scrape off the hides?", "and after that?")
    assert "oak bark" in reply.text
