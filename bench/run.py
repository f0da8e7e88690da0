"""The tutor's figures, each beside a baseline measured in the same run, as one table.

Run: python bench/run.py [--quick] [--sizes 100,1000,10000] [--new-pack]
(needs the bench extra: pip install -e '.[bench]' for Faker, rank-bm25 and pexpect).

- respond() on the default pack over several hundred varied lines, beside rapidfuzz's
  extractOne over every question variant (what a naive matcher would do);
- `tutor ask` and the REPL as whole processes, with import time broken down;
- synthetic packs (bench/genpack.py: 5 question variants a fact, held-out direct
  questions) of growing size: first load, cached load, peak RSS, respond() p50/p99 and
  accuracy on direct questions, beside a plain BM25 (rank-bm25) over the same sentences;
- the on-disk cache of built packs; hostile input (a megabyte, control characters);
- `tutor new-pack` on texts of 1,000, 5,000 and 10,000 sentences: drafting, then the
  draft's first load (no cache) and its load from the cache new-pack leaves, in seconds
  (--new-pack runs this part alone).

Every pack size runs in a fresh process, so load times are first loads and RSS is its own.
Prints figures and asserts nothing: these machines are shared and noisy, so compare ratios.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MS = 1000.0
ROWS: list[tuple[str, str, str, str, str]] = []
NOTES: list[str] = []


def fmt(value: float, unit: str) -> str:
    if unit in ("%", "x"):
        return f"{value:.1f}"
    if unit == "s":
        return f"{value:.2f}"
    return f"{value:.3f}" if value < 10 else f"{value:.0f}"


def row(name: str, ours: float, base: float | None, unit: str, target: str = "") -> None:
    """One line of the table: our figure, the baseline's, and ours / baseline."""
    ratio = f"{ours / base:.2f}" if base else ""
    ROWS.append((name, fmt(ours, unit), "" if base is None else fmt(base, unit), ratio, target))


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: ru_maxrss survives exec on Linux)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def section(title: str) -> None:
    ROWS.append((f"-- {title}", "", "", "", ""))


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def typo(text: str, rng: random.Random) -> str:
    if len(text) < 7:
        return text
    i = rng.randrange(1, len(text) - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


# --- the default pack ------------------------------------------------------------------


def default_pack(turns: int) -> None:
    from rapidfuzz import fuzz, process, utils

    import tutor

    t = tutor.Tutor()
    rng = random.Random(1)
    pool = [q for f in t.pack.facts for q in f.questions]
    pool += ["how do i bake bread", "what is the capital of peru", "hello", "thanks!", "/help"]
    lines = [typo(q, rng) if rng.random() < 0.3 else q for q in rng.choices(pool, k=turns)]
    ours = [timed(lambda q=q: t.session(seed=0).respond(q)) for q in lines]
    # the same number of other lines, once the first pass has made each fact's tables
    again = [typo(q, rng) if rng.random() < 0.3 else q for q in rng.choices(pool, k=turns)]
    built = [timed(lambda q=q: t.session(seed=0).respond(q)) for q in again]
    choices = [utils.default_process(q) for f in t.pack.facts for q in f.questions]
    naive = [
        timed(lambda q=q: process.extractOne(utils.default_process(q), choices, scorer=fuzz.WRatio))
        for q in lines
    ]
    section(f"default pack: {len(t.pack.facts)} facts, {turns} varied lines (30% with a typo)")
    row("respond() p50", pct(ours, 50) * MS, pct(naive, 50) * MS, "ms", "<= 0.3 ms")
    row("respond() p99", pct(ours, 99) * MS, pct(naive, 99) * MS, "ms", "<= 2 ms")
    row("respond() p50, tables made", pct(built, 50) * MS, None, "ms", "<= 0.3 ms")
    row("respond() p99, tables made", pct(built, 99) * MS, None, "ms", "<= 2 ms")
    NOTES.append("default pack baseline: rapidfuzz extractOne(WRatio) over every question variant")
    NOTES.append(
        "respond() targets (issue 11): p50 <= 0.3 ms, p99 <= 2 ms; 'tables made': as many "
        "other lines after the first pass, each fact's tables made on its first use then kept"
    )
    # answers to a posed dialog question: judged clause by clause, frame against frame
    judged = []
    for i, q in enumerate(t.pack.dialogs.questions.values()):
        for line in (q.expectations[-1].assertion, "Trotsky controlled the appointments", "no"):
            session = t.session(seed=i)
            session.pose(q.id)
            judged.append(timed(lambda s=session, x=line: s.respond(x)))
    row("respond() judging an answer p50", pct(judged, 50) * MS, None, "ms")
    row("respond() judging an answer p99", pct(judged, 99) * MS, None, "ms")
    huge = {
        "1 MB question": "who killed trotsky? " * 52_000,
        "1 MB of NULs + question": "\x00" * 1_000_000 + "who killed trotsky",
        "1 MB zero-width + question": "\u200b" * 1_000_000 + "who killed trotsky",
    }
    for name, text in huge.items():
        row(f"respond(): {name}", timed(lambda x=text: t.session().respond(x)) * MS, None, "ms")
    NOTES.append(
        "hostile input: the turn is cut to MAX_INPUT (500) characters and says so; only as "
        "much is cleaned as that needs, except when what precedes is invisible"
    )


# --- alias bombs: refused fast and small in every face -------------------------------------

BOMB_QUESTION = "What do bees make " + " ".join(f"word{i}" for i in range(20)) + "?"
BOMBS = {
    "20,000 aliases of one long question": (
        f'    questions: [&q "{BOMB_QUESTION}"' + ", *q" * 20_000 + "]"
    ),
    "190,000 aliases of one word": '    questions: [&q "bees"' + ", *q" * 190_000 + "]",
    "nine levels of ten lists (1e9 leaves)": "\n".join(
        ["    examples: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        + [f"    e{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    ),
}


def bomb_pack(root: Path, body: str) -> Path:
    (root / "knowledge").mkdir(parents=True)
    (root / "knowledge" / "source.txt").write_text("Bees make honey.\n")
    (root / "knowledge" / "bees.yaml").write_text(
        "topic: {id: bees, title: Bees}\nfacts:\n  - id: honey\n    answer: Bees make honey.\n"
        "    source: Bees make honey.\n" + body + "\n"
    )
    return root


def timed_child(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one process, measured around it with wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def alias_bombs() -> None:
    """Each bomb in `validate`, `Tutor.from_path` and `--pack`, beside the same good pack."""
    section("alias bombs, as whole processes (target: refused in < 1 s and < 100 MB)")
    env = dict(os.environ, TUTOR_CACHE="")
    with tempfile.TemporaryDirectory() as tmp:
        good = bomb_pack(Path(tmp) / "good", "    questions: [What do bees make?]")
        for name, body in BOMBS.items():
            root = bomb_pack(Path(tmp) / str(len(os.listdir(tmp))), body)
            faces = {
                "validate": ["-m", "tutor", "validate"],
                "Tutor.from_path": [
                    "-c",
                    "import sys, tutor\ntry: tutor.Tutor.from_path(sys.argv[1])\nexcept tutor.ContentError: pass",
                ],
                "--pack ask": ["-m", "tutor", "ask", "hi", "--pack"],
            }
            for face, args in faces.items():
                secs, mb = timed_child([sys.executable, *args, str(root)], env)
                base, base_mb = timed_child([sys.executable, *args, str(good)], env)
                row(f"{name}: {face}, s", secs, base, "s", "< 1")
                row(f"{name}: {face}, peak RSS MB", mb, base_mb, "MB", "< 100")
    NOTES.append("alias bombs: the baseline is the same face on a one-fact pack without aliases")


# --- whole processes ---------------------------------------------------------------------


def wall(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_breakdown() -> dict[str, float]:
    """Cumulative import seconds of tutor and its heavy dependencies (python -X importtime)."""
    code = "import tutor, tutor.cli, prompt_toolkit.shortcuts"
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True
    ).stderr
    found: dict[str, float] = {}
    for line in err.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if m and m.group(3) in ("tutor", "yaml", "rapidfuzz", "Stemmer", "prompt_toolkit"):
            found.setdefault(m.group(3), int(m.group(1)) / 1e6)
    return found


def _has_bytecode() -> bool:
    """Whether the tutor's own modules have compiled bytecode beside them."""
    import importlib.util

    import tutor

    cached = importlib.util.cache_from_source(tutor.__file__)
    return Path(cached).exists()


PROMPT = r"\x1b\[\?2004h[^>]*>"  # prompt_toolkit turns bracketed paste on, then draws "> "


def to_prompt(args: list[str], env: dict[str, str], reply: bool = False) -> float:
    import pexpect

    start = time.perf_counter()
    child = pexpect.spawn(
        sys.executable, args, env=env, encoding="utf-8", dimensions=(30, 100), timeout=30
    )
    child.delaybeforesend = None
    child.expect(PROMPT)
    if reply:
        child.sendline("/topics")
        child.expect(PROMPT)
    took = time.perf_counter() - start
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    return took


def processes(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        env = dict(os.environ, TUTOR_DB=str(Path(tmp) / "db.sqlite3"), TUTOR_CACHE=str(cache))
        bare = wall([sys.executable, "-c", "pass"], runs)
        ask = [sys.executable, "-m", "tutor", "ask", "who killed trotsky"]
        cold = wall(ask, runs, dict(env, TUTOR_CACHE=""))
        wall(ask, 1, env)  # fills the cache
        warm = wall(ask, runs, env)
        # as a pip-installed tutor starts: its modules compiled to bytecode at install (an
        # editable install under PYTHONDONTWRITEBYTECODE compiles all of them every run)
        compiled = dict(env, PYTHONPYCACHEPREFIX=str(Path(tmp) / "bytecode"))
        compiled.pop("PYTHONDONTWRITEBYTECODE", None)
        wall(ask, 1, compiled)  # writes the bytecode
        installed = wall(ask, runs, compiled)
        section("start-up, whole processes (median)")
        row("tutor ask, no cache", cold * MS, bare * MS, "ms", "< 300 ms")
        row("tutor ask, cached pack", warm * MS, bare * MS, "ms", "< 300 ms")
        row("tutor ask, cached pack and bytecode", installed * MS, bare * MS, "ms", "< 300 ms")
        NOTES.append("start-up baseline: python -c pass")
        NOTES.append(
            "bytecode row: modules read compiled (PYTHONPYCACHEPREFIX), as after pip install; "
            + (
                "the rows above compile every module from source (PYTHONDONTWRITEBYTECODE is "
                "set and the tutor has no bytecode beside it)"
                if sys.flags.dont_write_bytecode and not _has_bytecode()
                else "the rows above may read bytecode too"
            )
        )
        parts = import_breakdown()
        for name in ("tutor", "yaml", "rapidfuzz", "Stemmer", "prompt_toolkit"):
            if name in parts:
                label = (
                    "  import "
                    + name
                    + {"tutor": " (all of it)", "prompt_toolkit": " (REPL)"}.get(name, "")
                )
                row(label, parts[name] * MS, cold * MS, "ms")
        NOTES.append("import rows: ratio = share of a `tutor ask` without cache")
        try:
            import pexpect  # noqa: F401
        except ImportError:
            NOTES.append("REPL start-up skipped: pip install pexpect")
            return
        tty = dict(env, PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm-256color")
        tty.pop("NO_COLOR", None)
        simplest = (
            "from prompt_toolkit import prompt\ntry:\n    prompt('> ')\nexcept EOFError:\n    pass"
        )
        base = statistics.median(to_prompt(["-c", simplest], tty) for _ in range(runs))
        repl = ["-m", "tutor", "--learner", "bench"]
        first = statistics.median(to_prompt(repl, tty) for _ in range(runs))
        answer = statistics.median(to_prompt(repl, tty, reply=True) for _ in range(runs))
        row("REPL: launch to first prompt", first * MS, base * MS, "ms", "< 300 ms")
        row("REPL: launch to first reply", answer * MS, base * MS, "ms")
        NOTES.append("REPL baseline: the simplest prompt_toolkit prompt, to its first prompt")


# --- synthetic packs -------------------------------------------------------------------


def _held_out(root: Path, questions: int) -> tuple[random.Random, list[dict[str, Any]]]:
    """The same sample of a pack's held-out direct questions for the tutor and BM25."""
    rng = random.Random(2)
    direct = [json.loads(x) for x in (root / "direct.jsonl").read_text("utf-8").splitlines()]
    return rng, rng.sample(direct, min(questions, len(direct)))


def measure_pack(root: Path, questions: int) -> dict[str, Any]:
    """In a fresh process: first load, latency and accuracy on held-out direct questions."""
    import tutor

    start, cpu = time.perf_counter(), time.process_time()
    t = tutor.Tutor.from_path(root)
    load, cpu = time.perf_counter() - start, time.process_time() - cpu
    rng, direct = _held_out(root, questions)
    right, latency = 0, []
    for case in direct:
        for n, text in enumerate((case["question"], typo(case["question"], rng))):
            session = t.session(seed=0)
            start = time.perf_counter()
            reply = session.respond(text)
            latency.append(time.perf_counter() - start)
            if n == 0:
                right += reply.kind == "answer" and reply.fact_ids[:1] == (case["id"],)
    # The same replies as scoring every fact that shares a term (no candidate budget)?
    from tutor import _index

    first = [t.session(seed=0).respond(c["question"]).to_dict() for c in direct]
    rss = peak_rss_mb()  # the tutor's own: before the cache's extra copies below
    budget, _index._BUDGET = _index._BUDGET, 10**9
    same = sum(
        t.session(seed=0).respond(c["question"]).to_dict() == r
        for c, r in zip(direct, first, strict=True)
    )
    _index._BUDGET = budget
    facts = len(t.pack.facts)
    del t
    gc.collect()
    cache = root.parent / (root.name + "-cache")
    tutor.Tutor.from_path(root, cache=cache)  # writes the cache
    gc.collect()
    cached = timed(lambda: tutor.Tutor.from_path(root, cache=cache))
    return {
        "facts": facts,
        "load": load,
        "cpu": cpu,
        "cached": cached,
        "rss": rss,
        "p50": pct(latency, 50),
        "p99": pct(latency, 99),
        "accuracy": right / len(direct),
        "same": same / len(direct),
    }


def measure_bm25(root: Path, questions: int) -> dict[str, Any]:
    """A plain BM25 (rank-bm25's Okapi) over each fact's sentences: answer, source, questions."""
    import yaml
    from rank_bm25 import BM25Okapi

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    start, cpu = time.perf_counter(), time.process_time()
    ids, docs = [], []
    for path in sorted((root / "knowledge").glob("*.yaml")):
        for fact in yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader).get("facts", []):
            ids.append(fact["id"])
            docs.append(words(" ".join([fact["answer"], fact["source"], *fact["questions"]])))
    bm25 = BM25Okapi(docs)
    load, cpu = time.perf_counter() - start, time.process_time() - cpu
    rng, direct = _held_out(root, questions)
    right, latency = 0, []
    for case in direct:
        for n, text in enumerate((case["question"], typo(case["question"], rng))):
            start = time.perf_counter()
            scores = bm25.get_scores(words(text))
            best = ids[int(scores.argmax())]
            latency.append(time.perf_counter() - start)
            if n == 0:
                right += best == case["id"]
    return {
        "load": load,
        "cpu": cpu,
        "rss": peak_rss_mb(),
        "p50": pct(latency, 50),
        "p99": pct(latency, 99),
        "accuracy": right / len(direct),
    }


def child(mode: str, root: Path, questions: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(root), "--questions", str(questions)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, Any] = json.loads(out.splitlines()[-1])
    return result


def synthetic(sizes: list[int], questions: int) -> None:
    sys.path.insert(0, str(HERE))
    from genpack import write_pack

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            root = write_pack(Path(tmp) / f"pack{n}", n)
            results.append((n, child("tutor", root, questions), child("bm25", root, questions)))
    for n, ours, bm25 in results:
        section(f"synthetic pack: {n:,} facts ({min(questions, n)} held-out direct questions)")
        big = n >= 10_000
        row("first load (s)", ours["load"], bm25["load"], "s", "< 2 s" if big else "")
        row("  of which CPU (s)", ours["cpu"], bm25["cpu"], "s")
        row("load from the cache (s)", ours["cached"], ours["load"], "s")
        row("peak RSS (MB)", ours["rss"], bm25["rss"], "MB", "< 300 MB" if big else "")
        row("respond() p50", ours["p50"] * MS, bm25["p50"] * MS, "ms", "< 20 ms" if big else "")
        row("respond() p99", ours["p99"] * MS, bm25["p99"] * MS, "ms", "< 50 ms" if big else "")
        row(
            "direct questions right (%)",
            ours["accuracy"] * 100,
            bm25["accuracy"] * 100,
            "%",
            ">= 90%" if big else "",
        )
        row("same reply as with no budget (%)", ours["same"] * 100, None, "%")
    if len(results) > 1:
        section(f"growth from {sizes[0]:,} to {sizes[-1]:,} facts (x{sizes[-1] // sizes[0]})")
        first, last = results[0], results[-1]
        for key, name in (("p50", "respond() p50"), ("p99", "respond() p99")):
            row(f"{name} grows x", last[1][key] / first[1][key], last[2][key] / first[2][key], "x")
        for (n0, a, b), (n1, c, d) in itertools.pairwise(results):
            row(f"  p50 {n0:,} -> {n1:,} grows x", c["p50"] / a["p50"], d["p50"] / b["p50"], "x")
    NOTES.append(
        "synthetic baseline: plain BM25 (rank-bm25 BM25Okapi, lower-cased words) over each "
        "fact's answer, source and questions; load = parse + index. Latency over each direct "
        "question and a typo'd copy; accuracy: top fact right on the clean ones"
    )
    NOTES.append("cache row baseline: the first load of the same pack")


LOAD = """\
import json, sys, time
start, cpu = time.perf_counter(), time.process_time()
import tutor
imported, imported_cpu = time.perf_counter(), time.process_time()
tutor.Tutor.from_path(sys.argv[1], cache=sys.argv[2] or None)
print(json.dumps([time.perf_counter() - imported, time.process_time() - imported_cpu]))
"""


def load_in_child(pack: Path, cache: str, runs: int) -> tuple[float, float]:
    """Median seconds (wall, CPU) of `Tutor.from_path` in a fresh process, after `import
    tutor`: what an educator waits for between the command and the first prompt."""
    env = {**os.environ, "TUTOR_CACHE": ""}
    times = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", LOAD, str(pack), cache],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def new_pack_speed(sizes: list[int], runs: int) -> None:
    """`tutor new-pack` on a synthetic history text of n sentences: seconds to draft it (it
    must grow linearly: 10,000 facts in 30 s or less) and to load the draft in a fresh
    process, first with no cache (<= 2 s) and then from the cache new-pack leaves.
    Baseline: the time to split the same text into its sentences, which any drafting
    needs; for the loads, the first load of the same draft."""
    sys.path.insert(0, str(HERE))
    from genpack import write_pack

    from tutor._scaffold import scaffold
    from tutor._source import passages

    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            text = (write_pack(Path(tmp) / f"text{n}", n) / "knowledge" / "history.txt").read_text()
            split = timed(lambda text=text: passages(text))
            files: dict[str, str] = {}
            drafted = timed(lambda text=text, files=files: files.update(scaffold(text, "x.txt")))
            out = Path(tmp) / f"draft{n}"
            for rel, content in files.items():
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                (out / rel).write_text(content, encoding="utf-8")
            load, load_cpu = load_in_child(out, "", runs)
            # `tutor new-pack` builds the draft once into the cache of built packs: the
            # educator's first `tutor --pack DIR` reads it back
            cache = str(Path(tmp) / f"cache{n}")
            load_in_child(out, cache, 1)
            cached, cached_cpu = load_in_child(out, cache, runs)
            big = n >= 10_000
            section(f"new-pack: a text of {n:,} sentences (loads: median of {runs} processes)")
            row("draft the pack (s)", drafted, split, "s", "<= 30 s" if big else "")
            row("first load of the draft, no cache (s)", load, None, "s", "<= 2 s" if big else "")
            row("  of which CPU (s)", load_cpu, None, "s")
            row("load from the cache new-pack left (s)", cached, load, "s")
            row("  of which CPU (s)", cached_cpu, load_cpu, "s")
    NOTES.append(
        "new-pack loads: Tutor.from_path in a fresh process, timed after `import tutor`; "
        "CPU = this process's CPU seconds (steadier than wall time on a shared machine)"
    )


def print_table() -> None:
    head = ("figure", "tutor", "baseline", "ratio", "target")
    widths = [max(len(r[i]) for r in [head, *ROWS]) for i in range(5)]
    widths[0] = max(len(r[0]) for r in [head, *ROWS] if not r[0].startswith("--"))
    print(
        f"{head[0]:<{widths[0]}}  "
        + "  ".join(f"{h:>{w}}" for h, w in zip(head[1:], widths[1:], strict=True))
    )
    for r in ROWS:
        if r[0].startswith("--"):
            print(r[0])
            continue
        print(
            f"{r[0]:<{widths[0]}}  "
            + "  ".join(f"{c:>{w}}" for c, w in zip(r[1:], widths[1:], strict=True))
        )
    for note in NOTES:
        print("* " + note)
    print(f"* python {sys.version.split()[0]}, {os.cpu_count()} cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and no 10,000 pack")
    parser.add_argument("--sizes", default=None, help="pack sizes (default 100,1000,10000)")
    parser.add_argument("--questions", type=int, default=300, help="direct questions a pack")
    parser.add_argument(
        "--new-pack", action="store_true", help="only new-pack: drafting and loading the draft"
    )
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PACK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measure = measure_pack if args.child[0] == "tutor" else measure_bm25
        print(json.dumps(measure(Path(args.child[1]), args.questions)))
        return
    sizes = [
        int(s) for s in (args.sizes or ("100,1000" if args.quick else "100,1000,10000")).split(",")
    ]
    new_pack_sizes = [1000, 5000] if args.quick else [1000, 5000, 10_000]
    if args.new_pack:
        new_pack_speed(new_pack_sizes, 3)
        print_table()
        return
    default_pack(200 if args.quick else 500)
    alias_bombs()
    processes(3 if args.quick else 9)
    synthetic(sizes, args.questions)
    new_pack_speed(new_pack_sizes, 3)
    print_table()


if __name__ == "__main__":
    main()
