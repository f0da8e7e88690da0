"""A follow-up about the person just told of, asked in words neither the last answer nor
the text uses: the sentence the text goes on with about that person answers it, not the
last answer told again (tutor/_goes_on.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor.cli import main

from conversation import talk

TEXT = "\n\n".join(
    [
        "The Skerry Light",
        "The Keepers",
        "The first keeper of the Skerry light was Amos Hale, a former fisherman from Dunmore. "
        "Hale kept a small notebook, and most of what is known about the early years comes "
        "from it. He recorded the tides, the passing ships and the oil the lamp burned each "
        "night. In 1850 Hale retired to Dunmore.",
        "The second keeper, Ruth Orme, took the post in 1851. Orme kept a diary for twenty "
        "years. Her assistant, Ned Lowe, recorded the weather every four hours. Orme left the "
        "light in 1871.",
        "The Lamp",
        "The first lamp of the light was made by the Dunmore smith Joel Pike. Between 1840 "
        "and 1844 Pike fitted it with brass wicks of his own design.",
    ]
)


@pytest.fixture(scope="module")
def light(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("light")
    text = root / "light.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_what_he_wrote_in_it_is_told_next(light: tutor.Tutor) -> None:
    first = talk(light, "What did Amos Hale keep?")
    assert "notebook" in first.text
    reply = talk(light, "What did Amos Hale keep?", "What did he write in it?")
    assert reply.kind == "answer"
    assert "tides" in reply.text


def test_the_next_sentence_about_someone_else_is_no_answer(light: tutor.Tutor) -> None:
    # "Her assistant, Ned Lowe, recorded ...": not what she wrote
    first = talk(light, "What did Ruth Orme keep?")
    assert "diary" in first.text
    reply = talk(light, "What did Ruth Orme keep?", "What did she write in it?")
    assert "Lowe" not in reply.text


def test_in_what_years_asks_a_date(light: tutor.Tutor) -> None:
    # "in what years?" asks when, as "in what year?" does: not the keeper's name again
    reply = talk(light, "Who was the first keeper of the Skerry light?", "In what years?")
    assert "fisherman" not in reply.text or reply.kind != "answer"


def test_in_what_years_of_an_undated_answer_is_told_next(light: tutor.Tutor) -> None:
    # the maker's sentence gives no date; the one after it gives the years he worked on it
    reply = talk(light, "Who made the first lamp?", "In what years?")
    assert reply.kind == "answer"
    assert "1840" in reply.text


FAMILY = "\n\n".join(
    [
        "The Holm Light",
        "The first keeper of the Holm light was Amos Hale, a former fisherman from Dunmore. "
        "Hale kept a small notebook, and most of what is known about the early years comes "
        "from it. He recorded the tides, the passing ships and the oil the lamp burned each "
        "night. His wife, Mary Hale, baked the bread for the station. In 1850 Hale retired "
        "to Dunmore.",
    ]
)


def test_the_sentence_going_on_may_open_with_the_whole_name(tmp_path: Path) -> None:
    # "Hale" is his wife too, so the draft says "Amos Hale recorded ...": still him
    text = tmp_path / "holm.txt"
    text.write_text(FAMILY, encoding="utf-8")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(text)]) == 0
    holm = tutor.Tutor.from_path(tmp_path / "pack")
    reply = talk(holm, "What did Amos Hale keep?", "What did he write in it?")
    assert reply.kind == "answer"
    assert "tides" in reply.text
