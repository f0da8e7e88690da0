"""A drafted sentence that names a thing in full ("the Kessel Tannery") says the words of
its name too: a learner who calls it "the tannery" asks of that sentence as much as of
one saying "the tannery" alone."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor.cli import main

TEXT = """Leather on the Wend

The Kessel Tannery opened beside the river Wend in 1861 and dyed its hides with chrome
salts. Its owner, Ada Kessel, bought oak bark from the farms upstream. The tannery closed
in 1930, when cheaper leather came by rail from the cities. For fifty years the only way to
market was the barge from Ormond Quay. The manager ran the trade from an office above the
weighing shed at Ormond Quay.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("tannery")
    text = root / "tannery.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(Path(root / "pack"))


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


@pytest.mark.parametrize("line", ["When did the tannery open?", "when did the tannery start?"])
def test_the_head_of_a_name_reaches_the_sentence_naming_it_in_full(
    drafted: tutor.Tutor, line: str
) -> None:
    # not "The tannery closed in 1930": that sentence says "tannery", not "opened"
    reply = ask(drafted, line)
    assert reply.kind == "answer"
    assert "1861" in reply.text


def test_the_name_word_weighs_no_more_than_the_word_said_alone(drafted: tutor.Tutor) -> None:
    reply = ask(drafted, "When did the tannery close?")
    assert reply.kind == "answer"
    assert "1930" in reply.text


def test_a_name_word_makes_nothing_answerable_that_the_text_leaves_out(
    drafted: tutor.Tutor,
) -> None:
    reply = ask(drafted, "How many workers did the tannery employ?")
    assert reply.kind != "answer" or "doesn't say" in reply.text


def test_a_name_asked_of_by_its_word_is_no_answer_to_where_it_is(drafted: tutor.Tutor) -> None:
    # "the quay" is Ormond Quay: naming it again does not say where it is
    reply = ask(drafted, "Where is the quay?")
    assert reply.kind != "answer" or "doesn't say" in reply.text


def test_which_one_asks_of_the_kind_and_the_name_answers_it(drafted: tutor.Tutor) -> None:
    reply = ask(drafted, "Which quay did the barges leave from?")
    assert reply.kind == "answer"
    assert "Ormond Quay" in reply.text
