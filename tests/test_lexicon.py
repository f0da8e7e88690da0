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
    assert links["expuls"][:2] == ("expel", 1)  # expulsion -> expel: a derived form
    assert all(term == "expel" for term, *_ in links.values())


def test_words_the_pack_says_keep_their_own_meaning() -> None:
    """Only a word the pack never says is led elsewhere: "still" in a pack that says it is
    not "calm", whatever WordNet's first sense says."""
    links = related_terms(known={"still"}, targets={"quiet", "calm"}, term_of=lambda s: s)
    assert "still" not in links
    assert links["tranquil"][:2] == ("quiet", 0)


def test_an_everyday_word_reaches_the_packs_word() -> None:
    # "what did the rescuers discover?" of a text that says "found" (read as "find")
    links = related_terms(known=set(), targets={"find"}, term_of=lambda s: s)
    assert links["discov"][:2] == ("find", 0)


def test_an_irregular_form_is_its_lemma() -> None:
    assert stem("found") == stem("find") and stem("taught") == stem("teach")
    assert stem("children") == stem("child") and stem("died") == stem("die")
    # a form that is mostly a word of its own stays one: "left" (the left), "ground"
    assert stem("left") != stem("leave") and stem("ground") != stem("grind")
    # a plural that is a verb too keeps the stemmer's reading: "nitrogen leaves the soil"
    assert stem("leaves") == stem("leave") and stem("lives") == stem("live")


def test_an_adjective_reaches_the_noun_it_is_of() -> None:
    links = related_terms(known=set(), targets={"chemistri"}, term_of=lambda s: s)
    assert links["chemic"][:2] == ("chemistri", 1)


def test_no_link_to_a_name(town: tutor.Tutor) -> None:
    """ "brand" is a sword in WordNet and Edda Brand's name in the pack: never the name."""
    query = town._engine.analyzer.analyze("what sword did she carry")
    assert "edda_brand" not in query.terms


def _same(s: str) -> str:
    return s


def test_a_word_is_read_in_the_sense_the_text_speaks_of() -> None:
    """ "plant" is a factory in one text and a green thing in another: the learner's word
    takes the sense whose words the text uses, and links only through that sense."""
    garden = related_terms(known=set(), targets={"flora", "organism", "crop"}, term_of=_same)
    assert garden["plant"][:2] == ("flora", 0)
    mill = related_terms(known=set(), targets={"work", "factori", "industri"}, term_of=_same)
    assert mill["plant"][:2] == ("work", 0)


def test_a_rare_sense_does_not_win_on_one_word_of_the_text() -> None:
    """ "realize" is mostly "be aware of": a text that says "accomplished" does not make
    a learner's "realize" mean "accomplish"; a text that says "aware" does reach it."""
    links = related_terms(known=set(), targets={"accomplish", "complet"}, term_of=_same)
    assert "realiz" not in links
    aware = related_terms(known=set(), targets={"recogn"}, term_of=_same)
    assert aware["realiz"][:2] == ("recogn", 0)


def test_the_most_used_sense_across_parts_of_speech() -> None:
    """ "hold" is mostly the verb (keep, have), far less the grip of a hand."""
    links = related_terms(known=set(), targets={"grip", "keep"}, term_of=_same)
    assert links["hold"][:2] == ("keep", 0)


def test_a_narrower_word_counts_for_a_little() -> None:
    """A word one step narrower than the learner's ("the twenties" for "the decade") is
    weak evidence: it counts, for less than a synonym."""
    links = related_terms(known=set(), targets={"twenti"}, term_of=_same)
    assert links["decad"][:2] == ("twenti", 3)
    essay = tutor.Tutor()._engine.analyzer.analyze("what happened in that decade")
    assert 0 < essay.soft["1920s"] < 0.5


def test_see_of_a_person_is_how_they_were_regarded() -> None:
    """ "seen" of a person asked how is "viewed", also when a remark comes first or an
    adverb sits between; a thing seen stays seen (read)."""
    analyze = tutor.Tutor()._engine.analyzer.analyze
    assert "viewed" in analyze("He kept quiet, right? How was he seen?").words
    assert "viewed" in analyze("How was Kamenev generally seen by the others?").words
    assert "viewed" not in analyze("How many people had seen the testament?").words


def test_of_senses_used_about_as_often_the_one_the_text_says_most_is_read() -> None:
    """ "attempt" is a verb (try, seek) and a noun (effort) about equally often: the
    reading whose word the text uses more wins."""
    targets = {"seek", "effort"}
    efforts = related_terms(set(), targets, _same, counts={"effort": 6, "seek": 1})
    assert efforts["attempt"][:2] == ("effort", 0)
    seeking = related_terms(set(), targets, _same, counts={"effort": 1, "seek": 6})
    assert seeking["attempt"][:2] == ("seek", 0)


def test_derived_forms_of_a_sense_nobody_uses_do_not_count() -> None:
    """ "animal" and "animate" share a stem; "alive" is only of animate's rarest senses."""
    assert "anim" not in related_terms(set(), {"aliv"}, _same)


def test_a_verb_that_looks_like_a_past_is_its_own_lemma() -> None:
    """WordNet's "found" beside "establish" is to found, which a text says as "founded":
    it reaches the text's word, not "find" (a learner's bare "found" is read as find's)."""
    links = related_terms(known=set(), targets={stem("founded")}, term_of=lambda s: s)
    assert links["establish"][0] == stem("founded")
    assert links["set_up"][0] == stem("founded")  # the phrasal verb "set up" too
