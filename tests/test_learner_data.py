"""What the tutor promises about a learner's data (docs/learner-data.md), as a learner meets it:
two sittings at once, huge lines, read-only media and read-only commands, with real processes.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import tutor
from tutor._session import MAX_INPUT
from tutor._store import Store

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes and permissions")
ENV = dict(os.environ, TUTOR_CACHE="")
FRESH = (tutor.LearnerState.new().to_json(), tutor.ConversationState.new().to_json())


def tutor(
    *args: str, prefix: list[str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "tutor", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        **kwargs,  # type: ignore[arg-type]
    )


def sitting(db: Path) -> subprocess.Popen[str]:
    """A learner's second terminal (or a web server's tab): `tutor chat --json` for ann."""
    return subprocess.Popen(
        [sys.executable, "-m", "tutor", "chat", "--json", "--learner", "ann", "--db", str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def say(proc: subprocess.Popen[str], text: str) -> dict[str, object]:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(json.dumps({"text": text}) + "\n")
    proc.stdin.flush()
    reply: dict[str, object] = json.loads(proc.stdout.readline())
    return reply


def saved_state(db: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The learner's and the conversation's saved states."""
    with Store.open(db) as store:
        saved = store.load("ann", "default")
    assert saved is not None
    return json.loads(saved[0]), json.loads(saved[1])


@posix
def test_two_sittings_of_one_learner_at_once_lose_no_turn(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    left, right = sitting(db), sitting(db)
    try:
        # Both sittings have started (and loaded the same progress) before either saves.
        say(left, "hello")
        say(right, "who killed trotsky")
        say(left, "what was the troika")
        say(right, "when did lenin die")
        say(left, "who was zinoviev")
    finally:
        out = {}
        for name, proc in (("left", left), ("right", right)):
            out[name] = proc.communicate(timeout=60)
    learner, state = saved_state(db)
    assert learner["revision"] == 5  # every turn of both sittings is in the saved progress
    assert state["turn"] == 5
    told = state["told"]
    assert isinstance(told, list) and len(told) >= 3  # facts told in either sitting
    with Store.open(db) as store:
        said = [t.text for s in store.history("ann", "default") for t in s.turns]
    assert sorted(said) == sorted(
        [
            "hello",
            "who killed trotsky",
            "what was the troika",
            "when did lenin die",
            "who was zinoviev",
        ]
    )
    # each sitting was told when the other had saved in between
    assert "another sitting" in out["right"][1] and "another sitting" in out["left"][1]
    assert "Traceback" not in out["left"][1] + out["right"][1]


def test_a_huge_line_is_stored_as_far_as_it_was_read_with_a_note(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    line = "who killed trotsky " + "x" * 2_000_000
    done = tutor("chat", "--learner", "ann", "--db", str(db), input=line + "\n")
    assert done.returncode == 0
    with Store.open(db) as store:
        (text,) = [t.text for s in store.history("ann", "default") for t in s.turns]
    assert text.startswith(line[:MAX_INPUT]) and len(text) < MAX_INPUT + 100
    assert "cut" in text and "2,000,019 characters" in text
    assert db.stat().st_size < 200_000


def _damaged_database(db: Path) -> bytes:
    with Store.open(db) as store:
        for _ in range(100):
            store.load("ann", "default")
            store.save_turn("ann", "default", "a long line " * 40, {"text": "x"}, FRESH)
    with db.open("r+b") as fh:
        fh.truncate(db.stat().st_size // 2)
    return db.read_bytes()


@pytest.mark.parametrize("command", ["progress", "history"])
def test_read_only_commands_never_move_a_damaged_database(tmp_path: Path, command: str) -> None:
    db = tmp_path / "progress.sqlite3"
    before = _damaged_database(db)
    done = tutor(command, "--learner", "ann", "--db", str(db))
    assert done.returncode == 2 and "damaged" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [db.name]


def test_read_only_commands_leave_a_newer_database_alone(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    with Store.open(db) as store:
        store.load("ann", "default")
        store.save_turn("ann", "default", "hello", {"text": "hi"}, FRESH)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    for command in ("progress", "history", "chat"):
        done = tutor(command, "--learner", "ann", "--db", str(db), input="hello\n")
        assert done.returncode == 2 and "made by a newer version" in done.stderr, command
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [db.name]


def _unprivileged() -> list[str] | None:
    """A command prefix under which file permissions hold even for root (setpriv)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return None if setpriv is None else [setpriv, "--bounding-set=-dac_override,-fowner"]


@posix
def test_a_database_on_read_only_media_can_be_read(tmp_path: Path) -> None:
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    folder = tmp_path / "media"
    folder.mkdir()
    db = folder / "progress.sqlite3"
    with Store.open(db) as store:
        store.load("ann", "default")
        store.save_turn("ann", "default", "who killed trotsky", {"text": "Mercader"}, FRESH)
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        history = tutor("history", "--learner", "ann", "--db", str(db), prefix=prefix)
        progress = tutor("progress", "--learner", "ann", "--db", str(db), prefix=prefix)
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert history.returncode == 0, history.stderr
    assert "> who killed trotsky" in history.stdout and "Mercader" in history.stdout
    assert progress.returncode == 0, progress.stderr
    assert progress.stdout.startswith("Progress of ann")
    assert [p.name for p in folder.iterdir()] == [db.name]


def test_a_sitting_never_overwrites_progress_it_cannot_read(tmp_path: Path) -> None:
    from tutor import Tutor
    from tutor.repl import Chat, Loader

    db = tmp_path / "progress.sqlite3"
    t = Tutor()
    told: list[str] = []
    with Store.open(db) as mine, Store.open(db) as other:
        chat = Chat(Loader(lambda: t), "ann", "default", mine, told.append)
        other.load("ann", "default")
        newer = json.loads(FRESH[0]) | {"version": 99}  # a newer tutor's save, meanwhile
        other.save_turn("ann", "default", "hi", {"text": "hello"}, (json.dumps(newer), FRESH[1]))
        reply = chat.respond("who killed trotsky")
        assert reply.kind == "answer"
        assert chat.session.conversation.revision == 1  # the turn was played once
        assert any("cannot be read" in m for m in told)
        saved = other.load("ann", "default")
    assert saved is not None and json.loads(saved[0])["version"] == 99  # left as it was
