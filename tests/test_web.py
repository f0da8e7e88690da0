"""`tutor serve`'s app over HTTP, in-process (Starlette's test client): the same tutor as the
library, the terminal's progress, errors as JSON, and no turn lost when turns race."""

from __future__ import annotations

import ast
import asyncio
import io
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

import tutor
from tutor import web
from tutor._store import Store
from tutor.cli import main

ROOT = Path(__file__).resolve().parent.parent
LESSON = [
    "teach me",
    "because he was popular",
    "i don't know",
    "/hint",
    "he controlled who got appointed to party jobs",
    "who killed trotsky",
    "/skip",
    "dunno",
]
QUIZ = ["/quiz 3", "stalin was general secretary", "i don't know", "/skip", "the troika"]


def app_on(db: Path, tutor_: tutor.Tutor, **kwargs: Any) -> Any:
    return web.create_app(tutor_, lambda: Store.open(db), **kwargs)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


@pytest.fixture
def client(db: Path, default_tutor: tutor.Tutor) -> Iterator[TestClient]:
    with TestClient(app_on(db, default_tutor)) as c:
        yield c


def start(client: TestClient, learner: str) -> dict[str, Any]:
    r = client.post("/api/sessions", json={"learner": learner})
    assert r.status_code == 201, r.text
    return dict(r.json())


def say(client: TestClient, session: int, text: str) -> dict[str, Any]:
    r = client.post(f"/api/sessions/{session}/turns", json={"text": text})
    assert r.status_code == 200, r.text
    return dict(r.json())


# --- the same tutor as the library ---------------------------------------------------------


@pytest.mark.parametrize("lines", [LESSON, QUIZ], ids=["lesson", "quiz"])
def test_a_lesson_and_a_quiz_over_http_are_the_librarys_with_the_same_seed(
    client: TestClient, default_tutor: tutor.Tutor, lines: list[str]
) -> None:
    started = start(client, "ann")
    assert started["resumed"] is False and started["pending"] is None
    over_http = [say(client, started["id"], line) for line in lines]
    library = default_tutor.session(seed=started["id"])  # a new conversation's seed: its id
    assert over_http == [library.respond(line).to_dict() for line in lines]
    assert any(r["verdict"] for r in over_http)  # answers were judged, not just chatted
    progress = client.get("/api/learners/ann/progress").json()
    expected = default_tutor.progress(library.learner)
    assert progress["overall"] == expected.overall
    assert progress["facts_seen"] == expected.facts_seen
    assert [t["mastery"] for t in progress["topics"]] == [t.mastery for t in expected.topics]


def test_terminal_then_browser_then_terminal_resumes_one_conversation(
    client: TestClient,
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("teach me\n"))
    assert main(["chat", "--learner", "bob", "--db", str(db)]) == 0
    asked = capsys.readouterr().out.strip().splitlines()[-1]  # the tutor's question
    started = start(client, "bob")
    assert started["resumed"] is True
    assert started["pending"] == asked and started["pending_question"]
    reply = say(client, started["id"], "because stalin controlled party appointments")
    assert reply["judged_question"] == started["pending_question"]  # the terminal's question
    assert reply["verdict"] in ("correct", "partial", "incorrect")
    follow_up = reply["follow_up"]
    assert follow_up
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"learner": "bob", "text": "i don\'t know"}\n'))
    assert main(["chat", "--json", "--db", str(db)]) == 0
    back = json.loads(capsys.readouterr().out)
    assert back["judged_question"] == reply["question_id"]  # where the browser stopped
    with Store.open(db) as store:
        said = [[t.text for t in s.turns] for s in store.history("bob", "default")]
    assert said == [
        ["teach me"],
        ["because stalin controlled party appointments"],
        ["i don't know"],
    ]


def test_sessions_survive_a_server_restart(db: Path, default_tutor: tutor.Tutor) -> None:
    with TestClient(app_on(db, default_tutor)) as first:
        sid = start(first, "cy")["id"]
        asked = say(first, sid, "teach me")
    with TestClient(app_on(db, default_tutor)) as second:  # a new process: nothing in memory
        reply = say(second, sid, "he was the general secretary")
    assert reply["judged_question"] == asked["question_id"]
    with Store.open(db) as store:
        (sitting,) = store.history("cy", "default")
    assert [t.text for t in sitting.turns] == ["teach me", "he was the general secretary"]


def test_a_page_opened_and_left_leaves_no_empty_conversation_in_history(
    client: TestClient, db: Path
) -> None:
    start(client, "dee")
    say(client, start(client, "dee")["id"], "who killed trotsky")
    with Store.open(db) as store:
        assert [len(s.turns) for s in store.history("dee", "default")] == [1]
    assert client.get("/api/learners").json() == {"learners": ["dee"]}


# --- bad requests: a 4xx with a JSON error, never a traceback ------------------------------


@pytest.mark.parametrize(
    ("path", "body", "headers", "status"),
    [
        ("/api/sessions", b'{"learner": "ann"}', {"content-type": "text/plain"}, 415),
        ("/api/sessions", b"{not json", {}, 400),
        ("/api/sessions", b"[1, 2]", {}, 400),
        ("/api/sessions", b'{"learner": ""}', {}, 400),
        ("/api/sessions", b'{"learner": 7}', {}, 400),
        ("/api/sessions", json.dumps({"learner": "x" * 65}).encode(), {}, 400),
        ("/api/sessions", b'{"learner": "a\\u0000b"}', {}, 400),
        ("/api/sessions", b'{"learner": "' + b"a" * 9000 + b'"}', {}, 413),
        ("/api/sessions/1/turns", b'{"text": "hi"}', {}, 404),
        ("/api/sessions/abc/turns", b'{"text": "hi"}', {}, 404),
        ("/api/sessions/1/turns", b'{"text": 5}', {}, 400),
        ("/api/sessions/99999999999999999999999/turns", b'{"text": "hi"}', {}, 404),
        ("/api/nothing", b"{}", {}, 404),
    ],
)
def test_a_malformed_request_gets_a_json_error(
    client: TestClient, path: str, body: bytes, headers: dict[str, str], status: int
) -> None:
    r = client.post(path, content=body, headers={"content-type": "application/json", **headers})
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json"
    assert isinstance(r.json()["error"], str) and "Traceback" not in r.text


def test_a_body_sent_in_chunks_is_cut_off_at_the_limit(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
        yield b'{"learner": "'
        for _ in range(100):
            yield b"a" * 1000
        yield b'"}'

    r = client.post("/api/sessions", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "8192" in r.json()["error"]


def test_wrong_method_and_a_failing_store_answer_in_json(
    db: Path, default_tutor: tutor.Tutor
) -> None:
    def broken() -> Store:
        raise OSError("disk on fire")

    with TestClient(app_on(db, default_tutor), raise_server_exceptions=False) as c:
        r = c.get("/api/sessions")
        assert r.status_code == 405 and "error" in r.json()
    with TestClient(web.create_app(default_tutor, broken), raise_server_exceptions=False) as c:
        r = c.post("/api/sessions", json={"learner": "ann"})
        assert r.status_code == 500
        assert r.json() == {"error": "the server failed on this request"}


def test_unreadable_saved_progress_is_refused_and_left_as_it_is(
    client: TestClient, db: Path
) -> None:
    sid = start(client, "eve")["id"]
    say(client, sid, "who killed trotsky")
    with Store.open(db) as store:
        store.commit("eve", "default", "x", {}, ('{"kind": "learner", "version": 99}', "{}"))
        store.load("eve", "default")
        store.commit("eve", "default", "x", {}, ('{"kind": "learner", "version": 99}', "{}"))
        before = store.load("eve", "default")
    r = client.post(f"/api/sessions/{sid}/turns", json={"text": "who was lenin"})
    assert r.status_code == 409 and "newer tutor" in r.json()["error"]
    with Store.open(db) as store:
        assert store.load("eve", "default") == before


# --- concurrency: turns of one session in order, none lost, sessions in parallel -----------


async def _turns(app: Any, session: int, lines: list[str]) -> list[httpx.Response]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        return await asyncio.gather(
            *(c.post(f"/api/sessions/{session}/turns", json={"text": t}) for t in lines)
        )


def test_concurrent_turns_of_one_session_and_of_two_workers_lose_none(
    client: TestClient, db: Path, default_tutor: tutor.Tutor
) -> None:
    tab1, tab2 = start(client, "fay")["id"], start(client, "fay")["id"]
    other_worker = app_on(db, default_tutor)  # another process: its own locks and stores
    lines = [f"who was lenin {n}" for n in range(12)]

    async def race() -> list[httpx.Response]:
        results = await asyncio.gather(
            _turns(client.app, tab1, lines[:6]),
            _turns(other_worker, tab1, lines[6:9]),
            _turns(other_worker, tab2, lines[9:]),
        )
        return [r for rs in results for r in rs]

    assert all(r.status_code == 200 for r in asyncio.run(race()))
    with Store.open(db) as store:
        saved = [t.text for s in store.history("fay", "default") for t in s.turns]
        learner = tutor.LearnerState.from_json(store.load("fay", "default")[0])  # type: ignore[index]
    assert sorted(saved) == sorted(lines)
    assert learner.revision == len(lines)  # every turn built on the one before it


def test_a_slow_turn_of_one_session_does_not_hold_up_another(
    db: Path, default_tutor: tutor.Tutor
) -> None:
    release = threading.Event()

    class Slow(Store):
        def commit(self, learner: str, *args: Any, **kwargs: Any) -> bool:
            if learner == "slow":
                assert release.wait(10), "the other session's turn never came through"
            return super().commit(learner, *args, **kwargs)

    app = web.create_app(default_tutor, lambda: Slow.open(db))
    with TestClient(app) as c:
        slow, quick = start(c, "slow")["id"], start(c, "quick")["id"]

    async def both() -> tuple[list[httpx.Response], list[httpx.Response]]:
        waiting = asyncio.ensure_future(_turns(app, slow, ["who was lenin"]))
        done = await _turns(app, quick, ["who killed trotsky"])
        release.set()  # only now may the slow one save
        return await waiting, done

    slow_replies, quick_replies = asyncio.run(both())
    assert quick_replies[0].json()["kind"] == "answer"
    assert slow_replies[0].status_code == 200


# --- the page and its assets ---------------------------------------------------------------

STATIC = ROOT / "tutor" / "static"


def test_the_page_loads_only_its_own_assets(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<main>" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("app.js", "app.css"):
        assert client.get(f"/static/{asset}").status_code == 200
    for f in STATIC.iterdir():
        text = f.read_text()
        assert "http://" not in text.replace('"http://t"', "") or f.suffix == ".json"
        assert "https://" not in text and "//cdn" not in text


def test_the_script_never_writes_text_as_html() -> None:
    script = (STATIC / "app.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


def test_learner_text_comes_back_as_data(client: TestClient) -> None:
    sid = start(client, "<b>gus</b>")["id"]
    reply = client.post(f"/api/sessions/{sid}/turns", json={"text": "<script>alert(1)</script>"})
    assert reply.headers["content-type"] == "application/json"
    lone = client.post(  # a lone surrogate is valid JSON but not UTF-8: saved, not a 500
        f"/api/sessions/{sid}/turns",
        content=b'{"text": "who killed trotsky \\ud800"}',
        headers={"content-type": "application/json"},
    )
    assert lone.status_code == 200 and "Mercader" in lone.json()["text"]
    assert client.get("/api/learners").json() == {"learners": ["<b>gus</b>"]}


def test_the_openapi_description_lists_exactly_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    routes = {
        r.path.replace("{id:int}", "{id}")
        for r in client.app.routes  # type: ignore[attr-defined]
        if r.path.startswith("/api")
    }
    assert set(spec["paths"]) == routes


def test_the_class_view_is_its_own_page(db: Path, default_tutor: tutor.Tutor) -> None:
    with TestClient(app_on(db, default_tutor, class_view=lambda: "<p>class</p>")) as c:
        r = c.get("/class")
        assert r.text == "<p>class</p>"
        assert "script" not in r.headers["content-security-policy"]
    with TestClient(app_on(db, default_tutor)) as c:
        assert c.get("/class").status_code == 404


# --- built on the public library only ------------------------------------------------------


def test_the_web_app_imports_nothing_private_from_tutor() -> None:
    tree = ast.parse((ROOT / "tutor" / "web.py").read_text())
    imported = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, "a relative import reaches into the package"
            imported.append(node.module or "")
        elif isinstance(node, ast.Import):
            imported += [a.name for a in node.names]
    assert [m for m in imported if m.split(".")[0] == "tutor"] == ["tutor"]
    used = {
        n.attr
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "tutor"
    }
    assert used and used <= set(tutor.__all__)


def test_import_tutor_and_the_cli_load_no_web_stack() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, tutor, tutor.cli\nprint(sorted(m for m in "
            "('starlette', 'uvicorn', 'anyio', 'tutor.web') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    assert out.strip() == "[]"


def test_serve_without_the_extra_says_what_to_install() -> None:
    code = (
        "import sys\n"
        "for m in ('starlette', 'uvicorn'): sys.modules[m] = None  # as if not installed\n"
        "from tutor.cli import main\n"
        "try:\n    main(['serve', '--help'])\nexcept SystemExit as e:\n    print('help', e.code)\n"
        "print('serve', main(['serve']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert "socratic-tutor[web]" in done.stdout  # in --help
    assert "help 0" in done.stdout and "serve 2" in done.stdout
    assert "socratic-tutor[web]" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["serve", "--port", "0"], "--port"),
        (["serve", "--workers", "0"], "--workers"),
        (["serve", "--pack", "/no/such/pack"], "no such pack"),
    ],
)
def test_serve_refuses_bad_options_with_one_line(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_serve_refuses_a_port_in_use_and_a_file_not_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--db", str(tmp_path / "p.db"), "--port", str(port)]) == 2
    assert "cannot listen" in capsys.readouterr().err
    theirs = tmp_path / "notes.txt"
    theirs.write_text("my notes")
    assert main(["serve", "--db", str(theirs)]) == 2
    assert "not a tutor database" in capsys.readouterr().err
    assert theirs.read_text() == "my notes"


def test_serve_takes_the_database_named_before_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tutor --db FILE serve` must serve FILE, as `tutor --db FILE chat` does, never the
    default database of whoever runs it (a class's data in someone else's file)."""
    import socket

    monkeypatch.setenv("TUTOR_DB", str(tmp_path / "not-this-one.db"))
    theirs = tmp_path / "notes.txt"
    theirs.write_text("my notes")
    with socket.socket() as taken:  # were FILE ignored, this stops it before it serves
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        assert main(["--db", str(theirs), "serve", "--port", port]) == 2
    assert "not a tutor database" in capsys.readouterr().err
    assert theirs.read_text() == "my notes"
    assert not (tmp_path / "not-this-one.db").exists()


def test_serve_builds_each_workers_app_on_the_terminals_database_with_the_class_view(
    db: Path, default_tutor: tutor.Tutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tutor._cli_serve import app_from_env

    monkeypatch.setenv("TUTOR_SERVE_PACK", "")
    monkeypatch.setenv("TUTOR_SERVE_DB", str(db))
    with TestClient(app_from_env()) as c:
        say(c, start(c, "hal")["id"], "who killed trotsky")
        page = c.get("/class")
    assert page.status_code == 200 and "Class report" in page.text and "hal" in page.text
    with Store.open(db) as store:
        assert store.learners() == ["hal"]
