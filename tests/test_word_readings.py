"""How a learner's words are read before they are matched: phrasal verbs split by their
object, and "toward the end" of someone whose death the text tells.

Wordings here are this file's own (no case file asks them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tutor

PACK = Path(__file__).parent / "pack"


@pytest.fixture(scope="module")
def essay() -> tutor.Tutor:
    return tutor.Tutor()


@pytest.fixture(scope="module")
def town() -> tutor.Tutor:
    return tutor.Tutor.from_path(PACK)


def test_a_particle_after_the_object_is_the_phrasal_verb(essay: tutor.Tutor) -> None:
    """ "cover X up" is "cover up" (hide): the testament's suppression, not any cover."""
    reply = essay.session(seed=1).respond("did Stalin cover Lenin's testament up?")
    assert reply.kind == "answer"
    assert "suppressed" in reply.text


def test_a_separated_phrasal_verb_reaches_its_synonyms(town: tutor.Tutor) -> None:
    """ "made him out to be" is "painted him as" (a phrasal verb of the everyday groups),
    in a pack with no synonym of its own for it."""
    terms = town._engine.analyzer.analyze("What did the League make Vell out to be?").terms
    painted = town._engine.analyzer.analyze("How did the League paint Vell?").terms
    assert terms == painted  # the League, its painting of him, Vell


def test_a_particle_of_another_verb_stays_where_it_is(essay: tutor.Tutor) -> None:
    """ "out" after a long object, or a particle the verb takes no phrase with, is left."""
    words = essay._engine.analyzer.analyze("who made the very first alliance out there").words
    assert words[:3] == ("who", "made", "the")


def test_toward_the_end_of_a_life_the_text_ends(essay: tutor.Tutor) -> None:
    """Lenin's death is told: "towards the end" is his last days, when he grew suspicious."""
    reply = essay.session(seed=1).respond("How did Lenin regard Stalin towards the end?")
    assert reply.kind == "answer"
    assert "suspicious" in reply.text


def test_by_the_end_is_the_last_days_of_the_one_it_is_about(essay: tutor.Tutor) -> None:
    """ "by the end" after a second name is still the first one's last days: "by" says
    who did an event before it ("killed by Mercader"), never whose the event after it
    is, so Stalin's death (which the text never tells) is not assumed."""
    reply = essay.session(seed=1).respond("how did Lenin feel about Stalin by the end?")
    assert reply.kind == "answer"
    assert "suspicious" in reply.text


def test_making_someone_seem_a_way_asks_how_he_was_portrayed(essay: tutor.Tutor) -> None:
    """ "make <someone> seem" is a portrayal, not how anyone looked: the Troika "worked to
    portray Trotsky as arrogant"; in a clause of purpose it only says why something
    else was done, which is what is asked."""
    reply = essay.session(seed=1).respond("what did Zinoviev and Kamenev make Trotsky seem?")
    assert reply.kind == "answer" and "arrogant" in reply.text
    analyze = essay._engine.analyzer.analyze
    portray = analyze("portrayed").terms[0]
    assert portray in analyze("how did they make him appear").terms
    assert portray not in analyze("what did they bring up to make him look weak").terms
    assert portray not in analyze("did he make himself look good").terms


@pytest.mark.parametrize(
    "line",
    ["How was Stalin typically regarded back then?", "What did people commonly think of Stalin?"],
)
def test_an_adverb_of_frequency_is_the_texts_often(essay: tutor.Tutor, line: str) -> None:
    """ "usually", "typically", "commonly" say what the text's "often" does ("a man often
    viewed as a bureaucratic figure"), not what later generations would think."""
    reply = essay.session(seed=1).respond(line)
    assert reply.kind == "answer" and "bureaucratic figure" in reply.text


def test_the_side_someone_was_on_is_the_group_named_beside_him(essay: tutor.Tutor) -> None:
    """ "which side of the party?" asks for the group told beside him ("Bukharin and the
    Right Opposition"), not a fact naming him and the party and another's group."""
    reply = essay.session(seed=1).respond(
        "Which side of the Communist Party did Bukharin stand on?"
    )
    assert reply.kind == "answer" and "Right Opposition" in reply.text


def test_the_end_of_someone_whose_death_is_not_told_is_no_death(essay: tutor.Tutor) -> None:
    analyze = essay._engine.analyzer.analyze
    death = analyze("death").terms[0]
    assert death in analyze("what did Lenin think of Trotsky near the end").terms
    assert death not in analyze("did Stalin win at the end").terms
    assert death not in analyze("what did Lenin think near the end of the war").terms
    # "what happened to him in the end?" asks his fate, not of his last days: Trotsky's
    # question was answered with Lenin's death
    assert death not in analyze("what happened to Trotsky at the end?").terms


def test_at_first_favours_what_the_text_tells_early(essay: tutor.Tutor) -> None:
    """ "originally" asks of the story's start: the opening's "often viewed as a bureaucratic
    figure", not the later "future generations would view Stalin as ..."."""
    reply = essay.session(seed=1).respond("how was Stalin regarded originally?")
    assert reply.kind == "answer"
    assert "bureaucratic figure" in reply.text


def test_a_fact_that_says_initially_still_wins_over_an_earlier_one(essay: tutor.Tutor) -> None:
    reply = essay.session(seed=1).respond("who did Stalin side with initially?")
    assert "Zinoviev" in reply.text


def test_liking_a_person_asks_how_one_regarded_the_other(essay: tutor.Tutor) -> None:
    """ "dislike" is in no synonym list: of a person, it asks Lenin's view of Stalin."""
    reply = essay.session(seed=1).respond("did Lenin dislike Stalin?")
    assert reply.kind == "answer"
    assert "suspicious" in reply.text


def test_like_as_a_comparison_or_filler_is_no_liking(essay: tutor.Tutor) -> None:
    analyze = essay._engine.analyzer.analyze
    assert "regarded" in analyze("did Lenin really like Stalin").words
    assert "regarded" not in analyze("was there a leader like Stalin").words
    assert "regarded" not in analyze("like, when did Lenin die").words


def test_which_body_of_people_asks_for_a_groups_name(essay: tutor.Tutor) -> None:
    """ "club" is no word of the essay: by its WordNet class it names a group, so "which
    club" asks for the group's name and the fact that names it answers."""
    reply = essay.session(seed=1).respond("which club did Stalin, Zinoviev and Kamenev form?")
    assert reply.kind == "answer"
    assert "Troika" in reply.text


def test_a_group_noun_asks_nothing_of_a_fact_that_names_no_group(essay: tutor.Tutor) -> None:
    """ "population" is a group noun too, but no fact names a group of Mexico City's:
    the essay does not say, and the tutor says so."""
    assert essay.session(seed=1).respond("what was the population of Mexico City?").kind == (
        "fallback"
    )


def test_a_state_the_text_never_names_reaches_its_opposite(essay: tutor.Tutor) -> None:
    """ "alive" is not in the essay; "died" is: whether he was alive is asked of his death."""
    session = essay.session(seed=1)
    session.respond("when did stalin become general secretary?")
    reply = session.respond("was lenin still alive then?")
    assert reply.kind == "answer" and "1924" in reply.text
    analyze = essay._engine.analyzer.analyze
    assert analyze("alive").terms == analyze("died").terms


_HARBOUR = """The Harbour Feud

In 1884 the harbour master, Owen Tallis, quarrelled with the ferry owners over the mooring fees.
The owners refused to pay the new fees and kept their boats at the old quay.
In 1886 a sailor, Jack Corran, murdered Tallis on the quay at night.
The town council later supported the new harbour master, Ruth Amery, in every dispute.
"""


def test_a_wordnet_phrasal_verb_split_by_its_object(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "bumped Tallis off" is "bumped off" (murdered, WordNet's phrasal verb), its
    particle ending the line; before the object it reads the same."""
    harbour = draft_text(_HARBOUR)
    for line in ("who bumped Tallis off?", "who bumped off Tallis?"):
        reply = harbour.session(seed=1).respond(line)
        assert reply.kind == "answer", line
        assert "murdered" in reply.text, line


def test_a_particle_before_more_words_is_a_preposition(essay: tutor.Tutor) -> None:
    """A particle that does not end the line may open a phrase of its own: "bumped him off
    the list" keeps its words in place."""
    words = essay._engine.analyzer.analyze("who bumped him off the list of members").words
    assert words[:4] == ("who", "bumped", "him", "off")


def test_a_phrasal_verb_whose_verb_is_also_a_particle(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "backed her up" is "supported" (WordNet's "back up"), though "back" is a particle
    too ("came back")."""
    harbour = draft_text(_HARBOUR)
    reply = harbour.session(seed=1).respond("who backed Ruth Amery up?")
    assert reply.kind == "answer"
    assert "council" in reply.text


def test_a_phrasal_verb_the_text_says_split_is_read_as_the_text_says_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """The text's "pulled Tallis out of the river" is a literal pulling, so a learner's
    "who pulled Tallis out?" is read as it stands, not as the idiom "pull out"
    (withdraw), which may reach another sentence of the text."""
    harbour = draft_text(
        _HARBOUR + "In 1887 a fisherman, Sam Lowe, pulled Tallis out of the river at dawn.\n"
    )
    words = harbour._engine.analyzer.analyze("who pulled Owen Tallis out?").words
    assert words[:3] == ("who", "pulled", "owen")
    reply = harbour.session(seed=1).respond("who pulled Owen Tallis out?")
    assert reply.kind == "answer" and "Lowe" in reply.text


_TENDER = """The Canal Bridge

In 1902 the town of Marsby needed a new bridge over its canal.
Three firms sent plans to the town council.
The council awarded Petra Holm the contract in 1903, because her plan used the least iron.
Holm's bridge opened in 1905 and still carries the tram today.
"""


def test_a_verb_reaches_its_converse_the_text_says(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "won" is not in the text; "awarded" is: whoever was awarded the contract won it,
    so the fact answers rather than "the text doesn't say who won the contract"."""
    bridge = draft_text(_TENDER)
    for line in ("who won the contract?", "who won the contract in 1903?"):
        reply = bridge.session(seed=1).respond(line)
        assert reply.kind == "answer", line
        assert "awarded Petra Holm" in reply.text, line
    reply = bridge.session(seed=1).respond("who won the tram race?")
    assert reply.kind != "answer"
