"""A learner's word that names a text's word only in the sense the text says it: "boy" is
"son" as someone's son, which the senses "boy" is mostly read in never reach; read from
the text's side, "son" in its sense names "boy", and a draft answers with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._lexicon import described_terms

TEXT = """The Brenn Pottery

The pottery at Brenn was started in 1902 by Edith Marl, who dug her clay from the river
bank below the village. She fired her pots in a brick kiln behind the cottage, and she
sold them at the Saturday market in Hallow.

In 1911 a theft nearly ruined the business: two hundred finished jugs disappeared from
the drying shed in a single night, and they were never found.

Edith's son, Arthur, learned to throw pots at the age of twelve. When his mother retired
in 1935, he ran the kiln for another thirty years and added a glaze of blue ash that made
the pottery famous.

The factory at Hallow bought the pottery in 1966 and closed the kiln two years later.
"""


def _term(stem: str) -> str | None:
    return None if stem in {"the", "it"} else stem


@pytest.fixture(scope="module")
def pottery(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_word_naming_the_texts_word_in_its_sense_leads_to_it() -> None:
    found = described_terms(set(), {"son": 2, "theft": 1}, _term)
    assert found["boy"][0] == "son"
    assert found["steal"][0] == "theft"


def test_a_word_the_pack_knows_keeps_its_meaning() -> None:
    assert "boy" not in described_terms({"boy"}, {"son": 2}, _term)


def test_a_noun_is_named_by_its_kind_a_verb_not_by_a_vaguer_deed() -> None:
    found = described_terms(set(), {"run": 3, "kiln": 1, "clay": 1}, _term)
    assert found["soil"][0] == "clay"  # clay is a kind of soil
    assert found["furnac"][0] == "kiln"  # a kiln is a kind of furnace
    assert "speed" not in found  # "run" is a kind of "speed" only as a vague deed


def test_a_draft_answers_the_learners_word_for_its_own(pottery: tutor.Tutor) -> None:
    reply = pottery.session(seed=1).respond("What was the name of Edith's boy?")
    assert reply.kind == "answer"
    assert "Arthur" in reply.text
