"""The `tutor` command. Prints; the engine never does.

Bare `tutor` talks; `ask` answers one question. The learner's commands (chat, progress,
reset, history) and the educator's (eval, validate, coverage, new-pack) live in their own
modules.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence

from . import _cli_content, _cli_learner, _cli_report, _cli_serve
from ._cli_common import EXIT_OK, EXIT_USAGE, Usage, load, pack_option
from ._content import ContentError
from ._render import printable
from ._reply import Reply
from ._tutor import Tutor

__all__ = ["main"]

# modules of the optional extras (pyproject.toml), by the extra that installs them
_EXTRAS = {
    "prompt_toolkit": "cli",
    "platformdirs": "cli",
    "jsonschema": "authoring",
    "starlette": "web",
    "uvicorn": "web",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="A Socratic tutor for one text (by default the essay 'How Stalin "
        "outmaneuvered Trotsky'; --pack DIR for another). "
        "With no command, starts a conversation.",
    )
    parser.add_argument("--pack", metavar="DIR", help="use the content pack in DIR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ask = sub.add_parser(
        "ask",
        help="answer one question and exit",
        description="Answer one question about the text and exit.",
    )
    ask.add_argument("question", nargs="+", help="the question, e.g. 'who killed trotsky'")
    ask.add_argument("--json", action="store_true", help="print the whole reply as JSON")
    pack_option(ask)
    _cli_learner.learner_options(ask, pack=False)  # --learner: in their conversation, saved
    _cli_learner.add_commands(sub)
    _cli_content.add_commands(sub)
    _cli_report.add_command(sub)
    _cli_serve.add_command(sub)
    _cli_learner.learner_options(parser, top=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 below a bar, 2 bad input).

    argparse itself exits 2 with a one-line message on bad usage.
    """
    _degrade_output()
    args = _parser().parse_args(argv)
    try:
        if args.command == "ask" and args.learner is not None:
            return _cli_learner.ask(args, " ".join(args.question))
        if args.command == "ask":
            return _ask(load(args.pack), " ".join(args.question), args.json)
        if args.command == "serve":
            return _cli_serve.serve_command(args)
        if args.command == "report":
            return _cli_report.report_command(args)
        if args.command in ("progress", "reset", "history"):
            return _cli_learner.progress_command(args)
        code = _cli_content.run(args)
        if code is not None:
            return code
        return _cli_learner.chat(args)
    except (ContentError, Usage) as exc:
        print(f"tutor: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except ModuleNotFoundError as exc:
        extra = _EXTRAS.get((exc.name or "").partition(".")[0])
        if extra is None:
            raise
        print(
            f"tutor: this command needs {exc.name}, which comes with the {extra} extra: "
            f"pip install 'socratic-tutor[{extra}]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`tutor eval cases.yaml | head`): not an error. Point
        # stdout at devnull so Python's final flush does not complain either.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _degrade_output() -> None:
    """A terminal or pipe that cannot show a character gets '?' instead of a traceback
    (PYTHONIOENCODING=ascii, an old Windows console)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = str(getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding not in ("utf8", ""):
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _ask(tutor: Tutor, question: str, as_json: bool) -> int:
    return print_reply(tutor.ask(question), as_json)


def print_reply(reply: Reply, as_json: bool) -> int:
    """One reply on stdout, as `tutor ask` prints it: text and question, or all as JSON."""
    if as_json:
        print(json.dumps(reply.to_dict(), ensure_ascii=False))
    else:
        print(printable(reply.text))
        if reply.follow_up:
            print(printable(reply.follow_up))
    return EXIT_OK
