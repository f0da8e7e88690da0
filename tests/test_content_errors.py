"""A broken content file gets a message naming file, line and field."""

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


def test_missing_answer_names_file_line_and_field(tmp_path: Path) -> None:
    msg = _error(tmp_path, "  - id: honey\n    source: Bees make honey.\n    questions: [x]\n")
    assert msg.startswith("knowledge/bees.yaml:3: facts.0.answer: missing")


def test_yaml_one_point_one_boolean_trap_is_explained(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD_FACT.replace("answer: Bees make honey.", "answer: no"))
    assert "knowledge/bees.yaml:4: facts.0.answer" in msg
    assert "quote it" in msg


def test_a_source_not_in_the_document_is_refused(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD_FACT.replace("source: Bees make honey.", "source: Wasps sting."))
    assert "knowledge/bees.yaml:5: facts.0.source: not found in the source document" in msg


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD_FACT + "    answer: again\n")
    assert "knowledge/bees.yaml:7: answer: duplicate key (first at line 4)" in msg


def test_dangling_related_id(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD_FACT + "    related: [nectar]\n")
    assert "knowledge/bees.yaml:7: facts.0.related.0: unknown fact id 'nectar'" in msg


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD_FACT + "  - id: [unclosed\n")
    assert msg.startswith("knowledge/bees.yaml:")
    assert "YAML syntax" in msg


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
    with pytest.raises(tutor.ContentError, match="too many YAML nodes"):
        tutor.Tutor.from_path(tmp_path)


def test_non_utf8_file_gets_a_clear_message(tmp_path: Path) -> None:
    _pack(tmp_path, GOOD_FACT)
    (tmp_path / "knowledge" / "bees.yaml").write_bytes(b"answer: caf\xe9\n")
    with pytest.raises(tutor.ContentError, match="not UTF-8"):
        tutor.Tutor.from_path(tmp_path)
