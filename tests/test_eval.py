"""`tutor eval`: case files checked with file:line errors, accuracy per category, failures shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tutor
from tutor._eval import evaluate, load_cases
from tutor.cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "penicillin"

CASES = """\
- id: who-found
  category: direct
  turns:
    - say: Who discovered penicillin?
      expect:
        all_of: [[Fleming]]
        fact: fleming-returns-1928
- id: bananas
  category: direct
  turns:
    - say: What did the Oxford team grow the mould in?
      expect:
        all_of: [[bananas]]
- id: trotsky
  category: offtopic
  turns:
    - say: Who killed Trotsky?
      expect:
        reject: true
- id: thanks
  category: smalltalk
  turns:
    - say: thank you
      expect:
        kind: [smalltalk]
"""


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    return path


def test_accuracy_per_category_and_failures_with_what_the_tutor_said(
    cases: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(cases), "--pack", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:5] == [
        "category         passed  total  accuracy",
        "direct                1      2       50%",
        "offtopic              1      1      100%",
        "smalltalk             1      1      100%",
        "all                   3      4       75%",
    ]
    assert out[6] == "FAIL bananas [direct] none of ['bananas']"
    assert out[7] == "  learner: What did the Oxford team grow the mould in?"
    assert out[8].startswith("  tutor (answer): ")


def test_min_exits_1_when_a_category_is_below_it(cases: Path) -> None:
    assert main(["eval", str(cases), "--pack", str(EXAMPLE), "--min", "0.9", "--quiet"]) == 1
    assert main(["eval", str(cases), "--pack", str(EXAMPLE), "--min", "0.5", "--quiet"]) == 0


def test_category_filter(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["eval", str(cases), "--pack", str(EXAMPLE), "--category", "offtopic", "--quiet"]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "offtopic              1      1      100%",
        "all                   1      1      100%",
    ]


def test_unknown_category_is_bad_usage(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(cases), "--pack", str(EXAMPLE), "--category", "typo"]) == 2
    assert capsys.readouterr().err == (
        "tutor: no cases of category typo; the file has: direct, offtopic, smalltalk\n"
    )


def test_json_output(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(cases), "--pack", str(EXAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["accuracy"] == 0.75
    assert data["categories"]["direct"] == {"passed": 1, "total": 2, "accuracy": 0.5}
    failed = [c for c in data["cases"] if not c["passed"]]
    assert [(c["id"], c["why"], c["reply"]["kind"]) for c in failed] == [
        ("bananas", "none of ['bananas']", "answer")
    ]


def test_fact_and_verdict_expectations() -> None:
    t = tutor.Tutor.from_path(EXAMPLE)
    turn = {"say": "Who discovered penicillin?"}
    wrong_fact = [{"id": "a", "category": "c", "turns": [{**turn, "expect": {"fact": "d-day"}}]}]
    verdict = [{"id": "b", "category": "c", "turns": [{**turn, "expect": {"verdict": "correct"}}]}]
    assert evaluate(t, wrong_fact).results[0].why == (
        "rests on ['fleming-returns-1928'], not 'd-day'"
    )
    assert evaluate(t, verdict).results[0].why == "verdict None is not correct"


def test_a_broken_case_file_names_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(
        CASES.replace("reject: true", "reject: yes please").replace(
            "- say: thank you", "- sya: hi"
        ),
        encoding="utf-8",
    )
    with pytest.raises(tutor.ContentError) as caught:
        load_cases(path)
    lines = str(caught.value).splitlines()
    assert [line.split("/", 1)[1] for line in lines] == [
        "cases.yaml:19:17: [2].turns[0].expect.reject: expected true or false, got 'yes please'",
        "cases.yaml:23:7: [3].turns[0].sya: unknown field; did you mean `say`? expected one "
        "of: expect, say",
        "cases.yaml:23:7: [3].turns[0].say: missing; add `say:` (The learner's text)",
    ]
    assert main(["eval", str(path)]) == 2
    assert capsys.readouterr().err.startswith("tutor: ")


def test_duplicate_case_ids(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES.replace("id: trotsky", "id: bananas"), encoding="utf-8")
    with pytest.raises(tutor.ContentError, match=r"cases.yaml:14:7: \[2\].id: duplicate case id"):
        load_cases(path)


def test_a_missing_case_file_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(tmp_path / "nope.yaml")]) == 2
    assert capsys.readouterr().err == f"tutor: {tmp_path / 'nope.yaml'}: no such case file\n"


def test_the_example_pack_passes_its_own_direct_cases() -> None:
    report = evaluate(tutor.Tutor.from_path(EXAMPLE), load_cases(EXAMPLE / "cases.yaml"))
    assert report.by_category()["direct"] == (25, 25)


def test_a_broken_case_file_in_the_current_folder_is_named_without_a_slash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("cases.yaml").write_text("cases:\n  - {q: who killed trotsky}\n")
    assert main(["eval", "cases.yaml"]) == 2
    assert capsys.readouterr().err.startswith("tutor: cases.yaml:1:")
