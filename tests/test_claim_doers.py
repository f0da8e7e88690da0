"""A claim naming the wrong person as the one who underwent (or did) an event is
corrected with the fact telling that event, and the fact's person named, even where the
fact tells it in other words ("the removal of Reed" for "expelled") and names the
claim's person elsewhere in it ("a step in Colt's rise"), and however well the year
agrees. The right person is not corrected.

A wish claimed for someone's rise ("wanted her to take over") against the fact telling
a wish for her fall ("urging that she be banished") is corrected with that fact.

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

Mira Colt soon grew powerful. A step in Colt's rise was the removal of Jonas Reed from the
company in 1771. Reed moved to the city of Harl and opened a bakery.

Peter Vane distrusted Colt. In 1775 he wrote a will urging that Mira Colt be banished from
the company. Colt hid the will, and she ran the company until 1790.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_the_wrong_person_expelled_is_corrected(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "mira colt got expelled from the company in 1771")
    assert reply.kind == "correction", reply.text
    assert "It was Jonas Reed, not Mira Colt" in reply.text, reply.text
    assert "removal of Jonas Reed" in reply.text, reply.text


def test_the_right_person_expelled_is_not_corrected(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "jonas reed got expelled from the company in 1771")
    assert reply.kind != "correction", reply.text
    assert "removal of Jonas Reed" in reply.text, reply.text


@pytest.mark.parametrize(
    "claim",
    [
        "peter vane wanted mira colt to take over the company",
        "Vane wanted Colt as his successor, didn't he?",
    ],
)
def test_a_wish_for_a_rise_against_a_fall_is_corrected(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert "banished" in reply.text, reply.text


def test_the_wish_told_is_still_confirmed(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "peter vane wanted mira colt banished from the company")
    assert reply.kind == "answer", reply.text
    assert "banished" in reply.text, reply.text
