"""`tutor chat` and friends as a learner or a script meets them: in-process and as processes.

Every test points the store at its own file (--db or TUTOR_DB): none touches the real
progress of whoever runs the tests.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import tutor
from tutor._store import Store
from tutor.cli import main

ESC = "\x1b"
FRESH = (tutor.LearnerState.new().to_json(), tutor.ConversationState.new().to_json())


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "progress.sqlite3"
    monkeypatch.setenv("TUTOR_DB", str(path))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return path


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def turns(db: Path, learner: str = "ann") -> list[str]:
    with Store.open(db) as store:
        return [t.text for s in store.history(learner, "default") for t in s.turns]


# --- piped chat, in process ------------------------------------------------------------------


def test_piped_chat_prints_plain_replies_and_saves_them(db: Path, monkeypatch, capsys) -> None:
    code, out, err = run(
        monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n\nhello\n"
    )
    assert code == 0 and err == ""
    assert "assassinat" in out.lower()
    assert ESC not in out
    assert turns(db) == ["who killed trotsky", "hello"]


def test_bare_tutor_resumes_the_learner_on_the_next_run(db: Path, monkeypatch, capsys) -> None:
    run(monkeypatch, capsys, ["--learner", "ann"], "who killed trotsky\n")
    first = Store.open(db).load("ann", "default")
    run(monkeypatch, capsys, ["--learner", "ann"], "what was the troika\n")
    second = Store.open(db).load("ann", "default")
    assert first is not None and second is not None
    assert json.loads(second[1])["turn"] == json.loads(first[1])["turn"] + 1
    assert set(json.loads(first[1])["told"]) <= set(json.loads(second[1])["told"])


def test_db_option_beats_the_environment(db: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    other = tmp_path / "other.sqlite3"
    run(monkeypatch, capsys, ["chat", "--learner", "ann", "--db", str(other)], "hello\n")
    assert turns(other) == ["hello"]
    assert not db.exists()


def test_no_save_neither_resumes_nor_saves(db: Path, monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, ["chat", "--no-save"], "who killed trotsky\n")
    assert code == 0 and out.strip()
    assert not db.exists()


def test_timeline_and_people_work_on_a_pipe_too(db: Path, monkeypatch, capsys) -> None:
    _, out, _ = run(monkeypatch, capsys, ["chat", "--learner", "ann"], "/timeline\n/people\n")
    years = [int(y) for y in re.findall(r"^(\d{4}) ", out, flags=re.MULTILINE)]
    assert years and years == sorted(years)
    assert "Leon Trotsky: a charismatic revolutionary and Lenin's close associate." in out
    assert ESC not in out


def test_reset_on_a_pipe_takes_the_next_line_as_the_answer(db: Path, monkeypatch, capsys):
    _, out, _ = run(
        monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n/reset\nno\n"
    )
    assert Store.open(db).load("ann", "default") is not None
    assert out.rstrip().endswith("Nothing forgotten: your progress is kept.")  # said, not silent
    _, out, _ = run(monkeypatch, capsys, ["chat", "--learner", "ann"], "/reset\ny\n")
    assert "forgotten" in out
    assert Store.open(db).load("ann", "default") is None


@pytest.mark.parametrize("name", ["", "   ", "x" * 65, "tab\there"])
def test_a_bad_learner_name_exits_2_with_a_message(name: str, db: Path, monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, ["chat", "--learner", name], "hello\n")
    assert code == 2 and "learner" in err and out == ""


def test_a_damaged_database_of_ours_is_set_aside_and_the_learner_told(
    db: Path, monkeypatch, capsys
):
    with Store.open(db) as store:
        for _ in range(100):
            store.load("bob", "default")
            store.save_turn("bob", "default", "a long line " * 50, {"text": "x"}, FRESH)
    with db.open("r+b") as fh:
        fh.truncate(db.stat().st_size // 2)
    code, out, err = run(monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n")
    assert code == 0 and "assassinat" in out.lower()
    assert "moved to" in err
    assert turns(db) == ["who killed trotsky"]
    assert [p for p in db.parent.iterdir() if ".corrupt-" in p.name]


@pytest.mark.parametrize("command", ["chat", "progress", "history", "reset"])
def test_a_file_that_is_not_ours_is_refused_with_exit_2_and_left_as_it_is(
    db: Path, monkeypatch, capsys, command: str
):
    db.write_bytes(b"garbage " * 100)
    args = [command, "--learner", "ann", *(["--yes"] if command == "reset" else [])]
    code, _, err = run(monkeypatch, capsys, args, "who killed trotsky\n")
    assert code == 2 and "not a tutor database" in err and "Traceback" not in err
    assert db.read_bytes() == b"garbage " * 100
    assert [p.name for p in db.parent.iterdir()] == [db.name]


def test_an_unusable_database_path_still_lets_the_learner_chat(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    monkeypatch.setenv("TUTOR_DB", str(blocker / "progress.sqlite3"))
    code, out, err = run(monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n")
    assert code == 0 and "assassinat" in out.lower()
    assert "will not be saved" in err


# --- JSON lines ------------------------------------------------------------------------------


def test_json_lines_answer_one_reply_per_request_like_ask_json(db, monkeypatch, capsys) -> None:
    requests = [
        {"learner": "ann", "text": "who killed trotsky"},
        {"learner": "bob", "text": "what was the troika"},
        {"learner": "ann", "text": "why?"},
    ]
    stdin = "".join(json.dumps(r) + "\n" for r in requests)
    code, out, err = run(monkeypatch, capsys, ["chat", "--json"], stdin)
    replies = [json.loads(line) for line in out.splitlines()]
    _, asked, _ = run(monkeypatch, capsys, ["ask", "--json", "who killed trotsky"])
    assert code == 0 and err == ""
    assert len(replies) == 3
    assert set(replies[0]) == set(json.loads(asked))
    assert replies[0]["kind"] == json.loads(asked)["kind"]
    assert turns(db, "ann") == ["who killed trotsky", "why?"]
    assert turns(db, "bob") == ["what was the troika"]


def test_json_lines_answer_bad_requests_with_an_error_line(db, monkeypatch, capsys) -> None:
    stdin = 'not json\n[1, 2]\n{"learner": "ann"}\n{"learner": "", "text": "hi"}\n'
    code, out, _ = run(monkeypatch, capsys, ["chat", "--json"], stdin)
    replies = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert len(replies) == 4 and all(set(r) == {"error"} for r in replies)


def test_json_lines_answer_an_empty_line_too_so_replies_stay_one_to_one(
    db, monkeypatch, capsys
) -> None:
    """docs/terminal.md: replies always match requests one to one (an app waits for each)."""
    stdin = '{"learner": "ann", "text": "hello"}\n\n   \n{"learner": "ann", "text": "thanks"}\n'
    code, out, _ = run(monkeypatch, capsys, ["chat", "--json"], stdin)
    replies = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(replies) == 4
    assert [set(r) == {"error"} for r in replies] == [False, True, True, False]
    assert "empty line" in replies[1]["error"]
    assert turns(db, "ann") == ["hello", "thanks"]


def test_json_lines_default_to_the_learner_option(db, monkeypatch, capsys) -> None:
    stdin = '{"text": "hello"}\n{"learner": " cleo ", "text": "thanks"}\n'
    run(monkeypatch, capsys, ["chat", "--json", "--learner", "cleo"], stdin)
    assert turns(db, "cleo") == ["hello", "thanks"]


# --- progress, reset, history ------------------------------------------------------------------


def test_progress_shows_bars_per_topic_and_what_next(db: Path, monkeypatch, capsys) -> None:
    run(monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n")
    code, out, _ = run(monkeypatch, capsys, ["progress", "--learner", "ann"])
    assert code == 0
    assert "Study next:" in out
    assert "facts seen: 1 of" in out
    assert out.count("%") >= 3


def test_progress_of_a_new_learner_says_how_to_start(db: Path, monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, ["progress", "--learner", "nobody"])
    assert code == 0 and "Nothing saved yet" in out and "tutor" in out
    run(monkeypatch, capsys, ["chat", "--learner", "ann"], "hello\n")
    code, out, _ = run(monkeypatch, capsys, ["progress", "--learner", "nobody"])
    assert code == 0 and "No progress saved for nobody" in out


def test_commands_without_the_pack_a_learner_used_say_which_pack_holds_their_work(
    db: Path, monkeypatch, capsys
) -> None:
    pack = str((Path(__file__).parent / "pack").resolve())
    run(monkeypatch, capsys, ["chat", "--learner", "amy", "--pack", pack], "hello\n")
    for command in ("progress", "history"):
        code, out, _ = run(monkeypatch, capsys, [command, "--learner", "amy"])
        assert code == 0 and "saved for amy yet" in out and f"--pack {pack}" in out, command
    code, out, err = run(monkeypatch, capsys, ["report"])
    assert code == 0 and "0 learners" in out and f"--pack {pack}" in err
    # with the right pack, nothing more is said
    code, out, err = run(monkeypatch, capsys, ["history", "--learner", "amy", "--pack", pack])
    assert "hello" in out and "--pack" not in out + err


def test_reset_asks_and_does_nothing_without_a_yes(db: Path, monkeypatch, capsys) -> None:
    run(monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n")
    code, out, _ = run(monkeypatch, capsys, ["reset", "--learner", "ann"], "n\n")
    assert code == 1 and "Nothing was reset" in out
    assert Store.open(db).load("ann", "default") is not None
    code, _, _ = run(monkeypatch, capsys, ["reset", "--learner", "ann"], "y\n")
    assert code == 0 and Store.open(db).load("ann", "default") is None


def test_reset_yes_is_for_scripts_and_all_drops_transcripts(db, monkeypatch, capsys) -> None:
    run(monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n")
    code, _, _ = run(monkeypatch, capsys, ["reset", "--learner", "ann", "--yes"])
    assert code == 0 and turns(db) == ["who killed trotsky"]
    run(monkeypatch, capsys, ["reset", "--learner", "ann", "--yes", "--all"])
    assert turns(db) == []


def test_history_prints_past_transcripts(db: Path, monkeypatch, capsys) -> None:
    run(monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n")
    run(monkeypatch, capsys, ["chat", "--learner", "ann"], "what was the troika\n")
    code, out, _ = run(monkeypatch, capsys, ["history", "--learner", "ann"])
    assert code == 0
    assert out.count("== ") == 2
    assert "> who killed trotsky" in out and "> what was the troika" in out
    _, last, _ = run(monkeypatch, capsys, ["history", "--learner", "ann", "--last", "1"])
    assert "> who killed trotsky" not in last and "> what was the troika" in last
    code, _, err = run(monkeypatch, capsys, ["history", "--learner", "ann", "--last", "0"])
    assert code == 2 and "--last" in err


@pytest.mark.parametrize("command", ["progress", "reset", "history"])
def test_learner_commands_have_help(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0 and "--learner" in capsys.readouterr().out


# --- as processes ------------------------------------------------------------------------------


def tutor_process(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tutor", *args], capture_output=True, text=True, timeout=60, **kwargs
    )


def test_echo_into_tutor_chat_prints_plain_text_only(db: Path) -> None:
    done = tutor_process("chat", input="who killed trotsky\n")
    assert done.returncode == 0
    assert done.stderr == ""
    assert "assassinat" in done.stdout.lower()
    assert ESC not in done.stdout


def test_a_lesson_file_redirected_into_tutor_chat(db: Path, tmp_path: Path) -> None:
    lesson = tmp_path / "lesson.txt"
    lesson.write_text("hello\nwho killed trotsky\nwhat was the troika\nbye\nnever read\n")
    with lesson.open() as stdin:
        done = tutor_process("chat", "--learner", "ann", stdin=stdin)
    assert done.returncode == 0 and done.stderr == ""
    assert ESC not in done.stdout
    assert turns(db) == ["hello", "who killed trotsky", "what was the troika", "bye"]


def test_two_processes_of_one_learner_write_side_by_side_and_lose_no_turn(db: Path) -> None:
    lines = {
        who: "".join(f"{who} asks who killed trotsky {i}\n" for i in range(40)) for who in "ab"
    }
    procs = {
        who: subprocess.Popen(
            [sys.executable, "-m", "tutor", "chat", "--learner", "ann"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in lines
    }
    results = {who: p.communicate(lines[who], timeout=120) for who, p in procs.items()}
    for who, (_, err) in results.items():
        assert procs[who].returncode == 0
        assert all("caught up" in line for line in err.splitlines())  # told, nothing else
    said = turns(db)
    assert sorted(said) == sorted(line for text in lines.values() for line in text.splitlines())
    for who in lines:  # each process's own turns stay in its order
        own = [s for s in said if s.startswith(f"{who} ")]
        assert own == lines[who].splitlines()
    # the saved progress holds every turn of both sittings, not just the last writer's
    saved = Store.open(db).load("ann", "default")
    assert saved is not None
    assert json.loads(saved[0])["revision"] == 80 and json.loads(saved[1])["turn"] == 80


# --- through a real pseudo-terminal -------------------------------------------------------------

pexpect = pytest.importorskip("pexpect") if sys.platform != "win32" else None
needs_pty = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
PROMPT = r"\x1b\[\?2004h[^>]*>"  # prompt_toolkit turns bracketed paste on, then draws "> "


def spawn(db: Path, *args: str, no_color: bool = False):  # type: ignore[no-untyped-def]
    env = dict(os.environ, TUTOR_DB=str(db), PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    if no_color:
        env["NO_COLOR"] = "1"
    child = pexpect.spawn(  # type: ignore[union-attr]
        sys.executable,
        ["-m", "tutor", "--learner", "ann", *args],
        env=env,
        encoding="utf-8",
        dimensions=(40, 100),
        timeout=30,
    )
    child.logfile_read = io.StringIO()
    return child


@needs_pty
def test_a_terminal_session_end_to_end_then_resumed(db: Path) -> None:
    child = spawn(db)
    child.expect("Hello, ann")
    child.expect(PROMPT)
    child.sendline("who killed trotsky")
    child.expect("assassinat")
    child.expect(PROMPT)
    child.sendline("i don't know")  # the answer to the tutor's follow-up, if it asked one
    child.expect(PROMPT)
    child.send("half a line")
    child.sendcontrol("c")
    child.expect(PROMPT)
    child.sendcontrol("d")
    child.expect("This time")
    child.expect(pexpect.EOF)  # type: ignore[union-attr]
    assert "WARNING" not in child.logfile_read.getvalue()
    assert turns(db) == ["who killed trotsky", "i don't know"]
    with Store.open(db) as store:
        before = store.load("ann", "default")
        pending = (store.last_reply("ann", "default") or {}).get("follow_up")
    assert before is not None

    child = spawn(db)
    child.expect("Welcome back, ann")
    if pending:
        child.expect(re.escape(pending))
    child.expect(PROMPT)
    child.sendline("what was the troika")
    child.expect(PROMPT)
    child.sendline("/quit")
    child.expect(pexpect.EOF)  # type: ignore[union-attr]
    with Store.open(db) as store:
        after = store.load("ann", "default")
    assert after is not None and before is not None
    assert json.loads(after[1])["turn"] == json.loads(before[1])["turn"] + 1
    assert set(json.loads(before[1])["told"]) <= set(json.loads(after[1])["told"])


@needs_pty
def test_sigkill_between_turns_loses_no_completed_turn(db: Path) -> None:
    child = spawn(db)
    child.expect(PROMPT)
    questions = ["who killed trotsky", "what was the troika", "when was trotsky exiled"]
    for question in questions:
        child.sendline(question)
        child.expect(PROMPT)  # the reply is shown only after the turn is committed
    child.kill(signal.SIGKILL)
    child.close()
    assert turns(db) == questions
    with Store.open(db) as store:
        state = store.load("ann", "default")
    assert state is not None and json.loads(state[1])["turn"] == len(questions)


@needs_pty
@pytest.mark.parametrize("no_color", [True, False])
def test_no_color_turns_colour_off_in_a_real_terminal(db: Path, no_color: bool) -> None:
    child = spawn(db, no_color=no_color)
    child.expect(PROMPT)
    child.sendline("/progress")
    child.expect("Study next")
    child.expect(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)  # type: ignore[union-attr]
    codes = re.findall(r"\x1b\[([0-9;]*)m", child.logfile_read.getvalue())
    coloured = [
        c
        for c in codes
        if any(30 <= int(n) <= 49 or 90 <= int(n) <= 107 for n in c.split(";") if n)
    ]
    assert (coloured == []) is no_color


def test_a_reader_that_stops_early_gets_no_traceback(db: Path, tmp_path: Path) -> None:
    lesson = tmp_path / "lesson.txt"
    lesson.write_text("who killed trotsky\n" * 500)
    with lesson.open() as stdin:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tutor", "chat"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline().strip()
        proc.stdout.close()  # like `| head -1`
        err = proc.stderr.read()
        proc.wait(timeout=60)
    assert err == "" and proc.returncode == 0


# --- escape codes from a learner or a pack never reach the terminal ----------------------------

HOSTILE = "who killed trotsky \x1b]0;pwned\x07\x1b[2J\x1b[31m\x9b31m\r\x08"


def _no_controls(text: str) -> None:
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text), repr(text)


def test_history_strips_escape_codes_the_learner_typed(db: Path, monkeypatch, capsys) -> None:
    run(monkeypatch, capsys, ["chat", "--learner", "ann"], HOSTILE + "\n")
    assert HOSTILE in turns(db)  # kept as typed (it is the learner's data) ...
    code, out, _ = run(monkeypatch, capsys, ["history", "--learner", "ann"])
    assert code == 0 and "> who killed trotsky" in out
    _no_controls(out)  # ... but never printed raw


def test_piped_people_strips_escape_codes_from_the_name(db: Path, monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, ["chat", "--learner", "ann"], f"/people {HOSTILE}\n")
    assert code == 0 and "No one called" in out
    _no_controls(out)


def test_ask_strips_escape_codes_from_a_packs_text(tmp_path: Path, monkeypatch, capsys) -> None:
    pack = tmp_path / "pack"
    (pack / "knowledge").mkdir(parents=True)
    (pack / "knowledge" / "source.txt").write_text("Bees make honey.\n")
    (pack / "knowledge" / "bees.yaml").write_text(
        "topic: {id: bees, title: Bees}\nfacts:\n  - id: honey\n"
        '    answer: "Bees make \\e]0;pwned\\a\\e[2Jhoney."\n'
        "    source: Bees make honey.\n    questions: [What do bees make?]\n"
    )
    monkeypatch.setenv("TUTOR_CACHE", "")
    code, out, _ = run(monkeypatch, capsys, ["ask", "--pack", str(pack), "what do bees make"])
    assert code == 0 and "Bees make honey." in out
    _no_controls(out)


def test_history_with_an_absurd_last_shows_everything(db: Path, monkeypatch, capsys) -> None:
    run(monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n")
    args = ["history", "--learner", "ann", "--last", "99999999999999999999"]
    code, out, err = run(monkeypatch, capsys, args)
    assert code == 0 and "> who killed trotsky" in out and err == ""


def test_ask_on_an_ascii_only_output_degrades_instead_of_crashing(db: Path) -> None:
    env = dict(os.environ, PYTHONIOENCODING="ascii", TUTOR_CACHE="")
    done = tutor_process("ask", "who killed trotsky", env=env)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "Ram?n Mercader" in done.stdout
