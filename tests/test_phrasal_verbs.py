"""A learner's phrasal verb means what WordNet says the whole phrase means, not its verb.

"What set off the explosion?" asks what triggered it, which "set" alone never says; no
synonym group lists "set off": WordNet's phrasal verbs (tutor/data/wordnet_phrasal.tsv)
lead it to the text's own word. A phrase the text itself says, or whose verb a synonym
group already reads, stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._analyze import Analyzer
from tutor._content import load_pack
from tutor.cli import main

TEXT = """The Harlow Pit

The Pit

The Harlow pit opened in 1840. In 1851 a spark from a lamp triggered an explosion in the
lower seam, and nine miners died. The owners set new rules for lamps in 1852.

Later Years

The pit closed in 1903. Its engine house is now a museum, which set out the old lamps
in 1960.
"""


@pytest.fixture(scope="module")
def pit(tmp_path_factory: pytest.TempPathFactory) -> Analyzer:
    root = tmp_path_factory.mktemp("pit")
    text = root / "pit.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return Analyzer(load_pack(root / "pack"))


def test_a_phrasal_verb_is_read_as_the_texts_word(pit: Analyzer) -> None:
    terms = pit.analyze("What set off the explosion?").terms
    assert "trigger" in terms  # the text's "triggered"
    assert "set" not in terms  # not the owners who set new rules


def test_a_phrasal_verb_the_text_says_is_read_as_written(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = tmp_path_factory.mktemp("rescue")
    text = root / "pit.txt"
    text.write_text(TEXT + "\nThe rescue party set off from Harlow at dawn.\n", encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    terms = Analyzer(load_pack(root / "pack")).analyze("When did the rescue party set off?").terms
    assert "trigger" not in terms and "set" in terms


def test_a_light_verb_with_a_particle_keeps_its_reading(default_tutor: tutor.Tutor) -> None:
    # "get out" may be leaving, escaping, publishing, gaining: too many things to read
    # (WordNet's first is "leave", which the essay says of Trotsky's exile)
    essay = Analyzer(default_tutor.pack)
    line = "what did Stalin get out of the alliance?"
    assert essay.analyze(line).terms == essay.analyze(line, correct=False).terms


def test_a_synonym_group_reads_the_verb_first(default_tutor: tutor.Tutor) -> None:
    # "thrown" is in the group of "expelled"; WordNet's "throw off" (cast off) would
    # lead to "portrayed"
    reply = default_tutor.session(seed=0).respond("When was Trotsky thrown off the Politburo?")
    assert "1926" in reply.text


BAKERY = """The Corner Bakery

In 1950 the Hallow family gave up the lease of the bakery, and a young baker from the
next valley, Ivo Penn, took it over. He baked rye bread in a wood-fired oven.
"""


def test_a_sentence_ending_on_the_particle_says_the_phrasal_verb(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # "took it over" in the text reads as a learner's "took over" does, so "who took
    # over from them?" finds the baker, not the text's silence
    session = draft_text(BAKERY).session(seed=0)
    session.respond("when did the Hallow family give up the lease?")
    reply = session.respond("who took over from them?")
    assert reply.kind == "answer"
    assert "Ivo Penn" in reply.text


def test_a_particle_inside_a_text_sentence_stays_a_preposition(default_tutor: tutor.Tutor) -> None:
    analyzer = default_tutor._engine.analyzer
    inside = analyzer.analyze("They took the grain over the river.", correct=False).terms
    assert "grab" not in inside  # "over the river": a place, not a taking over
    at_end = analyzer.analyze("Later his rival took it over.", correct=False).terms
    assert "grab" in at_end


def test_set_up_asks_who_founded(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """ "set up" is WordNet's synonym of "found", which a text says as "founded"."""
    choir = draft_text(
        "The Brockley Choir\n\nThe Brockley Choir was founded in 1902 by the organist Ada"
        " Lind. It sang in the parish church every Sunday. In 1911 the choir toured Wales,"
        " and a storm wrecked its coach near Brecon.\n"
    )
    reply = choir.session(seed=1).respond("Who set up the choir?")
    assert reply.kind == "answer" and "Lind" in reply.text


def test_a_light_verb_phrase_of_one_sense_is_read(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "try out" is "test" in all its use, though "try" is a function verb."""
    engines = draft_text(
        "The Calder Engine Works\n\nThe Calder works built steam engines for the mills of"
        " the valley. In 1874 its first compound engine was tested at the Fallow Mill in"
        " Brayton. In 1875 the compound engine was sold to the Ashby Dye Works in Leeds."
        " The works closed in 1926.\n"
    )
    reply = engines.session(seed=1).respond("Where was the compound engine tried out?")
    assert reply.kind == "answer" and "Fallow Mill" in reply.text


GLASSWORKS = """The Orrin Glassworks

In 1850 Mara Orrin opened a small glassworks in Fallow. Her rival, Tam Vesk, mocked her
habit of weighing every batch of sand. In 1856 she sold her glass to the railway, and Vesk
moved to Leeds.
"""


def test_a_light_verb_idiom_is_read_as_what_it_means(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "make fun of" is WordNet's kind of mocking: its broader word is what it means,
    though "make" is a function verb."""
    reply = draft_text(GLASSWORKS).session(seed=1).respond("Who made fun of Mara?")
    assert reply.kind == "answer" and "Vesk" in reply.text


def test_a_light_verb_idiom_is_not_read_as_an_everyday_verb(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "make sure" is WordNet's kind of acting, a vague deed: a text that says "acted"
    does not answer "how did she make sure?" with it."""
    text = GLASSWORKS + "\nIn 1860 Mara acted as judge at the Fallow fair.\n"
    analyzer = draft_text(text)._engine.analyzer
    assert "act" not in analyzer.analyze("How did Mara make sure of the sand?").terms
