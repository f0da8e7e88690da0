"""Words a learner uses that a pack never does reach its own words through WordNet.

The test pack lists no synonym for any of these: only the WordNet table links them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._lexicon import related_terms

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


def test_everyday_words_keep_their_own_meaning() -> None:
    """The 1,500 most frequent words (and words of their stem) have no links: "tell" is
    not "govern" and "still" not "quiet", whatever WordNet's first sense says."""
    links = related_terms(known=set(), targets={"govern", "quiet", "calm"}, term_of=lambda s: s)
    assert "tell" not in links and "still" not in links
    assert links["tranquil"] == ("quiet", 0)  # a rarer word has its links


def test_no_link_to_a_name(town: tutor.Tutor) -> None:
    """ "brand" is a sword in WordNet and Edda Brand's name in the pack: never the name."""
    query = town._engine.analyzer.analyze("what sword did she carry")
    assert "edda_brand" not in query.terms
