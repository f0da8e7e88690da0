""" "Apart from X, what else ...?" asks what goes beyond X: the sentence that names X and
adds to it ("... not limited to cloth: she also ran the bakery") answers, though the
thing set aside weighs little in the ranking and another sentence shares the line's
other words ("she had her hands full with forty looms")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Weaver of Hollins

Martha Crane opened a weaving shed at Hollins in 1822. She had her hands full with forty
looms and a dye house. Her trade was not limited to cloth: she also ran the village bakery
and the post office. In 1840 her nephew took over the looms. The shed burned down in 1861.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "apart from cloth, what else did Martha have her hands on?",
        "Besides the cloth, what else did Crane have a hand in?",
    ],
)
def test_the_sentence_adding_to_what_is_set_aside(drafted: tutor.Tutor, line: str) -> None:
    reply = drafted.session().respond(line)
    assert reply.kind == "answer", line
    assert "also ran the village bakery" in reply.text, line


def test_nothing_set_aside_keeps_the_best(drafted: tutor.Tutor) -> None:
    reply = drafted.session().respond("what did Martha have her hands full with?")
    assert "forty looms" in reply.text


def test_on_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session().respond(
        "besides the party, what else did Stalin have his hands on?"
    )
    assert "also controlled the state media" in reply.text
