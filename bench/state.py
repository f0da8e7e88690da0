"""Per-turn latency and state save/load time, as a stateless web worker pays them.

Run: python bench/state.py [--turns 40] [--rounds 20]

Each turn of a scripted conversation (questions, a lesson, answers, a quiz) is played
the way an app with no memory of its own plays it: load the saved state from JSON, make
a session, respond, save the state back to JSON. Printed apart: respond() alone, the
load (JSON -> session) and the save (session -> JSON), the whole cycle, copies of the
state per turn, and the saved size. Run it on an older checkout (it also speaks the
single-dict API from before the learner/conversation split) for "before" figures.
Prints figures and asserts nothing: the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import tutor

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
    """Counts copy.deepcopy calls while active (the state copies a turn makes)."""

    def __init__(self) -> None:
        self.calls = 0
        self._real: Callable[..., Any] = copy.deepcopy

    def __enter__(self) -> Counted:
        real = self._real

        def counting(x: Any, memo: Any = None, _nil: Any = None) -> Any:
            if memo is None:
                self.calls += 1
            return real(x, memo)

        copy.deepcopy = counting  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        copy.deepcopy = self._real  # type: ignore[assignment]


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


def ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    t = tutor.Tutor()
    lines = script(args.turns)
    respond, loads, saves, cycle = [], [], [], []
    copies, sizes = 0, []
    for r in range(args.rounds):
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
    turns = args.rounds * len(lines)
    api = "learner + conversation" if SPLIT else "one state dict"
    print(f"state bench ({api}), {turns} turns, medians in ms")
    print(f"{'respond()':<28}{ms(respond):>10}")
    print(f"{'load (JSON -> session)':<28}{ms(loads):>10}")
    print(f"{'save (session -> JSON)':<28}{ms(saves):>10}")
    print(f"{'whole stateless turn':<28}{ms(cycle):>10}")
    print(f"{'deep copies per turn':<28}{copies / turns:>10.2f}")
    print(f"{'saved bytes at last turn':<28}{sizes[-1]:>10d}")
    print(f"{'saved bytes, largest':<28}{max(sizes):>10d}")


if __name__ == "__main__":
    main()
