"""How fresh drafts answer: each text drafted with no editing, its cases run, per category.

Each folder holds a `text.txt` and its `cases.yaml` (bench/texts/ keeps the development
texts; a held-out text lives outside the repository until it is reported). The figures are
issue #12's: a draft from any text, measured as an educator would first meet it.

Usage: python bench/drafts.py [DIR ...] [--json OUT] [--base OLD.json]
  --json writes every case's outcome; --base compares with such a file and lists the
  cases that broke and that were won.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
from collections import defaultdict
from pathlib import Path

import tutor
from tutor._eval import evaluate, load_cases
from tutor.cli import main as cli

HERE = Path(__file__).parent


def draft(folder: Path, work: Path) -> tutor.Tutor:
    """The tutor of a fresh draft of a folder's text.txt (`tutor new-pack`, no editing),
    written under `work`."""
    pack = work / folder.name
    with contextlib.redirect_stdout(io.StringIO()):  # new-pack's "wrote a draft ..."
        if cli(["new-pack", str(pack), "--from", str(folder / "text.txt")]) != 0:
            raise SystemExit(f"new-pack failed on {folder}")
    return tutor.Tutor.from_path(pack)


def outcomes(folder: Path, work: Path) -> dict[str, tuple[str, bool]]:
    """case id -> (category, passed) for one text drafted afresh."""
    report = evaluate(draft(folder, work), load_cases(folder / "cases.yaml"))
    return {f"{folder.name}:{r.id}": (r.category, r.passed) for r in report.results}


def table(results: dict[str, tuple[str, bool]]) -> dict[str, list[int]]:
    """category -> [passed, total]."""
    cats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for category, passed in results.values():
        cats[category][0] += passed
        cats[category][1] += 1
    return cats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="text folders (default bench/texts/*)")
    ap.add_argument("--json", type=Path, help="write every case's outcome here")
    ap.add_argument("--base", type=Path, help="an earlier --json file to compare with")
    args = ap.parse_args()
    dirs = args.dirs or sorted(p.parent for p in (HERE / "texts").glob("*/text.txt"))
    results: dict[str, tuple[str, bool]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for folder in dirs:
            mine = outcomes(folder, Path(tmp))
            results.update(mine)
            row = ", ".join(f"{c} {p}/{t}" for c, (p, t) in table(mine).items())
            print(f"{folder.name:12} {row}")
    base = json.loads(args.base.read_text()) if args.base else {}
    old = table({k: (c, p) for k, (c, p) in base.items()})
    print(f"{'category':14} {'now':>9}" + ("   before" if base else ""))
    for category, (passed, total) in table(results).items():
        before = f"   {old[category][0]}/{old[category][1]}" if base else ""
        print(f"{category:14} {passed:>4}/{total:<4}{before}")
    print(f"{'all':14} {sum(p for _, p in results.values()):>4}/{len(results)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=0))
    if base:
        broke = [k for k, (_, p) in results.items() if not p and base.get(k, ("", False))[1]]
        won = [k for k, (_, p) in results.items() if p and k in base and not base[k][1]]
        print("broke", len(broke), broke)
        print("won", len(won), won)


if __name__ == "__main__":
    main()
