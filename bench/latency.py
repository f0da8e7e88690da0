"""respond() latency and `tutor ask` wall time, each beside a baseline measured in the same run.

Run: python bench/latency.py [--turns N]. Prints figures; asserts nothing (these machines
are shared and noisy, so compare the ratios, not the absolute numbers).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time

from rapidfuzz import fuzz, process, utils

import tutor


def _questions(t: tutor.Tutor, n: int, rng: random.Random) -> list[str]:
    """Varied learner lines: the pack's own question variants, some with a typo, some off-topic."""
    pool = [q for f in t.pack.facts for q in f.questions]
    pool += ["how do i bake bread", "what is the capital of peru", "hello", "thanks!", "/help"]
    out = []
    for _ in range(n):
        q = rng.choice(pool)
        if rng.random() < 0.3 and len(q) > 6:
            i = rng.randrange(1, len(q) - 1)
            q = q[:i] + q[i + 1] + q[i] + q[i + 2 :]  # swap two letters
        out.append(q)
    return out


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def _wall(cmd: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=400)
    args = parser.parse_args()
    rng = random.Random(1)
    start = time.perf_counter()
    t = tutor.Tutor()
    load = time.perf_counter() - start
    questions = _questions(t, args.turns, rng)

    engine = []
    for q in questions:
        s = t.session(seed=0)
        start = time.perf_counter()
        s.respond(q)
        engine.append(time.perf_counter() - start)

    choices = [utils.default_process(q) for f in t.pack.facts for q in f.questions]
    naive = []
    for q in questions:
        start = time.perf_counter()
        process.extractOne(utils.default_process(q), choices, scorer=fuzz.WRatio)
        naive.append(time.perf_counter() - start)

    ask = _wall([sys.executable, "-m", "tutor", "ask", "who killed trotsky"])
    bare = _wall([sys.executable, "-c", "pass"])

    ms = 1000.0
    print(f"pack: {len(t.pack.facts)} facts, loaded in {load * ms:.0f} ms; {len(questions)} turns")
    print(f"{'figure':<34}{'tutor':>10}{'baseline':>10}{'ratio':>8}")
    for name, p in (("respond() p50 (ms)", 50), ("respond() p99 (ms)", 99)):
        a, b = _percentile(engine, p) * ms, _percentile(naive, p) * ms
        print(f"{name:<34}{a:>10.3f}{b:>10.3f}{a / b:>8.2f}")
    print("  baseline: rapidfuzz extractOne(WRatio) over every question variant")
    print(
        f"{'tutor ask, whole process (ms)':<34}{ask * ms:>10.0f}{bare * ms:>10.0f}{ask / bare:>8.2f}"
    )
    print("  baseline: python -c pass")
    print(
        f"targets: p50 < 1 ms, p99 < 5 ms, tutor ask < 300 ms"
        f"  (python {sys.version.split()[0]}, {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
