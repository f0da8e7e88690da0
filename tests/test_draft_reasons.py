"""A fresh draft asked why a deed was done answers with the sentence that says why, which
is often not the deed's own: the next one opening on it ("This was because ...", "The
reason was ..."), telling what lay behind it in the past perfect, or what the doer
wanted; or the one before it, when the deed follows from it ("So ..."). A deed whose
neighbours say why of their own deeds only gets the honest "doesn't say". The follow-up
"why?" reads the same (`Reasons`, one reading of a fact's reason)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

BAKERY = """The Ferrand Bakery

In 1931 Lucie Ferrand opened a bakery on the harbour road in Calvay. She baked her bread at
four in the morning so that the fishermen could buy it before they sailed. She also sold
soup in the winter.

In 1948 the bakery stopped selling cakes. This was because sugar was still rationed after
the war.

In 1956 Lucie sold the old wood oven to a farmer. The oven had cracked during the hard
winter of 1955.

Her son Paul took over the bakery in 1960. In 1962 Paul moved the bakery to the market
square. The reason was that the harbour road flooded every spring.

In 1970 the town council closed the market square to cars. So Paul bought a delivery
bicycle. The bakery painted its shutters blue in 1972. Each shutter carried the name of a
saint, in order to mark the feast days. After his plan for a second shop failed, Paul sold
the delivery van in 1985.

Paul retired in 1990. He wanted his daughter to run the bakery alone. The bakery still
opens at four every morning.
"""


@pytest.fixture(scope="module")
def bakery(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(BAKERY)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Why did the bakery stop selling cakes?", "rationed"),  # "This was because"
        ("How come Lucie sold the wood oven?", "cracked"),  # "had cracked"
        ("Why did Paul move the bakery to the market square?", "flooded"),  # "The reason was"
        ("What made Paul buy a delivery bicycle?", "closed the market square"),  # "So ..."
        ("Why did Paul retire?", "wanted his daughter"),  # what he wanted
        ("Why did Paul sell the delivery van?", "plan for a second shop failed"),
        ("What was behind the move to the market square?", "flooded"),
    ],
)
def test_a_why_is_answered_by_the_sentence_beside_the_deed_that_says_why(
    bakery: tutor.Tutor, line: str, reason: str
) -> None:
    reply = bakery.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert reason in reply.text


def test_a_follow_up_why_reads_the_same_reason(bakery: tutor.Tutor) -> None:
    s = bakery.session(seed=1)
    assert "1948" in s.respond("When did the bakery stop selling cakes?").text
    reply = s.respond("why?")
    assert reply.kind == "answer"
    assert "rationed" in reply.text


def test_a_follow_up_why_takes_no_neighbours_purpose_for_the_deeds(bakery: tutor.Tutor) -> None:
    """'so that the fishermen could buy it' says why she baked at four, not why she sold
    soup: the text doesn't say that."""
    s = bakery.session(seed=1)
    assert "soup" in s.respond("What did Lucie sell in the winter?").text
    reply = s.respond("why?")
    assert reply.kind == "fallback"
    assert "fishermen" not in reply.text


def test_a_neighbours_purpose_of_its_own_deed_is_no_reason(bakery: tutor.Tutor) -> None:
    """'in order to mark the feast days' says why each shutter carried a saint's name,
    not why the shutters were painted blue."""
    reply = bakery.session(seed=1).respond("Why were the shutters painted blue?")
    assert reply.kind == "fallback"
    assert "doesn't say outright why the shutters were painted blue" in reply.text


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("The council asked the railway to run a later train.", False),  # whom it asked
        ("Sales grew, so the baker hired two boys.", True),
        ("The mill closed as a result of the drought.", True),
        ("The bell has hung there since 1791.", False),  # since when
        ("The road was raised to keep the floods off the square.", True),
        ("The fair was so crowded that the gates were shut at noon.", True),  # so ... that
        ("The fishermen formed a club to run it.", True),  # a purpose on "it"
        ("The repairs were delayed by a shortage of slate.", True),  # a happening did it
        ("The repairs were carried out by a firm of builders.", False),  # someone did
        ("The hall was finished by the end of June.", False),  # by when
    ],
)
def test_whether_a_sentence_says_why_its_own_deed_was_done(text: str, says: bool) -> None:
    from tutor._reasons import says_why
    from tutor._word_lists import WordLists

    words = WordLists()
    assert says_why(text, words.reasons, words.complement_verbs, words.time_nouns) is says


COMET = """The Skellig Comet

In 1902 the astronomer Clara Venn travelled to Skellig Point, a bare headland on the west
coast, to find out whether the great comet would return. No one had watched the sky there,
and many farmers believed that comets brought famine.

Clara Venn was born in 1870 in Galway, the daughter of a miller. Venn's mother wanted her
to keep the mill, but she preferred mathematics.

The first telescope failed when salt spray reached the lens. The wooden dome was damaged
by hail. The two assistants quarrelled over wages. A gale tore off the roof, and the
observers lost a month of work.

Venn photographed the sky every clear night. By the end of March she had taken four
hundred plates. The observatory was painted white in 1904.
"""


@pytest.fixture(scope="module")
def comet(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(COMET)


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("Why did the first telescope fail?", "salt spray"),  # "when ..."
        ("Why was the dome damaged?", "hail"),  # "by hail"
        ("Why did the assistants quarrel?", "over wages"),
        ("Why did the observers lose a month of work?", "gale tore"),  # ", and ..."
    ],
)
def test_a_sentence_that_may_give_its_own_reason_is_no_untold_why(
    comet: tutor.Tutor, line: str, told: str
) -> None:
    """'failed when salt spray reached the lens' may say why it failed: the sentence is
    the answer, not the honest 'doesn't say outright why'."""
    reply = comet.session(seed=1).respond(line)
    assert "doesn't say" not in reply.text
    assert told in reply.text


def test_a_sentence_with_no_word_of_a_reason_gets_the_untold_why(comet: tutor.Tutor) -> None:
    reply = comet.session(seed=1).respond("Why was the observatory painted white?")
    assert reply.kind == "fallback"
    assert "doesn't say outright why" in reply.text


def test_a_deeds_own_purpose_beats_someone_elses_belief_beside_it(comet: tutor.Tutor) -> None:
    """'to find out whether the great comet would return' is why she went; the farmers'
    belief in the next sentence is theirs, not her motive."""
    reply = comet.session(seed=1).respond("Why did Venn travel to Skellig Point?")
    assert reply.kind == "answer"
    assert "find out whether" in reply.text
    assert "farmers" not in reply.text


def test_no_ones_wish_is_why_someone_was_born(comet: tutor.Tutor) -> None:
    s = comet.session(seed=1)
    assert "1870" in s.respond("When was Clara Venn born?").text
    reply = s.respond("why?")
    assert "wanted her" not in reply.text


def test_a_later_past_perfect_tally_is_no_reason(comet: tutor.Tutor) -> None:
    """'By the end of March she had taken four hundred plates' came after she
    photographed the sky, not before."""
    reply = comet.session(seed=1).respond("Why did Venn photograph the sky every clear night?")
    assert "four hundred plates" not in reply.text


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("The trade collapsed when cheaper indigo arrived by sea.", True),
        ("The brothers quarrelled over money.", True),
        ("They landed after waiting four days for the ice to open.", True),
        ("A storm delayed the ship, and the party ran short of food.", True),
        ("The Heron was sold to a Norwegian firm in 1905.", False),
        ("Walter at first refused to meet them.", False),
        ("The letters were scattered over the beach.", False),  # over a place
        ("Water was poured on, and the heap was turned.", False),  # a deed undergone
        ("The bell was cast in 1791, when the church was rebuilt.", False),  # when: a date
    ],
)
def test_whether_a_sentence_may_give_its_own_reason(text: str, may: bool) -> None:
    from tutor._reasons import may_say_why

    assert may_say_why(text) is may
