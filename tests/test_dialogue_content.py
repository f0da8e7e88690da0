"""Loading dialog scripts: frozen data, and errors that name the file, line and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tutor
from tutor._dialogs import QUESTION_KINDS

PACK = Path(__file__).parent / "pack"


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    shutil.copytree(PACK, tmp_path / "pack")
    return tmp_path / "pack"


def edit(pack: Path, name: str, old: str, new: str) -> None:
    path = pack / "dialogs" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def error_of(pack: Path) -> str:
    with pytest.raises(tutor.ContentError) as caught:
        tutor.Tutor.from_path(pack)
    return str(caught.value)


def test_the_test_pack_loads_into_frozen_questions() -> None:
    dialogs = tutor.Tutor.from_path(PACK).pack.dialogs
    assert dialogs.lesson == ("start", "league", "mistakes", "charter")
    question = dialogs.question("lg-pamphlets")
    assert question.topic == "league" and question.kind == "how"
    assert [e.id for e in question.expectations] == ["lg-printed", "lg-greedy"]
    assert question.expectations[0].prompt.answers == ("pamphlets", "leaflets")
    assert "league" in dialogs.recap("league").lower()
    with pytest.raises(AttributeError):
        question.ask = "changed"  # type: ignore[misc]


def test_the_default_pack_has_questions_for_every_topic_in_lesson_order() -> None:
    pack = tutor.Tutor().pack
    assert set(pack.dialogs.lesson) == {t.id for t in pack.topics}
    for topic in pack.topics:
        assert pack.dialogs.for_topic(topic.id), topic.id
    for question in pack.dialogs.questions.values():
        assert question.kind in QUESTION_KINDS
        assert all(len(e.hints) >= 2 for e in question.expectations)


@pytest.mark.parametrize(
    ("name", "old", "new", "expected"),
    [
        (
            "02-league.yaml",
            "facts: [guild-feared-vell]",
            "facts: [no-such-fact]",
            "02-league.yaml:",
        ),
        (
            "02-league.yaml",
            "kind: why",
            "kind: because",
            "'because' is not allowed; expected one of",
        ),
        ("02-league.yaml", "topic: league", "topic: nowhere", "unknown topic 'nowhere'"),
        ("02-league.yaml", "id: lg-pamphlets", "id: lg-why-guild", "duplicate question id"),
        ("02-league.yaml", "    kind: why\n", "    kind: why\n    colour: red\n", "unknown field"),
        (
            "03-mistakes.yaml",
            "          - What did Vell refuse to change?\n",
            "",
            "expected at least 2 items",
        ),
        ("03-mistakes.yaml", "answers: [fees, prices]", "answers: []", "expected at least 1 item"),
        ("lesson.yaml", "mistakes", "tea-time", "unknown topic 'tea-time'"),
        ("04-charter.yaml", "ask: Was the charter a matter of luck?", "ask: no", "expected text"),
    ],
)
def test_a_broken_dialog_file_names_file_line_and_field(
    pack_copy: Path, name: str, old: str, new: str, expected: str
) -> None:
    edit(pack_copy, name, old, new)
    message = error_of(pack_copy)
    assert expected in message
    assert f"dialogs/{name}:" in message


def test_an_unknown_fact_error_points_at_its_line(pack_copy: Path) -> None:
    edit(pack_copy, "02-league.yaml", "facts: [guild-feared-vell]", "facts: [no-such-fact]")
    lines = (pack_copy / "dialogs" / "02-league.yaml").read_text().splitlines()
    line = next(i for i, text in enumerate(lines, start=1) if "no-such-fact" in text)
    assert f"dialogs/02-league.yaml:{line}:13: questions[0].facts[0]: unknown fact id" in (
        error_of(pack_copy)
    )


def test_a_pack_without_dialogs_still_answers(tmp_path: Path) -> None:
    shutil.copytree(PACK / "knowledge", tmp_path / "knowledge")
    t = tutor.Tutor.from_path(tmp_path)
    reply = t.session(seed=0).respond("When did Tallow get its charter?")
    assert reply.kind == "answer" and reply.follow_up is None
    assert t.session(seed=0).respond("/lesson").kind == "lesson"
