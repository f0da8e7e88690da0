"""Load on `tutor serve`: many learners at once against a real local server.

    python bench/serve.py [--learners 200] [--turns 20] [--workers 1 2] [--think 0]

For each worker count, starts `tutor serve` (the real command: uvicorn, the terminal's
SQLite store with a durable write per turn) on a fresh database, then runs every learner at
once: each opens a session and takes its turns one after another (a mix of questions, a
lesson with answers and hints, a quiz), waiting for each reply as a person does. Prints
turns per second, latency percentiles, errors (non-200 answers or failed requests: must be
0), the turns the database holds afterwards and its integrity check, and each worker's
peak memory (VmHWM).
With no --think the learners answer at once, which saturates the server: latency is then
mostly waiting in line. `--think 5` pauses each learner 5 s between turns, as a person
reading and typing does, and shows the latency of a server that keeps up.

The learners' client runs in this process on the same machine, so the figures are a floor
for what the server alone could do. Needs the web extra.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

# One learner's turns, cycled: questions, a lesson with answers, a hint, a quiz.
LINES = [
    "who killed trotsky",
    "teach me",
    "because stalin controlled party appointments",
    "i don't know",
    "/hint",
    "what was the troika",
    "when was trotsky exiled",
    "he was popular with the party",
    "/skip",
    "/quiz 3",
    "stalin was general secretary",
    "dunno",
    "zinoviev and kamenev",
    "what is socialism in one country",
    "how did lenin feel about stalin",
    "why did trotsky lose",
    "/progress",
    "where did trotsky live in exile",
    "thanks",
    "/lesson",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_peak_kib(pid: int) -> int:
    """A process's peak resident memory (VmHWM), in KiB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def workers_of(pid: int) -> list[int]:
    """The processes serving requests: the server itself, or its worker children."""
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid and b"resource_tracker" not in cmdline:
            children.append(int(entry.name))
    return children or [pid]


class Connection:
    """One learner's keep-alive HTTP/1.1 connection, as a browser tab holds: a bare
    asyncio client, so the client's own cost stays small beside the server's."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def post(self, path: str, body: dict[str, object]) -> tuple[int, dict[str, object]]:
        if self.streams is None:
            self.streams = await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = self.streams
        data = json.dumps(body).encode()
        writer.write(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\n\r\n".encode()
            + data
        )
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        return status, json.loads(await reader.readexactly(length))

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()


async def learner(
    port: int, n: int, turns: int, think: float, latencies: list[float], errors: list[str]
) -> None:
    conn = Connection(port)
    try:
        status, started = await conn.post("/api/sessions", {"learner": f"learner{n:03d}"})
        if status != 201:
            errors.append(f"start {status}")
            return
        for t in range(turns):
            if think:
                await asyncio.sleep(think * (0.5 + ((n * 7 + t * 13) % 10) / 10))  # 0.5-1.4x
            text = LINES[(n + t) % len(LINES)] if t else "who killed trotsky"
            began = time.perf_counter()
            status, _ = await conn.post(f"/api/sessions/{started['id']}/turns", {"text": text})
            latencies.append(time.perf_counter() - began)
            if status != 200:
                errors.append(f"turn {status}")
    except (OSError, ValueError, asyncio.IncompleteReadError) as exc:
        errors.append(f"learner {n}: {type(exc).__name__} {exc}")
    finally:
        conn.close()


async def load(
    port: int, learners: int, turns: int, think: float
) -> tuple[float, list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    began = time.perf_counter()
    await asyncio.gather(
        *(learner(port, n, turns, think, latencies, errors) for n in range(learners))
    )
    return time.perf_counter() - began, latencies, errors


def run(workers: int, learners: int, turns: int, think: float) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="tutor-serve-bench-"))
    db = folder / "progress.sqlite3"
    port = free_port()
    tutor_cmd = Path(sys.executable).with_name("tutor")
    server = subprocess.Popen(
        [str(tutor_cmd), "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        env={**os.environ, "TUTOR_CACHE": str(folder / "cache")},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/api/learners", timeout=5):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.1)
        elapsed, latencies, errors = asyncio.run(load(port, learners, turns, think))
        memory = [rss_peak_kib(pid) for pid in workers_of(server.pid)]
    finally:
        server.terminate()
        server.wait(30)
    with sqlite3.connect(db) as conn:
        saved = conn.execute("SELECT count(*) FROM turn").fetchone()[0]
        whole = conn.execute("PRAGMA quick_check").fetchone()[0]
    latencies.sort()
    return {
        "workers": workers,
        "turns": len(latencies),
        "saved": saved,
        "whole": whole,
        "per_s": len(latencies) / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "errors": len(errors),
        "memory": memory,
        "first_errors": sorted(set(errors))[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--think", type=float, default=0.0, help="seconds between turns")
    args = parser.parse_args()
    print(
        f"{args.learners} learners at once x {args.turns} turns, {args.think:g} s between "
        f"turns, on {os.cpu_count()} cores (client and server share them)"
    )
    print(
        "| workers | turns | saved | database check | turns/s | p50 ms | p99 ms | errors "
        "| peak MiB per worker |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for workers in args.workers:
        r = run(workers, args.learners, args.turns, args.think)
        memory = ", ".join(f"{kib / 1024:.0f}" for kib in r["memory"])  # type: ignore[attr-defined]
        print(
            f"| {workers} | {r['turns']} | {r['saved']} | {r['whole']} | {r['per_s']:.0f} "
            f"| {r['p50']:.0f} "
            f"| {r['p99']:.0f} | {r['errors']} | {memory} |",
            flush=True,
        )
        if r["errors"]:
            print(f"  errors: {r['first_errors']}")


if __name__ == "__main__":
    main()
