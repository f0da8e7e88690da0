"""Crash safety of learner progress, with real processes and real failures.

tests/test_store.py covers damaged, truncated and newer databases and a folder that cannot
be created; these add what only a real crash or a real full disk shows: SIGKILL in the
middle of a turn or of a write, a disk that fills up mid-chat, and a read-only folder
that holds a healthy database (even for root, who ignores permissions, by dropping to
an unprivileged user in a forked child).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tutor._store import Store, StoreError

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and limits")


QUESTIONS = ["who killed trotsky", "when did lenin die", "what was the troika", "who was stalin"]


def pair(turn: int) -> tuple[str, str]:
    """A learner's and a conversation's saved JSON, as Session would hand them over."""
    return (json.dumps({"turn": turn}),) * 2


def chat_process(db: Path, **kwargs: Any) -> subprocess.Popen[str]:
    """`tutor chat --json` for learner ann, as a learner's app would run it."""
    env = dict(os.environ, TUTOR_CACHE="")
    return subprocess.Popen(
        [sys.executable, "-m", "tutor", "chat", "--json", "--learner", "ann", "--db", str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **kwargs,
    )


def line(text: str) -> str:
    return json.dumps({"text": text}) + "\n"


def saved(db: Path) -> tuple[int, int, str | None]:
    """(turns in the transcript, turn count in the saved state, notice on opening)."""
    with Store.open(db) as store:
        turns = sum(len(s.turns) for s in store.history("ann", "default"))
        saved = store.load("ann", "default")
        state = json.loads(saved[1]) if saved else {}
        notice = store.notice
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return turns, int(state.get("turn", 0)), notice


@posix
def test_sigkill_mid_turn_loses_at_most_that_turn(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    rng = random.Random(5)
    answered = 0
    for _ in range(4):
        proc = chat_process(db)
        assert proc.stdin is not None and proc.stdout is not None
        for _ in range(rng.randrange(2, 6)):
            proc.stdin.write(line(rng.choice(QUESTIONS)))
            proc.stdin.flush()
            assert json.loads(proc.stdout.readline())["kind"]
            answered += 1
        proc.stdin.write(line("why was trotsky exiled"))  # the turn the kill interrupts
        proc.stdin.flush()
        time.sleep(rng.random() * 0.004)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        turns, state_turn, notice = saved(db)
        assert notice is None  # nothing to set aside: the database survived
        assert answered <= turns <= answered + 1  # every answered turn is kept
        assert state_turn == turns  # and the state went with it
        answered = turns
    assert answered >= 8


def _writer(path: str, out: Any) -> None:
    with Store.open(path) as store:
        saved = store.load("ann", "default")
        turn = json.loads(saved[1])["turn"] if saved else 0
        while True:
            turn += 1
            store.save_turn("ann", "default", f"line {turn}", {"text": "x" * 4000}, pair(turn))
            out.send(turn)


@posix
def test_sigkill_inside_a_write_keeps_turn_and_state_together(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    Store.open(db).close()
    fork = multiprocessing.get_context("fork")
    rng = random.Random(9)
    kept = 0  # turns saved by the children before: a child killed before it commits
    for _ in range(8):  # one (slow to start on a loaded machine) leaves just those
        receive, send = fork.Pipe(duplex=False)
        child = fork.Process(target=_writer, args=(str(db), send))
        child.start()
        committed = kept
        deadline = time.monotonic() + 0.05 + rng.random() * 0.2
        while time.monotonic() < deadline:
            if receive.poll(0.01):
                committed = receive.recv()
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        while receive.poll():
            committed = receive.recv()
        turns, state_turn, notice = saved(db)
        assert notice is None
        assert turns == state_turn  # a turn's row and its state: both or neither
        assert committed <= turns <= committed + 1
        kept = turns


@posix
def test_a_disk_that_fills_up_mid_chat_stops_saving_once_and_the_chat_goes_on(
    tmp_path: Path,
) -> None:
    import resource

    db = tmp_path / "progress.sqlite3"

    def small_disk() -> None:  # files may not grow past 150 kB: writes fail as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))

    proc = chat_process(db, preexec_fn=small_disk)
    questions = "".join(line(QUESTIONS[i % 4] + " " + "." * 3000) for i in range(40))
    out, err = proc.communicate(questions, timeout=120)
    assert proc.returncode == 0
    replies = [json.loads(r) for r in out.splitlines()]
    assert len(replies) == 40 and all(r["kind"] == "answer" for r in replies)  # every turn
    assert err.count("can't be saved") == 1
    assert "goes on without saving" in err and "Traceback" not in err
    turns, state_turn, notice = saved(db)
    assert notice is None and 0 < turns < 40 and state_turn == turns


def test_a_full_database_keeps_what_it_had(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    store = Store.open(db)
    store.save_turn("ann", "default", "first", {"text": "kept"}, pair(1))
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    with pytest.raises(StoreError, match="full"):
        for turn in range(2, 50):
            store.save_turn("ann", "default", "more " * 500, {"text": "x" * 5000}, pair(turn))
    store.close()
    turns, state_turn, notice = saved(db)
    assert notice is None and turns == state_turn >= 1


def _unprivileged() -> list[str] | None:
    """A command prefix under which file permissions hold, or None if there is none.

    Root ignores permissions; setpriv (util-linux) drops the capabilities that let it.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"]


@posix
@pytest.mark.parametrize("existing", [True, False], ids=["healthy-database", "no-database"])
def test_a_read_only_folder_gives_a_clear_message_and_the_tutor_runs_without_saving(
    tmp_path: Path, existing: bool
) -> None:
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "progress.sqlite3"
    if existing:
        with Store.open(db) as store:
            store.save_turn("ann", "default", "who was lenin", {"text": "kept"}, pair(1))
    before = sorted(p.name for p in folder.iterdir())
    folder.chmod(0o555)
    command = [sys.executable, "-m", "tutor", "chat", "--json", "--learner", "ann", "--db", str(db)]
    try:
        proc = subprocess.run(
            [*prefix, *command],
            input=line("who killed trotsky") + line("why?"),
            capture_output=True,
            text=True,
            env=dict(os.environ, TUTOR_CACHE=""),
            timeout=60,
        )
    finally:
        folder.chmod(0o755)
    assert proc.returncode == 0
    assert proc.stderr.startswith(f"tutor: cannot use {db}")
    assert "your progress will not be saved" in proc.stderr
    assert "corrupt" not in proc.stderr and "damaged" not in proc.stderr  # it is healthy
    assert "Traceback" not in proc.stderr
    replies = [json.loads(r) for r in proc.stdout.splitlines()]
    assert len(replies) == 2 and replies[0]["kind"] == "answer"
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing moved aside
    if existing:
        turns, state_turn, notice = saved(db)
        assert (turns, state_turn, notice) == (1, 1, None)
