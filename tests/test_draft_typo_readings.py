"""Slips a fresh draft reads by what stands beside them: a real word sounding as the
text's beside its neighbour ("principle keeper" of its "principal keeper"), though the
lexicon knows the typed word too, but not a real word merely a letter away ("the
cooperative help" is no "cooperative held"); a line's opening slip of a question word
("wnere", "hich"); and a slip of a name's word into another word of the text ("harriet
fane" of Harriet Vane, not "fine")."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

TEXT = """The Gannet Rock Light

The Keepers

The light on Gannet Rock was first lit in 1841, in a tower that forty men built in two years. The principal keeper, Walter Crane, kept
the lamp for thirty years with two assistants. The lamp burned with a white flame, and its
heat cracked the glass in 1850. In the storm of 1866 the cooperative of
fishermen held the landing stage against the sea, and the keepers were fed from its boats.

The End

The light was automated in 1962, and the last keepers left the rock that spring. Lady Harriet
Vane bought the rock in 1971 and paid a fine for the old jetty. In 1866 the keepers saved six
sailors from the schooner Ellen. The sailors resided in the cottages for a week.
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


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("wnere did the keepers live", "where"),  # not "were" (one letter left out)
        ("whete was the light", "where"),  # not the text's "white"
        ("hich keeper kept the lamp", "which"),  # not "high"
        ("in hwat year was the light automated", "what"),  # not "heat"
        ("wherre did crane keep the lamp", "where"),  # said as "were", nearer "where"
    ],
)
def test_a_lines_opening_slip_of_a_question_word_is_that_word(
    rock: tutor.Tutor, line: str, asked: str
) -> None:
    assert asked in words(rock, line)[:2]


def test_a_slipped_question_word_still_gets_its_answer(rock: tutor.Tutor) -> None:
    reply = rock.session(seed=1).respond("whete was the light")
    assert reply.kind == "answer" and "Gannet Rock" in reply.text
    # a question, not a claim to judge ("Correct. ...")
    reply = rock.session(seed=1).respond("hich keeper kept the lamp for thirty years")
    assert reply.kind == "answer" and reply.text.startswith("The principal keeper")


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("were did crane keep the lamp", "where"),  # "were" cannot stand before "did"
        ("hen did the keepers leave the rock", "when"),
        ("hat did lady harriet vane pay", "what"),
    ],
)
def test_a_real_word_where_only_a_question_word_could_stand_is_that_word(
    rock: tutor.Tutor, line: str, asked: str
) -> None:
    assert words(rock, line)[0] == asked


def test_a_real_word_slip_of_a_question_word_gets_its_answer(rock: tutor.Tutor) -> None:
    reply = rock.session(seed=1).respond("hen did the keepers leave the rock")
    assert reply.kind == "answer" and "1962" in reply.text


@pytest.mark.parametrize(
    "line", ["here was the light", "she did keep the lamp", "were the keepers fed"]
)
def test_a_real_word_opening_a_line_stays(rock: tutor.Tutor, line: str) -> None:
    assert words(rock, line)[0] == line.split()[0]


def test_a_slip_of_a_names_word_into_another_word_of_the_text_is_the_name(
    rock: tutor.Tutor,
) -> None:
    """'fane' alone reads as the text's 'fine'; beside 'harriet' it is one letter from
    the name Harriet Vane."""
    assert words(rock, "when did harriet fane buy the rock")[2:4] == ("harriet", "vane")
    reply = rock.session(seed=1).respond("when did harriet fane buy the rock")
    assert reply.kind == "answer" and "1971" in reply.text


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("how meny men built the tower", "many"),  # not the text's "men"
        ("how lomg did the men take to build the tower", "long"),
    ],
)
def test_a_slip_after_how_is_the_word_that_asks(rock: tutor.Tutor, line: str, asked: str) -> None:
    assert words(rock, line)[1] == asked


def test_a_slip_after_how_gets_its_answer(rock: tutor.Tutor) -> None:
    reply = rock.session(seed=1).respond("how meny men built the tower")
    assert reply.kind == "answer" and "forty" in reply.text


def test_a_word_spelt_as_it_is_said_reads_as_the_english_word(rock: tutor.Tutor) -> None:
    """'resqued' is 'rescued' spelt as said, one letter off, though the text's 'resided'
    is two letters off: the line is read, and answered, as it would be spelt right."""
    assert "rescued" in words(rock, "who resqued the sailors")
    typed = rock.session(seed=1).respond("who resqued the sailors")
    right = rock.session(seed=1).respond("who rescued the sailors")
    assert (typed.kind, typed.text) == (right.kind, right.text)
