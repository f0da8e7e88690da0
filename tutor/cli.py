"""The `tutor` command: `ask`, `chat` and `eval`. Prints; the engine never does."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ._content import ContentError
from ._tutor import Tutor

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
    return parser


def _load(pack: str | None) -> Tutor:
    return Tutor.from_path(pack) if pack else Tutor()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 below --min, 2 bad input)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "ask":
            return _ask(_load(args.pack), " ".join(args.question), args.json)
        if args.command == "eval":
            return _eval(_load(args.pack), args.cases, args.min, args.quiet)
        return _chat(_load(args.pack))
    except ContentError as exc:
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


def _chat(tutor: Tutor) -> int:
    session = tutor.session()
    interactive = sys.stdin.isatty()
    if interactive:
        print(
            "Ask me about the essay 'How Stalin outmaneuvered Trotsky'. /help for help, "
            "Ctrl-D to leave."
        )
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            return EXIT_OK
        reply = session.respond(line)
        print(reply.text)
        if reply.follow_up:
            print(reply.follow_up)
        if reply.kind == "smalltalk" and line.strip().lower().rstrip("!.") in ("bye", "goodbye"):
            return EXIT_OK
