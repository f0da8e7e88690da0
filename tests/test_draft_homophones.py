"""A real word typed for a word of the text that sounds the same ("principle keeper" of
its "principal keeper") is read as the text's on a fresh draft, though the lexicon knows
the typed word too; a real word merely a letter from the text's beside the same
neighbour is left as typed ("the cooperative help" is no "cooperative held")."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

TEXT = """The Gannet Rock Light

The Keepers

The light on Gannet Rock was first lit in 1841. The principal keeper, Walter Crane, kept
the lamp for thirty years with two assistants. In the storm of 1866 the cooperative of
fishermen held the landing stage against the sea, and the keepers were fed from its boats.

The End

The light was automated in 1962, and the last keepers left the rock that spring.
"""


@pytest.fixture(scope="module")
def rock(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("rock")
    text = root / "rock.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def words(t: tutor.Tutor, line: str) -> tuple[str, ...]:
    return t._engine.analyzer.analyze(line).words


def test_a_word_sounding_as_the_texts_beside_its_neighbour_is_the_texts(
    rock: tutor.Tutor,
) -> None:
    assert "principal" in words(rock, "who was the principle keeper")
    reply = rock.session(seed=1).respond("who was the principle keeper")
    assert reply.kind == "answer" and "Crane" in reply.text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("how did the cooperative help", "help"),  # not "cooperative held"
        ("what did the keepers feed", "feed"),  # not "keepers fed"
    ],
)
def test_a_real_word_a_letter_from_the_texts_stays_as_typed(
    rock: tutor.Tutor, line: str, kept: str
) -> None:
    assert kept in words(rock, line)
