"""The `tutor` command, run in-process through main(argv)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tutor import ContentError, Tutor
from tutor.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_prints_the_answer(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "who killed trotsky")
    assert code == 0
    assert "Mercader" in out


def test_ask_joins_unquoted_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "who", "killed", "trotsky")
    assert code == 0 and "Mercader" in out


def test_ask_json_prints_the_whole_reply(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "--json", "What was the Troika?")
    reply = json.loads(out)
    assert code == 0
    assert reply["kind"] == "answer"
    assert reply["follow_up"] is None and reply["question_id"] is None  # one-shot: nothing asked
    assert set(reply) == {
        "text",
        "kind",
        "follow_up",
        "verdict",
        "fact_ids",
        "confidence",
        "question_id",
        "judged_question",
        "rung",
        "misconception",
        "near",
    }


def test_ask_falls_back_with_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "what is the speed of light")
    assert code == 0
    assert "doesn't say" in out or "don't know" in out


def test_bad_usage_exits_two_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["ask"])
    assert info.value.code == 2
    assert "the following arguments are required" in capsys.readouterr().err


def test_a_broken_pack_exits_two_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "a.yaml").write_text("facts:\n  - id: x\n    answer: [unclosed\n")
    code, _, err = run(capsys, "ask", "--pack", str(tmp_path), "hello")
    assert code == 2
    assert err.startswith("tutor: knowledge/a.yaml:")
    assert "Traceback" not in err


def test_a_missing_pack_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--pack", str(tmp_path / "nowhere"), "ask", "hi")
    assert code == 2
    assert "no such pack folder" in err


def test_help_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["ask", "--help"], ["eval", "--help"], ["chat", "--help"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 0
        assert "usage: tutor" in capsys.readouterr().out


def test_eval_prints_accuracy_per_category(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "- id: a\n  category: direct\n  turns:\n"
        "    - say: who killed trotsky\n      expect: {all_of: [[Mercader]]}\n"
        "- id: b\n  category: offtopic\n  turns:\n"
        "    - say: what is the boiling point of water\n      expect: {reject: true}\n"
    )
    code, out, _ = run(capsys, "eval", str(cases), "--min", "1.0")
    assert code == 0
    assert "direct" in out and "offtopic" in out and "100%" in out


def test_eval_min_exits_one_below_the_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "- id: a\n  category: direct\n  turns:\n"
        "    - say: who killed trotsky\n      expect: {all_of: [[Napoleon]]}\n"
    )
    code, out, _ = run(capsys, "eval", str(cases), "--min", "0.5")
    assert code == 1
    assert "FAIL a" in out


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "ask", "what was the troika"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "Zinoviev" in done.stdout
    assert done.stderr == ""


def test_chat_reads_lines_from_a_pipe() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "chat"],
        input="who killed trotsky\nthanks\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "Mercader" in done.stdout
    assert "\x1b[" not in done.stdout


@pytest.mark.parametrize("bar", ["nan", "2", "-0.1", "lots"])
def test_eval_min_must_be_a_share(bar: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["eval", "cases.yaml", "--min", bar])
    assert info.value.code == 2
    assert "expected a number from 0 to 1" in capsys.readouterr().err


def test_new_pack_into_an_unwritable_place_exits_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "text.txt"
    text.write_text("Bees make honey. Honey keeps.\n")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = run(capsys, "new-pack", str(blocker / "pack"), "--from", str(text))
    assert code == 2
    assert "cannot write the pack there" in err


def test_bad_bytes_on_a_pipe_are_read_not_fatal(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "chat", "--db", str(tmp_path / "p.db")],
        input=b"\xff\xfe who killed trotsky\n\xed\xa0\x80\n",
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"Mercader" in done.stdout
    assert b"Traceback" not in done.stderr


def test_json_chat_survives_absurd_nesting_and_surrogates(tmp_path: Path) -> None:
    lines = "[" * 100_000 + "\n" + '{"learner": "ann", "text": "\\ud800 hello"}\n'
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "chat", "--json", "--db", str(tmp_path / "p.db")],
        input=lines,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert "error" in first
    assert second["kind"] == "smalltalk"


PACK = str(Path(__file__).parent / "pack")


def test_validate_and_coverage_take_pack_after_the_command_like_the_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in ("validate", "coverage"):
        code, out, err = run(capsys, command, "--pack", PACK)
        assert (code, err) == run(capsys, command, PACK)[::2], command
        assert out and "unrecognized" not in err
    code, _, err = run(capsys, "validate", PACK, "--pack", str(Path(PACK).parent))
    assert code == 2 and "two packs given" in err


def test_a_file_given_as_the_pack_is_said_to_be_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "well.txt"
    text.write_text("The Well of Harrowmere.\n")
    for argv in (["validate", str(text)], ["--pack", str(text), "ask", "hi"]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "is a file, not a pack folder" in err, argv
        assert "no such" not in err
    with pytest.raises(ContentError, match="is a file, not a pack folder"):
        Tutor.from_path(text)


def test_new_pack_from_something_not_a_text_file_says_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "new")
    code, _, err = run(capsys, "new-pack", out, "--from", str(tmp_path))
    assert code == 2 and "is a folder, not a text file" in err
    if Path("/dev/null").exists():
        code, _, err = run(capsys, "new-pack", out, "--from", "/dev/null")
        assert code == 2 and "is not a regular file" in err
    code, _, err = run(capsys, "new-pack", out, "--from", str(tmp_path / "nowhere.txt"))
    assert code == 2 and "no such text file" in err


def test_eval_of_a_text_file_quotes_only_its_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "well.txt"
    text.write_text("The Well of Harrowmere\n" + "The village lies in a dry valley. " * 100)
    code, _, err = run(capsys, "eval", str(text))
    assert code == 2 and "Traceback" not in err
    assert "text beginning 'The Well of Harrowmere" in err
    assert len(err) < 300 and err.count("dry valley") <= 1
