"""A fresh draft ranks by what a question means, not only by the words it shares: "she"
is someone, so a sentence naming nobody is not about her; "how often" asks for a
frequency; a person said by what the text calls them ("the glassblower") is that person."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Apiary at Fennick Hollow

Beginnings

In 1922 the beekeeper Maud Tillery bought a field below Fennick Hill and set out twelve
hives along its hedge. Tillery moved the hives up the hill in 1925 because the valley
fields flooded every spring and the bees lost their stores. Carrying the hives along the
steep track took a whole week of dry weather. Her neighbour, Osric Dunmore, a glassblower, made
the jars she sold her honey in.

The Harvest

Tillery took honey from the hives twice a year, once in June and once in September.
Dunmore kept the accounts of the apiary, while Tillery looked after the bees. The
heather honey from the hill sold for twice the price of the clover honey from the valley.
"""


HARVEST = (
    "Tillery took her first honey from the hill hives in the summer of 1926. "
    "After that she\ntook honey"
)
# the same text, with a first harvest told before the usual ones
HARVESTS = TEXT.replace("Tillery took honey", HARVEST)


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.fixture(scope="module")
def harvests(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(HARVESTS)


def first(t: tutor.Tutor, line: str) -> str:
    engine = t._engine
    return engine.index.search(engine.analyzer.analyze(line))[0].fact.answer


def _score(t: tutor.Tutor, line: str, opening: str) -> float:
    engine = t._engine
    hits = engine.index.search(engine.analyzer.analyze(line), limit=10)
    return next(h.score for h in hits if h.fact.answer.startswith(opening))


def test_she_on_a_first_line_is_someone_the_sentence_names(drafted: tutor.Tutor) -> None:
    # the sentence about carrying the hives shares more words, but it names nobody: asked
    # of "she", it ranks as one naming none of a line's people (x0.7), and the sentence
    # naming Tillery comes out on top or within a hair of it (the noun of "Fennick Hill"
    # makes "hill" a word of two facts, so the two now nearly tie)
    nobody = "Carrying the hives"
    she = _score(drafted, "Why did she carry her hives up the hill track?", nobody)
    plain = _score(drafted, "Why carry the hives up the hill track?", nobody)
    assert she < 0.8 * plain


def test_how_often_asks_for_a_frequency(harvests: tutor.Tutor) -> None:
    # the first harvest holds every word of the line; only the other says how often
    for line in (
        "How often did Tillery take honey from the hill hives?",
        "How often did she take honey from her hives on the hill?",
    ):
        assert "twice a year" in first(harvests, line), line


def test_what_the_text_calls_someone_once_names_them(drafted: tutor.Tutor) -> None:
    # "Osric Dunmore, a glassblower": the text says it once, though a draft repeats the
    # sentence as a source, in questions and keywords
    analyzer = drafted._engine.analyzer
    assert analyzer.analyze("What did the glassblower keep?").entities == ("osric_dunmore",)


def test_often_asks_and_is_not_missed_in_the_answer(harvests: tutor.Tutor) -> None:
    # as "long" in "how long?": the answer says "twice a year", never "often"
    engine = harvests._engine
    best = engine.index.search(engine.analyzer.analyze("How often did Tillery take honey?"))[0]
    assert "twice a year" in best.fact.answer
    assert best.coverage == pytest.approx(1.0)


BAKERY = """The Bakery on Quay Lane

In 1890 Martha Penrose opened a bakery on Quay Lane. Her son, Jory Penrose, delivered the
bread by cart every morning. Martha baked the loaves in a brick oven behind the shop. In
1902 the bakery was sold to a milling company, and Jory Penrose went to work at the docks.
"""


def test_her_son_is_the_one_the_text_calls_so(draft_text: Callable[[str], tutor.Tutor]) -> None:
    # "son" is an everyday word, but the text calls one person someone's son
    t = draft_text(BAKERY)
    analyzer = t._engine.analyzer
    assert analyzer.analyze("Where did her son go to work?").entities == ("jory_penrose",)
    assert "docks" in first(t, "Where did her son go to work after the sale?")
