"""A content pack may come from anyone: it is read as data, never run, and never reaches
outside its folder or eats the machine. Each case gets a ContentError that says where."""

from __future__ import annotations

import os
import shutil
import sys
import tracemalloc
from pathlib import Path

import pytest
import yaml

import tutor
from tutor import _yaml_doc
from tutor.cli import main

SOURCE = "Bees make honey. Honey keeps.\n"
GOOD = """\
topic: {id: bees, title: Bees}
facts:
  - id: honey
    answer: Bees make honey.
    source: Bees make honey.
    questions: ["What do bees make?"]
"""
PARSERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])


@pytest.fixture(params=PARSERS, ids=lambda p: p.__name__)
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every case runs with libyaml and with the pure-Python parser (where libyaml is absent)."""
    monkeypatch.setattr(_yaml_doc, "_Parser", request.param)


def make_pack(root: Path, facts: str = GOOD, dialog: str | None = None) -> Path:
    (root / "knowledge").mkdir(parents=True, exist_ok=True)
    (root / "knowledge" / "source.txt").write_text(SOURCE)
    (root / "knowledge" / "bees.yaml").write_text(facts)
    if dialog is not None:
        (root / "dialogs").mkdir(exist_ok=True)
        (root / "dialogs" / "lesson.yaml").write_text(dialog)
    return root


def refused(root: Path) -> str:
    with pytest.raises(tutor.ContentError) as info:
        tutor.Tutor.from_path(root)
    return str(info.value)


# --- tags: YAML that would build objects or run code -----------------------------------

UNSAFE = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:os.system ['touch {marker}']",
    "!!python/object:os.PathLike {{}}",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/tuple [1, 2]",
    "!!python/str text",
    "!!python/bytes aGk=",
    "!custom value",
    "!<tag:example.com,2024:thing> value",
]


@pytest.mark.usefixtures("parser")
@pytest.mark.parametrize("tag", UNSAFE)
def test_every_non_safe_tag_is_refused_with_its_line_and_never_run(
    tmp_path: Path, tag: str
) -> None:
    marker = tmp_path / "ran"
    facts = GOOD.replace("answer: Bees make honey.", "answer: " + tag.format(marker=marker))
    message = refused(make_pack(tmp_path / "pack", facts))
    assert message.startswith("knowledge/bees.yaml:4:")
    assert "tag" in message
    assert not marker.exists()


@pytest.mark.usefixtures("parser")
@pytest.mark.parametrize(
    ("where", "text", "line"),
    [
        ("a list", "    questions: !!python/tuple [a, b]\n", 7),
        ("a mapping", "    keywords: !!python/object:os.PathLike {}\n", 7),
        ("a key", "    !!python/name:os.system : x\n", 7),
        ("a dialog", None, 2),
    ],
)
def test_tags_are_refused_on_every_kind_of_node_and_in_dialogs(
    tmp_path: Path, where: str, text: str | None, line: int
) -> None:
    if text is None:
        root = make_pack(tmp_path, dialog="lesson:\n  ask: !!python/object/apply:os.getcwd []\n")
        name = "dialogs/lesson.yaml"
    else:
        root = make_pack(tmp_path, GOOD + text)
        name = "knowledge/bees.yaml"
    message = refused(root)
    assert message.startswith(f"{name}:{line}:"), where


# --- bombs and monsters: refused before they eat memory or the stack -----------------------


def _peak_mb(root: Path) -> tuple[str, float]:
    tracemalloc.start()
    try:
        message = refused(root)
        return message, tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


@pytest.mark.usefixtures("parser")
@pytest.mark.parametrize("shape", ["lists", "empty lists", "mappings", "merge keys"])
def test_alias_bombs_are_refused_in_little_memory(tmp_path: Path, shape: str) -> None:
    # Nine levels of ten: a billion leaves if expanded (several GB of Python objects).
    if shape == "empty lists":  # no text at all: the count of repeated values stops it
        lines = ["a0: &a0 [[], [], [], [], [], [], [], [], [], []]"]
        lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    elif shape == "lists":
        lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    elif shape == "mappings":
        lines = ["a0: &a0 {k0: lol, k1: lol, k2: lol, k3: lol, k4: lol}"]
        lines += [
            f"a{i}: &a{i} {{" + ", ".join(f"k{j}: *a{i - 1}" for j in range(10)) + "}"
            for i in range(1, 10)
        ]
    else:
        lines = ["a0: &a0 {k0: lol, k1: lol}"]
        lines += [
            f"a{i}: &a{i} {{<<: *a{i - 1}, "
            + ", ".join(f"m{j}: *a{i - 1}" for j in range(10))
            + "}"
            for i in range(1, 10)
        ]
    root = make_pack(tmp_path, "\n".join(lines) + "\n")
    message, peak = _peak_mb(root)
    if shape == "merge keys":
        assert "unsupported YAML tag" in message  # no merge keys at all: a pack needs none
    elif shape == "empty lists":
        assert "YAML aliases repeat too much (over 2,000 values" in message
    else:
        assert "YAML aliases repeat too much" in message
    assert message.startswith("knowledge/bees.yaml:")
    assert peak < 100


LONG_QUESTION = "What do bees make " + " ".join(f"word{i}" for i in range(20)) + "?"


@pytest.mark.usefixtures("parser")
@pytest.mark.parametrize("word", ["", "bees"])
def test_many_aliases_of_a_short_value_are_refused_too(tmp_path: Path, word: str) -> None:
    # 190,000 aliases of one word: 760 KB that indexed for over ten minutes.
    facts = GOOD.replace(
        'questions: ["What do bees make?"]', f'questions: [&q "{word}"' + ", *q" * 190_000 + "]"
    )
    message, peak = _peak_mb(make_pack(tmp_path / "pack", facts))
    assert message.startswith("knowledge/bees.yaml:6:")
    assert "YAML aliases repeat too much (over 2,000 values" in message
    assert peak < 100


@pytest.mark.usefixtures("parser")
@pytest.mark.parametrize("face", ["validate", "Tutor.from_path", "--pack"])
def test_aliases_repeating_one_long_question_are_refused_with_file_and_line(
    tmp_path: Path, face: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 12 KB of YAML that indexes 3,000 copies of a long question (4 s on the old loader;
    # 20,000 copies took minutes). bench/run.py times each face as a process.
    facts = GOOD.replace(
        'questions: ["What do bees make?"]',
        f'questions: [&q "{LONG_QUESTION}"' + ", *q" * 3000 + "]",
    )
    root = make_pack(tmp_path / "pack", facts)
    monkeypatch.setenv("TUTOR_CACHE", "")
    tracemalloc.start()
    try:
        if face == "validate":
            message = "\n".join(map(str, tutor.validate(root).errors))
        elif face == "Tutor.from_path":
            message = refused(root)
        else:
            assert main(["--pack", str(root), "ask", "what do bees make"]) == 2
            message = capsys.readouterr().err.removeprefix("tutor: ")
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    assert message.startswith("knowledge/bees.yaml:6:")
    assert "YAML aliases repeat too much" in message
    assert peak < 100


@pytest.mark.usefixtures("parser")
def test_a_file_of_too_many_values_written_out_is_refused(tmp_path: Path) -> None:
    root = make_pack(tmp_path, "facts: [" + "0, " * 200_001 + "]\n")  # 600 KB, no aliases
    message, peak = _peak_mb(root)
    assert message.startswith("knowledge/bees.yaml:1:")
    assert "too many YAML nodes" in message
    assert peak < 300  # the parser's node tree of a 600 KB file; aliases add nothing to it


@pytest.mark.usefixtures("parser")
def test_a_self_referencing_alias_is_refused(tmp_path: Path) -> None:
    message = refused(make_pack(tmp_path, "facts: &a [1, *a]\n"))
    assert message.startswith("knowledge/bees.yaml:1:")


@pytest.mark.usefixtures("parser")
def test_absurd_nesting_is_refused_not_a_crash(tmp_path: Path) -> None:
    root = make_pack(tmp_path, "facts: " + "[" * 900 + "]" * 900 + "\n")
    message = refused(root)
    assert message.startswith("knowledge/bees.yaml:")
    assert "nested" in message


@pytest.mark.parametrize("name", ["huge.yaml", "source.txt"])
def test_an_oversize_file_is_refused_without_being_read(tmp_path: Path, name: str) -> None:
    root = make_pack(tmp_path)
    with (root / "knowledge" / name).open("ab") as fh:
        fh.truncate(2**30)  # a sparse gigabyte: no disk used, but far over the limit
    message, peak = _peak_mb(root)
    assert message.startswith(f"knowledge/{name}: (file): ")
    assert "larger than" in message
    assert peak < 3 * _yaml_doc.MAX_FILE_BYTES / 1e6 + 20


# --- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bees.yaml", "answer: café\n".encode("latin-1")),
        ("bees.yaml", "topic: {id: bees}\n".encode("utf-16")),
        ("source.txt", "Bees make honey in Zürich.\n".encode("cp1252")),
    ],
)
def test_a_file_that_is_not_utf8_gets_a_clear_message(
    tmp_path: Path, name: str, data: bytes
) -> None:
    root = make_pack(tmp_path)
    (root / "knowledge" / name).write_bytes(data)
    message = refused(root)
    assert message.startswith(f"knowledge/{name}: (file): not UTF-8 text")
    assert "save it as UTF-8" in message


def test_a_utf8_byte_order_mark_is_fine(tmp_path: Path) -> None:
    root = make_pack(tmp_path)
    (root / "knowledge" / "bees.yaml").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert tutor.Tutor.from_path(root).ask("what do bees make").kind == "answer"


# --- the pack's folder is its boundary -------------------------------------------------


needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside the pack that a hostile pack would like the tutor to read."""
    path = tmp_path / "secret.yaml"
    path.write_text("facts: [{id: key, answer: PRIVATE-KEY, source: x, questions: [x]}]\n")
    return path


@needs_symlinks
@pytest.mark.parametrize(
    "link",
    [
        "knowledge/more.yaml",  # absolute symlink to a file outside
        "knowledge/relative.yaml",  # relative symlink climbing out with ..
        "knowledge/essay.txt",  # a source document outside
        "dialogs/lesson.yaml",
    ],
)
def test_a_file_that_links_outside_the_pack_is_refused(
    tmp_path: Path, secret: Path, link: str
) -> None:
    root = make_pack(tmp_path / "pack")
    (root / "dialogs").mkdir(exist_ok=True)
    target = Path("../..") / secret.name if "relative" in link else secret
    (root / link).symlink_to(target)
    message = refused(root)
    assert "points outside the pack folder" in message
    assert Path(link).name in message
    assert "PRIVATE-KEY" not in message


@needs_symlinks
@pytest.mark.parametrize("folder", ["knowledge", "dialogs"])
def test_a_folder_that_links_outside_the_pack_is_refused(
    tmp_path: Path, secret: Path, folder: str
) -> None:
    outside = tmp_path / "elsewhere"
    make_pack(outside)
    root = tmp_path / "pack"
    root.mkdir()
    if folder == "knowledge":
        (root / "knowledge").symlink_to(outside / "knowledge")
    else:
        make_pack(root)
        (outside / "dialogs").mkdir()
        (root / "dialogs").symlink_to(outside / "dialogs")
    assert "points outside the pack folder" in refused(root)


@needs_symlinks
@pytest.mark.parametrize("folder", ["knowledge", "dialogs"])
def test_validate_refuses_a_folder_that_links_outside_as_loading_does(
    tmp_path: Path, folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = make_pack(tmp_path / "elsewhere", dialog="questions: []\n")
    root = make_pack(tmp_path / "pack")
    shutil.rmtree(root / folder, ignore_errors=True)
    (root / folder).symlink_to(outside / folder)
    with pytest.raises(tutor.ContentError, match="points outside the pack folder"):
        tutor.validate(root)
    assert main(["validate", str(root)]) == 2
    assert "points outside the pack folder" in capsys.readouterr().err


@needs_symlinks
def test_one_yaml_link_outside_does_not_stop_validate_checking_the_rest(
    tmp_path: Path, secret: Path
) -> None:
    root = make_pack(tmp_path / "pack", GOOD.replace("id: honey", "id: Honey Bad"))
    (root / "knowledge" / "more.yaml").symlink_to(secret)
    report = tutor.validate(root)
    messages = [str(p) for p in report.errors]
    assert any(m.startswith("knowledge/more.yaml: ") and "points outside" in m for m in messages)
    assert any(m.startswith("knowledge/bees.yaml:") for m in messages)  # the rest was checked
    assert not any("PRIVATE-KEY" in m for m in messages)


@needs_symlinks
def test_links_within_a_folder_are_fine_but_not_across_folders(tmp_path: Path) -> None:
    root = make_pack(tmp_path / "pack")
    (root / "knowledge" / "copy.txt").symlink_to("source.txt")
    assert tutor.Tutor.from_path(root).ask("what do bees make").kind == "answer"
    (root / "shared").mkdir()
    (root / "knowledge" / "bees.yaml").rename(root / "shared" / "bees.yaml")
    (root / "knowledge" / "bees.yaml").symlink_to(Path("..") / "shared" / "bees.yaml")
    assert "points outside the pack folder" in refused(root)  # each folder is its own boundary


@needs_symlinks
def test_the_command_line_refuses_an_escaping_pack_with_exit_2(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_pack(tmp_path / "pack")
    (root / "knowledge" / "more.yaml").symlink_to(secret)
    assert main(["--pack", str(root), "ask", "what is the key"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tutor: knowledge/more.yaml: (file): points outside the pack folder")
    assert "Traceback" not in err and "PRIVATE-KEY" not in err
    assert os.path.exists(secret)
