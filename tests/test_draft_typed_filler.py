"""A fresh draft answers a question in the learner's own words by the kind of answer it
asks for: the one sentence giving a date (a count, a distance, ...) right beside a word
of the line answers, though it shares little else with it; a sentence giving one far
from the line's words, or none at all, does not."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor.cli import main

QUARRY = """The Marl Quarry

Opening

In 1871 the stonemason Jonas Wendle opened a quarry on the slope above Carrow. Cutting
began in March 1872. The first blocks went to build the chapel at Carrow, and Wendle's
sons carried them down on sledges.

The Crane

A steam crane arrived at the quarry in 1880, and the owners said it was the best crane in
the county. The crane cost 600 pounds. It could hoist a slab of marl weighing four
tons and swing it onto a cart at the gate. Its boiler burned wood from the hill, and the
crane driver, Tobias Lunn, was paid by the load.

Closing

The quarry flooded in the spring of 1903, when a spring broke through the floor of the
lowest pit. The owners pumped it for two years and then gave up. Today the pit is a lake
twelve metres deep, and anglers fish it for perch.
"""


@pytest.fixture(scope="module")
def quarry(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root: Path = tmp_path_factory.mktemp("quarry")
    source = root / "text.txt"
    source.write_text(QUARRY, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(source)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_the_one_sentence_giving_the_date_beside_the_line_s_word_answers(
    quarry: tutor.Tutor,
) -> None:
    # "workers", "hacking" and "rock" are no words of the text; "start" is everyday and
    # the sentence holds nothing else of the line, but it alone gives a date, right
    # after "began"
    reply = quarry.session(seed=1).respond("When did the workers start hacking at the rock?")
    assert reply.kind == "answer"
    assert reply.text == "Cutting began in March 1872."


def test_lines_asking_a_date_the_text_does_not_give_are_still_refused(
    quarry: tutor.Tutor,
) -> None:
    for line in (
        "When did the workers start the strike?",  # no sentence of a strike
        "When did the workers start building the railway?",
        "When did the crane break down?",
        "When did the anglers start fishing?",  # "anglers fish it": no date beside it
        "When did the owners start pumping?",  # two years, no date
    ):
        reply = quarry.session(seed=1).respond(line)
        assert reply.kind != "answer", line
        assert "1872" not in reply.text, line


def test_a_line_of_keywords_asking_a_size_gets_the_sentence_giving_a_measure(
    quarry: tutor.Tutor,
) -> None:
    # "size" asks a figure, as "weight" does: the one sentence of the slab gives "four tons"
    reply = quarry.session(seed=1).respond("slab size")
    assert reply.kind == "answer" and "four tons" in reply.text


def test_what_something_ended_up_costing_asks_a_sum(quarry: tutor.Tutor) -> None:
    # "costing" asks a sum as "cost" does: the driver "paid by the load" names none
    reply = quarry.session(seed=1).respond("What did the big crane at the gate end up costing?")
    assert not (reply.kind == "answer" and "paid by the load" in reply.text)
