"""A fresh draft answers a paraphrase that singles out one fact, though the learner's own
words cover little of it, and still refuses a line that only looks like one."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._explain import explain, format_explanation
from tutor._index import Hit
from tutor._singled import singled_out
from tutor.cli import main

FERRY = """The Tolland Ferry

Early Years

In 1862 the boatman Silas Penhallow began a ferry across the estuary between Tolland and
Marrow Point. His first boat was a flat-bottomed barge that carried carts, sheep and
passengers, and it was hauled across on a chain fixed to both banks. Penhallow charged a
penny for a passenger and sixpence for a cart.

The Steam Ferry

In 1889 his daughter Agnes Penhallow replaced the chain barge with a paddle steamer named
the Heron. The steamer could cross in eleven minutes, even against the tide, so farmers
from the far shore began selling their butter in the Tolland market. The Heron burned coal
from a bunker beside the slipway, and the stokers were paid by the crossing.

Decline

After a road bridge opened upstream in 1931, fewer travellers used the ferry. The Heron
was sold for scrap in 1936, and the slipway was left to the gulls. Today a small museum in
the old ticket hut shows the ferry's bell and Agnes Penhallow's logbooks.
"""

GULLS = "decline-heron-slipway-gulls"  # "... the slipway was left to the gulls."
MUSEUM = "decline-agnes-penhallow-logbooks"  # "Today a small museum ... shows ..."
BARGE = "early-silas-penhallow-bottomed"  # "... a flat-bottomed barge that carried ..."
STEAMER = "steam-silas-penhallow-agnes"  # "... replaced the chain barge with ..."
STOKERS = "steam-heron-slipway-stokers"  # "The Heron burned coal ..."
INHERIT = "What did the gulls get to inherit once the steamer was gone?"


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root: Path = tmp_path_factory.mktemp("ferry")
    source = root / "text.txt"
    source.write_text(FERRY, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(source)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_a_paraphrase_singling_out_one_fact_is_answered(ferry: tutor.Tutor) -> None:
    # "inherit" and "mementoes" are no words of the text, and rarer than everyday ones:
    # the facts hold a third of each line or less, but no other fact holds "gulls" or
    # "hut", and none comes near them
    reply = ferry.session(seed=1).respond(INHERIT)
    assert reply.kind == "answer" and reply.fact_ids == (GULLS,)
    reply = ferry.session(seed=1).respond("What mementoes of the ferry survive in the hut?")
    assert reply.kind == "answer" and reply.fact_ids == (MUSEUM,)


def test_lines_off_the_text_are_still_refused(ferry: tutor.Tutor) -> None:
    for line in (
        "What did the gulls of Lindisfarne inherit?",
        "What did the gulls inherit in 1950?",
        "What's the weather forecast for the gulls?",
        "What did Agnes Penhallow study?",
        "What mementoes does the Tolland church keep?",
        "What mementoes of the Titanic survive in the hut?",
    ):
        assert ferry.session(seed=1).respond(line).kind != "answer", line


def _singles(
    t: tutor.Tutor, line: str, top: str, rival: str, scores: tuple[float, float]
) -> tuple[str, ...]:
    """What `singled_out` finds for a line whose best facts are set by hand."""
    engine = t._engine
    said = engine.reader.read(line)
    hits = [
        Hit(engine.pack.fact(top), scores[0], 0.3),
        Hit(engine.pack.fact(rival), scores[1], 0.1),
    ]
    return singled_out(engine.analyzer, engine.index, engine.picker, said, said.query, hits)


def test_a_word_only_the_best_fact_holds_sets_it_apart(ferry: tutor.Tutor) -> None:
    # both facts tell of the barge; only the first of its hauling
    assert _singles(ferry, "What did the old barge haul?", BARGE, STEAMER, (0.5, 0.3))
    assert not _singles(ferry, "What did the old barge turn into?", BARGE, STEAMER, (0.5, 0.3))


def test_a_runner_up_close_behind_is_a_guess(ferry: tutor.Tutor) -> None:
    assert _singles(ferry, INHERIT, GULLS, MUSEUM, (0.5, 0.4))
    assert not _singles(ferry, INHERIT, GULLS, MUSEUM, (0.5, 0.45))


def test_a_name_or_a_year_the_text_never_says_is_what_the_line_asks_of(
    ferry: tutor.Tutor,
) -> None:
    for line in (
        "What did the gulls of Lindisfarne get to inherit once the steamer was gone?",
        "What did the gulls get to inherit once the steamer was gone in 1950?",
    ):
        assert not _singles(ferry, line, GULLS, MUSEUM, (0.5, 0.2)), line
    # the year the fact gives
    line = "What did the gulls get to inherit once the steamer was gone in 1936?"
    assert _singles(ferry, line, GULLS, MUSEUM, (0.5, 0.2))


def test_a_short_line_asks_of_each_of_its_words(ferry: tutor.Tutor) -> None:
    # two words: one the text never uses is what the line is about, not filler; "what
    # did the haze burn?" asks nothing of the coal the Heron burned
    assert not _singles(ferry, "What did the haze burn?", STOKERS, MUSEUM, (0.5, 0.2))
    assert _singles(ferry, "What did the Heron's stokers burn?", STOKERS, MUSEUM, (0.5, 0.2))


def test_explain_says_why_such_a_fact_answers(ferry: tutor.Tutor) -> None:
    # (the gulls' line now reaches the usual threshold: "the steamer" is read as the Heron)
    shown = format_explanation(explain(ferry, "What mementoes of the ferry survive in the hut?"))
    assert "singles out by hut" in shown


def test_everyday_words_alone_set_no_fact_apart(ferry: tutor.Tutor) -> None:
    # "first" and "carried" are only the barge's, yet a line holding no rarer word of
    # it ("what did the first one carry?") is as likely about any first thing
    assert not _singles(ferry, "What did the first one carry?", BARGE, STEAMER, (0.5, 0.3))
    assert _singles(ferry, "What did the first one haul?", BARGE, STEAMER, (0.5, 0.3))


def test_a_year_sets_apart_no_fact_that_lacks_the_lines_name(ferry: tutor.Tutor) -> None:
    # the Heron was sold in 1936, but the line asks of Marrow Point, which that sentence
    # never names: a year is shared as a name is, and "sold" is an everyday word
    line = "What was sold at Marrow Point in 1936?"
    assert not _singles(ferry, line, GULLS, MUSEUM, (0.5, 0.2))
    assert ferry.session(seed=1).respond(line).kind != "answer"
    # of the Heron, which it names, the year sets it apart
    assert _singles(ferry, "What became of the Heron in 1936?", GULLS, MUSEUM, (0.5, 0.2))
