"""The tutor in a browser: a chat page and a JSON API, as an ASGI app (Starlette).

Written only against the public library (`import tutor`, nothing private), so that it is
also the pattern an embedding app copies:

- one `tutor.Tutor`, loaded once and shared by every request and thread;
- nothing kept in memory between requests: a turn loads the learner's and the
  conversation's JSON from a store, plays one `Session.respond`, and saves both only if no
  other turn saved this learner meanwhile (else it plays the turn again on the newer
  states), so any number of threads and worker processes can serve the same learners;
- the store is anything with the five methods of `StateStore`: `tutor serve` hands in the
  terminal's SQLite database, so a learner moves between terminal and browser freely.

No passwords in this version: a learner types or picks a name, and anyone who can reach the
server can use any name. `tutor serve` therefore listens on localhost unless told otherwise.
Needs the web extra: pip install 'socratic-tutor[web]'.
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from importlib import resources
from typing import Any, Protocol

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import tutor

__all__ = ["MAX_BODY", "MAX_NAME", "StateStore", "create_app"]

MAX_BODY = 8_192  # bytes of a request body; a turn's text is read up to 500 characters anyway
MAX_NAME = 64  # characters of a learner's name, as in the terminal
# How often a turn is played again on newer states before giving up (503): each catch-up
# is one turn's work (about a millisecond); 5 ran out on a loaded 2-core machine when
# three streams wrote one learner at once.
_CATCH_UPS = 20
_MAX_ID = 2**63  # session ids are a database's integers
_THREADS = 8  # turns of one worker process run at once (each thread has its own store)
_PAGE_POLICY = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
_REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


class StateStore(Protocol):
    """Where the app keeps learners between requests. One is opened per thread.

    `tutor serve` uses the terminal's SQLite database; at larger scale the same five
    methods sit on PostgreSQL (a row per learner with a version column) or Redis (WATCH on
    the learner's key): see docs/embedding.md.
    """

    def begin(self, learner: str, pack: str) -> int:
        """Open a conversation of the learner with the pack (a browser session); its id."""
        ...

    def owner(self, sitting: int) -> tuple[str, str] | None:
        """The learner and pack of a session id, or None if there is none."""
        ...

    def load(self, learner: str, pack: str) -> tuple[str, str] | None:
        """The learner's saved learner and conversation JSON, or None; `commit` builds on it."""
        ...

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
        """Save the turn and both states in one transaction if the learner's saved states
        are still those this store last loaded; False, writing nothing, if another turn
        saved first."""
        ...

    def learners(self) -> list[str]:
        """Every learner's name, sorted (the page offers them to pick from)."""
        ...


def create_app(
    tutor_: tutor.Tutor,
    open_store: Callable[[], StateStore],
    *,
    pack: str = "default",
    class_view: Callable[[], str] | None = None,
) -> Starlette:
    """The ASGI app: the chat page at `/`, the JSON API under `/api` (described at
    `/api/openapi.json`), and the teacher's class report at `/class` if `class_view` makes one.

    Args:
        tutor_: the loaded pack, shared by every request.
        open_store: opens a store; called once in each thread that serves turns.
        pack: the key the learners' progress is kept under in the store (the terminal uses
            "default" for the default pack and a pack folder's absolute path for another).
        class_view: makes the class report page (HTML), or None for no `/class`.
    """
    api = _Api(tutor_, open_store, pack)
    routes = [
        Route("/", _page("index.html"), methods=["GET"]),
        Route("/api/openapi.json", _openapi, methods=["GET"]),
        Route("/api/learners", api.learners, methods=["GET"]),
        Route("/api/learners/{name}/progress", api.progress, methods=["GET"]),
        Route("/api/sessions", api.start, methods=["POST"]),
        Route("/api/sessions/{id:int}/turns", api.turn, methods=["POST"]),
        Mount("/static", StaticFiles(packages=[("tutor", "static")]), name="static"),
    ]
    if class_view is not None:
        routes.append(Route("/class", _report(api, class_view), methods=["GET"]))
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    app.add_middleware(_Headers)
    return app


class _Api:
    """The JSON API. Blocking work (the store, the engine) runs in a small thread pool."""

    def __init__(
        self, tutor_: tutor.Tutor, open_store: Callable[[], StateStore], pack: str
    ) -> None:
        self.tutor = tutor_
        self.open_store = open_store
        self.pack = pack
        self.local = threading.local()
        self.limiter: anyio.CapacityLimiter | None = None
        # One lock per session while a turn of it runs: its turns are played in order here,
        # other sessions' at the same time. Other worker processes are caught by `commit`.
        self.locks: weakref.WeakValueDictionary[int, anyio.Lock] = weakref.WeakValueDictionary()

    def store(self) -> StateStore:
        """This thread's store (a database connection is not shared between threads)."""
        store: StateStore | None = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = self.open_store()
        return store

    async def run(self, work: Callable[..., Any], *args: Any) -> Any:
        if self.limiter is None:
            self.limiter = anyio.CapacityLimiter(_THREADS)
        return await anyio.to_thread.run_sync(work, *args, limiter=self.limiter)

    async def learners(self, request: Request) -> Response:
        return JSONResponse({"learners": await self.run(lambda: self.store().learners())})

    async def progress(self, request: Request) -> Response:
        name = _name(request.path_params["name"])
        saved = await self.run(lambda: self.store().load(name, self.pack))
        learner = _states(saved)[0] or tutor.LearnerState.new()
        return JSONResponse({"learner": name, **asdict(self.tutor.progress(learner))})

    async def start(self, request: Request) -> Response:
        """POST /api/sessions {learner}: a browser conversation, resuming the saved one."""
        name = _name((await _body(request)).get("learner"))

        def begin() -> tuple[int, tuple[str, str] | None]:
            store = self.store()
            return store.begin(name, self.pack), store.load(name, self.pack)

        sitting, saved = await self.run(begin)
        conversation = _states(saved)[1]
        return JSONResponse(
            {
                "id": sitting,
                "learner": name,
                "resumed": saved is not None,
                "pending": None if conversation is None else conversation.pending_text,
                "pending_question": None if conversation is None else conversation.pending_question,
            },
            status_code=201,
        )

    async def turn(self, request: Request) -> Response:
        """POST /api/sessions/{id}/turns {text}: one turn, saved before the reply is sent."""
        sitting: int = request.path_params["id"]
        if sitting >= _MAX_ID:  # past a database's integers: no such session
            raise HTTPException(404, f"no session {sitting}: start one with POST /api/sessions")
        text = (await _body(request)).get("text")
        if not isinstance(text, str):
            raise HTTPException(400, "'text' must be a string: what the learner said")
        text = text.encode("utf-8", "replace").decode("utf-8")  # JSON may carry lone surrogates
        lock = self.locks.get(sitting)
        if lock is None:
            lock = self.locks[sitting] = anyio.Lock()
        async with lock:
            reply: tutor.Reply = await self.run(self.play, sitting, text)
        return JSONResponse(reply.to_dict())

    def play(self, sitting: int, text: str) -> tutor.Reply:
        """Load, respond, save; again on the newer states if another turn saved first."""
        store = self.store()
        owner = store.owner(sitting)
        if owner is None or owner[1] != self.pack:
            raise HTTPException(404, f"no session {sitting}: start one with POST /api/sessions")
        learner = owner[0]
        for _ in range(_CATCH_UPS):
            states = _states(store.load(learner, self.pack))
            # A new conversation's wording is seeded by its session id: replayable with
            # tutor.Tutor().session(seed=id).
            session = self.tutor.session(*states, seed=sitting)
            reply = session.respond(text)
            saved = session.learner.to_json(), session.conversation.to_json()
            if store.commit(learner, self.pack, text, reply.to_dict(), saved, sitting=sitting):
                return reply
        raise HTTPException(503, "this learner's other sessions keep saving: try again")


def _states(
    saved: tuple[str, str] | None,
) -> tuple[tutor.LearnerState | None, tutor.ConversationState | None]:
    """The saved states, read; a state that cannot be read is refused, never overwritten."""
    if saved is None:
        return None, None
    try:
        return tutor.LearnerState.from_json(saved[0]), tutor.ConversationState.from_json(saved[1])
    except tutor.StateError as exc:
        raise HTTPException(
            409, f"the saved progress cannot be read ({exc}); left as it is"
        ) from None


def _name(name: object) -> str:
    """A learner's name, or 400 saying what is wrong with it."""
    if not isinstance(name, str) or not name.strip():
        raise HTTPException(400, "'learner' must be a non-empty name")
    if len(name) > MAX_NAME or not name.isprintable():
        raise HTTPException(400, f"a learner's name is printable text of at most {MAX_NAME}")
    return name.strip()


async def _body(request: Request) -> dict[str, Any]:
    """The JSON object a request carries, read no further than MAX_BODY bytes.

    JSON only: a form of another site cannot post here without the browser asking first.
    """
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise HTTPException(415, "send JSON, with Content-Type: application/json")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise HTTPException(413, f"the body is larger than {MAX_BODY} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise HTTPException(413, f"the body is larger than {MAX_BODY} bytes")
    try:
        data = json.loads(body)
    except ValueError:
        raise HTTPException(400, "the body is not JSON") from None
    if not isinstance(data, dict):
        raise HTTPException(400, "the body must be a JSON object")
    return data


def _static(name: str) -> bytes:
    return resources.files("tutor").joinpath("static").joinpath(name).read_bytes()


def _page(name: str) -> Callable[[Request], Awaitable[Response]]:
    page = _static(name)

    async def serve(request: Request) -> Response:
        return HTMLResponse(page)

    return serve


async def _openapi(request: Request) -> Response:
    return Response(_static("openapi.json"), media_type="application/json")


def _report(api: _Api, make: Callable[[], str]) -> Callable[[Request], Awaitable[Response]]:
    async def serve(request: Request) -> Response:
        page = await api.run(make)
        return HTMLResponse(page, headers={"Content-Security-Policy": _REPORT_POLICY})

    return serve


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"error": exc.detail}, exc.status_code, headers=exc.headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    """Never a traceback to the client: the server's log has it."""
    return JSONResponse({"error": "the server failed on this request"}, 500)


class _Headers:
    """Headers on every response: nothing from elsewhere runs, nothing is framed or sniffed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.setdefault("headers", [])
                names = {k.lower() for k, _ in headers}
                extra = [
                    (b"content-security-policy", _PAGE_POLICY.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                headers.extend((k, v) for k, v in extra if k not in names)
            await send(message)

        await self.app(scope, receive, with_headers)
