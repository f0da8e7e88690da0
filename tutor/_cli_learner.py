"""`tutor chat`, `progress`, `reset` and `history`: the learner's side of the command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._cli_common import EXIT_BELOW, EXIT_OK, Usage, load, pack_option, warn
from ._content import ContentError, not_a_pack_folder

if TYPE_CHECKING:
    from ._store import Store

__all__ = ["add_commands", "ask", "chat", "learner_options", "progress_command"]


def add_commands(sub: Any) -> None:
    """Add chat, progress, reset and history to the subcommands."""
    chat = sub.add_parser(
        "chat",
        help="talk with the tutor (the default)",
        description="Talk with the tutor, one line at a time.",
    )
    pack_option(chat)
    chat.add_argument(
        "--json",
        action="store_true",
        help='JSON lines: read {"learner": ..., "text": ...} and print one reply per line',
    )
    chat.add_argument(
        "--no-save", action="store_true", help="neither resume nor save progress (a fresh session)"
    )
    learner_options(chat, pack=False)
    _add_progress_commands(sub)


def learner_options(parser: argparse.ArgumentParser, top: bool = False, pack: bool = True) -> None:
    """`--learner` and `--db` (and `--pack`) on a parser; at the top level they default to None."""
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
        pack_option(parser)


def _add_progress_commands(sub: Any) -> None:
    progress = sub.add_parser(
        "progress",
        help="show mastery per topic and what to study next",
        description="Show a learner's mastery per topic as bars, and what to study next.",
    )
    learner_options(progress)
    reset = sub.add_parser(
        "reset",
        help="forget a learner's progress",
        description="Forget a learner's progress (after asking; --yes for scripts).",
    )
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    reset.add_argument(
        "--all", action="store_true", help="forget the learner's transcripts as well"
    )
    learner_options(reset)
    history = sub.add_parser(
        "history",
        help="print past conversations",
        description="Print a learner's past conversations with the tutor, oldest first.",
    )
    history.add_argument(
        "--last", type=int, metavar="N", default=None, help="only the last N sittings"
    )
    learner_options(history)


def _learner(args: argparse.Namespace) -> str:
    """The learner's name: --learner, else the OS user name. Exits 2 on a bad name."""
    from ._store import check_learner

    name = args.learner
    if name is None:
        import getpass

        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = "learner"
    problem = check_learner(name)
    if problem:
        raise Usage(f"--learner: {problem}")
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


def elsewhere(packs: list[str], key: str, who: str) -> str:
    """Lines naming the other packs saved work is kept with ("" if none): progress is kept
    per pack, so without the right --pack a command finds nothing and should say where."""
    others = [p for p in packs if p != key]
    if not others:
        return ""
    shown = ["the default pack (no --pack)" if p == "default" else f"--pack {p}" for p in others]
    return f"{who} saved work with another pack: {'; '.join(shown)}\n"


def chat(args: argparse.Namespace) -> int:
    """Talk: the REPL on a terminal, plain lines on a pipe, JSON lines with --json."""
    from ._store import Store, StoreError, StoreRefused
    from .repl import Chat, Loader, run_json, run_plain, run_repl

    learner = _learner(args)
    if args.pack and not Path(args.pack).is_dir():
        raise ContentError(not_a_pack_folder(Path(args.pack)))
    as_json = getattr(args, "json", False)
    terminal = sys.stdin.isatty() and sys.stdout.isatty()
    # A script piped in with no learner named starts fresh and saves nothing: the same
    # script gives the same output every time, and nobody's progress is touched.
    scripted = not terminal and not as_json and args.learner is None
    store = None
    if not getattr(args, "no_save", False) and not scripted:
        try:
            store = Store.open(_db_path(args))
        except StoreRefused as exc:
            raise Usage(str(exc)) from None  # not ours: the learner must choose another file
        except StoreError as exc:
            warn(f"{exc}; your progress will not be saved.")
        else:
            if store.notice:
                warn(store.notice)
    loader = Loader(lambda: load(args.pack))
    if args.pack:
        loader.get()  # an educator's own pack: report its errors before the first prompt
    key = _pack_key(args.pack)
    try:
        if as_json:
            return run_json(
                lambda name: Chat(loader, name, key, store, warn), learner, sys.stdin, sys.stdout
            )
        chat = Chat(loader, learner, key, store, warn, seed=0 if scripted else None)
        if terminal:
            return run_repl(chat, color=not os.environ.get("NO_COLOR"))
        return run_plain(chat, sys.stdin, sys.stdout)
    finally:
        if store is not None:
            store.close()


def ask(args: argparse.Namespace, question: str) -> int:
    """`tutor ask --learner NAME`: one turn of that learner's conversation, saved."""
    from ._store import Store, StoreError, StoreRefused
    from .cli import print_reply
    from .repl import Chat, Loader

    learner = _learner(args)
    store = None
    try:
        store = Store.open(_db_path(args))
    except StoreRefused as exc:
        raise Usage(str(exc)) from None
    except StoreError as exc:
        warn(f"{exc}; your progress will not be saved.")
    else:
        if store.notice:
            warn(store.notice)
    try:
        chat = Chat(Loader(lambda: load(args.pack)), learner, _pack_key(args.pack), store, warn)
        return print_reply(chat.respond(question), args.json)
    finally:
        if store is not None:
            store.close()


def progress_command(args: argparse.Namespace) -> int:
    """`progress`, `reset` or `history` for one learner."""
    from ._state import StateError
    from ._store import Store, StoreError

    learner = _learner(args)
    key = _pack_key(args.pack)
    path = _db_path(args)
    if args.command != "reset" and not path.exists():
        print(f"Nothing saved yet (no database at {path}). Start with: tutor")
        return EXIT_OK
    try:
        # Only `reset` writes: reading never creates, migrates or moves anything.
        with Store.open(path, readonly=args.command != "reset") as store:
            if store.notice:
                warn(store.notice)
            if args.command == "reset":
                return _reset(store, learner, key, args.yes, args.all)
            if args.command == "history":
                return _history(store, learner, key, args.last)
            saved = store.load(learner, key)
            if saved is None:
                print(f"No progress saved for {learner} yet. Start with: tutor")
                print(elsewhere(store.packs(learner), key, f"{learner} has"), end="")
                return EXIT_OK
            from ._render import plain, progress_lines
            from ._state import LearnerState

            progress = load(args.pack).progress(LearnerState.from_json(saved[0]))
            print(f"Progress of {learner}")
            print(plain(progress_lines(progress, _columns())))
            return EXIT_OK
    except StoreError as exc:
        raise Usage(str(exc)) from None
    except StateError as exc:
        raise Usage(f"the saved progress of {learner} cannot be read: {exc}") from None


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

    from ._render import plain, printable, reply_lines
    from ._reply import Reply

    if last is not None and last < 1:
        raise Usage("--last: expected a number of sittings of at least 1")
    if last is not None and last >= 2**62:  # past SQLite's integers, and any history
        last = None
    sittings = store.history(learner, key, last)
    if not sittings:
        print(f"No conversations saved for {learner} yet.")
        print(elsewhere(store.packs(learner), key, f"{learner} has"), end="")
        return EXIT_OK
    for n, sitting in enumerate(sittings):
        when = datetime.fromisoformat(sitting.started).astimezone().strftime("%Y-%m-%d %H:%M")
        if n:
            print()
        print(f"== {when} ({len(sitting.turns)} turns)")
        for turn in sitting.turns:
            print(f"> {printable(turn.text)}")
            reply = turn.reply
            shown = Reply(
                str(reply.get("text", "")), "answer", follow_up=reply.get("follow_up") or None
            )
            print(plain(reply_lines(shown)))
    return EXIT_OK
