"""A drafted pack names schemas it carries itself, so that it can be moved or shared and
an editor still checks its files (a path into where tutor is installed broke then)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tutor.cli import main


def test_a_moved_pack_still_finds_its_schemas(tmp_path: Path) -> None:
    text = tmp_path / "kilns.txt"
    text.write_text("# Kilns\n\nThe kiln at Ormby fired bricks for the harbour wall.\n", "utf-8")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(text)]) == 0
    moved = tmp_path / "elsewhere" / "kilns-pack"
    shutil.move(str(tmp_path / "pack"), moved)
    files = sorted(moved.glob("*/*.yaml"))
    assert files
    for f in files:
        first = f.read_text("utf-8").split("\n", 1)[0]
        target = first.removeprefix("# yaml-language-server: $schema=")
        assert target.startswith("../schema/"), first
        assert (f.parent / target).resolve().is_file(), first
    assert main(["validate", str(moved)]) == 0
