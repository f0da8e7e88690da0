"""`tutor serve`: the web app (tutor/web.py) behind uvicorn, on the terminal's database.

The command checks what it can before the server starts (the extra is installed, the pack
loads, the database is ours, the port is free), so a mistake is one line and exit 2. The
workers are separate processes that each build the app from the environment the command
sets (`app_from_env`): uvicorn starts them from an import string.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._cli_common import EXIT_OK, Usage, load, warn

if TYPE_CHECKING:
    from starlette.applications import Starlette

__all__ = ["add_command", "app_from_env", "serve_command"]

_NEEDS = ("starlette", "uvicorn", "platformdirs")  # what the web extra installs
_INSTALL = "pip install 'socratic-tutor[web]'"
_ENV_PACK, _ENV_DB = "TUTOR_SERVE_PACK", "TUTOR_SERVE_DB"


def _missing() -> list[str]:
    return [m for m in _NEEDS if importlib.util.find_spec(m) is None]


def add_command(sub: Any) -> None:
    """Add `serve` to the subcommands."""
    missing = _missing()
    note = f" Needs the web extra, not installed here: {_INSTALL}" if missing else ""
    serve = sub.add_parser(
        "serve",
        help="the tutor in a web browser, for many learners at once",
        description="Serve the tutor as a web page and a JSON API (/api/openapi.json), "
        "keeping progress in the same database as the terminal, so a learner can switch "
        "between them. No passwords: a learner picks a name, so it listens on this machine "
        "only unless --host says otherwise." + note,
    )
    serve.add_argument(
        "--pack", metavar="DIR", default=argparse.SUPPRESS, help="use the pack in DIR"
    )
    serve.add_argument(
        "--db",
        metavar="FILE",
        default=argparse.SUPPRESS,  # `tutor --db FILE serve` keeps the top level's
        help="the progress database (default: $TUTOR_DB, else the terminal's in your data folder)",
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)"
    )
    serve.add_argument("--port", type=int, default=8000, help="the port (default: 8000)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")


def serve_command(args: argparse.Namespace) -> int:
    """Check everything that can be checked, then run the server until Ctrl-C."""
    from ._cli_learner import _db_path

    missing = _missing()
    if missing:
        raise Usage(f"tutor serve needs {', '.join(missing)}: {_INSTALL}")
    if not 0 < args.port < 65536:
        raise Usage(f"--port: expected 1 to 65535, not {args.port}")
    if not 0 < args.workers <= 64:
        raise Usage(f"--workers: expected 1 to 64, not {args.workers}")
    from ._store import Store, StoreError

    load(args.pack)  # a broken pack: its errors now, not in every worker
    db = _db_path(args)
    try:
        with Store.open(db) as store:
            if store.notice:
                warn(store.notice)
    except StoreError as exc:
        raise Usage(str(exc)) from None
    _check_port(args.host, args.port)
    os.environ[_ENV_PACK] = str(Path(args.pack).resolve()) if args.pack else ""
    os.environ[_ENV_DB] = str(db.resolve())
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        warn(
            f"listening on {args.host}: anyone who can reach it can use any learner's name "
            "(there are no passwords in this version)"
        )
    print(f"tutor: serving on http://{_url_host(args.host)}:{args.port}/ (Ctrl-C stops)")
    sys.stdout.flush()
    import uvicorn

    uvicorn.run(
        "tutor._cli_serve:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
        server_header=False,
        # longer than a client keeps an idle connection (httpx and browsers: 5 s or more),
        # so the server never closes one just as a request is sent on it
        timeout_keep_alive=75,
    )
    return EXIT_OK


def _check_port(host: str, port: int) -> None:
    """Refuse a port that is taken (or a host that is not ours) with one line."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        raise Usage(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def app_from_env() -> Starlette:
    """The app for one worker process, from what `serve_command` put in the environment."""
    from . import web
    from ._cli_learner import _pack_key
    from ._store import Store

    pack = os.environ.get(_ENV_PACK) or None
    db = Path(os.environ[_ENV_DB])
    tutor = load(pack)
    key = _pack_key(pack)
    class_view = None
    if importlib.util.find_spec("matplotlib") is not None:

        def class_view() -> str:
            from ._report import Filters, build_report
            from ._report_html import html_page

            return html_page(build_report(tutor.pack, [db], key, Filters()), tutor.pack.document)

    return web.create_app(tutor, lambda: Store.open(db), pack=key, class_view=class_view)
