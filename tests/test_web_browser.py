"""The chat page in a real headless browser, against a real server (uvicorn in a thread):
a learner types a name, questions and answers, uses the buttons from the keyboard, and reads
the replies. Skipped only where no Chromium is installed (.ci/run installs one).

The browser is driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
JSON messages ending in a NUL byte on file descriptors 3 and 4), so no driver or client
library is needed. TUTOR_WEB_SCREENSHOT=docs/serve.png keeps the lesson's screenshot.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tutor
from tutor import web
from tutor._store import Store

BROWSER = next(
    (b for b in ("chromium", "chromium-browser", "google-chrome", "chrome") if shutil.which(b)),
    None,
)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless Chromium installed")


class Browser:
    """One headless Chromium and one page of it, spoken to over the DevTools pipe."""

    def __init__(self, profile: Path) -> None:
        assert BROWSER is not None
        to_browser, self._write = os.pipe()
        self._read, from_browser = os.pipe()
        os.set_inheritable(to_browser, True)
        os.set_inheritable(from_browser, True)

        def fds() -> None:  # the browser reads fd 3 and writes fd 4
            high = os.dup(to_browser), os.dup(from_browser)  # out of the way of 3 and 4
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.proc = subprocess.Popen(
            [
                BROWSER,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "--window-size=900,1100",
                "about:blank",
            ],
            preexec_fn=fds,
            pass_fds=(3, 4),  # kept open in the browser after the fds() above
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next = 0
        page = next(t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        attached = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)
        self.session = attached["sessionId"]

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                answer = json.loads(raw)
                if answer.get("id") == self._next:
                    assert "error" not in answer, answer
                    return dict(answer.get("result", {}))
            chunk = os.read(self._read, 1 << 16)
            assert chunk, "the browser closed its pipe"
            self._buffer += chunk
        raise TimeoutError(method)

    def page(self, method: str, **params: Any) -> dict[str, Any]:
        return self.call(method, self.session, **params)

    def js(self, expression: str) -> Any:
        result = self.page("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def wait(self, expression: str, timeout: float = 20) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"never true: {expression}")

    def type(self, text: str) -> None:
        self.page("Input.insertText", text=text)

    def key(self, key: str, code: int, modifiers: int = 0, text: str = "") -> None:
        for kind in ("keyDown", "keyUp"):
            self.page(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=key if len(key) > 1 else f"Key{key.upper()}",
                windowsVirtualKeyCode=code,
                modifiers=modifiers,
                text=text if kind == "keyDown" else "",
            )

    def enter(self) -> None:
        self.key("Enter", 13, text="\r")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)
        os.close(self._read)
        os.close(self._write)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, default_tutor: tutor.Tutor) -> Iterator[str]:
    import uvicorn

    db = tmp_path_factory.mktemp("web") / "progress.sqlite3"
    app = web.create_app(default_tutor, lambda: Store.open(db))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    b = Browser(tmp_path / "profile")
    yield b
    b.close()


LOG = "JSON.stringify([...document.querySelectorAll('#log li')].map(li => li.textContent))"
TUTOR_SAID = "document.querySelectorAll('#log li.tutor').length"


def replies(b: Browser) -> list[str]:
    return list(json.loads(b.js(LOG)))


def ask(b: Browser, text: str) -> str:
    """Type a line into the page, press Enter, and read the tutor's reply."""
    before = b.js(TUTOR_SAID)
    b.type(text)
    b.enter()
    b.wait(f"{TUTOR_SAID} > {before} && !document.getElementById('log').ariaBusy")
    return replies(b)[-1]


def open_as(b: Browser, url: str, name: str) -> None:
    b.page("Page.navigate", url=url)
    b.wait("document.activeElement && document.activeElement.id === 'name'")
    b.type(name)
    b.enter()
    b.wait(f"{TUTOR_SAID} > 0")


def test_a_learner_types_questions_and_answers_and_reads_the_replies(
    server: str, browser: Browser
) -> None:
    b = browser
    open_as(b, server, "ann")
    assert "Hello, ann!" in replies(b)[-1]
    assert b.js("document.activeElement.id") == "line"  # keyboard-first: ready to type
    assert "Mercader" in ask(b, "who killed trotsky")
    ask(b, "when was stalin born")  # the essay does not say: the tutor says so
    assert b.js("document.querySelector('#log li.tutor:last-child').dataset.kind") == "fallback"
    lesson = ask(b, "teach me")
    assert b.js("document.querySelector('#log li.tutor:last-child .follow-up') !== null")
    answer = ask(b, "because he controlled appointments to party jobs")
    assert b.js("document.querySelector('#log li.tutor:last-child').dataset.verdict") in (
        "correct",
        "partial",
        "incorrect",
    )
    assert answer != lesson
    assert b.js("document.activeElement.id") == "line"
    # a button from the keyboard: Alt+H asks for a hint, like typing /hint
    before = b.js(TUTOR_SAID)
    b.key("h", 72, modifiers=1)
    b.wait(f"{TUTOR_SAID} > {before}")
    assert b.js("[...document.querySelectorAll('#log li.learner')].pop().textContent").endswith(
        "/hint"
    )
    shot = os.environ.get("TUTOR_WEB_SCREENSHOT")
    if shot:
        png = b.page("Page.captureScreenshot", format="png", captureBeyondViewport=False)
        Path(shot).write_bytes(base64.b64decode(png["data"]))
    # progress, as a panel of meters
    b.key("p", 80, modifiers=1)
    b.wait("!document.getElementById('progress').hidden")
    assert b.js("document.querySelectorAll('#progress meter').length") == 9
    assert b.js("document.activeElement.id") == "progress"


def test_the_page_is_accessible_offline_and_fits_a_phone(server: str, browser: Browser) -> None:
    b = browser
    b.page(
        "Emulation.setDeviceMetricsOverride",
        width=390,
        height=844,
        deviceScaleFactor=1,
        mobile=True,
    )
    open_as(b, server, "bo")
    ask(b, "what was the troika")
    log = b.js(
        "JSON.stringify(['role', 'aria-live'].map(a => document.getElementById('log').getAttribute(a)))"
    )
    assert json.loads(log) == ["log", "polite"]
    unlabelled = b.js(
        "[...document.querySelectorAll('input')].filter(i => !i.labels.length).length"
    )
    assert unlabelled == 0
    assert b.js("document.documentElement.scrollWidth <= innerWidth")
    origins = b.js(
        "JSON.stringify([...new Set(performance.getEntriesByType('resource')"
        ".map(e => new URL(e.name).origin))])"
    )
    assert json.loads(origins) == [server.rstrip("/")]  # nothing fetched from elsewhere


def test_learner_text_is_shown_as_text_never_run(server: str, browser: Browser) -> None:
    b = browser
    open_as(b, server, '<img src=x onerror="document.title=1">')
    line = "<img src=x onerror=\"document.title='pwned'\"><b>bold</b>"
    ask(b, line)
    assert b.js("document.querySelectorAll('#log img, #log b, #who img').length") == 0
    assert line in replies(b)[-2]
    assert b.js("document.title") == "Tutor"


def test_a_reload_resumes_the_learner_where_they_stopped(server: str, browser: Browser) -> None:
    b = browser
    open_as(b, server, "cy")
    ask(b, "teach me")
    asked = b.js("document.querySelector('#log li.tutor:last-child .follow-up').textContent")
    b.page("Page.reload")
    b.wait(f"{TUTOR_SAID} > 0")  # the learner's name is kept for the tab: no retyping
    welcome = replies(b)[-1]
    assert "Welcome back, cy!" in welcome and asked in welcome


def test_the_message_box_and_buttons_stay_in_view_as_the_conversation_grows(
    server: str, browser: Browser
) -> None:
    b = browser
    open_as(b, server, "dot")
    for line in ["who killed trotsky", "what was the troika", "teach me", "i don't know"] * 2:
        ask(b, line)
    fits = b.js(
        "(() => { const r = e => document.getElementById(e).getBoundingClientRect();"
        " return scrollY === 0 && r('line').bottom <= innerHeight"
        " && r('log').top >= document.querySelector('header').getBoundingClientRect().bottom"
        " && r('log').bottom <= r('say').top })()"
    )
    assert fits is True
