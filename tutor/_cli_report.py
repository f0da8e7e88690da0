"""`tutor report`: the educator's view of what learners did, from progress databases."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ._cli_common import EXIT_OK, Usage, load, pack_option

__all__ = ["add_command", "report_command"]

HTML_MARK = '<meta name="generator" content="tutor report">'  # a page we may overwrite


def add_command(sub: Any) -> None:
    """Add `report` to the subcommands."""
    from ._report_render import TABLES

    report = sub.add_parser(
        "report",
        help="what learners asked, got right and got stuck on (for educators)",
        description="Report on learners' progress with one pack, read from one or more "
        "progress databases (merged: e.g. one per classroom machine). Never writes them.",
    )
    report.add_argument(
        "--db",
        metavar="PATH",
        action="append",
        dest="dbs",
        default=None,
        help="a progress database; repeat to merge several (default: $TUTOR_DB, else yours)",
    )
    pack_option(report)
    report.add_argument(
        "--learner",
        metavar="NAME",
        action="append",
        dest="learners",
        default=None,
        help="only this learner (repeatable)",
    )
    report.add_argument("--since", metavar="DATE", help="only turns from DATE on (YYYY-MM-DD)")
    report.add_argument("--topic", metavar="TOPIC", help="only this topic (its id or title)")
    report.add_argument(
        "--format",
        choices=("text", "csv", "json"),
        default="text",
        help="text tables (default), csv (one --table) or json (everything)",
    )
    report.add_argument(
        "--table",
        choices=TABLES,
        default="learners",
        help="which table --format csv prints (default: learners)",
    )
    report.add_argument(
        "--html", metavar="FILE", help="also write a self-contained page with charts to FILE"
    )


def report_command(args: argparse.Namespace) -> int:
    """Build the report and print it (and write the page with --html)."""
    from ._cli_learner import _db_path, _pack_key
    from ._report import Filters, build_report
    from ._report_render import csv_text, json_text, terminal_text
    from ._store import StoreError

    tutor = load(args.pack)
    pack = tutor.pack
    paths = [Path(p) for p in args.dbs] if args.dbs else [_db_path(args)]
    filters = Filters(
        learners=frozenset(args.learners or ()),
        since=_since(args.since),
        topic=_topic(pack.topics, args.topic),
    )
    html_path = Path(args.html) if args.html else None
    if html_path is not None:
        _check_html_target(html_path)
    try:
        report = build_report(pack, paths, _pack_key(args.pack), filters)
        if not report.learners:
            _say_where(paths, _pack_key(args.pack))
    except StoreError as exc:
        raise Usage(str(exc)) from None
    if html_path is not None:
        from ._report_html import html_page

        _write(html_path, html_page(report, pack.document))
    if args.format == "json":
        print(json_text(report))
    elif args.format == "csv":
        sys.stdout.write(csv_text(report, args.table))
    else:
        import shutil

        width = max(40, shutil.get_terminal_size().columns - 1)
        terminal = sys.stdout.isatty()
        color = terminal and not os.environ.get("NO_COLOR")
        sys.stdout.write(terminal_text(report, width, color, cut=terminal))
    if html_path is not None:
        print(f"Wrote {html_path}", file=sys.stderr)
    return EXIT_OK


def _say_where(paths: list[Path], key: str) -> None:
    """An empty report over databases that hold other packs' work says which (on stderr):
    progress is kept per pack, and a forgotten --pack should not read as an empty class."""
    from ._cli_learner import elsewhere
    from ._store import open_readonly, packs_saved

    packs: set[str] = set()
    for path in paths:
        conn = open_readonly(path)
        try:
            packs.update(packs_saved(conn.execute))
        finally:
            conn.close()
    sys.stderr.write(elsewhere(sorted(packs), key, "This report is empty; the database holds"))


def _since(text: str | None) -> str:
    """--since as the ISO text turns are compared with (times are saved in UTC)."""
    if not text:
        return ""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise Usage(f"--since: expected a date like 2026-09-01, not {text!r}") from None
    if len(text) <= 10:
        return when.date().isoformat()
    if when.tzinfo is None:
        when = when.astimezone()  # a local time, as people type it
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


def _topic(topics: Any, text: str | None) -> str:
    if not text:
        return ""
    wanted = text.strip().lower()
    for t in topics:
        if wanted in (t.id.lower(), t.title.lower()):
            return str(t.id)
    known = ", ".join(t.id for t in topics)
    raise Usage(f"--topic: no topic {text!r} in this pack (topics: {known})")


def _check_html_target(path: Path) -> None:
    """Refuse to overwrite a file that is not a page this command wrote."""
    if path.is_dir():
        raise Usage(f"--html: {path} is a folder")
    if path.exists():
        try:
            head = path.read_bytes()[:4096].decode("utf-8", "replace")
        except OSError as exc:
            raise Usage(f"--html: cannot read {path}: {exc}") from None
        if HTML_MARK not in head:
            raise Usage(f"--html: {path} exists and is not a tutor report; choose another name")


def _write(path: Path, text: str) -> None:
    """Write the page whole or not at all (a temporary file renamed over it)."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            umask = os.umask(0o022)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide the page from others
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise Usage(f"--html: cannot write {path}: {exc}") from None
