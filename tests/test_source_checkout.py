"""Python started inside a source checkout imports the checkout's `tutor/` folder, which
shadows the installed package and has no `tutor.knowledge`: the README's `pip install .`
then `python -c "import tutor; tutor.Tutor()"` in the clone must still find the pack."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
SKIP = shutil.ignore_patterns("knowledge", "dialogs", "data", "__pycache__")


def checkout(tmp_path: Path, *, pack: bool) -> Path:
    """A checkout's layout: the package's own files (no knowledge/dialogs inside), and the
    pack's folders at the top level if `pack`."""
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "tutor", clone / "tutor", ignore=SKIP)
    (clone / "tutor" / "data").symlink_to(ROOT / "tutor" / "data")  # 6 MB, only read
    if pack:
        for folder in ("knowledge", "dialogs"):
            shutil.copytree(ROOT / folder, clone / folder)
    return clone


# The test environment's editable install maps `tutor.knowledge` to its own tree from any
# `tutor`; a `pip install .` (the README's) has no such finder: drop it to be one.
NOT_EDITABLE = (
    "import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'ditable' not in repr(f)]; "
)


def run_in(clone: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [sys.executable, "-c", NOT_EDITABLE + code],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_default_pack_is_found_in_a_checkout_that_shadows_the_installed_package(
    tmp_path: Path,
) -> None:
    clone = checkout(tmp_path, pack=True)
    done = run_in(
        clone,
        "import tutor; print(tutor.__file__); print(tutor.Tutor().ask('who killed trotsky').text)",
    )
    assert done.returncode == 0, done.stderr
    where, said = done.stdout.splitlines()[:2]
    assert Path(where).resolve() == (clone / "tutor" / "__init__.py").resolve()
    assert "Mercader" in said


def test_without_the_pack_anywhere_the_error_says_what_to_do(tmp_path: Path) -> None:
    clone = checkout(tmp_path, pack=False)
    done = run_in(clone, "import tutor; tutor.Tutor()")
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("tutor._content.ContentError: the default pack is missing")
    assert "Reinstall it (pip install socratic-tutor)" in last and "Tutor.from_path" in last
