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


def suggested(
    capsys: pytest.CaptureFixture[str], pack: Path, name: str, cases: str, on: str = "pack"
) -> str:
    """What `tutor eval --suggest` prints for a case file written beside the pack `on`."""
    (pack / name).write_text(cases, encoding="utf-8")
    capsys.readouterr()
    main(["eval", str(pack / name), "--pack", str(pack / on), "--suggest"])
    return capsys.readouterr().out


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
    out = suggested(capsys, pack, "two.yaml", cases)
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


def test_the_fact_saying_more_of_what_is_expected_is_the_target(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two facts say 'the hive'; only one also says 'egg': that one is meant, and the
    educator is told the other exists rather than advised to edit the wrong fact."""
    text = (
        "Bees\n\nBees make honey from nectar in the hive. The queen lays every egg in the hive.\n"
    )
    (pack / "hive.txt").write_text(text, encoding="utf-8")
    assert main(["new-pack", str(pack / "hive"), "--from", str(pack / "hive.txt")]) == 0
    cases = "- id: q\n  category: paraphrase\n  turns:\n    - say: what do they make from nectar\n"
    cases += "      expect:\n        all_of: [['egg', 'hive']]\n        none_of: ['honey']\n"
    out = suggested(capsys, pack, "hive.yaml", cases, on="hive")
    assert "should reach: bees-hive-lays-egg" in out
    assert "other facts say what the case expects too (bees-nectar-hive)" in out


def test_a_reply_on_the_right_fact_gets_no_keyword_advice(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A case failing on the reply's kind, not its fact: adding words cannot fix it."""
    cases = "- id: k\n  category: direct\n  turns:\n    - say: Who guarded the entrance against wasps?\n"
    cases += "      expect:\n        kind: [correction]\n        all_of: [['workers']]\n"
    out = suggested(capsys, pack, "kind.yaml", cases)
    assert "the reply already rests on" in out and "no keyword changes that" in out
    assert "add to its keywords" not in out


def test_a_case_expecting_no_words_is_not_told_it_should_decline(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = (
        "- id: c\n  category: misconception\n  turns:\n    - say: The queen guarded the entrance\n"
    )
    cases += "      expect:\n        kind: [fallback]\n"
    out = suggested(capsys, pack, "none.yaml", cases)
    assert "it should decline" not in out
    assert "names no fact" in out


def test_a_case_naming_a_fact_the_pack_lacks_is_a_broken_case_file(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = "- id: f\n  category: direct\n  turns:\n    - say: Who lays the eggs?\n"
    cases += "      expect:\n        fact: no-such-fact\n"
    (pack / "bad.yaml").write_text(cases, encoding="utf-8")
    capsys.readouterr()
    assert main(["eval", str(pack / "bad.yaml"), "--pack", str(pack / "pack")]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml:6:" in err and "no fact 'no-such-fact'" in err


def test_a_failed_follow_up_is_read_after_its_turns_not_given_keywords(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "what happened to her?" fails for want of its referent, not of words: advice to add
    'happened' to a fact's keywords (read alone) would make the pack worse."""
    cases = (
        "- id: f\n  category: context\n  turns:\n    - say: who lays the eggs\n"
        "    - say: what happened to her after that?\n"
        "      expect:\n        all_of: [['wasps']]\n"
    )
    out = suggested(capsys, pack, "follow.yaml", cases)
    assert "f: what happened to her after that?" in out
    assert "a follow-up: after 'who lays the eggs' it leaned on bees-hive-lays-egg" in out
    assert "happened" not in out.partition("should reach")[2].replace("what happened to her", "")
    assert "add to its keywords" not in out


def test_an_unscored_turn_copied_into_the_pack_is_no_tuning(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A turn without expect only sets the scene; it measures nothing, so nothing is tuned."""
    cases = (
        "- id: g\n  category: context\n  turns:\n"
        "    - say: Who guarded the entrance against wasps?\n"
        "    - say: and the queen?\n      expect:\n        all_of: [['egg']]\n"
    )
    out = suggested(capsys, pack, "setup.yaml", cases)
    assert "warning: case g" not in out
