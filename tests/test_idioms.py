"""A learner's idiom means what WordNet says the whole phrase means, not its words.

"Who bumped off the mayor?" asks who killed him, "the hit man" is the gunman: WordNet's
multi-word lemmas (verb idioms and nouns, tutor/data/wordnet_phrasal.tsv) lead the
phrase to the text's own word. An idiom WordNet files under a single broader word
("knock off": kill) is read as that word, in a sense the idiom is mostly used in; a
question holding every word of a hand-made fact, one of them only through such a
link, is answered when it names one of the fact's people. And everyday words for the
one a question asks for ("who was the fella who ...?") name the role asked, like "which
guy": the text need not say them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._analyze import Analyzer
from tutor._content import load_pack
from tutor.cli import main

SOURCE = """The Quarry Town

In 1871 the mayor of Dunharrow, Edwin Bale, was killed in the market square by a hired
gunman, Jonas Reeve. Reeve was paid by the quarry owner, Lydia Crane, who wanted the
mayor's land.
"""

LEXICON = """entities:
  - name: Edwin Bale
    kind: person
    aliases: [bale, the mayor]
  - name: Jonas Reeve
    kind: person
    aliases: [reeve]
  - name: Lydia Crane
    kind: person
    aliases: [crane]
  - name: Dunharrow
    kind: place
"""

FACTS = """topic: {id: murder, title: The mayor's murder}
facts:
  - id: bale-killed
    answer: In 1871 Edwin Bale was killed in the market square by a hired gunman, Jonas Reeve.
    source: In 1871 the mayor of Dunharrow, Edwin Bale, was killed in the market square by a hired gunman, Jonas Reeve.
    questions: [Who killed Edwin Bale?, When was the mayor killed?]
  - id: crane-paid
    answer: The quarry owner Lydia Crane paid Reeve because she wanted the mayor's land.
    source: Reeve was paid by the quarry owner, Lydia Crane, who wanted the mayor's land.
    questions: [Who paid Reeve?, Why did Lydia Crane pay Reeve?]
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root: Path = tmp_path_factory.mktemp("quarry")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "quarry.txt").write_text(SOURCE, encoding="utf-8")
    (root / "knowledge" / "00-lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    (root / "knowledge" / "01-murder.yaml").write_text(FACTS, encoding="utf-8")
    return tutor.Tutor.from_path(root)


def test_a_noun_of_several_words_is_read_as_the_texts_word(town: tutor.Tutor) -> None:
    # "hatchet man" (a professional killer) is one noun: its "hatchet" is a rare word
    terms = Analyzer(town.pack).analyze("who was the hatchet man in Dunharrow?").terms
    assert "kill" in terms and "hatchet" not in terms


def test_a_noun_whose_rare_word_the_text_says_is_read_word_for_word(
    default_tutor: tutor.Tutor,
) -> None:
    # "authoritarian regime" is a WordNet noun ("government"), but the essay says
    # "authoritarian" itself: the learner's word is the text's, not a stand-in for it
    terms = default_tutor._engine.analyzer.analyze("Do authoritarian regimes fear rivals?").terms
    assert "dictat" in terms  # the essay's own term for "authoritarian"


def test_a_noun_of_everyday_words_is_read_word_for_word(town: tutor.Tutor) -> None:
    # "hit man" is a WordNet noun too, but so are "first step" and "right hand": two
    # everyday words mean what they say: no word of "hit man" is rarer than rank 1500
    terms = Analyzer(town.pack).analyze("who was the hit man in Dunharrow?").terms
    assert "gunman" not in terms


def test_a_noun_of_everyday_words_joined_by_hyphens_is_one_word(town: tutor.Tutor) -> None:
    # the hyphens say the learner means the one noun, not its two words
    terms = Analyzer(town.pack).analyze("who was the hit-man in Dunharrow?").terms
    assert "gunman" in terms and "hit" not in terms


def test_a_drafted_text_reads_a_hyphened_noun_as_its_word(tmp_path: Path) -> None:
    # "break-in": a burglary, where "break in" alone is a verb and a particle
    source = tmp_path / "text.txt"
    source.write_text(
        "A Bank\n\nThe Hill Street bank suffered a burglary in 1910, and the thieves took "
        "300 pounds in silver.\n",
        encoding="utf-8",
    )
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 0
    pack = tutor.Tutor.from_path(tmp_path / "pack")
    reply = pack.session(seed=0).respond("When was the break-in?")
    assert reply.kind == "answer" and "1910" in reply.text
    assert "burglari" not in pack._engine.analyzer.analyze("when did they break in?").terms


def test_an_idiom_is_read_as_its_broader_word(town: tutor.Tutor) -> None:
    terms = Analyzer(town.pack).analyze("who knocked off the mayor?").terms
    assert "kill" in terms and "knock" not in terms


def test_an_idiom_read_through_wordnet_answers_a_question_naming_the_facts_person(
    town: tutor.Tutor,
) -> None:
    for line in ("who bumped off Edwin Bale?", "who knocked off Edwin Bale?"):
        reply = town.session(seed=0).respond(line)
        assert reply.kind == "answer" and "Jonas Reeve" in reply.text, line


def test_a_line_naming_nothing_of_the_text_is_still_refused(town: tutor.Tutor) -> None:
    assert town.session(seed=0).respond("who knocked off the bank?").kind != "answer"


def test_an_idiom_in_a_rare_sense_is_not_read_as_its_broader_word(tmp_path: Path) -> None:
    # "put up" is a building as often as money or a notice: a text that builds does not
    # make a learner's "who put up the money?" mean "who built"
    source = tmp_path / "text.txt"
    source.write_text("A Town\n\nThe town built a new bridge in 1902.\n", encoding="utf-8")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 0
    terms = Analyzer(load_pack(tmp_path / "pack")).analyze("who put up the money?").terms
    assert "build" not in terms


def test_the_role_a_who_question_describes_is_asked_not_needed(town: tutor.Tutor) -> None:
    # "fella", "bloke": words the text never says, naming whoever is asked for
    for line in ("who was the fella who killed Edwin Bale?", "who's the bloke that killed Bale?"):
        reply = town.session(seed=0).respond(line)
        assert reply.kind == "answer" and "Jonas Reeve" in reply.text, line
    query = Analyzer(town.pack).analyze("who was the fella who killed Edwin Bale?")
    assert "fella" in query.terms and "fella" in query.kind_terms
