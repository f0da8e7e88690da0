"""docs/learner-data.md names the test behind each promise: every one of them must exist."""

from __future__ import annotations

import re
from pathlib import Path

import tutor
from tutor._render import progress_lines

ROOT = Path(__file__).parent.parent


def test_every_test_the_learner_data_page_names_exists() -> None:
    named = set(re.findall(r"`(test_\w+)`", (ROOT / "docs" / "learner-data.md").read_text()))
    defined = {
        m
        for path in (ROOT / "tests").glob("test_*.py")
        for m in re.findall(r"^def (test_\w+)\(", path.read_text(), re.MULTILINE)
    }
    assert len(named) >= 25
    assert sorted(named - defined) == []


def test_the_progress_shown_in_the_terminal_page_is_what_the_tutor_shows(
    default_tutor: tutor.Tutor,
) -> None:
    """docs/terminal.md's /progress after ann's first sitting: the pack's real counts
    (it once said 'facts seen: 1 of 62' of a pack that had grown to 69 facts)."""
    page = (ROOT / "docs" / "terminal.md").read_text(encoding="utf-8")
    first, _, rest = page.partition("> ^D")
    said = [line[2:] for line in first.splitlines() if line.startswith("> ")]
    shown = rest.partition("> /progress\n")[2].partition("\n> ")[0].splitlines()
    session = default_tutor.session(seed=0)
    for line in said:
        session.respond(line)
    rendered = [
        "".join(text for _, text in line)
        for line in progress_lines(default_tutor.progress(session.learner), 100)
    ]
    assert said == ["what was the troika", "/people mercader", "/timeline"]
    assert "facts seen" in shown[0]
    kept = [line for line in shown if line.strip() != "..."]
    assert kept == [line for line in rendered if line in kept]
    assert len(kept) >= 5
