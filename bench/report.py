"""`tutor report` on a big class: 1,000 learners x 200 turns (target: under 5 s).

Run: python bench/report.py [--learners 1000] [--turns 200]
(needs the report extra for --html: pip install -e '.[report]')

Twenty learners talk with the real engine (examples/class_report.py) and their databases
rows are copied under new names until the class is full, so the turns are the engine's
own. Each format is timed as a whole `tutor report` process (start-up and pack load
included), median of three runs. Prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDED = 20  # learners who really talk with the engine


def class_db(path: Path, learners: int, turns: int) -> None:
    spec = importlib.util.spec_from_file_location(
        "class_report", HERE.parent / "examples" / "class_report.py"
    )
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    example.simulate_class(path, min(SEEDED, learners), turns)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    copies = -(-learners // SEEDED) - 1
    for k in range(1, copies + 1):
        room = min(SEEDED, learners - k * SEEDED)
        conn.execute(
            "INSERT INTO learner (name, created) SELECT name || ?, created FROM learner "
            "WHERE id <= ?",
            (f"-{k}", room),
        )
        for table in ("learner_model", "conversation"):
            conn.execute(
                f"INSERT INTO {table} (learner, pack, state, updated) "
                f"SELECT l2.id, p.pack, p.state, p.updated FROM {table} p "
                "JOIN learner l ON l.id = p.learner JOIN learner l2 ON l2.name = l.name || ? "
                "WHERE l.id <= ?",
                (f"-{k}", room),
            )
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS m (old INTEGER, new INTEGER)")
        conn.execute("DELETE FROM m")
        for (sid,) in conn.execute(
            "SELECT s.id FROM sitting s WHERE s.learner <= ? ORDER BY s.id", (room,)
        ).fetchall():
            cur = conn.execute(
                "INSERT INTO sitting (learner, pack, started) SELECT l2.id, s.pack, s.started "
                "FROM sitting s JOIN learner l ON l.id = s.learner "
                "JOIN learner l2 ON l2.name = l.name || ? WHERE s.id = ?",
                (f"-{k}", sid),
            )
            conn.execute("INSERT INTO m VALUES (?, ?)", (sid, cur.lastrowid))
        conn.execute(
            "INSERT INTO turn (sitting, at, text, reply, kind, fact, question, verdict, rung, "
            "misconception, near) SELECT m.new, t.at, t.text, t.reply, t.kind, t.fact, "
            "t.question, t.verdict, t.rung, t.misconception, t.near FROM turn t "
            "JOIN m ON m.old = t.sitting ORDER BY t.id"
        )
    conn.execute("COMMIT")
    conn.close()


def timed(argv: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--turns", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "class.sqlite3"
        start = time.perf_counter()
        class_db(db, args.learners, args.turns)
        built = time.perf_counter() - start
        conn = sqlite3.connect(db)
        learners = conn.execute("SELECT count(*) FROM learner").fetchone()[0]
        turns = conn.execute("SELECT count(*) FROM turn").fetchone()[0]
        conn.close()
        size = db.stat().st_size / 1e6
        print(f"class: {learners} learners, {turns} turns, {size:.0f} MB (built in {built:.0f} s)")
        tutor = [sys.executable, "-m", "tutor", "report", "--db", str(db)]
        env_note = f"python {sys.version.split()[0]}, {os.cpu_count()} cores"
        print(f"{'tutor report ...':<34} {'median s':>9}  target")
        rows = [
            ("(text tables)", []),
            ("--format json", ["--format", "json"]),
            ("--format csv", ["--format", "csv"]),
            ("--html (matplotlib charts)", ["--html", str(Path(tmp) / "r.html")]),
            ("--learner one --format json", ["--learner", "ada", "--format", "json"]),
        ]
        for name, extra in rows:
            print(f"{name:<34} {timed(tutor + extra):>9.2f}  < 5 s")
        print(f"* {env_note}; whole processes, pack load and start-up included")


if __name__ == "__main__":
    main()
