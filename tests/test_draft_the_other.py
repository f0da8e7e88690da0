""" "And the other one?" after an answer naming two people asks for the second of that
pair, whom the last answer may already name: unlike "who else?", it does not rule out
what was just told."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Quarry Lane Clinic

In 1923 the surgeon Ada Vell and the chemist Rufus Mott opened a clinic in Quarry Lane
for the families of the quarrymen. The clinic charged a penny a visit. In 1931 it moved
to a larger house beside the church, and in 1948 the new health service took it over.
"""


@pytest.fixture(scope="module")
def clinic(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_the_other_of_a_pair_may_be_in_the_last_answer(clinic: tutor.Tutor) -> None:
    session = clinic.session(seed=0)
    session.respond("who opened the clinic?")
    session.respond("what was Ada Vell's trade?")
    reply = session.respond("and the other one?")
    assert reply.kind == "answer"
    assert "Rufus Mott" in reply.text


def test_who_else_still_wants_someone_new(clinic: tutor.Tutor) -> None:
    session = clinic.session(seed=0)
    session.respond("who opened the clinic?")
    reply = session.respond("who else?")
    assert "opened a clinic" not in reply.text
