"""A draft is the same files whatever Python's hash seed: an educator who drafts a text
twice, or on another machine, diffs nothing ("the paragraph's repeated words" once broke
ties between words said equally often by the order of a set)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TEXT = Path(__file__).parent.parent / "bench" / "texts" / "cheese" / "text.txt"


def _draft(tmp: Path, seed: str) -> dict[str, str]:
    out = tmp / f"pack-{seed}"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run(
        [sys.executable, "-m", "tutor", "new-pack", str(out), "--from", str(TEXT)],
        check=True,
        capture_output=True,
        env=env,
        cwd=Path(__file__).parent.parent,
    )
    return {str(p.relative_to(out)): p.read_text() for p in sorted(out.rglob("*.yaml"))}


def test_a_draft_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    first = _draft(tmp_path, "1")
    assert first
    assert _draft(tmp_path, "2") == first
