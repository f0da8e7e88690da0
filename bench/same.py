"""Whether a speed change changed any reply: every turn of case files, here and on REV.

Run: python bench/same.py --before main [CASES.yaml ...] (default: tests/cases/*.yaml)
     [--pack DIR --facts N]: another pack, and the variants of N of its facts only

Each case is played in a fresh session (seed 0, as `tutor eval` plays it) on this
checkout and, in a child process, on REV (git archive into a temporary folder). Every
reply is compared field by field (text, kind, follow-up, verdict, facts, ...), turn by
turn, and so are the saved states at each case's end; each lesson question is also posed
and answered with its own assertion, a wrong claim and "no", so the judge is covered too
(and each assertion is said in a fresh session, unasked),
and every question variant of the pack is asked as written and with two letters swapped.
Prints the differences and "N differing replies of M"; exits 1 when any differ. A change
made for speed alone must print 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def replies(files: list[str], pack: str | None, facts: int) -> list[dict[str, Any]]:
    """Every reply of this checkout's tutor, keyed by file, case and turn."""
    import tutor
    from tutor._eval import load_cases

    t = tutor.Tutor() if pack is None else tutor.Tutor.from_path(pack)
    out: list[dict[str, Any]] = []
    for name in files:
        for case in load_cases(name):
            session = t.session(seed=0)
            for n, turn in enumerate(case["turns"]):
                reply = session.respond(turn["say"]).to_dict()
                out.append({"where": f"{Path(name).name} {case['id']} #{n}", **reply})
            states = {"conversation": session.conversation.to_json()}
            states["learner"] = session.learner.to_json()
            out.append({"where": f"{Path(name).name} {case['id']} states", **states})
    sample = random.Random(0).sample(t.pack.facts, min(facts, len(t.pack.facts)))
    for fact in sample:  # bench/run.py's lines: every question variant, and typo'd
        for q in fact.questions:
            for line in (q, q[:5] + q[6:5:-1] + q[5] + q[7:] if len(q) > 8 else q):
                reply = t.session(seed=0).respond(line).to_dict()
                out.append({"where": f"variant {line}", **reply})
    for i, q in enumerate(t.pack.dialogs.questions.values()):
        for line in (q.expectations[-1].assertion, "Trotsky controlled the appointments", "no"):
            session = t.session(seed=i)
            session.pose(q.id)
            reply = session.respond(line).to_dict()
            out.append({"where": f"pose {q.id}: {line[:40]}", **reply})
        for e in q.expectations:  # each best answer said unasked, as a claim or question
            reply = t.session(seed=i).respond(e.assertion).to_dict()
            out.append({"where": f"told {e.id}", **reply})
    return out


def before(rev: str, files: list[str], extra: list[str]) -> list[dict[str, Any]]:
    """The same replies on another commit, in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "tutor", "knowledge", "dialogs"],
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        for data in ("knowledge", "dialogs"):  # where an install puts them
            shutil.move(str(Path(tmp) / data), str(Path(tmp) / "tutor" / data))
        env = {**os.environ, "PYTHONPATH": tmp, "TUTOR_CACHE": ""}
        child = subprocess.run(
            [sys.executable, __file__, "--json", *extra, *files],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            cwd=tmp,
        )
    result: list[dict[str, Any]] = json.loads(child.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="case files (default: tests/cases/*.yaml)")
    parser.add_argument("--before", default="main", help="the commit to compare with")
    parser.add_argument("--pack", help="a pack folder (default: the default pack)")
    parser.add_argument("--facts", type=int, default=10**9, help="facts whose variants to ask")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    pack = None if args.pack is None else str(Path(args.pack).resolve())
    extra = [f"--facts={args.facts}"] + ([] if pack is None else [f"--pack={pack}"])
    files = [str(Path(f).resolve()) for f in args.files] or sorted(
        str(p) for p in (ROOT / "tests" / "cases").glob("*.yaml")
    )
    if args.json:
        print(json.dumps(replies(files, pack, args.facts)))
        return 0
    ours, theirs = replies(files, pack, args.facts), before(args.before, files, extra)
    differ = 0
    for a, b in zip(ours, theirs, strict=True):
        if a != b:
            differ += 1
            print(f"{a['where']}:\n  {args.before}: {b}\n  here: {a}")
    print(f"{differ} differing replies (or end states) of {len(ours)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
