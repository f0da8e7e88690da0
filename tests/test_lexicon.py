"""Words a learner uses that a pack never does reach its own words through WordNet.

The test pack lists no synonym for any of these: only the WordNet table links them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._lexicon import related_terms
from tutor._text import stem

PACK = Path(__file__).parent / "pack"


@pytest.fixture(scope="module")
def town() -> tutor.Tutor:
    return tutor.Tutor.from_path(PACK)


def test_a_derived_form_reaches_the_fact(town: tutor.Tutor) -> None:
    # "farms" -> the text's "farmers" (a derived form): answered, not "I don't know"
    reply = town.session(seed=1).respond("Why did Vell lose the farms?")
    assert reply.kind == "answer"
    assert "farmers' support" in reply.text


def test_a_derived_form_counts_as_the_word(town: tutor.Tutor) -> None:
    reply = town.session(seed=1).respond("who were the voters behind Brand?")
    assert "1815" in reply.text  # the town vote


def test_links_end_only_in_the_packs_own_words() -> None:
    links = related_terms(known={"expel", "assassin"}, targets={"expel"}, term_of=lambda s: s)
    assert links["expuls"] == ("expel", 1)  # expulsion -> expel: a derived form
    assert all(term == "expel" for term, _ in links.values())


def test_words_the_pack_says_keep_their_own_meaning() -> None:
    """Only a word the pack never says is led elsewhere: "still" in a pack that says it is
    not "calm", whatever WordNet's first sense says."""
    links = related_terms(known={"still"}, targets={"quiet", "calm"}, term_of=lambda s: s)
    assert "still" not in links
    assert links["tranquil"] == ("quiet", 0)


def test_an_everyday_word_reaches_the_packs_word() -> None:
    # "what did the rescuers discover?" of a text that says "found" (read as "find")
    links = related_terms(known=set(), targets={"find"}, term_of=lambda s: s)
    assert links["discov"] == ("find", 0)


def test_an_irregular_form_is_its_lemma() -> None:
    assert stem("found") == stem("find") and stem("taught") == stem("teach")
    assert stem("children") == stem("child") and stem("died") == stem("die")
    # a form that is mostly a word of its own stays one: "left" (the left), "ground"
    assert stem("left") != stem("leave") and stem("ground") != stem("grind")
    # a plural that is a verb too keeps the stemmer's reading: "nitrogen leaves the soil"
    assert stem("leaves") == stem("leave") and stem("lives") == stem("live")


def test_an_adjective_reaches_the_noun_it_is_of() -> None:
    links = related_terms(known=set(), targets={"chemistri"}, term_of=lambda s: s)
    assert links["chemic"] == ("chemistri", 1)


def test_no_link_to_a_name(town: tutor.Tutor) -> None:
    """ "brand" is a sword in WordNet and Edda Brand's name in the pack: never the name."""
    query = town._engine.analyzer.analyze("what sword did she carry")
    assert "edda_brand" not in query.terms
