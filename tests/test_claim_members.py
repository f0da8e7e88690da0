"""A claim about who was in a group ("the salt company was A, B and C", "A was in it")
is checked against the fact that lists the group's members: a wrong member, or one left
out of a claim that gives them all, is corrected with that fact and the names, even
asked with a question mark; the true membership is confirmed. A claim giving one
founder ("A founded it") says no more than that A was one of them.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Salt Company of Dunmere

In 1760 three traders, Mira Colt, Jonas Reed and Peter Vane, founded the Salt Company of
Dunmere. The company sold salt to the fishing towns of the north coast.

Years later Hugo Brandt bought a mill in the city of Harl. Mira Colt and Hugo Brandt met
there in 1770.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    ("claim", "named"),
    [
        ("the salt company of dunmere was mira colt, jonas reed and hugo brandt", "Hugo Brandt"),
        ("the salt company of dunmere was mira colt, hugo brandt and peter vane?", "Jonas Reed"),
        ("Hugo Brandt founded the Salt Company of Dunmere with Mira Colt", "Hugo Brandt"),
        ("hugo brandt was in the salt company of dunmere", "Hugo Brandt"),
    ],
)
def test_a_wrong_member_is_corrected_by_name(drafted: tutor.Tutor, claim: str, named: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert "founded the Salt Company" in reply.text, reply.text
    assert named in reply.text.split("Dunmere.", 1)[1], reply.text


@pytest.mark.parametrize(
    "claim",
    [
        "the salt company of dunmere was mira colt, jonas reed and peter vane",
        "Jonas Reed and Peter Vane were in the Salt Company of Dunmere with Mira Colt",
        "the salt company of dunmere was founded by mira colt, jonas reed and peter vane",
        "Jonas Reed founded the Salt Company of Dunmere",
    ],
)
def test_the_true_membership_is_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "answer", reply.text
    assert "founded the Salt Company" in reply.text, reply.text
    assert "not" not in reply.text.split("Dunmere.", 1)[1], reply.text
