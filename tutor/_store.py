"""Learner progress in SQLite: each learner's state, their conversation and transcripts,
saved per turn.

The faces (the REPL, `tutor chat --json`, `tutor progress`) keep learners here so that a
closed terminal loses nothing. The engine never sees the store: it only hands over
`Session.learner` and `Session.conversation`, saved as their JSON, apart.

Safety, because a learner's progress is the one thing the tutor must not lose:
- one transaction per turn (the turn row and the new state together, or neither);
- WAL mode and a busy timeout, so two terminals of one learner wait for each other rather
  than fail or corrupt the file; `synchronous=FULL`, so a committed turn survives a crash;
- a file that is not a healthy database, or comes from a newer version of the tutor, is
  moved aside with a timestamp (never overwritten) and a fresh one is started;
- every query is parameterised: a learner's name is data, never SQL.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "MAX_NAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Sitting",
    "Store",
    "StoreError",
    "Turn",
    "check_learner",
    "default_path",
]

_T = TypeVar("_T")
BUSY_TIMEOUT_S = 10.0  # how long a writer waits for another terminal's turn to commit
_MAGIC = b"SQLite format 3\x00"

# Schema migrations, oldest first: MIGRATIONS[i] takes a database from version i to i + 1.
# Never edit a released step; append a new one (and a test that migrates the old shape).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE learner (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL
    );
    CREATE TABLE progress (
        learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        pack TEXT NOT NULL,
        state TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (learner, pack)
    );
    CREATE TABLE sitting (
        id INTEGER PRIMARY KEY,
        learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        pack TEXT NOT NULL,
        started TEXT NOT NULL
    );
    CREATE INDEX sitting_by_learner ON sitting (learner, pack, id);
    CREATE TABLE turn (
        id INTEGER PRIMARY KEY,
        sitting INTEGER NOT NULL REFERENCES sitting(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        text TEXT NOT NULL,
        reply TEXT NOT NULL
    );
    CREATE INDEX turn_by_sitting ON turn (sitting, id);
    """,
    # The learner and the conversation saved apart. Each starts as a copy of the old
    # single-dict state, which `LearnerState`/`ConversationState.from_json` split on
    # reading; `progress` is left as it was, so nothing of an old save is lost.
    """
    CREATE TABLE learner_model (
        learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        pack TEXT NOT NULL,
        state TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (learner, pack)
    );
    CREATE TABLE conversation (
        learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        pack TEXT NOT NULL,
        state TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (learner, pack)
    );
    INSERT INTO learner_model (learner, pack, state, updated)
        SELECT learner, pack, state, updated FROM progress;
    INSERT INTO conversation (learner, pack, state, updated)
        SELECT learner, pack, state, updated FROM progress;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The database cannot be opened or written (read-only folder, full disk, ...)."""


@dataclass(frozen=True, slots=True)
class Turn:
    """One learner line and the reply it got (the reply as `Reply.to_dict()` made it)."""

    at: str
    text: str
    reply: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Sitting:
    """One run of the tutor by one learner: when it started and what was said."""

    id: int
    started: str
    turns: tuple[Turn, ...]


def default_path() -> Path:
    """Where progress lives unless `--db` or `TUTOR_DB` says otherwise.

    platformdirs knows each OS's convention and honours `$XDG_DATA_HOME` on Linux.
    """
    import platformdirs

    return platformdirs.user_data_path("tutor", appauthor=False) / "progress.sqlite3"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A learner database. Open with `Store.open(path)`; not shared between threads.

    Attributes:
        path: the database file.
        notice: what the learner should be told about opening it (a file moved aside),
            or None.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, notice: str | None) -> None:
        self.path = path
        self.notice = notice
        self._conn = conn
        self._sittings: dict[tuple[str, str], int] = {}

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (or create) the database at `path`, setting aside one that cannot be used.

        Raises:
            StoreError: the file or its folder cannot be created or written.
        """
        path = Path(path)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        notice = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            problem = _patiently(lambda: _check(path))
            if problem is not None:
                reason, why = problem
                aside = _move_aside(path, f"{reason}-{stamp}")
                notice = (
                    f"Your progress file {path} {why}, so it was moved to {aside} "
                    "and a fresh one was started."
                )
            conn = _patiently(lambda: _connect(path))
            _patiently(lambda: _migrate(conn))
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot use {path}: {exc}") from None
        return cls(path, conn, notice)

    def close(self) -> None:
        """Close the connection (saved turns are already safe on disk)."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading -----------------------------------------------------------------------

    def load(self, learner: str, pack: str) -> tuple[str, str] | None:
        """The learner's saved state and conversation with this pack (JSON texts, as
        `save_turn` took them), or None if there are none."""
        row = self._read(
            "SELECT m.state, c.state FROM learner_model m JOIN learner l ON l.id = m.learner "
            "JOIN conversation c ON c.learner = m.learner AND c.pack = m.pack "
            "WHERE l.name = ? AND m.pack = ?",
            (learner, pack),
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def learners(self) -> list[str]:
        """Every learner's name, sorted."""
        return [r[0] for r in self._read("SELECT name FROM learner ORDER BY name", ())]

    def history(self, learner: str, pack: str, last: int | None = None) -> list[Sitting]:
        """The learner's past sittings with this pack, oldest first (the `last` N if given)."""
        rows = self._read(
            "SELECT s.id, s.started FROM sitting s JOIN learner l ON l.id = s.learner "
            "WHERE l.name = ? AND s.pack = ? ORDER BY s.id DESC LIMIT ?",
            (learner, pack, -1 if last is None else last),
        ).fetchall()
        sittings = []
        for sitting_id, started in reversed(rows):
            turns = tuple(
                Turn(at, text, _json_dict(reply))
                for at, text, reply in self._read(
                    "SELECT at, text, reply FROM turn WHERE sitting = ? ORDER BY id", (sitting_id,)
                )
            )
            sittings.append(Sitting(sitting_id, started, turns))
        return sittings

    def recent_inputs(self, learner: str, limit: int = 1000) -> list[str]:
        """The learner's last typed lines, oldest first (for the REPL's up-arrow history)."""
        rows = self._read(
            "SELECT t.text FROM turn t JOIN sitting s ON s.id = t.sitting "
            "JOIN learner l ON l.id = s.learner WHERE l.name = ? ORDER BY t.id DESC LIMIT ?",
            (learner, limit),
        ).fetchall()
        return [r[0] for r in reversed(rows)]

    def last_reply(self, learner: str, pack: str) -> dict[str, Any] | None:
        """The last reply the learner got with this pack, or None."""
        row = self._read(
            "SELECT t.reply FROM turn t JOIN sitting s ON s.id = t.sitting "
            "JOIN learner l ON l.id = s.learner WHERE l.name = ? AND s.pack = ? "
            "ORDER BY t.id DESC LIMIT 1",
            (learner, pack),
        ).fetchone()
        return None if row is None else _json_dict(row[0])

    # --- writing -----------------------------------------------------------------------

    def save_turn(
        self,
        learner: str,
        pack: str,
        text: str,
        reply: dict[str, Any],
        state: tuple[str, str],
    ) -> None:
        """Record one turn and the learner's and conversation's states after it (JSON
        texts), in one transaction.

        The first turn of a Store's life for a learner opens a new sitting, so `history`
        groups turns by the run of the tutor they were said in.

        Raises:
            StoreError: the turn could not be written (nothing of it was).
        """
        try:
            reply_json = json.dumps(reply, ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"cannot save this turn: {exc}") from None
        now = _now()
        with self._write() as conn:
            learner_id = self._learner_id(conn, learner, now)
            sitting = self._sittings.get((learner, pack))
            if sitting is None:
                cur = conn.execute(
                    "INSERT INTO sitting (learner, pack, started) VALUES (?, ?, ?)",
                    (learner_id, pack, now),
                )
                sitting = int(cur.lastrowid or 0)
            conn.execute(
                "INSERT INTO turn (sitting, at, text, reply) VALUES (?, ?, ?, ?)",
                (sitting, now, text, reply_json),
            )
            for table, text in zip(("learner_model", "conversation"), state, strict=True):
                conn.execute(
                    f"INSERT INTO {table} (learner, pack, state, updated) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (learner, pack) DO UPDATE SET state = excluded.state, "
                    "updated = excluded.updated",
                    (learner_id, pack, text, now),
                )
        self._sittings[(learner, pack)] = sitting

    def reset(self, learner: str, pack: str, history: bool = False) -> bool:
        """Forget the learner's progress with this pack (and transcripts if `history`).

        Returns whether there was anything to forget.
        """
        with self._write() as conn:
            row = conn.execute("SELECT id FROM learner WHERE name = ?", (learner,)).fetchone()
            if row is None:
                return False
            changed = sum(
                conn.execute(
                    f"DELETE FROM {table} WHERE learner = ? AND pack = ?", (row[0], pack)
                ).rowcount
                for table in ("learner_model", "conversation", "progress")
            )
            if history:
                changed += conn.execute(
                    "DELETE FROM sitting WHERE learner = ? AND pack = ?", (row[0], pack)
                ).rowcount
        self._sittings.pop((learner, pack), None)
        return changed > 0

    # --- plumbing ----------------------------------------------------------------------

    def _learner_id(self, conn: sqlite3.Connection, name: str, now: str) -> int:
        conn.execute(
            "INSERT INTO learner (name, created) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
            (name, now),
        )
        row = conn.execute("SELECT id FROM learner WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def _read(self, sql: str, params: Sequence[Any]) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. BEGIN IMMEDIATE takes the write lock up front, so two
        writers queue on the busy timeout instead of failing on a lock upgrade."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write {self.path}: {exc}") from None
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            _rollback(conn)
            raise StoreError(f"cannot write {self.path}: {exc}") from None
        except BaseException:
            _rollback(conn)
            raise


def _rollback(conn: sqlite3.Connection) -> None:
    with suppress(sqlite3.Error):  # SQLite may have rolled back already (e.g. a full disk)
        conn.execute("ROLLBACK")


def _json_dict(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _patiently(step: Callable[[], _T]) -> _T:
    """Run `step`, retrying while another process holds the file for a moment.

    Two terminals opening a brand-new database race to switch it to WAL; SQLite answers
    the loser "database is locked" at once rather than through the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; _write() opens them explicitly.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _check(path: Path) -> tuple[str, str] | None:
    """Why the file at `path` cannot be used as it is: (tag, explanation), or None if it can."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(len(_MAGIC)) != _MAGIC:
            return "corrupt", "is not a tutor database (it may be damaged)"
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if not _damaged(exc):
            # Busy (_patiently() tries again), or not ours to open or write (a read-only
            # folder): the file may be perfectly healthy, so it is never moved aside.
            raise
        return "corrupt", f"is damaged ({exc})"
    if result is None or result[0] != "ok":
        return "corrupt", "is damaged (its integrity check failed)"
    if version > SCHEMA_VERSION:
        return (
            f"newer-v{version}",
            f"was written by a newer version of the tutor (schema {version}, "
            f"this one knows {SCHEMA_VERSION})",
        )
    return None


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file itself is broken, not that it may not be used now."""
    name = getattr(exc, "sqlite_errorname", None)  # Python 3.11+
    if name:
        return str(name).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    return "malformed" in str(exc) or "not a database" in str(exc)


def _move_aside(path: Path, suffix: str) -> Path:
    """Rename the database (and its WAL files, which belong to it) out of the way."""
    aside = path.with_name(f"{path.name}.{suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.{suffix}-{n}")
    path.rename(aside)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            side.rename(aside.with_name(aside.name + extra))
    return aside


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema forward to SCHEMA_VERSION, one step per transaction."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    while version < len(MIGRATIONS):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the lock: another terminal may have migrated meanwhile.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version < len(MIGRATIONS):
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                version += 1
                # PRAGMA takes no parameters; the value is our own integer, never input.
                conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise


def _statements(script: str) -> list[str]:
    """The statements of a migration script (executescript would commit on its own)."""
    return [s.strip() for s in script.split(";") if s.strip()]


MAX_NAME = 64  # characters of a learner's name


def check_learner(name: object) -> str | None:
    """Why a learner name is unusable, or None if it is fine."""
    if not isinstance(name, str) or not name.strip():
        return "a learner's name must be non-empty text"
    if len(name) > MAX_NAME:
        return f"a learner's name must be at most {MAX_NAME} characters"
    if not name.isprintable():
        return "a learner's name must be printable text"
    return None
