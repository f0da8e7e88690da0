"""`tutor report` over databases filled by simulated learners: every figure is checked
against what the learners did (the replies they got), and the report never writes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import tutor
from tutor import _store
from tutor._report import Filters, build_report
from tutor._report_render import terminal_text
from tutor._store import Store
from tutor.cli import main

# Lines a learner may say; the simulation records the replies, the test counts them.
RIGHT = "trotsky was lenin's obvious successor and a charismatic figure, while stalin looked like a boring bureaucrat"
SCRIPTS: dict[str, list[str]] = {
    "ann": [
        "who killed trotsky",
        "because he was still a threat",
        "/skip",
        "when was stalin born",
        "what year was stalin born",
        "/quiz 3",
        "dunno",
        "no idea",
        "i don't know",
    ],
    "bob": [
        "teach me",
        "stalin was more popular",
        RIGHT,
        "i don't know",
        "/skip",
        "/lesson stop",
        "Trotsky was murdered in Norway",
    ],
    "cat": [
        "lenin",
        "when was stalin born",
        "who killed trotsky",
        "that's not what I asked",
        "teach me",
        "stalin was more popular",
        "/skip",
    ],
}
OFF_TOPIC = ["what is the capital of france", "how tall was stalin", "who was lenin's wife"]
QUESTIONS = ["who killed trotsky", "what was the troika", "where did trotsky live in exile"]


def simulate(db: Path, scripts: dict[str, list[str]], tutor_: tutor.Tutor) -> list[Any]:
    """Each learner's lines through the engine, saved as the REPL saves them."""
    said = []
    with Store.open(db) as store:
        for name, lines in scripts.items():
            session = tutor_.session(seed=len(name))
            for line in lines:
                reply = session.respond(line)
                store.save_turn(name, "default", line, reply.to_dict(), saved(session))
                said.append((name, line, reply, tutor_.progress(session.learner)))
    return said


def saved(session: tutor.Session) -> tuple[str, str]:
    """What the REPL saves after a turn: the learner's and the conversation's states."""
    return session.learner.to_json(), session.conversation.to_json()


def mastery(progress: tutor.Progress) -> dict[str, float]:
    """Mastery per topic with questions, as `tutor progress` shows it."""
    return {t.id: t.mastery for t in progress.topics if t.questions}


def crowd(n: int, seed: int) -> dict[str, list[str]]:
    """N more learners mixing lessons, quizzes, questions and off-topic lines."""
    rng = random.Random(seed)
    scripts = {}
    for i in range(n):
        lines: list[str] = []
        for _ in range(rng.randint(3, 10)):
            lines.append(
                rng.choice(
                    [
                        *QUESTIONS,
                        *OFF_TOPIC,
                        "teach me",
                        "/quiz 2",
                        "dunno",
                        "stalin was more popular",
                        RIGHT,
                    ]
                )
            )
        scripts[f"learner{seed}-{i:02d}"] = lines
    return scripts


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory, default_tutor: tutor.Tutor) -> Any:
    db = tmp_path_factory.mktemp("report") / "class.sqlite3"
    said = simulate(db, {**SCRIPTS, **crowd(8, 1)}, default_tutor)
    return db, said


def topic_of(t: tutor.Tutor, reply: tutor.Reply) -> str | None:
    pack = t.pack
    if reply.judged_question:
        return pack.dialogs.question(reply.judged_question).topic
    fid = reply.fact_ids[0] if reply.fact_ids else reply.near
    return pack.fact(fid).topic if fid else None


def test_the_simulated_learners_meet_every_kind_of_turn(filled: Any) -> None:
    _, said = filled
    kinds = Counter(r.kind for _, _, r, _ in said)
    assert {"answer", "fallback", "clarify", "hint", "feedback"} <= set(kinds)
    assert any(r.misconception == "intro-stalin-more-popular" for _, _, r, _ in said)
    assert any(r.rung == "assertion" for _, _, r, _ in said)


def test_verdicts_hints_and_mastery_per_learner_and_topic_match_the_learners(
    filled: Any, default_tutor: tutor.Tutor
) -> None:
    db, said = filled
    report = build_report(default_tutor.pack, [db], "default")
    expected: Counter[tuple[str, str, str]] = Counter()
    last_state: dict[str, Any] = {}
    for name, _, reply, state in said:
        topic = topic_of(default_tutor, reply)
        last_state[name] = state
        if topic is None:
            continue
        expected[(name, topic, "turns")] += 1
        if reply.verdict:
            expected[(name, topic, reply.verdict)] += 1
        if reply.kind == "hint" and reply.rung in ("hint", "prompt", "assertion"):
            expected[(name, topic, "hints")] += 1
    assert report.learners, "no rows"
    for row in report.learners:
        key = (row["learner"], row["topic"])
        assert row["right"] == expected[(*key, "correct")]
        assert row["partly"] == expected[(*key, "partial")]
        assert row["wrong"] == expected[(*key, "incorrect")]
        assert row["hints"] == expected[(*key, "hints")]
        assert row["turns"] == expected[(*key, "turns")]
        assert row["mastery"] == mastery(last_state[row["learner"]])[row["topic"]]
        assert row["turns"] or row["mastery"]  # no row of zeros for an untried topic
    # every counted turn appears in some row
    assert sum(r["turns"] for r in report.learners) == sum(
        v for k, v in expected.items() if k[2] == "turns"
    )
    by_topic = {t["topic"]: t for t in report.topics}
    for topic, row in by_topic.items():
        masteries = [mastery(p)[topic] for p in last_state.values()]
        assert row["average_mastery"] == round(sum(masteries) / len(masteries), 3)
        tried = sorted(
            (r["mastery"], -r["wrong"], r["learner"])
            for r in report.learners
            if r["topic"] == topic and r["turns"]
        )
        assert row["weakest"] == [n for *_, n in tried[:3]]
        assert all(expected[(n, topic, "turns")] for n in row["weakest"])


def test_misconceptions_count_times_learners_and_who_corrected_them(
    filled: Any, default_tutor: tutor.Tutor
) -> None:
    db, said = filled
    report = build_report(default_tutor.pack, [db], "default")
    voiced = [(n, r) for n, _, r, _ in said if r.misconception == "intro-stalin-more-popular"]
    row = next(
        r for r in report.misconceptions if r["misconception"] == "intro-stalin-more-popular"
    )
    assert row["times"] == len(voiced)
    assert row["learners"] == len({n for n, _ in voiced})
    # bob gave the right answer after voicing it; cat skipped the question instead
    fixed, wrong = set(), set()
    for name, _, reply, _ in said:
        if reply.misconception == "intro-stalin-more-popular":
            fixed.discard(name)
            wrong.add(name)
        elif reply.judged_question == "intro-surprising-winner" and reply.verdict == "correct":
            fixed |= wrong & {name}
            wrong.discard(name)
    assert "bob" in fixed and "cat" not in fixed
    assert row["corrected"] == len(fixed)


def test_wrong_claims_the_tutor_corrected_are_counted_by_the_fact_that_corrected_them(
    tmp_path: Path, default_tutor: tutor.Tutor, capsys: pytest.CaptureFixture[str]
) -> None:
    """Three corrected claims once read 'No misconception was voiced': only a script's
    misconception counted, not a learner's own wrong statement the tutor put right."""
    db = tmp_path / "claims.sqlite3"
    said = simulate(
        db,
        {
            "dee": ["Trotsky was murdered in Norway", "Trotsky was shot by Mercader"],
            "eli": [
                "Trotsky was murdered in Norway",
                "Bukharin was part of the troika from the start",
            ],
        },
        default_tutor,
    )
    assert [r.kind for _, _, r, _ in said] == ["correction"] * 4
    report = build_report(default_tutor.pack, [db], "default")
    (row,) = report.claims  # the scripted Bukharin one is a misconception, counted once
    assert row["fact"] == "assassination-summary" and row["topic"] == "exile-assassination"
    assert (row["times"], row["learners"]) == (3, 2)
    assert row["examples"] == ["Trotsky was murdered in Norway", "Trotsky was shot by Mercader"]
    assert [r["misconception"] for r in report.misconceptions] == ["al-bukharin-in-troika"]
    _, out, _ = run(capsys, "report", "--db", str(db))
    assert "Wrong claims the tutor corrected" in out
    assert re.search(r"\n3 +2 +assassination-summary +Trotsky was murdered in Norway / ", out)


def test_a_wrong_claim_said_while_a_question_waits_is_counted_as_a_corrected_claim(
    tmp_path: Path, default_tutor: tutor.Tutor
) -> None:
    """Found by a trial: 'stalin was exiled in 1929' said after an answer's follow-up
    question was climbed as a wrong answer to it (kind hint), and the report never
    showed it."""
    db = tmp_path / "aside.sqlite3"
    lines = ["how did stalin win?", "Stalin was exiled in 1929"]
    said = simulate(db, {"fay": lines}, default_tutor)
    (_, _, asked, _), (_, _, reply, _) = said
    assert reply.kind == "correction" and "Trotsky" in reply.text
    assert reply.follow_up is not None and asked.follow_up is not None
    assert asked.follow_up.rstrip("?") in reply.follow_up  # the same question, still waiting
    report = build_report(default_tutor.pack, [db], "default")
    assert [r["examples"] for r in report.claims] == [["Stalin was exiled in 1929"]]


def test_unanswered_questions_group_by_the_nearest_fact_with_counts_and_examples(
    filled: Any, default_tutor: tutor.Tutor
) -> None:
    db, said = filled
    report = build_report(default_tutor.pack, [db], "default")

    def nearest(r: tutor.Reply) -> str | None:
        return r.near or (r.fact_ids[0] if r.fact_ids else None)

    fallbacks = Counter(nearest(r) for _, _, r, _ in said if r.kind == "fallback")
    rows = {r["fact"]: r for r in report.unanswered}
    for near, n in fallbacks.items():
        assert rows[near]["fallback"] == n
    for near, row in rows.items():
        lines = {line for _, line, r, _ in said if r.kind == "fallback" and nearest(r) == near}
        who = {n for n, _, r, _ in said if r.kind == "fallback" and nearest(r) == near}
        if not row["clarify"] and not row["repair"]:
            assert set(row["examples"]) <= lines and row["learners"] == len(who)
    # two wordings of one thing the essay does not say: one row
    born = next(r for n, line, r, _ in said if n == "ann" and line == "when was stalin born")
    assert born.near is not None
    assert {"when was stalin born", "what year was stalin born"} <= set(rows[born.near]["examples"])
    # cat's clarification about Lenin was abandoned; cat said the answer missed
    clarified = next(r for n, line, r, _ in said if n == "cat" and line == "lenin")
    assert clarified.kind == "clarify"
    assert rows[clarified.fact_ids[0]]["clarify"] == 1
    answered = next(r for n, line, r, _ in said if n == "cat" and line == "who killed trotsky")
    assert rows[answered.fact_ids[0]]["repair"] == 1
    assert "who killed trotsky" in rows[answered.fact_ids[0]]["examples"]


def test_questions_the_tutor_had_to_answer_count_closings_on_the_assertion_rung(
    filled: Any, default_tutor: tutor.Tutor
) -> None:
    db, said = filled
    report = build_report(default_tutor.pack, [db], "default")
    closed = Counter(
        r.judged_question for _, _, r, _ in said if r.kind == "feedback" and r.judged_question
    )
    told = Counter(
        r.judged_question
        for _, _, r, _ in said
        if r.kind == "feedback" and r.judged_question and r.rung == "assertion"
    )
    assert {r["question"]: (r["closed"], r["told"]) for r in report.assertions} == {
        q: (n, told[q]) for q, n in closed.items()
    }
    assert report.assertions[0]["told"] == max(told.values())


def test_merging_two_databases_adds_up(tmp_path: Path, default_tutor: tutor.Tutor) -> None:
    one, two = tmp_path / "room1.sqlite3", tmp_path / "room2.sqlite3"
    simulate(one, crowd(4, 2), default_tutor)
    simulate(two, {**crowd(3, 3), "ann": SCRIPTS["ann"]}, default_tutor)
    simulate(one, {"ann": SCRIPTS["cat"]}, default_tutor)  # ann used both machines
    pack = default_tutor.pack
    a, b = build_report(pack, [one], "default"), build_report(pack, [two], "default")
    both = build_report(pack, [one, two], "default")
    assert both.summary["turns"] == a.summary["turns"] + b.summary["turns"]
    assert both.summary["learners"] == a.summary["learners"] + b.summary["learners"] - 1

    def total(report: Any, table: str, key: str) -> int:
        return sum(r[key] for r in getattr(report, table))

    for table, key in [
        ("learners", "right"),
        ("learners", "wrong"),
        ("learners", "hints"),
        ("unanswered", "count"),
        ("misconceptions", "times"),
        ("claims", "times"),
        ("assertions", "closed"),
        ("activity", "turns"),
    ]:
        assert total(both, table, key) == total(a, table, key) + total(b, table, key)


def test_filters_by_learner_topic_and_date(filled: Any, default_tutor: tutor.Tutor) -> None:
    db, _ = filled
    pack = default_tutor.pack
    ann = build_report(pack, [db], "default", Filters(learners=frozenset(["ann"])))
    assert {r["learner"] for r in ann.learners} == {"ann"}
    assert ann.summary["turns"] == len(SCRIPTS["ann"])
    intro = build_report(pack, [db], "default", Filters(topic="intro"))
    assert {r["topic"] for r in intro.learners} == {"intro"}
    assert all(r["topic"] == "intro" for r in intro.unanswered)
    later = build_report(pack, [db], "default", Filters(since="2999-01-01"))
    assert later.summary["turns"] == 0 and later.summary["learners"] == 0 and not later.topics


def test_terminal_tables_fit_the_width_and_colour_only_when_asked(
    filled: Any, default_tutor: tutor.Tutor
) -> None:
    db, _ = filled
    report = build_report(default_tutor.pack, [db], "default")
    for width in (60, 100, 160):
        text = terminal_text(report, width)
        assert max(len(line) for line in text.splitlines()) <= width
        assert "\x1b" not in text
    assert "\x1b[1m" in terminal_text(report, 100, color=True)


def test_a_piped_report_keeps_every_cell_whole(
    filled: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tutor report | grep ...` read 'drought-edmun...' for a misconception id."""
    db, _ = filled
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setattr("sys.stdout.isatty", lambda: False, raising=False)
    _, piped, _ = run(capsys, "report", "--db", str(db))
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    _, shown, _ = run(capsys, "report", "--db", str(db))
    assert "..." in shown and max(map(len, shown.splitlines())) <= 60
    assert "intro-stalin-more-popular" in piped and "..." not in piped


def test_no_color_is_honoured_by_the_command(
    filled: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = filled
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, "report", "--db", str(db))
    assert "\x1b" not in out and "Misconceptions met" in out


# --- the command ---------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_report_command_never_writes_the_database(
    filled: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = filled
    before = digest(db)
    for fmt in ("text", "csv", "json"):
        code, out, _ = run(capsys, "report", "--db", str(db), "--format", fmt)
        assert code == 0 and out
    assert digest(db) == before


def test_json_has_stable_keys_and_csv_tables_have_their_documented_columns(
    filled: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = filled
    _, out, _ = run(capsys, "report", "--db", str(db), "--format", "json")
    data = json.loads(out)
    assert set(data) == {
        "version",
        "summary",
        "learners",
        "topics",
        "misconceptions",
        "claims",
        "unanswered",
        "assertions",
        "activity",
    }
    columns = {
        "learners": "learner,topic,title,mastery,right,partly,wrong,hints,turns,last_active",
        "topics": "topic,title,learners,average_mastery,right,partly,wrong,hints,weakest",
        "misconceptions": "misconception,question,topic,times,learners,corrected,correction",
        "claims": "fact,topic,title,times,learners,examples,correction",
        "unanswered": "topic,title,fact,count,learners,fallback,clarify,repair,examples",
        "assertions": "question,topic,ask,closed,told,share",
        "activity": "day,turns,learners",
    }
    for table, header in columns.items():
        _, out, _ = run(capsys, "report", "--db", str(db), "--format", "csv", "--table", table)
        assert out.splitlines()[0] == header
        assert len(list(csv.reader(io.StringIO(out)))) == len(data[table]) + 1


def test_typed_text_and_names_cannot_become_formulas_or_markup(
    tmp_path: Path, default_tutor: tutor.Tutor, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "evil.sqlite3"
    name = '=HYPERLINK("x")<script>alert(1)</script>'
    lines = ["+what is the capital of france", "@cmd <b>bold</b> $x^2$", "who killed trotsky"]
    simulate(db, {name: lines, "$\\frac{a}{b}$ & co": lines}, default_tutor)
    _, out, _ = run(capsys, "report", "--db", str(db), "--format", "csv", "--table", "unanswered")
    cells = [c for row in csv.reader(io.StringIO(out)) for c in row]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    _, out, _ = run(capsys, "report", "--db", str(db), "--format", "csv")
    assert "'=HYPERLINK" in out
    page = tmp_path / "r.html"
    code, _, _ = run(capsys, "report", "--db", str(db), "--html", str(page))
    assert code == 0
    text = page.read_text()
    assert "<script>" not in text and "<b>bold" not in text
    assert "&lt;script&gt;" in text
    assert text.count("$\\frac{a}{b}$ &amp; co") >= 2  # a table cell and a chart label, as typed
    assert not re.search(r"<script|@import|url\((?!#)|(src|href)\s*=\s*\"(https?:)?//", text)


def test_bad_databases_and_options_exit_2_and_leave_files_alone(
    tmp_path: Path, filled: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("my essay draft\n")
    noise = tmp_path / "noise.bin"
    noise.write_bytes(random.Random(1).randbytes(4096))
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    for path in (text, noise, other, tmp_path / "missing.sqlite3"):
        before = digest(path) if path.exists() else None
        code, _, err = run(capsys, "report", "--db", str(path))
        assert code == 2 and "Traceback" not in err and str(path) in err
        assert (digest(path) if path.exists() else None) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == files  # nothing moved or made
    db, _ = filled
    for argv in (["--since", "yesterday"], ["--topic", "nope"]):
        code, _, err = run(capsys, "report", "--db", str(db), *argv)
        assert code == 2 and argv[0] in err
    code, _, err = run(capsys, "report", "--db", str(db), "--html", str(text))
    assert code == 2 and "not a tutor report" in err
    assert text.read_text() == "my essay draft\n"


def test_without_matplotlib_the_page_asks_for_the_extra_and_text_still_works(
    filled: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = filled
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib fails
    code, _, err = run(capsys, "report", "--db", str(db), "--html", str(tmp_path / "r.html"))
    assert code == 2 and "socratic-tutor[report]" in err and "Traceback" not in err
    assert not (tmp_path / "r.html").exists()
    assert run(capsys, "report", "--db", str(db))[0] == 0


# --- an older database ---------------------------------------------------------------------


# A single-dict state as the tutor saved it before learner and conversation were apart.
OLD_STATE = {
    "version": 1,
    "seed": 1,
    "turn": 5,
    "learner": {"questions": {"intro-surprising-winner": {"asked": 1, "score": 1.0}}},
}


def old_database(path: Path) -> int:
    """A database as the previous schema wrote it (no per-turn record), with 6 turns."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _store._statements(_store.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO learner VALUES (1, 'old', '2025-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO sitting VALUES (1, 1, 'default', '2025-01-01T00:00:00+00:00')")
    replies = [
        {"text": "...", "kind": "answer", "fact_ids": ["assassination-summary"], "verdict": None},
        {"text": "...", "kind": "fallback", "fact_ids": [], "verdict": None},
        {"text": "...", "kind": "hint", "fact_ids": ["trotsky-natural-heir"], "verdict": "partial"},
        {
            "text": "...",
            "kind": "feedback",
            "fact_ids": ["trotsky-natural-heir"],
            "verdict": "correct",
        },
        {"text": "...", "kind": "smalltalk", "fact_ids": []},
    ]
    for i, reply in enumerate(replies, start=1):
        conn.execute(
            "INSERT INTO turn (sitting, at, text, reply) VALUES (1, ?, ?, ?)",
            (f"2025-01-0{i}T10:00:00+00:00", f"line {i}", json.dumps(reply)),
        )
    conn.execute(
        "INSERT INTO turn (sitting, at, text, reply) VALUES (1, '2025-01-06T10:00:00+00:00', "
        "'broken', 'not json')"
    )
    conn.execute(
        "INSERT INTO progress VALUES (1, 'default', ?, '2025-01-06T10:00:00+00:00')",
        (json.dumps(OLD_STATE),),
    )
    conn.close()
    return 6


def test_a_database_of_the_previous_schema_reports_then_migrates_keeping_every_turn(
    tmp_path: Path, default_tutor: tutor.Tutor, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "old.sqlite3"
    n = old_database(db)
    before = digest(db)
    report = build_report(default_tutor.pack, [db], "default")
    assert digest(db) == before  # reading does not migrate
    assert report.summary["unrecorded_turns"] == n
    intro = next(r for r in report.learners if r["topic"] == "intro")
    shown = mastery(default_tutor.progress(tutor.LearnerState.from_json(OLD_STATE)))["intro"]
    assert 0 < shown < 1  # one of the topic's questions answered well
    assert (intro["mastery"], intro["right"], intro["partly"], intro["hints"]) == (shown, 1, 1, 1)
    assert sum(r["turns"] for r in report.activity) == n
    code, out, _ = run(capsys, "report", "--db", str(db))
    assert code == 0 and "older tutor" in out
    with Store.open(db) as store:  # the tutor opens it: migrated, nothing lost
        assert len(store.history("old", "default")[0].turns) == n
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == _store.SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM turn WHERE kind IS NULL").fetchone()[0] == n
    conn.close()
    assert build_report(default_tutor.pack, [db], "default").summary["unrecorded_turns"] == n


def test_a_new_turn_keeps_its_record_in_columns(tmp_path: Path, default_tutor: tutor.Tutor) -> None:
    db = tmp_path / "new.sqlite3"
    simulate(db, {"dan": ["when was stalin born", "stalin was more popular"]}, default_tutor)
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT kind, fact, question, verdict, rung, misconception, near FROM turn ORDER BY id"
    ).fetchall()
    conn.close()
    assert rows[0][0] == "fallback" and rows[0][6] is not None
    assert rows[1][0] in ("correction", "hint", "feedback")
    assert rows[1][5] == "intro-stalin-more-popular"


def test_each_reply_names_the_rung_of_the_hint_ladder_it_reached(
    default_tutor: tutor.Tutor,
) -> None:
    session = default_tutor.session(seed=3)
    offered = session.respond("i don't know")  # nothing pending: a question is offered
    assert offered.kind == "hint" and offered.rung is None and offered.judged_question is None
    first = session.pose("intro-surprising-winner")
    assert first.judged_question is None and first.rung is None  # asking is not judging
    rungs = []
    for _ in range(8):
        reply = session.respond("i don't know")
        rungs.append(reply.rung)
        assert reply.judged_question == "intro-surprising-winner"
        if reply.kind == "feedback":
            break
    # two hints and a prompt per point, then the tutor says it, then closes on assertion
    assert rungs[:3] == ["hint", "hint", "prompt"]
    assert reply.kind == "feedback" and rungs[-1] == "assertion"


def test_a_report_covers_one_pack_and_names_its_topics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack_dir = Path(__file__).parent.parent / "examples" / "penicillin"
    other = tutor.Tutor.from_path(pack_dir)
    db = tmp_path / "two-packs.sqlite3"
    with Store.open(db) as store:
        session = other.session(seed=1)
        for line in ["who discovered penicillin", "who killed trotsky"]:
            reply = session.respond(line)
            store.save_turn("eve", str(pack_dir.resolve()), line, reply.to_dict(), saved(session))
    simulate(db, {"ann": ["who killed trotsky"]}, tutor.Tutor())
    code, out, _ = run(
        capsys, "report", "--db", str(db), "--pack", str(pack_dir), "--format", "json"
    )
    data = json.loads(out)
    assert code == 0 and data["summary"]["learners"] == 1 and data["summary"]["turns"] == 2
    assert {r["learner"] for r in data["learners"]} == {"eve"}
    assert {r["title"] for r in data["topics"]} <= {t.title for t in other.pack.topics}
    assert [r["fallback"] for r in data["unanswered"]] == [1]  # Trotsky is not in that text
