"""The second pack (examples/penicillin): the engine works for any text, not just the essay."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tutor
from tutor.cli import main

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "penicillin"


@pytest.fixture(scope="module")
def penicillin() -> tutor.Tutor:
    return tutor.Tutor.from_path(EXAMPLE)


def test_the_example_pack_is_clean_and_its_examples_pass() -> None:
    assert main(["validate", "--strict", "--examples", str(EXAMPLE)]) == 0


def test_a_conversation_about_penicillin(penicillin: tutor.Tutor) -> None:
    s = penicillin.session(seed=0)
    reply = s.respond
    assert "Alexander Fleming" in reply("Who discovered penicillin?").text
    assert "clear ring" in reply("what did the mold do to the germs").text
    assert "Heatley" in reply("who built the machines to extract penicillin").text
    assert "bedpans" in reply("What did the Oxford team grow the mould in?").text
    assert "1945" in reply("nobel prize").text
    assert reply("Who killed Trotsky?").kind == "fallback"
    assert reply("What was the Troika?").kind == "fallback"


def test_the_essay_pack_knows_nothing_of_penicillin() -> None:
    assert tutor.Tutor().ask("Who discovered penicillin?").kind == "fallback"


def test_topics_come_from_the_pack(penicillin: tutor.Tutor) -> None:
    reply = penicillin.session().respond("/topics")
    assert reply.text.startswith("The text covers: 1. Penicillin and the world before antibiotics;")


# --- nothing essay-specific in the engine ------------------------------------------------------


def _default_names() -> list[str]:
    """Names and topic words of the shipped essay pack, as they would appear in code."""
    pack = tutor.Tutor().pack
    names = {n.lower() for e in pack.entities for n in (e.name, *e.aliases) if len(n) >= 4}
    return sorted(names | {t.id for t in pack.topics if "-" in t.id})


def _strings_in_code(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that run (docstrings left out)."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


ENGINE = sorted(p.name for p in (ROOT / "tutor").glob("_*.py") if p.name != "__init__.py")
KNOWN: dict[str, str] = {}  # module -> why it still names something (none today)


def _mark(name: str) -> object:
    if name in KNOWN:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN[name]))
    return name


@pytest.mark.parametrize("name", [_mark(n) for n in ENGINE])
def test_no_engine_module_names_anything_from_the_essay(name: str) -> None:
    names = _default_names()
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)
    found = [
        (line, m.group(0))
        for line, text in _strings_in_code(ROOT / "tutor" / name)
        for m in pattern.finditer(text)
    ]
    assert found == []


@pytest.mark.parametrize("name", [_mark("english.yaml")])
def test_the_engine_language_data_names_nothing_from_the_essay(name: str) -> None:
    names = _default_names()
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)
    text = (ROOT / "tutor" / "data" / name).read_text("utf-8")
    assert pattern.findall(text) == []


def test_the_scan_would_catch_a_name_in_code(tmp_path: Path) -> None:
    module = tmp_path / "_x.py"
    module.write_text('"""Docstrings may say Trotsky."""\nHELP = "ask about Trotsky"\n')
    assert [t for _, t in _strings_in_code(module)] == ["ask about Trotsky"]


def test_the_embedding_example_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "second_pack.py")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Alexander Fleming" in done.stdout
