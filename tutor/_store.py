"""Learner progress in SQLite: each learner's state, their conversation and transcripts,
saved per turn.

The faces (the REPL, `tutor chat --json`, `tutor progress`) keep learners here so that a
closed terminal loses nothing. The engine never sees the store: it only hands over
`Session.learner` and `Session.conversation`, saved as their JSON, apart.

Safety, because a learner's progress is the one thing the tutor must not lose (the promises
and their tests: docs/learner-data.md):
- one transaction per turn (the turn row and the new state together, or neither);
- WAL mode and a busy timeout, so two terminals of one learner wait for each other rather
  than fail or corrupt the file; `synchronous=FULL`, so a committed turn survives a crash;
- each learner's progress has a version, and a save is a compare-and-swap on it: a sitting
  whose progress moved on in another sitting gets `Superseded` and nothing is written, so
  it can catch up and redo the turn instead of overwriting the other sitting's work;
- only a database of ours (our application id, or our tables in an older file) is ever
  used; any other file, and a database of a newer tutor, is refused untouched
  (`StoreRefused`); only a damaged database of ours is moved aside, and never by a
  read-only opening (`progress`, `history`);
- a learner's line is stored as far as the engine reads it (MAX_INPUT), with a note of the cut;
- every query is parameterised: a learner's name is data, never SQL.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from ._session import MAX_INPUT

__all__ = [
    "MAX_NAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "TURN_RECORD",
    "Sitting",
    "Store",
    "StoreError",
    "StoreRefused",
    "Superseded",
    "Turn",
    "check_learner",
    "cut",
    "default_path",
    "open_readonly",
]

_T = TypeVar("_T")
# One writer per database file in a process at a time: threads with a connection each (a
# web server's) otherwise meet SQLite's busy handler, which sleeps in steps of up to 100 ms
# while the write lock is held for about 2 ms. Other processes still queue on the timeout.
_WRITERS: dict[Path, threading.Lock] = {}
_WRITERS_LOCK = threading.Lock()
_OPEN: dict[Path, int] = {}  # this process's open Stores, by file (changed under _writer)


def _forget_in_child() -> None:
    """A forked child has no Store open and holds no lock, whatever its parent's threads did."""
    global _WRITERS_LOCK
    _WRITERS.clear()
    _OPEN.clear()
    _WRITERS_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)
BUSY_TIMEOUT_S = 10.0  # how long a writer waits for another terminal's turn to commit
_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x7475746F  # "tuto": SQLite's header field that says which program made a file
_OUR_TABLES = frozenset({"learner", "progress", "sitting", "turn"})

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
    # A version per learner's progress (both states), for compare-and-swap between
    # concurrent sittings of one learner.
    """
    ALTER TABLE learner_model ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: what happened in each turn, as columns an educator's report can count without
    # replaying the engine (older turns keep NULL here: the report calls them unknown)
    """
    ALTER TABLE turn ADD COLUMN kind TEXT;
    ALTER TABLE turn ADD COLUMN fact TEXT;
    ALTER TABLE turn ADD COLUMN question TEXT;
    ALTER TABLE turn ADD COLUMN verdict TEXT;
    ALTER TABLE turn ADD COLUMN rung TEXT;
    ALTER TABLE turn ADD COLUMN misconception TEXT;
    ALTER TABLE turn ADD COLUMN near TEXT;
    """,
)
# The per-turn record's columns, each from the key of `Reply.to_dict()` of the same name
# but `fact` (the first of `fact_ids`) and `question` (`judged_question`).
TURN_RECORD = ("kind", "fact", "question", "verdict", "rung", "misconception", "near")
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The database cannot be opened or written (read-only folder, full disk, ...)."""


class StoreRefused(StoreError):
    """The file is not ours to use (another program's, or a newer tutor's): left untouched."""


class Superseded(Exception):
    """Another sitting saved this learner's progress since this one loaded it.

    Nothing of the turn was written: load the newer progress and redo the turn on it.
    """


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
        self._closed = False
        self._sittings: dict[tuple[str, str], int] = {}
        # The version of each learner's progress this sitting builds on (None: no progress).
        self._versions: dict[tuple[str, str], int | None] = {}
        # A read-only opening does not migrate: an older file may lack the split states
        # (the single state of `progress` then serves as both) or the version column.
        columns = {r[1] for r in conn.execute("PRAGMA table_info(learner_model)")}
        if not columns:
            self._load_sql = (
                "SELECT p.state, p.state, 0 FROM progress p JOIN learner l ON l.id = p.learner "
                "WHERE l.name = ? AND p.pack = ?"
            )
        else:
            self._load_sql = (
                f"SELECT m.state, c.state, {'m.version' if 'version' in columns else '0'} "
                "FROM learner_model m JOIN learner l ON l.id = m.learner "
                "JOIN conversation c ON c.learner = m.learner AND c.pack = m.pack "
                "WHERE l.name = ? AND m.pack = ?"
            )

    @classmethod
    def open(cls, path: str | Path, readonly: bool = False) -> Store:
        """Open (or create) the database at `path`, setting aside one of ours that is damaged.

        With `readonly`, nothing is created, migrated or moved (for `progress`, `history`,
        reports); a database on read-only media can still be read.

        Raises:
            StoreRefused: the file is not a tutor database, or a newer tutor's (untouched).
            StoreError: the file or its folder cannot be created, read or written.
        """
        path = Path(path)
        if readonly and not path.is_file():
            raise StoreError(f"cannot use {path}: there is no database there")
        try:
            if not readonly:
                path.parent.mkdir(parents=True, exist_ok=True)
            with _writer(path):  # no write of this process's other connections meanwhile
                return cls._open(path, readonly)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot use {path}: {exc}") from None

    @classmethod
    def _open(cls, path: Path, readonly: bool) -> Store:
        notice = None
        damage = _checked(path)
        if damage is not None and readonly:
            raise StoreError(
                f"{path} {damage}; run the tutor to set it aside and start a fresh one"
            )
        if damage is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = _move_aside(path, f"corrupt-{stamp}")
            notice = (
                f"Your progress file {path} {damage}, so it was moved to {aside} "
                "and a fresh one was started."
            )
        if readonly:
            conn = _patiently(lambda: _connect_readonly(path))
        else:
            conn = _patiently(lambda: _connect(path))
            _patiently(lambda: _migrate(conn))
        store = cls(path, conn, notice)
        _OPEN[path.absolute()] = _OPEN.get(path.absolute(), 0) + 1
        return store

    def close(self) -> None:
        """Close the connection (saved turns are already safe on disk)."""
        with _writer(self.path):
            if not self._closed:
                self._conn.close()
                self._closed = True
                key = self.path.absolute()
                _OPEN[key] = _OPEN.get(key, 1) - 1

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading -----------------------------------------------------------------------

    def load(self, learner: str, pack: str) -> tuple[str, str] | None:
        """The learner's saved state and conversation with this pack (JSON texts, as
        `save_turn` took them), or None if there are none.

        This sitting's next `save_turn` builds on what was loaded here.
        """
        learner = self._known(learner)
        row = self._read(self._load_sql, (learner, pack)).fetchone()
        self._versions[(learner, pack)] = None if row is None else int(row[2])
        return None if row is None else (str(row[0]), str(row[1]))

    def learners(self) -> list[str]:
        """Every learner's name, sorted."""
        return [r[0] for r in self._read("SELECT name FROM learner ORDER BY name", ())]

    def packs(self, learner: str | None = None) -> list[str]:
        """The packs anything is saved with (a learner's, or anyone's), sorted: so that a
        command asked about one pack can say where the saved work is."""
        return packs_saved(self._read, None if learner is None else self._known(learner))

    def _known(self, name: str) -> str:
        """The saved learner a name means: itself if saved so, else the one saved learner
        it matches but for case ("Lou" is "lou": a learner who types their name otherwise
        keeps their progress); else the name as given (a new learner). SQLite's NOCASE
        folds ASCII letters only."""
        if self._read("SELECT 1 FROM learner WHERE name = ?", (name,)).fetchone():
            return name
        rows = self._read(
            "SELECT name FROM learner WHERE name = ? COLLATE NOCASE LIMIT 2", (name,)
        ).fetchall()
        return str(rows[0][0]) if len(rows) == 1 else name

    def history(self, learner: str, pack: str, last: int | None = None) -> list[Sitting]:
        """The learner's past sittings with this pack, oldest first (the `last` N if given);
        a sitting with no turn yet (a page opened and left) is none."""
        learner = self._known(learner)
        rows = self._read(
            "SELECT s.id, s.started FROM sitting s JOIN learner l ON l.id = s.learner "
            "WHERE l.name = ? AND s.pack = ? "
            "AND EXISTS (SELECT 1 FROM turn t WHERE t.sitting = s.id) "  # a page opened, unused
            "ORDER BY s.id DESC LIMIT ?",
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
        learner = self._known(learner)
        rows = self._read(
            "SELECT t.text FROM turn t JOIN sitting s ON s.id = t.sitting "
            "JOIN learner l ON l.id = s.learner WHERE l.name = ? ORDER BY t.id DESC LIMIT ?",
            (learner, limit),
        ).fetchall()
        return [r[0] for r in reversed(rows)]

    def last_reply(self, learner: str, pack: str) -> dict[str, Any] | None:
        """The last reply the learner got with this pack, or None."""
        learner = self._known(learner)
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
        *,
        sitting: int | None = None,
    ) -> None:
        """Record one turn and the learner's and conversation's states after it (JSON
        texts), in one transaction.

        The first turn of a Store's life for a learner opens a new sitting, so `history`
        groups turns by the run of the tutor they were said in, unless `sitting` names one
        that `begin` opened (a web page's conversation, served by any thread). The states
        must build on
        the progress this Store last loaded or saved (none if it never loaded): a compare-
        and-swap on the progress's version, so two sittings never overwrite each other. The
        text is kept as far as the engine reads it (`MAX_INPUT`), with a note of the cut.

        Raises:
            Superseded: another sitting saved since; nothing was written (load, then redo).
            StoreError: the turn could not be written (nothing of it was).
        """
        learner = self._known(learner)
        try:
            reply_json = json.dumps(reply, ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"cannot save this turn: {exc}") from None
        text = cut(text)
        now = _now()
        key = (learner, pack)
        expected = self._versions.get(key)
        with self._write() as conn:
            learner_id = self._learner_id(conn, learner, now)
            row = conn.execute(
                "SELECT version FROM learner_model WHERE learner = ? AND pack = ?",
                (learner_id, pack),
            ).fetchone()
            current = None if row is None else int(row[0])
            if current != expected:
                raise Superseded(
                    f"{learner}'s progress was saved by another sitting since this one loaded it"
                )
            version = (current or 0) + 1
            sitting = self._sittings.get(key) if sitting is None else sitting
            if sitting is None:
                cur = conn.execute(
                    "INSERT INTO sitting (learner, pack, started) VALUES (?, ?, ?)",
                    (learner_id, pack, now),
                )
                sitting = int(cur.lastrowid or 0)
            conn.execute(
                "INSERT INTO turn (sitting, at, text, reply, kind, fact, question, verdict, "
                "rung, misconception, near) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sitting, now, text, reply_json, *_record(reply)),
            )
            learner_json, conversation_json = state
            conn.execute(
                "INSERT INTO learner_model (learner, pack, state, updated, version) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (learner, pack) DO UPDATE SET "
                "state = excluded.state, updated = excluded.updated, version = excluded.version",
                (learner_id, pack, learner_json, now, version),
            )
            conn.execute(
                "INSERT INTO conversation (learner, pack, state, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (learner, pack) DO UPDATE SET state = excluded.state, "
                "updated = excluded.updated",
                (learner_id, pack, conversation_json, now),
            )
        self._sittings[key] = sitting
        self._versions[key] = version

    def commit(
        self,
        learner: str,
        pack: str,
        text: str,
        reply: dict[str, Any],
        state: tuple[str, str],
        *,
        sitting: int | None = None,
    ) -> bool:
        """`save_turn`, saying False instead of raising `Superseded` (nothing written):
        the shape the web app's store protocol asks for (tutor.web.StateStore)."""
        try:
            self.save_turn(learner, pack, text, reply, state, sitting=sitting)
        except Superseded:
            return False
        return True

    def begin(self, learner: str, pack: str) -> int:
        """Open a sitting for the learner now and return its id, for turns saved with
        `save_turn(..., sitting=id)` from any connection (a web page's conversation)."""
        learner = self._known(learner)
        now = _now()
        with self._write() as conn:
            learner_id = self._learner_id(conn, learner, now)
            cur = conn.execute(
                "INSERT INTO sitting (learner, pack, started) VALUES (?, ?, ?)",
                (learner_id, pack, now),
            )
        return int(cur.lastrowid or 0)

    def owner(self, sitting: int) -> tuple[str, str] | None:
        """The learner's name and the pack of a sitting, or None if there is no such one."""
        row = self._read(
            "SELECT l.name, s.pack FROM sitting s JOIN learner l ON l.id = s.learner "
            "WHERE s.id = ?",
            (sitting,),
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def reset(self, learner: str, pack: str, history: bool = False) -> bool:
        """Forget the learner's progress with this pack (and transcripts if `history`).

        Returns whether there was anything to forget.
        """
        learner = self._known(learner)
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
        self._versions[(learner, pack)] = None  # this sitting starts afresh
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
        with _writer(self.path):
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


def _checked(path: Path) -> str | None:
    """`_check`, unless this process has the file open already (it is ours, and in use).

    Reading the header opens and closes the file outside SQLite, and closing any descriptor
    of a file drops every POSIX lock the process holds on it: another connection of this
    process would lose its locks mid-transaction, and a second process could then write
    over it (two web workers, each opening a connection per thread, corrupted a database
    so). Callers hold `_writer(path)`, so no write of this process runs meanwhile either.
    """
    if _OPEN.get(path.absolute(), 0) > 0:
        return None
    return _patiently(lambda: _check(path))


def _writer(path: Path) -> threading.Lock:
    """The lock this process's writers of the database at `path` take turns on."""
    key = path.absolute()
    with _WRITERS_LOCK:
        return _WRITERS.setdefault(key, threading.Lock())


def _record(reply: dict[str, Any]) -> tuple[str | None, ...]:
    """The per-turn record's columns (TURN_RECORD) from a reply dict: text or NULL."""
    facts = reply.get("fact_ids")
    found = {
        **reply,
        "fact": facts[0] if isinstance(facts, list) and facts else None,
        "question": reply.get("judged_question"),
    }
    return tuple(v if isinstance(v := found.get(k), str) else None for k in TURN_RECORD)


def packs_saved(read: Callable[[str, Sequence[Any]], Any], learner: str | None = None) -> list[str]:
    """The packs with a saved sitting (of `learner`, or of anyone), sorted; `read` runs a
    query on a tutor database (a Store's, or a read-only connection's execute)."""
    sql = "SELECT DISTINCT s.pack FROM sitting s JOIN learner l ON l.id = s.learner"
    rows = read(sql, ()) if learner is None else read(sql + " WHERE l.name = ?", (learner,))
    return sorted(str(r[0]) for r in rows)


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A connection that can only read the tutor database at `path` (for reports).

    The file must pass the same test as for `Store.open` (`_check`): another program's
    file, a newer tutor's database or a damaged one is refused and left as it is. SQLite's
    `mode=ro` then opens it without ever writing it, and nothing is migrated.

    Raises:
        StoreRefused: the file is not a tutor database, or a newer tutor's.
        StoreError: no such file, a damaged database, or it cannot be read.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such database")
    try:
        with _writer(path):
            damage = _checked(path)
        if damage is not None:
            raise StoreError(f"{path} {damage}; run the tutor to set it aside")
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot read {path}: {exc}") from None
    try:
        conn.execute("PRAGMA query_only=ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"cannot read {path}: {exc}") from None
    if not tables >= _OUR_TABLES:  # an empty file, or an empty database: nothing to report
        conn.close()
        raise StoreRefused(f"{path} is not a tutor database")
    return conn


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


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that never writes (`query_only`), which, as the last one, still tidies
    the WAL's side files away on closing. On read-only media SQLite cannot make those
    files, so the database is then read as immutable (nobody can be writing it there)."""
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            conn.execute("PRAGMA query_only = 1")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise
    uri = path.resolve().as_uri()
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)


def _refuse(path: Path, why: str) -> StoreRefused:
    return StoreRefused(
        f"{path} {why}; it was left as it is (choose another file with --db or TUTOR_DB)"
    )


def _check(path: Path) -> str | None:
    """Why a database of ours at `path` must be set aside (it is damaged), or None if it is
    fine or absent.

    Raises:
        StoreRefused: the file is not a tutor database, or was made by a newer tutor.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(_MAGIC) or len(header) < 100:
        raise _refuse(path, "is not a tutor database (not SQLite at all)")
    stamped = int.from_bytes(header[68:72], "big")
    if stamped not in (0, APPLICATION_ID):
        raise _refuse(path, "is another program's SQLite database, not the tutor's")
    if stamped == 0 and _foreign_tables(path):
        raise _refuse(path, "is another program's SQLite database, not the tutor's")
    try:
        conn = _connect_readonly(path)
        try:
            app = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if not _damaged(exc):
            # Busy (_patiently() tries again), or not ours to open (a folder we may not
            # read): the file may be perfectly healthy, so it is never moved aside.
            raise
        if stamped != APPLICATION_ID:
            raise _refuse(path, f"cannot be read as a tutor database ({exc})") from None
        return f"is damaged ({exc})"
    ours = app == APPLICATION_ID or (app == 0 and tables >= _OUR_TABLES)
    if not ours and (app != 0 or tables):  # an empty database holds nothing to take over
        raise _refuse(path, "is another program's SQLite database, not the tutor's")
    if version > SCHEMA_VERSION:
        raise _refuse(
            path,
            f"was made by a newer version of the tutor (schema {version}; this one knows "
            f"{SCHEMA_VERSION}): update the tutor to use it",
        )
    if result is None or result[0] != "ok":
        if not ours:
            raise _refuse(path, "is a damaged SQLite database, not the tutor's")
        return "is damaged (its integrity check failed)"
    return None


def _foreign_tables(path: Path) -> bool:
    """Whether an unmarked file holds tables that are not ours, read as immutable: no lock,
    no side file, and no checkpoint of another program's WAL on closing."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False  # judged below, with the file opened properly
    return bool(tables) and not tables >= _OUR_TABLES


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
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                version += 1
                # PRAGMA takes no parameters; the value is our own integer, never input.
                conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        # Mark the file as ours (new, or made before the mark existed).
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")


def _statements(script: str) -> list[str]:
    """The statements of a migration script (executescript would commit on its own)."""
    return [s.strip() for s in script.split(";") if s.strip()]


MAX_NAME = 64  # characters of a learner's name


def cut(text: str) -> str:
    """A learner's line as far as the engine reads it, with a note of what was cut."""
    if len(text) <= MAX_INPUT:
        return text
    return f"{text[:MAX_INPUT]} [cut: the line had {len(text):,} characters]"


def check_learner(name: object) -> str | None:
    """Why a learner name is unusable, or None if it is fine."""
    if not isinstance(name, str) or not name.strip():
        return "a learner's name must be non-empty text"
    if len(name) > MAX_NAME:
        return f"a learner's name must be at most {MAX_NAME} characters"
    if not name.isprintable():
        return "a learner's name must be printable text"
    return None
