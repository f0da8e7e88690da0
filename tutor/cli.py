"""The `tutor` command: `ask`, `chat`, `eval`, `progress`, `reset`, `history`.

Prints; the engine never does.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._content import ContentError
from ._tutor import Tutor

if TYPE_CHECKING:
    from ._store import Store

__all__ = ["main"]

EXIT_OK, EXIT_BELOW, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line message (its default), never a traceback."""


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tutor",
        description="A Socratic tutor for the essay 'How Stalin outmaneuvered Trotsky'. "
        "With no command, starts a conversation.",
    )
    parser.add_argument("--pack", metavar="DIR", help="use the content pack in DIR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ask = sub.add_parser(
        "ask",
        help="answer one question and exit",
        description="Answer one question about the essay and exit.",
    )
    ask.add_argument("question", nargs="+", help="the question, e.g. 'who killed trotsky'")
    ask.add_argument("--json", action="store_true", help="print the whole reply as JSON")
    ask.add_argument("--pack", metavar="DIR", default=argparse.SUPPRESS, help="use the pack in DIR")
    chat = sub.add_parser(
        "chat",
        help="talk with the tutor (the default)",
        description="Talk with the tutor, one line at a time.",
    )
    chat.add_argument(
        "--pack", metavar="DIR", default=argparse.SUPPRESS, help="use the pack in DIR"
    )
    chat.add_argument(
        "--json",
        action="store_true",
        help='JSON lines: read {"learner": ..., "text": ...} and print one reply per line',
    )
    chat.add_argument(
        "--no-save", action="store_true", help="neither resume nor save progress (a fresh session)"
    )
    _learner_options(chat, pack=False)
    ev = sub.add_parser(
        "eval",
        help="score the tutor on a case file",
        description="Run a case file and print accuracy per category.",
    )
    ev.add_argument("cases", help="a YAML case file (see docs/cases.md)")
    ev.add_argument(
        "--min",
        type=float,
        default=None,
        metavar="X",
        help="exit 1 when any category's accuracy is below X (0-1)",
    )
    ev.add_argument("--quiet", action="store_true", help="print only the table")
    ev.add_argument("--pack", metavar="DIR", default=argparse.SUPPRESS, help="use the pack in DIR")
    _learner_options(parser, top=True)
    _add_progress_commands(sub)
    return parser


def _load(pack: str | None) -> Tutor:
    cache = _cache_dir()
    return Tutor.from_path(pack, cache=cache) if pack else Tutor(cache=cache)


def _cache_dir() -> Path | None:
    """Where built packs are kept: $TUTOR_CACHE (empty: nowhere), else the user's cache."""
    if "TUTOR_CACHE" in os.environ:
        return Path(os.environ["TUTOR_CACHE"]) if os.environ["TUTOR_CACHE"] else None
    import platformdirs

    return platformdirs.user_cache_path("tutor", appauthor=False)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 below --min, 2 bad input)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "ask":
            return _ask(_load(args.pack), " ".join(args.question), args.json)
        if args.command == "eval":
            return _eval(_load(args.pack), args.cases, args.min, args.quiet)
        if args.command in ("progress", "reset", "history"):
            return _progress_command(args)
        return _chat(args)
    except ContentError as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except _Usage as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _ask(tutor: Tutor, question: str, as_json: bool) -> int:
    reply = tutor.ask(question)
    if as_json:
        print(json.dumps(reply.to_dict(), ensure_ascii=False))
    else:
        print(reply.text)
        if reply.follow_up:
            print(reply.follow_up)
    return EXIT_OK


def _eval(tutor: Tutor, cases: str, minimum: float | None, quiet: bool) -> int:
    from ._eval import evaluate, format_report, load_cases

    if not Path(cases).is_file():
        print(f"tutor: {cases}: no such case file", file=sys.stderr)
        return EXIT_USAGE
    report = evaluate(tutor, load_cases(cases))
    print(format_report(report, show_failures=not quiet))
    if minimum is not None and report.min_category() < minimum:
        return EXIT_BELOW
    return EXIT_OK


# --- learners: chat, progress, reset, history ----------------------------------------------


def _learner_options(parser: argparse.ArgumentParser, top: bool = False, pack: bool = True) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--learner",
        metavar="NAME",
        default=default,
        help="whose progress to use (default: your user name)",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the progress database (default: $TUTOR_DB, else in your data folder)",
    )
    if pack and not top:
        parser.add_argument(
            "--pack", metavar="DIR", default=argparse.SUPPRESS, help="use the pack in DIR"
        )


def _add_progress_commands(sub: Any) -> None:
    progress = sub.add_parser(
        "progress",
        help="show mastery per topic and what to study next",
        description="Show a learner's mastery per topic as bars, and what to study next.",
    )
    _learner_options(progress)
    reset = sub.add_parser(
        "reset",
        help="forget a learner's progress",
        description="Forget a learner's progress (after asking; --yes for scripts).",
    )
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    reset.add_argument(
        "--all", action="store_true", help="forget the learner's transcripts as well"
    )
    _learner_options(reset)
    history = sub.add_parser(
        "history",
        help="print past conversations",
        description="Print a learner's past conversations with the tutor, oldest first.",
    )
    history.add_argument(
        "--last", type=int, metavar="N", default=None, help="only the last N sittings"
    )
    _learner_options(history)


def _learner(args: argparse.Namespace) -> str:
    """The learner's name: --learner, else the OS user name. Exits 2 on a bad name."""
    from .repl import check_learner

    name = args.learner
    if name is None:
        import getpass

        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = "learner"
    problem = check_learner(name)
    if problem:
        raise _Usage(f"--learner: {problem}")
    return str(name).strip()


def _db_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db)
    if os.environ.get("TUTOR_DB"):
        return Path(os.environ["TUTOR_DB"])
    from ._store import default_path

    return default_path()


def _pack_key(pack: str | None) -> str:
    """Progress is kept per pack: the default one, or another by its absolute path."""
    return "default" if not pack else str(Path(pack).resolve())


class _Usage(Exception):
    """Bad input found after parsing: main prints it and exits 2."""


def _warn(message: str) -> None:
    print(f"tutor: {message}", file=sys.stderr, flush=True)


def _chat(args: argparse.Namespace) -> int:
    from ._store import Store, StoreError
    from .repl import Chat, Loader, run_json, run_plain, run_repl

    learner = _learner(args)
    if args.pack and not Path(args.pack).is_dir():
        raise ContentError(f"{args.pack}: no such pack folder")
    store = None
    if not getattr(args, "no_save", False):
        try:
            store = Store.open(_db_path(args))
        except StoreError as exc:
            _warn(f"{exc}; your progress will not be saved.")
        else:
            if store.notice:
                _warn(store.notice)
    loader = Loader(lambda: _load(args.pack))
    if args.pack:
        loader.get()  # an educator's own pack: report its errors before the first prompt
    key = _pack_key(args.pack)
    try:
        if getattr(args, "json", False):
            return run_json(
                lambda name: Chat(loader, name, key, store, _warn), learner, sys.stdin, sys.stdout
            )
        chat = Chat(loader, learner, key, store, _warn)
        if sys.stdin.isatty() and sys.stdout.isatty():
            return run_repl(chat, color=not os.environ.get("NO_COLOR"))
        return run_plain(chat, sys.stdin, sys.stdout)
    except BrokenPipeError:
        # The reader stopped (`tutor chat < lesson | head`): not an error. Point stdout
        # at devnull so Python's final flush does not complain either.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        if store is not None:
            store.close()


def _progress_command(args: argparse.Namespace) -> int:
    from ._store import Store, StoreError

    learner = _learner(args)
    key = _pack_key(args.pack)
    path = _db_path(args)
    if args.command != "reset" and not path.exists():
        print(f"Nothing saved yet (no database at {path}). Start with: tutor")
        return EXIT_OK
    try:
        with Store.open(path) as store:
            if store.notice:
                _warn(store.notice)
            if args.command == "reset":
                return _reset(store, learner, key, args.yes, args.all)
            if args.command == "history":
                return _history(store, learner, key, args.last)
            state = store.load(learner, key)
            if state is None:
                print(f"No progress saved for {learner} yet. Start with: tutor")
                return EXIT_OK
            from ._render import plain, progress_lines

            print(f"Progress of {learner}")
            print(plain(progress_lines(_load(args.pack).pack, state, _columns())))
            return EXIT_OK
    except StoreError as exc:
        raise _Usage(str(exc)) from None


def _columns() -> int:
    import shutil

    return max(40, shutil.get_terminal_size().columns - 1)


def _reset(store: Store, learner: str, key: str, yes: bool, everything: bool) -> int:
    what = "progress and transcripts" if everything else "progress"
    if not yes:
        print(f"Forget all of {learner}'s {what}? [y/N] ", end="", flush=True)
        answer = sys.stdin.readline()
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was reset.")
            return EXIT_BELOW
    if store.reset(learner, key, history=everything):
        print(f"Forgot {learner}'s {what}.")
    else:
        print(f"{learner} had no progress saved; nothing to forget.")
    return EXIT_OK


def _history(store: Store, learner: str, key: str, last: int | None) -> int:
    from datetime import datetime

    from ._render import plain, reply_lines
    from ._reply import Reply

    if last is not None and last < 1:
        raise _Usage("--last: expected a number of sittings of at least 1")
    sittings = store.history(learner, key, last)
    if not sittings:
        print(f"No conversations saved for {learner} yet.")
        return EXIT_OK
    for n, sitting in enumerate(sittings):
        when = datetime.fromisoformat(sitting.started).astimezone().strftime("%Y-%m-%d %H:%M")
        if n:
            print()
        print(f"== {when} ({len(sitting.turns)} turns)")
        for turn in sitting.turns:
            print(f"> {turn.text}")
            reply = turn.reply
            shown = Reply(
                str(reply.get("text", "")), "answer", follow_up=reply.get("follow_up") or None
            )
            print(plain(reply_lines(shown)))
    return EXIT_OK
