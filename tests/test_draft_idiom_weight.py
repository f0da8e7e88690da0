"""A phrasal verb weighs as the word it stands for: "dropped down" read as the text's
"sink" is as everyday as "sink" said outright, not as rare as the pack finds "sink"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Well at Marrow Farm

Every morning the farmhand lowered a tin bucket on a chain into the well, well below the
surface, so that floating leaves would not get into the drinking water. In the cattle
trough the mud would sink to the bottom overnight, and by dawn the top of the water was
clear.
"""


@pytest.fixture(scope="module")
def well(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_phrasal_verb_weighs_as_its_word_said_outright(well: tutor.Tutor) -> None:
    engine = well._engine
    idiom = engine.analyzer.analyze("why was the bucket dropped down below the top?")
    plain = engine.analyzer.analyze("why did the bucket sink below the top?")
    assert "sink" in idiom.idioms and "sink" in plain.terms
    weight = engine.index.weights
    assert weight(idiom)["sink"] == pytest.approx(weight(plain)["sink"])
