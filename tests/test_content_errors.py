"""Hostile content files are refused with a message, never run or swallowed whole.

(Everyday mistakes and their exact messages are in test_validate.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor

GOOD_FACT = """\
  - id: honey
    answer: Bees make honey.
    source: Bees make honey.
    questions: [What do bees make?]
"""


def _pack(tmp_path: Path, facts_yaml: str, header: str = "") -> Path:
    (tmp_path / "knowledge").mkdir(exist_ok=True)
    (tmp_path / "knowledge" / "source.txt").write_text("Bees make honey. Honey keeps.\n")
    (tmp_path / "knowledge" / "bees.yaml").write_text(
        header + "topic: {id: bees, title: Bees}\nfacts:\n" + facts_yaml
    )
    return tmp_path


def _error(tmp_path: Path, facts_yaml: str) -> str:
    with pytest.raises(tutor.ContentError) as info:
        tutor.Tutor.from_path(_pack(tmp_path, facts_yaml))
    return str(info.value)


def test_python_tags_are_refused_not_run(tmp_path: Path) -> None:
    bad = GOOD_FACT.replace(
        "answer: Bees make honey.", "answer: !!python/object/apply:os.system ['echo hacked']"
    )
    msg = _error(tmp_path, bad)
    assert "knowledge/bees.yaml:4" in msg and "unsupported YAML tag" in msg


def test_alias_bombs_are_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 8)]
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "bomb.yaml").write_text("\n".join(lines) + "\n")
    with pytest.raises(tutor.ContentError, match=r"too many YAML nodes|aliases repeat too much"):
        tutor.Tutor.from_path(tmp_path)


def test_non_utf8_file_gets_a_clear_message(tmp_path: Path) -> None:
    _pack(tmp_path, GOOD_FACT)
    (tmp_path / "knowledge" / "bees.yaml").write_bytes(b"answer: caf\xe9\n")
    with pytest.raises(tutor.ContentError, match="not UTF-8"):
        tutor.Tutor.from_path(tmp_path)
