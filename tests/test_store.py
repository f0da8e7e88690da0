"""The learner store: progress survives, damage is set aside, names are data, writers share."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tutor import _store
from tutor._store import SCHEMA_VERSION, Store, StoreError, StoreRefused, Superseded


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


def pair(turn: int) -> tuple[str, str]:
    """A learner's and a conversation's saved JSON, as Session would hand them over."""
    return (f'{{"turn": {turn}}}', f'{{"turn": {turn}, "told": []}}')


def save(store: Store, text: str, turn: int, learner: str = "ann", **reply: object) -> None:
    """Save a turn as a sitting that always catches up first (a blind write, on purpose)."""
    while True:
        store.load(learner, "default")
        try:
            store.save_turn(learner, "default", text, {"text": f"re: {text}", **reply}, pair(turn))
            return
        except Superseded:
            continue


def test_a_learner_finds_their_state_and_transcript_after_reopening(db: Path) -> None:
    with Store.open(db) as store:
        assert store.load("ann", "default") is None
        save(store, "who killed trotsky", 1)
        save(store, "why?", 2, follow_up="What did he gain?")
    with Store.open(db) as store:
        assert store.load("ann", "default") == pair(2)
        assert store.last_reply("ann", "default") == {
            "text": "re: why?",
            "follow_up": "What did he gain?",
        }
        assert store.recent_inputs("ann") == ["who killed trotsky", "why?"]
        assert store.learners() == ["ann"]


def test_each_run_of_the_tutor_is_its_own_sitting_in_the_history(db: Path) -> None:
    with Store.open(db) as store:
        save(store, "first", 1)
        save(store, "second", 2)
    with Store.open(db) as store:
        save(store, "third", 3)
        sittings = store.history("ann", "default")
        assert [[t.text for t in s.turns] for s in sittings] == [["first", "second"], ["third"]]
        assert [[t.text for t in s.turns] for s in store.history("ann", "default", last=1)] == [
            ["third"]
        ]


def test_learners_and_packs_keep_separate_progress(db: Path) -> None:
    with Store.open(db) as store:
        save(store, "mine", 1, learner="ann")
        save(store, "yours", 7, learner="bob")
        store.save_turn("ann", "/packs/other", "elsewhere", {}, pair(99))
        assert store.load("ann", "default") == pair(1)
        assert store.load("bob", "default") == pair(7)
        assert store.load("ann", "/packs/other") == pair(99)


def test_a_learner_who_types_their_name_in_other_case_keeps_their_progress(db: Path) -> None:
    with Store.open(db) as store:
        save(store, "hello", 1, learner="lou")
        save(store, "again", 2, learner="Lou")  # the same learner, not a new one
        assert store.learners() == ["lou"]
        assert store.load("LOU", "default") == pair(2)
        assert [t.text for s in store.history("Lou", "default") for t in s.turns] == [
            "hello",
            "again",
        ]
        assert store.packs("Lou") == ["default"]


def test_two_learners_saved_apart_by_case_long_ago_stay_apart(db: Path) -> None:
    with Store.open(db) as store:
        store.save_turn("Amy", "default", "mine", {}, pair(1))
    with sqlite3.connect(db) as conn:  # saved before names were matched whatever their case
        conn.execute("INSERT INTO learner (name, created) VALUES ('amy', '2026-01-01')")
    with Store.open(db) as store:
        store.save_turn("amy", "default", "hers", {}, pair(2))
        assert store.learners() == ["Amy", "amy"]
        assert store.load("Amy", "default") == pair(1)
        assert store.load("amy", "default") == pair(2)
        assert store.load("AMY", "default") is None  # which of the two: neither is guessed


def test_a_learner_name_is_data_never_sql(db: Path) -> None:
    name = "Robert'); DROP TABLE learner;--"
    with Store.open(db) as store:
        save(store, "hello", 1, learner=name)
        save(store, "hi", 1, learner="ann")
        assert store.learners() == sorted([name, "ann"])
        assert store.load(name, "default") == pair(1)
        assert store.load("ann", "default") == pair(1)


def test_reset_forgets_progress_and_keeps_or_drops_transcripts(db: Path) -> None:
    with Store.open(db) as store:
        save(store, "hello", 1)
        assert store.reset("ann", "default") is True
        assert store.load("ann", "default") is None
        assert len(store.history("ann", "default")) == 1
        save(store, "again", 2)
        assert store.reset("ann", "default", history=True) is True
        assert store.history("ann", "default") == []
        assert store.reset("nobody", "default") is False


@pytest.mark.parametrize(
    "content",
    [b"this is not a database, but it is somebody's file\n" * 10, os.urandom(5000)],
    ids=["text", "random-bytes"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(db: Path, content: bytes) -> None:
    db.write_bytes(content)
    for readonly in (False, True):
        with pytest.raises(StoreRefused, match="not a tutor database"):
            Store.open(db, readonly=readonly)
    assert db.read_bytes() == content
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_another_programs_sqlite_database_is_refused_untouched(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.execute("INSERT INTO photos (path) VALUES ('cat.jpg')")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StoreRefused, match="another program's SQLite database"):
            Store.open(db, readonly=readonly)
    assert db.read_bytes() == before  # no tables added, no WAL mode forced
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_a_database_with_another_application_id_is_refused_untouched(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE learner (id INTEGER)")  # even with a table named like ours
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreRefused):
        Store.open(db)
    assert db.read_bytes() == before


def test_our_database_carries_our_application_id(db: Path) -> None:
    Store.open(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == _store.APPLICATION_ID
    conn.close()


def test_a_database_of_ours_from_before_the_mark_is_still_ours(db: Path) -> None:
    conn = sqlite3.connect(db)  # what an older tutor wrote: our tables, no application id
    conn.executescript(_store.MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    conn.execute("INSERT INTO learner (name, created) VALUES ('ann', 'then')")
    conn.execute("INSERT INTO progress VALUES (1, 'default', '{\"turn\": 3}', 'then')")
    conn.commit()
    conn.close()
    with Store.open(db, readonly=True) as store:  # read as it is, not migrated
        assert store.load("ann", "default") == ('{"turn": 3}', '{"turn": 3}')
    with Store.open(db) as store:
        assert store.notice is None
        assert store.load("ann", "default") == ('{"turn": 3}', '{"turn": 3}')
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == _store.APPLICATION_ID
    conn.close()


def test_a_truncated_database_is_moved_aside(db: Path) -> None:
    with Store.open(db) as store:
        for i in range(200):
            save(store, "a long line of learner text " * 20, i)
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.truncate(size // 2)
    with Store.open(db) as store:
        assert store.notice is not None
        assert store.load("ann", "default") is None
    assert any(".corrupt-" in p.name for p in db.parent.iterdir())


def test_a_database_from_a_newer_tutor_is_refused_untouched(db: Path) -> None:
    with Store.open(db) as store:
        save(store, "hello", 1)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    for readonly in (True, False):
        with pytest.raises(StoreRefused, match="made by a newer version"):
            Store.open(db, readonly=readonly)
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_schema_steps_migrate_an_old_database_forward(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db) as store:
        save(store, "before the upgrade", 1)
    step = "ALTER TABLE learner ADD COLUMN nickname TEXT; UPDATE learner SET nickname = name"
    monkeypatch.setattr(_store, "MIGRATIONS", (*_store.MIGRATIONS, step))
    monkeypatch.setattr(_store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(db) as store:
        assert store.notice is None
        assert store.load("ann", "default") == pair(1)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert conn.execute("SELECT nickname FROM learner").fetchall() == [("ann",)]
    conn.close()


def test_the_database_runs_in_wal_mode(db: Path) -> None:
    Store.open(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_two_writers_on_one_learner_lose_nothing(db: Path) -> None:
    Store.open(db).close()
    errors: list[BaseException] = []

    def write(who: str) -> None:
        try:
            with Store.open(db) as store:
                for i in range(60):
                    save(store, f"{who} {i}", i)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in ("left", "right")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(db) as store:
        texts = [t.text for s in store.history("ann", "default") for t in s.turns]
        assert sorted(texts) == sorted([f"{w} {i}" for w in ("left", "right") for i in range(60)])
        assert store.load("ann", "default") == pair(59)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file permissions"
)
def test_a_read_only_folder_gives_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(StoreError, match="cannot use"):
            Store.open(folder / "progress.sqlite3")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_path_that_cannot_be_a_folder_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("I am a file, not a folder")
    with pytest.raises(StoreError, match="cannot use"):
        Store.open(blocker / "progress.sqlite3")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is Linux's convention")
def test_the_default_database_lives_in_the_xdg_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert _store.default_path() == tmp_path / "tutor" / "progress.sqlite3"


def _open_and_save(path: str, start: Any) -> None:
    start.wait()  # all processes open the new file at the same moment
    with Store.open(path) as store:
        save(store, "hello", 1)


@pytest.mark.skipif(sys.platform == "win32", reason="uses fork")
def test_processes_racing_to_create_a_new_database_all_succeed(tmp_path: Path) -> None:
    import multiprocessing

    fork = multiprocessing.get_context("fork")
    for round_ in range(20):
        path = tmp_path / f"race{round_}.sqlite3"
        start = fork.Barrier(4)
        procs = [fork.Process(target=_open_and_save, args=(str(path), start)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=60)
        assert [p.exitcode for p in procs] == [0, 0, 0, 0]
        with Store.open(path) as store:
            assert len(store.history("ann", "default")) == 4


def test_a_database_from_before_the_learner_split_resumes_and_loses_nothing(db: Path) -> None:
    """A schema-1 database holding a real save of the tutor before the split (made by it)."""
    import json

    import tutor
    from tutor.repl import Chat, Loader

    old = (Path(__file__).parent / "data" / "state-before-split.json").read_text().strip()
    conn = sqlite3.connect(db, isolation_level=None)
    for statement in _store.MIGRATIONS[0].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO learner (id, name, created) VALUES (1, 'ann', 'then')")
    conn.execute("INSERT INTO progress VALUES (1, 'default', ?, 'then')", (old,))
    conn.close()

    with Store.open(db) as store:
        t = tutor.Tutor()
        chat = Chat(Loader(lambda: t), "ann", "default", store, lambda m: pytest.fail(m))
        progress = t.progress(chat.session.learner)
        assert next(p for p in progress.topics if p.id == "intro").mastery == 0.333
        assert progress.facts_seen == 3
        pending = json.loads(old)["dialogue"]["pending"]["q"]
        assert chat.session.conversation.pending_question == pending
        assert chat.session.conversation.revision == chat.session.learner.revision == 9
        reply = chat.respond("i have no idea")
        assert reply.kind == "hint" and reply.question_id == pending
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT state FROM progress").fetchone()[0] == old  # left as it was
    conn.close()


def test_another_programs_wal_database_is_refused_without_a_checkpoint(
    db: Path, tmp_path: Path
) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # its tables in the file itself ...
    conn.execute("INSERT INTO photos (path) VALUES ('dog.jpg')")  # ... and a row in the WAL
    crashed = tmp_path / "crashed"  # as the program left it when it crashed
    crashed.mkdir()
    for suffix in ("", "-wal"):
        (crashed / (db.name + suffix)).write_bytes(Path(str(db) + suffix).read_bytes())
    conn.close()
    before = {p.name: p.read_bytes() for p in crashed.iterdir()}
    with pytest.raises(StoreRefused, match="another program's"):
        Store.open(crashed / db.name)
    assert {p.name: p.read_bytes() for p in crashed.iterdir()} == before  # no checkpoint


def test_opening_the_database_again_keeps_the_other_connections_locks(tmp_path: Path) -> None:
    """A web worker opens a connection per thread. Reading the file's header outside SQLite
    and closing it would drop every POSIX lock the process holds on the file: another
    process could then take it over (switch its journal, delete the WAL) under the open
    connections, which corrupted a database under two workers."""
    import subprocess

    db = tmp_path / "p.db"
    probe = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
        "print(c.execute('PRAGMA journal_mode=DELETE').fetchone()[0])\n"
    )
    with Store.open(db) as first:
        first.save_turn("ann", "default", "hello", {"text": "hi"}, ("{}", "{}"))
        Store.open(db).close()  # a second thread's store, opened and closed
        with Store.open(db) as third:
            third.load("ann", "default")
            done = subprocess.run(
                [sys.executable, "-c", probe, str(db)], capture_output=True, text=True
            )
        assert "locked" in done.stderr  # the file is still held: nobody else may take it
        assert first.load("ann", "default") == ("{}", "{}")
