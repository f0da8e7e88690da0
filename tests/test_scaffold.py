"""`tutor new-pack DIR --from text.txt`: a draft pack that works before anyone edits it."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._eval import evaluate, load_cases
from tutor._scaffold import scaffold
from tutor.cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "penicillin"
TEXT = EXAMPLE / "knowledge" / "penicillin.txt"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("drafts") / "penicillin"
    assert main(["new-pack", str(root), "--from", str(TEXT)]) == 0
    return root


def test_the_draft_answers_direct_questions_about_its_text(drafted: Path) -> None:
    direct = [c for c in load_cases(EXAMPLE / "cases.yaml") if c["category"] == "direct"]
    report = evaluate(tutor.Tutor.from_path(drafted), direct)
    passed, total = report.by_category()["direct"]
    assert total == 25
    assert passed / total >= 0.8


def test_the_draft_validates_without_errors_or_warnings(drafted: Path) -> None:
    assert main(["validate", "--strict", str(drafted)]) == 0


def test_a_topic_per_heading_and_a_fact_per_sentence_or_bullet(drafted: Path) -> None:
    pack = tutor.Tutor.from_path(drafted).pack
    assert [t.title for t in pack.topics] == [
        "The Discovery of Penicillin",
        "A Mould on a Petri Dish",
        "Why Fleming Stopped",
        "The Oxford Team",
        "First Tests",
        "Mass Production",
        "Recognition and a Warning",
    ]
    assert len(pack.facts) == 25
    bullet = next(f for f in pack.facts if f.source.startswith("In May 1940"))
    assert bullet.source == "In May 1940, penicillin cured mice infected with deadly streptococci."
    assert bullet.date == "1940"
    assert all(f.source in pack.sources[0] for f in pack.facts)  # verbatim quotes


def test_names_become_entities_with_a_guessed_kind(drafted: Path) -> None:
    kinds = {e.name: (e.kind, e.aliases) for e in tutor.Tutor.from_path(drafted).pack.entities}
    assert kinds["Alexander Fleming"] == ("person", ("fleming",))
    assert kinds["St Mary's Hospital"][0] == "place"
    assert kinds["Second World War"][0] == "event"
    assert "September" not in kinds


def test_files_name_their_schema_and_leave_todo_notes(drafted: Path) -> None:
    files = sorted(drafted.glob("*/*.yaml"))
    assert [f.name for f in files][:2] == ["lesson.yaml", "00-lexicon.yaml"]
    for f in files:
        first, rest = f.read_text("utf-8").split("\n", 1)
        target = first.removeprefix("# yaml-language-server: $schema=")
        assert (f.parent / target).resolve().is_file(), first
        assert "TODO" in rest


def test_a_pronoun_sentence_is_tied_to_the_person_before_it(drafted: Path) -> None:
    pack = tutor.Tutor.from_path(drafted).pack
    fact = next(f for f in pack.facts if f.source.startswith("He noticed"))
    assert "alexander fleming" in fact.keywords


def test_markdown_headings_and_a_text_without_headings() -> None:
    files = scaffold("# Bees\n\nBees make honey from nectar. They live in hives.\n", "bees.txt")
    assert sorted(files) == [
        "dialogs/lesson.yaml",
        "knowledge/00-lexicon.yaml",
        "knowledge/01-bees.yaml",
        "knowledge/bees.txt",
    ]
    plain = scaffold("Bees make honey from nectar. They live in hives.\n")
    assert '  title: "Introduction"' in plain["knowledge/01-introduction.yaml"]


def test_new_pack_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "keep.txt").write_text("mine")
    assert main(["new-pack", str(tmp_path), "--from", str(TEXT)]) == 2
    assert capsys.readouterr().err == (
        f"tutor: {tmp_path}: already exists and is not empty; choose a new folder\n"
    )
    assert (tmp_path / "keep.txt").read_text() == "mine"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such text file"),
        (b"", "the file is empty"),
        (b"caf\xe9\n", "not UTF-8 text (byte 3); save it as UTF-8"),
    ],
)
def test_new_pack_bad_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    source = tmp_path / "text.txt"
    if content is not None:
        source.write_bytes(content)
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 2
    assert capsys.readouterr().err == f"tutor: {source}: {message}\n"
    assert not (tmp_path / "pack").exists()


def test_new_pack_needs_from(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["new-pack", "somewhere"])
    assert caught.value.code == 2
    assert "--from" in capsys.readouterr().err


def test_headings_that_yaml_reads_as_numbers_or_booleans_still_make_a_valid_pack(
    tmp_path: Path,
) -> None:
    source = tmp_path / "t.txt"
    source.write_text(
        "1929\n\nStalin expelled Trotsky in 1929. He went to Turkey.\n\n"
        "True\n\nHe lived in Mexico later. He was killed there.\n"
    )
    root = tmp_path / "pack"
    assert main(["new-pack", str(root), "--from", str(source)]) == 0
    report = tutor.validate(root)
    assert report.errors == []
    assert tutor.Tutor.from_path(root).ask("where did he go in 1929?").kind == "answer"


@pytest.mark.parametrize("shape", ["one huge text", "one huge section"])
def test_new_pack_refuses_past_the_loaders_cap_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shape: str
) -> None:
    source = tmp_path / "big.txt"
    if shape == "one huge text":  # past the cap of one file: nothing is read
        source.write_text("Bees make honey. " * 130_000)
    else:  # under it, but the draft repeats the sentence (answer, source and summary)
        source.write_text(" ".join(f"bees{i % 50} make honey" for i in range(60_000)) + ".\n")
    root = tmp_path / "pack"
    assert main(["new-pack", str(root), "--from", str(source)]) == 2
    err = capsys.readouterr().err
    assert (
        "the loader's cap (2,000,000 bytes)" in err or "(2,000,000 bytes, the loader's cap)" in err
    )
    assert not root.exists()
