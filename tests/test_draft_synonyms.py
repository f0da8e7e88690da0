"""A fresh draft reaches a fact by a synonym of its word that the text says elsewhere: the
text says "forest" of where the mill stood and "wood" of where its timber came from, and
a learner asks which forest the timber came from. A WordNet link leads only a word the
pack never says, so "forest" reached no word of the timber's sentence: an honest "the
text doesn't say which forest", though it does."""

from __future__ import annotations

import pytest

import tutor
from tutor._lexicon import synonym_kin
from tutor.cli import main

TEXT = """The Harrow Mill

The Harrow Mill was built in 1841 by the clothier Amos Pell on the river Lent, below the
beech forest of Carrick. Its looms were driven by a great water wheel of oak.

Sixty weavers worked at the mill, and each was paid a weekly wage of nine shillings. In
1862 Pell raised the salary of his foreman, Walter Crane, to twenty-two shillings a week,
because Crane had kept the looms running through the long flood of that spring.

The mill burned down in 1890. Its timber had come from the wood at Carrick, and the fire
spread quickly through the dry beams of the roof.
"""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("mill")
    text = root / "mill.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_synonyms_both_ways_in_a_main_sense_are_alike() -> None:
    alike = synonym_kin(["salari", "wage", "forest", "wood", "new", "novel", "post", "station"])
    assert alike["salari"] == {"wage"}
    assert alike["forest"] == {"wood"}
    # "new" is "novel" a tenth of the time, and a post is rarely a station
    assert "new" not in alike and "post" not in alike


def test_a_synonym_the_text_says_elsewhere_reaches_the_fact(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("Which forest did the timber come from?")
    assert reply.kind == "answer"
    assert "the wood at Carrick" in reply.text


def test_the_text_own_word_still_answers_first(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("Which forest was the mill built below?")
    assert reply.kind == "answer"
    assert "beech forest" in reply.text
