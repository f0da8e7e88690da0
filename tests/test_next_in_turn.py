""" "Who was Stalin's partner after Kamenev?" asks who held the role next: "after Kamenev"
names the one before, not an event, so the fact naming Kamenev in the role (which holds
more of the line's words) does not answer; the one naming the next partner does. A fact
saying "after" him itself ("After defeating Trotsky, Stalin turned on ...") still does."""

from __future__ import annotations

import pytest

import tutor


@pytest.mark.parametrize(
    "line",
    ["Who did Stalin team up with after Kamenev?", "Who became Stalin's partner after Zinoviev?"],
)
def test_who_after_someone_gets_the_next_to_hold_the_role(
    default_tutor: tutor.Tutor, line: str
) -> None:
    reply = default_tutor.session(seed=2).respond(line)
    assert reply.kind == "answer", reply.text
    assert "Bukharin" in reply.text


def test_a_fact_saying_after_him_itself_still_answers(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session(seed=2).respond("Whom did Stalin turn on after Trotsky?")
    assert reply.kind == "answer", reply.text
    assert "After defeating Trotsky" in reply.text


def test_the_one_whose_place_was_taken_is_not_a_holder_of_the_role(
    default_tutor: tutor.Tutor,
) -> None:
    """ "Lenin's close associate" names Lenin, but not as an heir: the fact telling who
    looked set to follow him answers."""
    reply = default_tutor.session(seed=2).respond("Who was meant to take over after Lenin?")
    assert reply.kind == "answer", reply.text
    assert "natural heir" in reply.text
