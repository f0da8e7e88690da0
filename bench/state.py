"""Per-turn latency and state save/load time, as a stateless web worker pays them.

Run: python bench/state.py [--turns 40] [--rounds 20] [--before REV]

Each turn of a scripted conversation (questions, a lesson, answers, a quiz) is played
the way an app with no memory of its own plays it: load the saved state from JSON, make
a session, respond, save the state back to JSON. Printed apart: respond() alone, the
load (JSON -> session) and the save (session -> JSON), the whole cycle, copies of the
state per turn, and the saved size. Then a long-lived session that hands out its state
after every turn (what the terminal does).

--before REV measures the same in the same run on an older commit of this repository
(git archive into a temporary folder; it also speaks the single-dict API from before the
learner/conversation split), e.g. --before d6c2605, and prints both side by side.
Prints figures and asserts nothing: the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tutor

ROOT = Path(__file__).resolve().parent.parent

LINES = [
    "who killed trotsky",
    "because he was still a threat to him",
    "what was the troika?",
    "teach me",
    "because lenin died",
    "i don't know",
    "he was popular with the army",
    "/hint",
    "who was zinoviev",
    "when?",
    "/quiz 3",
    "stalin",
    "the party",
    "i don't know",
    "Zinoviev sided with Trotsky from the start, right?",
    "tell me more",
    "where did he live in exile?",
    "/skip",
    "what is the capital of peru",
    "thanks",
]
SPLIT = hasattr(tutor, "LearnerState")


def script(turns: int) -> list[str]:
    return [LINES[i % len(LINES)] for i in range(turns)]


class Counted:
    """Counts the state copies made while active: copy.deepcopy calls (before the split);
    copy-on-write copies and the rebuild a resumed session's check makes (after)."""

    def __init__(self) -> None:
        self.calls = 0
        self._depth = 0  # a copy's own recursive calls are not more copies
        self._patched: list[tuple[Any, str, Any]] = []

    def _count(self, owner: Any, name: str, top_level: Callable[..., bool]) -> None:
        real = getattr(owner, name)

        def counting(*args: Any, **kwargs: Any) -> Any:
            if not self._depth and top_level(*args, **kwargs):
                self.calls += 1
            self._depth += 1
            try:
                return real(*args, **kwargs)
            finally:
                self._depth -= 1

        self._patched.append((owner, name, real))
        setattr(owner, name, counting)

    def __enter__(self) -> Counted:
        if SPLIT:
            from tutor import _session

            self._count(_session, "_copied", lambda *a: True)
            self._count(_session, "_checked_state", lambda *a: True)
        else:
            self._count(copy, "deepcopy", lambda x, memo=None, _nil=None: memo is None)
        return self

    def __exit__(self, *exc: object) -> None:
        for owner, name, real in reversed(self._patched):
            setattr(owner, name, real)


def load(t: tutor.Tutor, saved: Any) -> Any:
    if SPLIT:
        learner, conversation = saved
        return t.session(
            learner=tutor.LearnerState.from_json(learner),
            conversation=tutor.ConversationState.from_json(conversation),
        )
    return t.session(state=json.loads(saved))


def save(session: Any) -> Any:
    if SPLIT:
        return session.learner.to_json(), session.conversation.to_json()
    return json.dumps(session.state)


def size(saved: Any) -> int:
    return sum(len(s) for s in saved) if SPLIT else len(saved)


def ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure(turns: int, rounds: int) -> dict[str, float]:
    """The figures of this checkout, by name."""
    t = tutor.Tutor()
    lines = script(turns)
    respond, loads, saves, cycle, sizes = [], [], [], [], []
    copies = 0
    for r in range(rounds):
        saved = save(t.session(seed=r))
        for line in lines:
            with Counted() as counted:
                t0 = time.perf_counter()
                session = load(t, saved)
                t1 = time.perf_counter()
                session.respond(line)
                t2 = time.perf_counter()
                saved = save(session)
                t3 = time.perf_counter()
            copies += counted.calls
            loads.append(t1 - t0)
            respond.append(t2 - t1)
            saves.append(t3 - t2)
            cycle.append(t3 - t0)
            sizes.append(size(saved))
    live, live_copies = [], 0
    for r in range(rounds):
        session = t.session(seed=r)
        for line in lines:
            with Counted() as counted:
                t0 = time.perf_counter()
                session.respond(line)
                save(session)
                live.append(time.perf_counter() - t0)
            live_copies += counted.calls
    n = rounds * len(lines)
    return {
        "respond() alone, ms": ms(respond),
        "load: JSON -> session, ms": ms(loads),
        "save: session -> JSON, ms": ms(saves),
        "whole stateless turn, ms": ms(cycle),
        "state copies a stateless turn": copies / n,
        "live session: turn + save, ms": ms(live),
        "state copies a live turn": live_copies / n,
        "saved bytes at the last turn": float(sizes[-1]),
    }


def before(rev: str, turns: int, rounds: int) -> dict[str, float]:
    """The same figures measured on an older commit, in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "tutor", "knowledge", "dialogs"],
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        for data in ("knowledge", "dialogs"):  # where an install puts them
            shutil.move(str(tree / data), str(tree / "tutor" / data))
        env = {**os.environ, "PYTHONPATH": tmp, "TUTOR_CACHE": ""}
        child = subprocess.run(
            [sys.executable, __file__, "--json", f"--turns={turns}", f"--rounds={rounds}"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=tmp,
        )
    figures: dict[str, float] = json.loads(child.stdout)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--before", metavar="REV", help="also measure this older commit")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    now = measure(args.turns, args.rounds)
    if args.json:
        print(json.dumps(now))
        return
    old = before(args.before, args.turns, args.rounds) if args.before else {}
    print(f"state bench: {args.rounds} conversations of {args.turns} turns, medians")
    print(f"{'':<34}{'now':>10}" + (f"{'before':>10}{'ratio':>8}" if old else ""))
    for name, value in now.items():
        line = f"{name:<34}{value:>10.3f}"
        if name in old:
            ratio = f"{value / old[name]:.2f}" if old[name] else ""
            line += f"{old[name]:>10.3f}{ratio:>8}"
        print(line)


if __name__ == "__main__":
    main()
