"""A fresh draft reads a closed compound by its head: a learner asks "which fish?" of a
text that only ever says "lanternfish", and is told it."""

from __future__ import annotations

import pytest

import tutor
from tutor._compound_heads import compound_heads
from tutor.cli import main

TEXT = """The Fisheries of Lake Orrin

Lake Orrin lies high in the Tarrow hills. In 1890 the villagers of Dunmere began to net the
lanternfish that rose to the surface of the lake on dark nights. The catch was salted in
barrels and sent by cart to the market at Corby.

By 1900 twelve oysterboats worked the shallows, and each boat carried a crew of three. The
trade ended in 1921, when a cold winter froze the lake for four months.
"""


@pytest.fixture(scope="module")
def lake(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("lake")
    text = root / "lake.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize("line", ["which fish?", "What sort of fish was it?"])
def test_a_learner_asks_by_the_head_of_the_text_s_compound(lake: tutor.Tutor, line: str) -> None:
    reply = lake.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert "net the lanternfish" in reply.text


def test_the_head_answers_nothing_the_text_does_not_say(lake: tutor.Tutor) -> None:
    reply = lake.session(seed=1).respond("What did the fish cost?")
    assert reply.kind != "answer"


def test_a_compound_is_a_word_wordnet_lacks_made_of_two_it_knows() -> None:
    heads = compound_heads(
        [
            "The parrotfish and the meltwater. Brightwater lies by a thousand acres of "
            "waterlogged land; his chairmanship ended afterwards.",
        ],
        common=lambda s: s == "land",
    )
    assert heads == {"parrotfish": "fish", "meltwat": "water"}
