"""A class of simulated learners talks with the tutor; `tutor report` shows what they did.

Run: python examples/class_report.py [--learners 30] [--turns 25] [--db class.sqlite3]
(then open class-report.html; needs the report extra: pip install 'socratic-tutor[report]')

Each learner has a skill: a strong one answers the tutor's questions with the points the
dialog scripts expect, a weak one voices the scripts' misconceptions or says "I don't
know"; all of them ask the essay's questions and some ask what it never says. Their turns
are saved as the REPL saves them, then spread over two weeks as a real class would be.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import tutor
from tutor._store import Store

# Things the essay does not say: a class asks them in many words.
UNSAID = [
    "when was stalin born",
    "what year was stalin born",
    "how old was stalin when he died",
    "what did trotsky eat in exile",
    "who was trotsky's wife",
    "was trotsky married",
    "how tall was stalin",
    "what is the capital of russia",
    "how many people died in ww2",
]
NAMES = "ada ben cleo dev eli fay gus hal ivy jo kai lea max nia oz pia quin ray sam tia uma vic wes xia yan zoe abe bea cy di".split()


def simulate_class(db: Path, learners: int, turns: int, seed: int = 0) -> None:
    """`learners` learners of mixed skill, `turns` lines each, saved to the database at `db`."""
    t = tutor.Tutor()
    pack = t.pack
    questions = [q for f in pack.facts for q in f.questions[:1]]
    rng = random.Random(seed)
    with Store.open(db) as store:
        for i in range(learners):
            name = NAMES[i] if i < len(NAMES) else f"learner{i:04d}"
            skill = rng.random()
            session = t.session(seed=seed * 10_000 + i)
            for _ in range(turns):
                pending = session.conversation.pending_question
                line = _next_line(pending, pack, questions, skill, rng)
                reply = session.respond(line)
                saved = (session.learner.to_json(), session.conversation.to_json())
                store.save_turn(name, "default", line, reply.to_dict(), saved)
    _spread(db, days=14, rng=rng)


def _next_line(
    pending: str | None,
    pack: tutor.Pack,
    questions: list[str],
    skill: float,
    rng: random.Random,
) -> str:
    if pending and rng.random() < 0.7:  # else a question of their own in between
        q = pack.dialogs.question(pending)
        roll = rng.random()
        if roll < skill:
            e = rng.choice(q.expectations)
            return rng.choice(e.phrases)
        if q.misconceptions and roll < skill + 0.25:
            return rng.choice(rng.choice(q.misconceptions).phrases)
        return rng.choice(["i don't know", "no idea", "dunno", "/hint", "/skip"])
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(["teach me", "/quiz 3"])
    if roll < 0.35:
        return rng.choice(UNSAID)
    return rng.choice(questions)


def _spread(db: Path, days: int, rng: random.Random) -> None:
    """Move each sitting to a day of the last `days` (the store stamps every turn now)."""
    conn = sqlite3.connect(db, isolation_level=None)
    now = datetime.now(timezone.utc)
    for (sitting,) in conn.execute("SELECT id FROM sitting").fetchall():
        shift = timedelta(days=rng.randrange(days), hours=rng.randrange(8))
        conn.execute(
            "UPDATE turn SET at = ? WHERE sitting = ?",
            ((now - shift).isoformat(timespec="seconds"), sitting),
        )
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--turns", type=int, default=25)
    parser.add_argument("--db", default="class.sqlite3")
    parser.add_argument("--html", default="class-report.html")
    args = parser.parse_args()
    db = Path(args.db)
    if db.exists():
        print(f"{db} exists; choose another --db", file=sys.stderr)
        return 2
    simulate_class(db, args.learners, args.turns)
    from tutor.cli import main as tutor_main

    return tutor_main(["report", "--db", str(db), "--html", args.html])


if __name__ == "__main__":
    sys.exit(main())
