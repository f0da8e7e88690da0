"""Words related by use (tutor/data/related.tsv.gz, from a sentence-embedding model):
a learner's word the text never says, and WordNet does not lead to the text's, reaches
a text word it is used near ("storm" of a text's "hurricane"), for less than a WordNet
synonym earns; a word the text says keeps its meaning."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from importlib import resources

import pytest

import tutor
from tutor._lexicon import used_near

TEXT = """The Marsh Printing Shop

In 1902 Ivo Marsh opened a printing shop on Quay Street in Dunmore. He borrowed the money
for the presses from his brother Aled. The shop printed posters, tickets and the weekly
newspaper of the town.

In 1911 a hurricane tore the roof off the shop, and the presses stood in the rain for three
days. Marsh repaired the roof with planks from the old sawmill.
"""


@pytest.fixture(scope="module")
def shop(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_word_used_near_the_texts_reaches_it(shop: tutor.Tutor) -> None:
    query = shop._engine.analyzer.analyze("What happened to the shop in the storm?")
    assert "hurrican" in query.terms
    assert 0 < query.soft["hurrican"] < 0.5  # below a WordNet synonym's credit
    reply = shop.session(seed=0).respond("What happened to the shop in the storm?")
    assert reply.kind == "answer"
    assert "hurricane tore the roof" in reply.text


def test_a_word_the_text_says_keeps_its_meaning(shop: tutor.Tutor) -> None:
    query = shop._engine.analyzer.analyze("What did the shop print every week?")
    assert "print" in query.terms and "print" not in query.soft


def test_links_end_only_in_the_packs_own_words() -> None:
    found = used_near({"hurrican"}, ["hurrican"], lambda s: s)
    assert found["storm"][0] == "hurrican"
    assert 0.5 < found["storm"][1] <= 1
    assert "hurrican" not in found  # a word the pack knows is never led elsewhere
    assert used_near(set(), ["hurrican"], lambda s: None) == {}  # nor to a function word


def test_the_table_loads_in_its_format() -> None:
    data = resources.files("tutor.data").joinpath("related.tsv.gz").read_bytes()
    lines = [x for x in gzip.decompress(data).decode("utf-8").splitlines() if x[:1] != "#"]
    assert len(lines) > 10_000
    for line in lines[::97]:
        own, near = line.split("\t")
        values = []
        for cell in near.split(" "):
            other, hundredths = cell.split(":")
            assert other and other != own
            values.append(int(hundredths))
        assert values == sorted(values, reverse=True)
        assert all(0 < v <= 100 for v in values)


def test_the_licence_of_the_model_ships_with_the_table() -> None:
    note = resources.files("tutor.data").joinpath("MINILM-LICENSE").read_text("utf-8")
    assert "Apache License" in note and "all-MiniLM-L6-v2" in note
