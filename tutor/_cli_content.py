"""`tutor eval`, `validate`, `coverage` and `new-pack`: the educator's side of the command line."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._cli_common import (
    EXIT_BELOW,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WARNINGS,
    Usage,
    load,
    pack_option,
)
from ._render import printable
from ._tutor import Tutor

PACK_SCHEMAS = "schema"  # a drafted pack's folder of the schemas its files name

__all__ = ["add_commands", "run"]


def add_commands(sub: Any) -> None:
    """Add eval, validate, coverage and new-pack to the subcommands."""
    ev = sub.add_parser(
        "eval",
        help="score the tutor on a case file",
        description="Run a case file (see docs/cases.md) and print accuracy per category, "
        "then every failing case with what the tutor said.",
    )
    ev.add_argument("cases", help="a YAML case file (see docs/cases.md)")
    ev.add_argument(
        "--min",
        type=_share,
        default=None,
        metavar="X",
        help="exit 1 when any category's accuracy is below X (0-1)",
    )
    ev.add_argument("--quiet", action="store_true", help="print only the table")
    ev.add_argument(
        "--category",
        action="append",
        metavar="NAME",
        help="run only the cases of this category (repeat for several)",
    )
    ev.add_argument("--json", action="store_true", help="print the results as JSON")
    ev.add_argument(
        "--suggest",
        action="store_true",
        help="for each failed case, the fact it should reach and what the pack lacks; and "
        "a warning for each case whose wording is copied into the pack",
    )
    pack_option(ev)
    val = sub.add_parser(
        "validate",
        help="check a content pack and list every problem",
        description="Check every file of a content pack and list all problems, each as "
        "file:line:col: field: what is wrong, and what was expected. Exit 0 when clean, "
        "1 with warnings under --strict, 2 with errors.",
    )
    val.add_argument(
        "pack_dir", nargs="?", metavar="PACK", help="the pack folder (default: the shipped pack)"
    )
    pack_option(val)
    val.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    val.add_argument(
        "--examples",
        action="store_true",
        help="also run the examples: written into the facts and dialog questions",
    )
    cov = sub.add_parser(
        "coverage",
        help="list what a pack leaves out",
        description="List the source passages no fact cites, facts with few questions or no "
        "Socratic follow-up, and topics without a Socratic question.",
    )
    cov.add_argument(
        "pack_dir", nargs="?", metavar="PACK", help="the pack folder (default: the shipped pack)"
    )
    pack_option(cov)
    exp = sub.add_parser(
        "explain",
        help="show why the tutor answers a question as it does",
        description="Show how the tutor reads a question, the five facts that scored best "
        "and why, the reply, and what in the pack would change it.",
    )
    exp.add_argument("question", nargs="+", help="the question, in a learner's words")
    exp.add_argument(
        "--after",
        action="append",
        default=[],
        metavar="LINE",
        help="a line said before the question (repeat for several, in order): explains a "
        "follow-up as it leans on them",
    )
    pack_option(exp)
    new = sub.add_parser(
        "new-pack",
        help="draft a new pack from a plain-text document",
        description="Write a draft pack for a plain-text document into DIR: a topic per "
        "heading, a fact per sentence or bullet, entities, and TODO notes for the educator. "
        "It answers questions worded like its text at once; see docs/authoring.md.",
    )
    new.add_argument(
        "directory", metavar="DIR", help="the new pack's folder (must be empty or new)"
    )
    new.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="TEXT",
        help="the document, a UTF-8 text file",
    )


def _share(text: str) -> float:
    """An accuracy bar between 0 and 1, for --min."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}") from None
    if not 0.0 <= value <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}")
    return value


def run(args: argparse.Namespace) -> int | None:
    """Run an educator command, or None when the command is not one of them."""
    if args.command == "eval":
        return _eval(load(args.pack), args)
    if args.command == "validate":
        return _validate(_pack_dir(args), args.strict, args.examples)
    if args.command == "coverage":
        return _coverage(load(_pack_dir(args)))
    if args.command == "explain":
        from ._explain import explain, format_explanation

        told = explain(load(args.pack), " ".join(args.question), after=args.after)
        print(format_explanation(told))
        return EXIT_OK
    if args.command == "new-pack":
        return _new_pack(Path(args.directory), Path(args.source))
    return None


def _pack_dir(args: argparse.Namespace) -> str | None:
    """The pack of validate / coverage: given as PACK or, like the other commands, --pack."""
    if args.pack_dir and args.pack and args.pack_dir != args.pack:
        raise Usage(f"two packs given ({args.pack_dir} and --pack {args.pack}); give one")
    return str(args.pack_dir or args.pack) if args.pack_dir or args.pack else None


def _eval(tutor: Tutor, args: argparse.Namespace) -> int:
    from ._eval import evaluate, format_report, load_cases, report_dict

    if not Path(args.cases).is_file():
        print(f"tutor: {args.cases}: no such case file", file=sys.stderr)
        return EXIT_USAGE
    cases = load_cases(args.cases, tutor.pack.by_id)
    if args.category:
        known = {str(c.get("category")) for c in cases}
        unknown = [c for c in args.category if c not in known]
        if unknown:
            print(
                f"tutor: no cases of category {', '.join(unknown)}; "
                f"the file has: {', '.join(sorted(known))}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        cases = [c for c in cases if c.get("category") in args.category]
    report = evaluate(tutor, cases, _progress_bar())
    if args.json:
        print(json.dumps(report_dict(report), ensure_ascii=False, indent=2))
    else:
        print(printable(format_report(report, show_failures=not args.quiet and not args.suggest)))
    if args.suggest and not args.json:
        from ._suggest import copied_cases, suggest

        for s in suggest(tutor, cases, report):
            print(printable(f"\n{s.case_id}: {s.line}"))
            reach = s.target or ("(nothing: it should decline)" if s.decline else "(unknown)")
            print(printable(f"  should reach: {reach}"))
            for line in s.advice:
                print(printable(f"  - {line}"))
        copied = copied_cases(tutor, cases)
        if copied:
            print()
        for warning in copied:
            print(printable(f"warning: {warning}"))
    if args.min is not None and report.min_category() < args.min:
        return EXIT_BELOW
    return EXIT_OK


def _validate(pack: str | None, strict: bool, examples: bool) -> int:
    from ._validate import validate

    report = validate(pack, examples=examples)
    for problem in report.problems:
        print(printable(str(problem)))
    for note in report.notes:
        print(f"note: {note}")
    summary = f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)"
    if examples:
        summary += f"; {report.examples} example(s) run, {report.examples_failed} failed"
    print(summary)
    if report.errors:
        return EXIT_USAGE
    if strict and report.warnings:
        return EXIT_WARNINGS
    return EXIT_OK


def _coverage(tutor: Tutor) -> int:
    from ._coverage import coverage, format_coverage

    print(printable(format_coverage(coverage(tutor.pack))))
    return EXIT_OK


def _progress_bar() -> Callable[[str, int, int], None] | None:
    """A progress line on stderr when it is a terminal (nothing on a pipe or a file)."""
    if not sys.stderr.isatty():
        return None

    def show(step: str, done: int, total: int) -> None:
        filled = 20 * done // max(total, 1)
        end = "\n" if done >= total else ""
        print(f"\r[{'#' * filled}{'.' * (20 - filled)}] {step:<16}", end=end, file=sys.stderr)

    return show


def _not_a_text_file(path: Path) -> str:
    """What a path given as the text is instead, for the message."""
    if path.is_dir():
        return "is a folder, not a text file; give the document itself (a UTF-8 text file)"
    if path.exists():
        return "is not a regular file (a device, pipe or socket); give a UTF-8 text file"
    return "no such text file"


def _new_pack(directory: Path, source: Path) -> int:
    from ._content import ContentError
    from ._scaffold import scaffold
    from ._schema import schema_path
    from ._yaml_doc import MAX_FILE_BYTES

    if not source.is_file():
        print(f"tutor: {source}: {_not_a_text_file(source)}", file=sys.stderr)
        return EXIT_USAGE
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        print(
            f"tutor: {directory}: already exists and is not empty; choose a new folder",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if source.stat().st_size > MAX_FILE_BYTES:
        print(
            f"tutor: {source}: {source.stat().st_size:,} bytes is more than a pack's file may "
            f"hold ({MAX_FILE_BYTES:,} bytes, the loader's cap); draft a pack from a part of it",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        print(
            f"tutor: {source}: not UTF-8 text (byte {exc.start}); save it as UTF-8", file=sys.stderr
        )
        return EXIT_USAGE
    if not text.strip():
        print(f"tutor: {source}: the file is empty", file=sys.stderr)
        return EXIT_USAGE
    name = source.name if source.suffix == ".txt" else f"{source.stem or 'source'}.txt"
    # the pack carries the two schemas its files name, beside them: a path into where
    # tutor is installed (a venv's site-packages) breaks when the pack is moved or shared
    kinds = ("knowledge", "dialogs")
    schemas = [f"../{PACK_SCHEMAS}/{kind}.schema.json" for kind in kinds]
    files = scaffold(text, name, schemas[0], schemas[1], _progress_bar())
    for kind in kinds:
        own = Path(schema_path(kind)).read_text(encoding="utf-8")
        files[f"{PACK_SCHEMAS}/{kind}.schema.json"] = own
    if not any("\n  - id: " in c for r, c in files.items() if r.startswith("knowledge/")):
        print(
            f"tutor: {source}: no sentence to draft a fact from (every line reads as a "
            "heading); end the text's sentences with a full stop",
            file=sys.stderr,
        )
        return EXIT_USAGE
    for rel, content in files.items():
        size = len(content.encode("utf-8"))
        if size > MAX_FILE_BYTES:  # nothing written: the pack could not load
            print(
                f"tutor: {source}: its draft {rel} would be {size:,} bytes, more than the "
                f"loader's cap ({MAX_FILE_BYTES:,} bytes); break the text up with headings",
                file=sys.stderr,
            )
            return EXIT_USAGE
    try:
        for rel, content in files.items():
            path = directory / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    except OSError as exc:
        print(f"tutor: {directory}: cannot write the pack there ({exc.strerror})", file=sys.stderr)
        return EXIT_USAGE
    # built once now, into the cache of built packs, so that the first `tutor` on it is
    # quick; a draft that does not load is for `tutor validate` to explain (see below)
    with contextlib.suppress(ContentError):
        load(str(directory))
    facts = sum(c.count("\n  - id: ") for r, c in files.items() if r.startswith("knowledge/"))
    topics = sum(1 for content in files.values() if "\ntopic:\n" in content)
    print(f"Wrote a draft pack to {directory}: {topics} topic(s), {facts} draft fact(s).")
    print(f'Try it:    tutor ask --pack {directory} "a question about the text"')
    print(f"Check it:  tutor validate {directory}   and   tutor coverage {directory}")
    print("Then review what is marked `draft: true` in its files (see docs/authoring.md).")
    return EXIT_OK
