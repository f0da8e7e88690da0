"""`tutor eval --suggest`: what each failed case needs, and cases copied into the pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main

TEXT = (
    "Bees\n\nBees make honey from nectar. The queen lays every egg in the hive. "
    "Workers guarded the entrance against wasps.\n"
)
CASES = """\
- id: juice
  category: paraphrase
  turns:
    - say: "What do the insects turn flower juice into?"
      expect:
        all_of: [["honey"]]
- id: guards
  category: direct
  turns:
    - say: "Who guarded the entrance against wasps?"
      expect:
        all_of: [["workers"]]
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    (tmp_path / "bees.txt").write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(tmp_path / "bees.txt")]) == 0
    (tmp_path / "cases.yaml").write_text(CASES, encoding="utf-8")
    return tmp_path


def test_a_failed_case_names_its_fact_and_the_words_the_pack_lacks(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    main(["eval", str(pack / "cases.yaml"), "--pack", str(pack / "pack"), "--suggest"])
    out = capsys.readouterr().out
    assert (
        "juice: What do the insects turn flower juice into?\n  should reach: bees-nectar-honey"
        in out
    )
    assert "a synonym: the pack never uses 'juice'" in out
    assert "a synonym: the pack never uses 'flower'" in out


def test_words_the_fact_lacks_are_one_piece_of_advice(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two bullets ("lacks 'cooling'", "lacks 'time'") read as two ways to fix it: a new
    educator added one word, and the case still failed."""
    cases = "- id: q\n  category: terse\n  turns:\n    - say: honey entrance\n"
    cases += "      expect:\n        all_of: [['queen']]\n"
    (pack / "two.yaml").write_text(cases, encoding="utf-8")
    capsys.readouterr()
    main(["eval", str(pack / "two.yaml"), "--pack", str(pack / "pack"), "--suggest"])
    out = capsys.readouterr().out
    assert "should reach: bees-hive-lays-egg" in out
    assert "lacks 'honey' and 'entrance', which the line uses: add to its keywords" in out
    assert "(all 2 are needed)" in out


def test_a_case_copied_into_the_pack_is_flagged(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    main(["eval", str(pack / "cases.yaml"), "--pack", str(pack / "pack"), "--suggest"])
    out = capsys.readouterr().out
    assert "warning: case guards: 'Who guarded the entrance against wasps?' is in the pack" in out
    assert "warning: case juice" not in out
