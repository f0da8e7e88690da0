"""A process text may tell a step first and name its place after ("A crust forms on the
top. This is the third stage, the skin, ..."): a fresh draft reads that sentence as the
third step, so that "what is the third stage?" and "and the third?" get it, not the
final stage told after it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """How a Salt Pan Works

The work begins with the tide. At high water a sluice is opened and sea water
runs into a shallow settling pond, where sand and mud sink to the bottom.

The second step is the filling of the boiling pans. Clear brine is lifted from the pond by a
pump and run into wide iron pans set over coal fires.

Meanwhile the fires are kept low for the first hours, so that the brine warms slowly.

As the water boils away, a thin crust of crystals spreads over the surface. This is the third
stage, the graining, in which the salt grows into flakes that sink to the floor of the pan.

In the final stage the salt is raked out, packed into wicker baskets and left to drain for a
week before it is sold.
"""


@pytest.fixture(scope="module")
def pans(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_step_named_after_it_is_told_answers_by_its_place(pans: tutor.Tutor) -> None:
    reply = pans.session(seed=1).respond("What is the third stage?")
    assert reply.kind == "answer"
    assert "graining" in reply.text


def test_and_the_third_after_the_second_gets_that_step(pans: tutor.Tutor) -> None:
    session = pans.session(seed=1)
    assert "boiling pans" in session.respond("What is the second step?").text
    reply = session.respond("And the third?")
    assert "graining" in reply.text


def test_the_last_step_is_still_the_final_one(pans: tutor.Tutor) -> None:
    reply = pans.session(seed=1).respond("What is the last step?")
    assert "raked out" in reply.text
