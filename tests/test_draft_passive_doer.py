"""On a fresh draft, "who ...?" is answered by a passive's doer that is no name but a body
of people or a person ("was restored by the parish council"): the sentence is not passed
over for one naming someone who did something else."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Pump House at Ebbing

The pump house at Ebbing was built in 1862 by Josiah Wendle, a mill owner from Tarley. It
drew water from the brook for the dye works. The dye works closed in 1931, and the pump
house stood empty for forty years. The building was restored by the parish council in 1978.
Its engine is now kept running by volunteers on summer Sundays.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_body_of_people_by_a_passive_answers_who(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "when was the pump house restored?", "who restored it?")
    assert "parish council" in reply.text


def test_a_named_builder_still_answers_who_built_it(drafted: tutor.Tutor) -> None:
    assert "Josiah Wendle" in talk(drafted, "who built the pump house?").text
