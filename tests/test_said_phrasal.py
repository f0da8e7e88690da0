"""A fresh draft reads its text's phrasal verbs as one word each: a text that says "the
roof gave way" and "she gave up the trade" answers a learner who asks of a collapse or of
when she quit, words the text never says."""

from __future__ import annotations

import pytest

import tutor
from tutor._said_phrasal import phrasal_synonyms, said_phrasals
from tutor.cli import main

TEXT = """The Orrin Ropewalk

The ropewalk at Orrin was built in 1861 by the merchant Hugh Penhale, along the quay.
Spinners walked backwards down its long shed, twisting hemp into yarn.

In the storm of 1893 the roof of the long shed gave way under the weight of snow, and
two spinners were hurt. Penhale rebuilt it in brick the next summer.

His niece Clara Penhale ran the ropewalk from 1902. She gave up the trade in 1931, when
steel cable had taken most of its orders, and the shed became a store for the harbour.
"""


@pytest.fixture(scope="module")
def ropewalk(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("ropewalk")
    text = root / "ropewalk.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_a_text_phrasal_verb_is_found_and_lends_its_synonyms() -> None:
    words = ["the", "roof", "gave", "way", "under", "the", "snow"]
    words += ["and", "she", "gave", "up", "the", "trade"]
    keys = said_phrasals(words, frozenset({"the", "and", "she", "under", "up"}), {"up"})
    assert keys == ["give_way", "give_up"]
    links = phrasal_synonyms(keys, frozenset({"trade"}))
    assert links["collaps"] == "give_way"
    assert links["quit"] == "give_up"


def test_an_auxiliary_makes_no_phrase() -> None:
    assert (
        said_phrasals(["it", "was", "in", "the", "shed"], frozenset({"it", "in", "the"}), {"in"})
        == []
    )


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("When did the shed's roof collapse?", "gave way under the weight of snow"),
        ("What year did Clara Penhale quit?", "gave up the trade in 1931"),
    ],
)
def test_a_learner_synonym_of_the_text_phrasal_verb(
    ropewalk: tutor.Tutor, line: str, told: str
) -> None:
    reply = ropewalk.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert told in reply.text


def test_a_line_off_the_text_stays_unanswered(ropewalk: tutor.Tutor) -> None:
    reply = ropewalk.session(seed=1).respond("Why did the bank collapse in 2008?")
    assert reply.kind != "answer"
