"""Reloading a pack after an edit, measuring what it covers, and the schemas themselves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

import tutor
from tutor import _validate
from tutor._coverage import coverage
from tutor._schema import SCHEMAS, schema
from tutor.cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "penicillin"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A copy of the example pack that a test may edit."""
    return Path(shutil.copytree(EXAMPLE, tmp_path / "pack"))


def test_reload_picks_up_an_edit_and_keeps_the_session(pack: Path) -> None:
    t = tutor.Tutor.from_path(pack)
    session = t.session(seed=1)
    session.respond("Who was the first patient treated with penicillin?")
    path = pack / "knowledge" / "06-recognition.yaml"
    path.write_text(
        path.read_text("utf-8").replace(
            "shared the Nobel Prize in Physiology or Medicine.\n",
            "shared the Nobel Prize in Physiology or Medicine, the highest honour.\n",
            1,
        ),
        "utf-8",
    )
    result = tutor.reload(t, session)
    assert result.ok and result.tutor is not None and result.session is not None
    assert "highest honour" in result.tutor.ask("who won the nobel prize").text
    assert result.session.learner == session.learner
    assert result.session.conversation == session.conversation
    assert result.problems == ()


def test_reload_of_a_broken_pack_returns_the_problems_instead_of_raising(pack: Path) -> None:
    t = tutor.Tutor.from_path(pack)
    path = pack / "knowledge" / "03-stalled.yaml"
    path.write_text(
        path.read_text("utf-8").replace("  - id: curiosity", "  - id: unstable"), "utf-8"
    )
    result = tutor.reload(t, t.session())
    assert not result.ok
    assert result.tutor is None and result.session is None
    assert [str(p) for p in result.problems] == [
        "knowledge/03-stalled.yaml:35:25: facts[1].related[1]: unknown fact id 'curiosity'; "
        "expected the id of a fact in knowledge/*.yaml",
        "knowledge/03-stalled.yaml:37:9: facts[2].id: duplicate fact id 'unstable' (also at "
        "knowledge/03-stalled.yaml:11:5); expected each fact to have its own id",
        "knowledge/04-oxford.yaml:26:34: facts[0].related[1]: unknown fact id 'curiosity'; "
        "expected the id of a fact in knowledge/*.yaml",
    ]


def test_reload_of_a_deleted_pack_returns_a_problem(pack: Path) -> None:
    t = tutor.Tutor.from_path(pack)
    shutil.rmtree(pack)
    result = tutor.reload(t)
    assert not result.ok
    assert "no facts found" in str(result.problems[0])


def test_reload_the_shipped_pack() -> None:
    result = tutor.reload(tutor.Tutor())
    assert result.ok and result.tutor is not None
    assert result.tutor.ask("who killed trotsky").kind == "answer"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((None,), r"^tutor must be a Tutor, got NoneType"),
        (("my-pack",), r"^tutor must be a Tutor, got str .*Tutor\.from_path"),
        (("my-pack", "a session"), r"^tutor must be a Tutor"),
    ],
)
def test_reload_of_something_not_a_tutor_is_a_type_error_naming_it(
    args: tuple[object, ...], message: str
) -> None:
    """docs/embedding.md: arguments of the wrong type fail at once, naming the argument."""
    with pytest.raises(TypeError, match=message):
        tutor.reload(*args)  # type: ignore[arg-type]


def test_reload_with_a_session_that_is_not_one_is_a_type_error(pack: Path) -> None:
    t = tutor.Tutor.from_path(pack)
    with pytest.raises(TypeError, match=r"^session must be a Session or None, got dict"):
        tutor.reload(t, {"kind": "conversation"})  # type: ignore[arg-type]


# --- coverage ---------------------------------------------------------------------------------


def test_coverage_lists_uncited_passages_and_thin_facts(pack: Path) -> None:
    path = pack / "knowledge" / "penicillin.txt"
    path.write_text(path.read_text("utf-8") + "Penicillin comes from a fungus. It is cheap.\n")
    report = coverage(tutor.Tutor.from_path(pack).pack)
    assert [(p.line, p.text) for p in report.uncited] == [
        (17, "Penicillin comes from a fungus."),
        (17, "It is cheap."),
    ]
    assert {t.id for t in report.no_dialog} == {"before-antibiotics", "stalled", "production"}
    assert "nobel-1945" in {f.id for f in report.no_follow_up}
    assert "clear-ring" not in {f.id for f in report.no_follow_up}


def test_coverage_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("source passages cited by a fact: 25/25 (100%)\n")
    assert "Topics without a Socratic question (3):\n  before-antibiotics:" in out


def test_coverage_flags_facts_with_few_questions(tmp_path: Path) -> None:
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "a.yaml").write_text(
        "topic: {id: t, title: T}\n"
        "facts:\n  - {id: f, answer: A cat., source: A cat., questions: [what cat]}\n",
        "utf-8",
    )
    report = coverage(tutor.Tutor.from_path(tmp_path).pack)
    assert [f.id for f in report.few_questions] == ["f"]


# --- the schemas -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SCHEMAS)
def test_each_schema_is_valid_draft_07(name: str) -> None:
    Draft7Validator.check_schema(schema(name))
    assert schema(name)["$schema"] == "http://json-schema.org/draft-07/schema#"


def _properties(node: object, path: str = "") -> list[tuple[str, dict[str, object]]]:
    found: list[tuple[str, dict[str, object]]] = []
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            found.append((f"{path}.{key}", value))
        for key, value in node.items():
            found.extend(_properties(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for item in node:
            found.extend(_properties(item, path))
    return found


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_field_has_a_description(name: str) -> None:
    missing = [path for path, spec in _properties(schema(name)) if not spec.get("description")]
    assert missing == []


def test_the_schema_files_ship_as_package_data() -> None:
    from importlib import resources

    names = sorted(
        p.name for p in resources.files("tutor.schema").iterdir() if p.name.endswith(".json")
    )
    assert names == ["cases.schema.json", "dialogs.schema.json", "knowledge.schema.json"]
    for n in names:
        json.loads(resources.files("tutor.schema").joinpath(n).read_text("utf-8"))


def test_every_shipped_and_example_yaml_file_names_its_schema() -> None:
    root = Path(__file__).parent.parent
    files = [
        *root.glob("knowledge/*.yaml"),
        *root.glob("dialogs/*.yaml"),
        *EXAMPLE.glob("*/*.yaml"),
    ]
    wrong = [
        str(f)
        for f in files
        if not f.read_text("utf-8").startswith(
            f"# yaml-language-server: $schema=../{'../../' if 'examples' in f.parts else ''}"
            f"tutor/schema/{f.parent.name}.schema.json\n"
        )
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "error",
    [
        tutor.ContentError("the pack could not be read"),
        PermissionError(13, "Permission denied", "knowledge/bees.yaml"),
    ],
    ids=["content-error", "os-error"],
)
def test_reload_says_where_a_bare_error_happened_once(
    pack: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    t = tutor.Tutor.from_path(pack)

    def broken(*_: object) -> None:
        raise error

    monkeypatch.setattr(_validate, "load_folders", broken)
    (problem,) = tutor.reload(t).problems
    text = str(problem)
    assert "(pack): (pack)" not in text
    assert text.count("knowledge/bees.yaml") <= 1
    assert text in (
        "(pack): (files): the pack could not be read",
        "knowledge/bees.yaml: (file): Permission denied",
    )
