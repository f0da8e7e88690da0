"""A learner asks by the plain word of a family the text uses only derived, and spells
it as it sounds: "fermint" is the text's "fermentation", one vowel off its stem."""

from __future__ import annotations

import pytest

import tutor

DAIRY = """\
topic: {id: dairy, title: The dairy}
facts:
  - id: warmth
    answer: Fermentation of the milk needs a steady warmth of 40 degrees Celsius.
    source: Fermentation of the milk needs a steady warmth of 40 degrees Celsius.
    questions: [How warm must the milk be?]
  - id: churn
    answer: The butter was churned by hand in a wooden barrel.
    source: The butter was churned by hand in a wooden barrel.
    questions: [How was the butter churned?]
"""


@pytest.fixture(scope="module")
def dairy(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("dairy")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "dairy.yaml").write_text(DAIRY)
    return tutor.Tutor.from_path(root, cache=None)


def test_a_plain_word_spelt_by_ear_is_the_texts_derived_word(dairy: tutor.Tutor) -> None:
    reply = dairy.session().respond("at what heat does the milk fermint")
    assert reply.kind == "answer" and reply.fact_ids == ("warmth",)


def test_a_word_no_vowel_makes_a_stem_of_the_text_stays(dairy: tutor.Tutor) -> None:
    assert "fermin" in dairy._engine.analyzer.analyze("who is fermin").words
