"""A "who" question describing the one it asks by a role before a clause ("who was the
engineer that built the tower?") is answered by the sentence naming whoever holds that
role when the text itself uses the word; a role the text never says ("the dude that
built it") still only names the kind of answer."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

TEXT = """The Gannet Rock Light

The Tower

Before the tower was built, the Trinity Board paid for a lightship off the rock. The
engineer, James Rendel, finished the granite tower in 1841. The keeper Walter Crane lived
in a cottage built against the foot of the tower. In 1890 a second engineer, Thomas Hale,
painted the lantern red.
"""


@pytest.fixture(scope="module")
def rock(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("rock")
    text = root / "rock.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize(
    "line", ["who was the engineer that built the tower", "who was the enginer that built the towr"]
)
def test_a_role_the_text_says_is_a_word_of_the_question(rock: tutor.Tutor, line: str) -> None:
    reply = rock.session(seed=1).respond(line)
    assert reply.kind == "answer" and "Rendel" in reply.text
