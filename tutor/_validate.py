"""Checking a whole pack for an educator: every problem at once, and the pack's own tests.

The loader (`_content.scan_folders`) finds what stops a pack from loading. This module
adds what only hurts it: questions the matcher cannot tell apart, dialog scripts that
break the authoring rules, and, on request, the `examples:` written into the content
(questions that must reach their fact, answers that must get their verdict). It also
reloads a pack after an edit, returning either the new Tutor or the problems.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from ._analyze import Analyzer
from ._cache import build
from ._content import (
    ContentError,
    Graded,
    Problem,
    Scan,
    Where,
    load_folders,
    scan_folders,
)
from ._content import pack_folders as _pack_folders
from ._default_pack import default_folders
from ._pack_checks import as_items, as_mapping
from ._session import Session
from ._text import split_words
from ._tutor import Tutor, describe
from ._yaml_doc import Doc

__all__ = [
    "Reloaded",
    "ValidationReport",
    "default_folders",
    "pack_folders",
    "reload",
    "validate",
]

# Two questions of different facts whose content words agree this much (rapidfuzz ratio
# over the sorted terms the matcher sees) look the same to it: 100 is the same words.
NEAR_DUPLICATE = 90
_LIMITS = (  # (part of a dialog question, most there should be, why)
    ("expectations", 3, " (a learner cannot hold more in one answer)"),
    ("misconceptions", 2, ", the ones learners really voice"),
)


@dataclass(frozen=True, slots=True)
class ValidationReport(Graded):
    """What `validate` found.

    Attributes:
        problems: errors and warnings, in file and line order.
        notes: things the check could not do, said plainly (e.g. examples skipped).
        examples: how many content examples were run.
        examples_failed: how many of them routed or judged wrongly.
    """

    problems: tuple[Problem, ...]
    notes: tuple[str, ...] = ()
    examples: int = 0
    examples_failed: int = 0


def pack_folders(root: str | Path | None) -> tuple[Path, Path]:
    """The knowledge and dialogs folders of a pack folder (None: the shipped pack).

    Raises:
        ContentError: the folder does not exist or has no knowledge/ folder.
    """
    if root is None:
        return default_folders()
    return _pack_folders(Path(root))


def validate(root: str | Path | None = None, examples: bool = False) -> ValidationReport:
    """Check every file of a pack (None: the shipped pack) and report all problems.

    Args:
        root: the pack folder.
        examples: also run the `examples:` of facts and dialog questions.

    Raises:
        ContentError: the folder does not exist or has no knowledge/ folder.
    """
    knowledge, dialogs = pack_folders(root)
    scan = scan_folders(knowledge, dialogs, str(root or "(default pack)"))
    problems = list(scan.problems)
    problems.extend(_dialog_style(scan))
    problems.extend(_drafts(scan, (knowledge, dialogs)))
    problems.extend(_aliases(scan))
    problems.extend(_merged_items(scan, (knowledge, dialogs)))
    notes: list[str] = []
    ran = failed = 0
    if scan.pack is not None:
        pack = scan.pack
        built = build(lambda: pack)
        tutor = Tutor._of(built)
        problems.extend(_near_duplicates(scan, built[1]))
        written, unread = _frames(scan, tutor)
        problems.extend(written)
        if unread:
            shown = ", ".join(unread[:_SHOWN])
            more = f" and {len(unread) - _SHOWN} more" if len(unread) > _SHOWN else ""
            notes.append(
                f"who did what could not be read from {len(unread)} answer(s) ({shown}{more}): "
                "claims about them are judged by shared words; write a frame: for those "
                "that matter (docs/authoring.md)"
            )
        if examples:
            found, ran, note = _run_examples(scan, tutor)
            failed = len(found)
            problems.extend(found)
            notes.extend(note)
    elif examples:
        notes.append("examples were not run: fix the errors first")
    files = {name: i for i, name in enumerate(dict.fromkeys(p.where.file for p in problems))}
    problems.sort(key=lambda p: (files[p.where.file], p.where.line, p.where.col))
    return ValidationReport(tuple(problems), tuple(notes), ran, failed)


_SHOWN = 5  # facts named in a note before "and N more"

# --- warnings --------------------------------------------------------------------------------


def _facts(scan: Scan) -> Iterator[tuple[Doc, int, dict[str, Any]]]:
    for doc in scan.knowledge:
        for i, raw in enumerate(as_items(as_mapping(doc.data).get("facts"))):
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                yield doc, i, raw


def _questions(scan: Scan) -> Iterator[tuple[Doc, int, dict[str, Any]]]:
    for doc in scan.dialogs:
        for i, raw in enumerate(as_items(as_mapping(doc.data).get("questions"))):
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                yield doc, i, raw


def _near_duplicates(scan: Scan, analyzer: Analyzer) -> list[Problem]:
    """Questions of different facts that the matcher reads as the same words."""
    rows: list[tuple[Doc, int, int, str, str]] = []  # doc, fact index, question index, id, text
    keys: list[tuple[str, ...]] = []
    kinds: list[str | None] = []
    for doc, i, raw in _facts(scan):
        for j, question in enumerate(as_items(raw.get("questions"))):
            query = analyzer.analyze(str(question), correct=False)
            if query.terms:
                rows.append((doc, i, j, raw["id"], str(question)))
                keys.append(tuple(sorted(query.terms)))
                kinds.append(query.qtype)
    out = []
    for a, key in enumerate(keys):
        for _, _, b in process.extract(
            key, keys, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE, limit=None
        ):
            if b <= a or rows[a][3] == rows[b][3] or kinds[a] != kinds[b]:
                continue
            doc, i, j, _, text = rows[b]
            first = rows[a]
            out.append(
                doc.problem(
                    ("facts", i, "questions", j),
                    f"{text!r} looks the same to the matcher as {first[4]!r} of fact "
                    f"{first[3]!r} ({first[0].where('facts', first[1], 'questions', first[2])}): "
                    f"both come down to the words [{', '.join(keys[b])}]; expected questions "
                    "that only this fact answers (reword it with what is special to this fact, "
                    "or remove it)",
                    "warning",
                )
            )
    return out


def _frames(scan: Scan, tutor: Tutor) -> tuple[list[Problem], list[str]]:
    """Written frames with no relation the matcher reads (warnings), and the places of
    facts whose frame cannot be read from the answer (a note: a state like "X was the
    first antibiotic" has no doer, and is no mistake)."""
    framer = tutor._engine.dialogue.replies.claims.framer
    pack = tutor.pack
    out: list[Problem] = []
    unread: list[str] = []
    for doc, i, raw in _facts(scan):
        fact = pack.by_id.get(raw["id"])
        if fact is None:
            continue
        if fact.frame:
            if not framer.written(fact.frame).predicate:
                out.append(
                    doc.problem(
                        ("facts", i, "frame", "predicate"),
                        "the frame's predicate has no word the matcher reads; expected the "
                        "relation as a verb or noun of the text (assassinate, alliance)",
                        "warning",
                    )
                )
        elif not any(f.predicate and f.roles for f in framer.read(fact.answer)):
            where = doc.where("facts", i, "answer")
            unread.append(f"{where.file}:{where.line} {fact.id}")
    return out, unread


def _dialog_style(scan: Scan) -> list[Problem]:
    """The authoring rules for dialog scripts that a schema does not enforce."""
    out = []
    for doc, i, raw in _questions(scan):
        path = ("questions", i)
        expectations = as_items(raw.get("expectations"))
        for part, most, why in _LIMITS:
            found = as_items(raw.get(part))
            if len(found) > most:
                out.append(
                    doc.problem(
                        (*path, part),
                        f"has {len(found)} {part}; expected at most {most}{why}",
                        "warning",
                    )
                )
        for k, item in enumerate(expectations):
            text = as_mapping(as_mapping(item).get("prompt")).get("text")
            if isinstance(text, str) and "__" not in text:
                out.append(
                    doc.problem(
                        (*path, "expectations", k, "prompt", "text"),
                        "has no blank; expected the cue word replaced by ____",
                        "warning",
                    )
                )
    return out


def _drafts(scan: Scan, folders: tuple[Path, Path]) -> list[Problem]:
    """One warning per file that still holds drafted items or TODO notes, with the count."""
    out = []
    for doc in (*scan.knowledge, *scan.dialogs):
        data = as_mapping(doc.data)
        drafted = int(data.get("draft") is True)
        first: tuple[Any, ...] | None = ("draft",) if drafted else None
        for part in ("facts", "entities", "questions"):
            for i, item in enumerate(as_items(data.get(part))):
                if as_mapping(item).get("draft") is True:
                    drafted += 1
                    first = first or (part, i, "draft")
        todos = _todo_lines(doc.name, folders)
        if not drafted and not todos:
            continue
        said = [f"{drafted} drafted item(s) marked `draft: true`"] if drafted else []
        said += (
            [f"{len(todos)} TODO note(s) (line {', '.join(map(str, todos[:5]))})"] if todos else []
        )
        path = first or ()
        problem = doc.problem(
            path,
            f"{' and '.join(said)} not reviewed yet; expected each checked and its "
            "`draft: true` or TODO deleted (`--strict` fails until then)",
            "warning",
            key=bool(first),
        )
        if not first and todos:
            problem = Problem(Where(doc.name, todos[0]), problem.field, problem.message, "warning")
        out.append(problem)
    return out


def _lines(name: str, folders: tuple[Path, Path]) -> list[str]:
    """The lines of a pack file, by the name a scan gives it (none when unreadable)."""
    for folder in folders:
        path = folder / Path(name).name
        if Path(name).parent.name in ("", folder.name) and path.is_file():
            try:
                return path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                return []
    return []


def _todo_lines(name: str, folders: tuple[Path, Path]) -> list[int]:
    """The lines of a pack file that carry a TODO note."""
    return [n for n, line in enumerate(_lines(name, folders), 1) if "TODO" in line]


_ITEM = re.compile(r"^(\s*)- +(.*)$")


def _merged_items(scan: Scan, folders: tuple[Path, Path]) -> list[Problem]:
    """List items indented deeper than the item above: YAML reads them as more words of
    that item ("a - b"), so two questions silently become one."""
    out = []
    for doc in (*scan.knowledge, *scan.dialogs):
        above: tuple[int, str] | None = None  # the last item: its indent and its text
        for n, line in enumerate(_lines(doc.name, folders), 1):
            item = _ITEM.match(line)
            if item is None:
                if line.strip() and not line.lstrip().startswith("#"):
                    above = None
                continue
            indent, text = len(item.group(1)), item.group(2).strip()
            if above is not None and indent > above[0] and _plain(above[1]):
                out.append(
                    Problem(
                        Where(doc.name, n, indent + 1),
                        "(list)",
                        f"this item is indented deeper than the one above, so YAML reads it as "
                        f"more words of that item ('{_short(above[1], 30)} - {_short(text, 30)}'); "
                        "expected it in line with the items above",
                        "warning",
                    )
                )
                continue
            above = (indent, text)
    return out


def _plain(text: str) -> bool:
    """Whether a list item is plain text that a deeper line would continue."""
    if not text or text[0] in "\"'[{|>&*!#" or text.endswith(":"):
        return False
    return ": " not in text


def _aliases(scan: Scan) -> list[Problem]:
    """Aliases too short to be a name, and one alias given to two entities."""
    out = []
    owner: dict[str, str] = {}
    for doc in scan.knowledge:
        for i, raw in enumerate(as_items(as_mapping(doc.data).get("entities"))):
            entity = as_mapping(raw)
            name = str(entity.get("name", ""))
            for j, alias in enumerate(as_items(entity.get("aliases"))):
                folded = " ".join(split_words(str(alias)))
                where = ("entities", i, "aliases", j)
                if len(folded.replace(" ", "")) < 2:
                    out.append(
                        doc.problem(
                            where,
                            f"alias {str(alias)!r} is shorter than two letters; expected a "
                            "name learners write (a letter matches inside too many questions)",
                        )
                    )
                elif folded in owner and owner[folded] != name:
                    out.append(
                        doc.problem(
                            where,
                            f"alias {str(alias)!r} also names {owner[folded]!r}; expected each "
                            "alias on one entity (or none: the tutor cannot tell them apart)",
                        )
                    )
                else:
                    owner.setdefault(folded, name)
    return out


# --- examples ---------------------------------------------------------------------------------


def _run_examples(scan: Scan, tutor: Tutor) -> tuple[list[Problem], int, list[str]]:
    """Run every example; the failures as problems, how many ran, and notes."""
    failed: list[Problem] = []
    ran = 0
    for doc, i, raw in _facts(scan):
        for j, example in enumerate(as_items(raw.get("examples"))):
            ran += 1
            reply = tutor.session(seed=0).respond(str(example))
            got = reply.fact_ids[0] if reply.fact_ids else None
            if got != raw["id"]:
                where = f"fact {got!r}" if got else "no fact"
                failed.append(
                    doc.problem(
                        ("facts", i, "examples", j),
                        f"{example!r} reaches {where} (reply {reply.kind}: "
                        f"{_short(reply.text)!r}); expected fact {raw['id']!r}: add a question "
                        "or keyword in the learner's words to this fact",
                    )
                )
    answers = [
        (doc, i, raw, k, ex)
        for doc, i, raw in _questions(scan)
        for k, ex in enumerate(as_items(raw.get("examples")))
        if isinstance(ex, dict)
    ]
    notes: list[str] = []
    for doc, i, raw, k, ex in answers:
        ran += 1
        session = tutor.session(seed=0)
        session.pose(raw["id"])
        reply = session.respond(str(ex["say"]))
        if reply.verdict != ex["verdict"]:
            failed.append(
                doc.problem(
                    ("questions", i, "examples", k),
                    f"{ex['say']!r} is judged {reply.verdict or 'without a verdict'} "
                    f"(reply {reply.kind}: {_short(reply.text)!r}); expected {ex['verdict']}: "
                    "adjust the expectations' phrases and keywords",
                )
            )
    return failed, ran, notes


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --- reloading -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reloaded:
    """The outcome of reloading a pack: a new Tutor and Session, or the problems.

    Attributes:
        tutor: the reloaded Tutor, or None when the pack has errors.
        session: a new session on it that carries on the old one's state (None without
            a session to carry on, or on errors).
        problems: the errors that kept the pack from loading (empty on success).
    """

    tutor: Tutor | None
    session: Session | None = None
    problems: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """Whether the pack loaded."""
        return self.tutor is not None


def reload(tutor: Tutor, session: Session | None = None) -> Reloaded:
    """Load a tutor's pack again from its files, e.g. after an educator's edit.

    Never raises on a broken pack: the caller keeps the old tutor and shows the problems.

    Args:
        tutor: the Tutor whose pack to load again.
        session: a session on it to carry on with the new Tutor (None: none).

    Returns:
        A `Reloaded`: `ok`, then `tutor` (the new Tutor) and `session` (the carried-on
        session, or None if none was given); or, when the pack has errors, `problems`.

    Raises:
        TypeError: `tutor` is not a Tutor, or `session` is not a Session or None.

    Example:
        >>> result = reload(tutor, session)
        >>> if result.ok:
        ...     tutor, session = result.tutor, result.session
        ... else:
        ...     print("\\n".join(map(str, result.problems)))
    """
    if not isinstance(tutor, Tutor):
        hint = "; load a pack folder with Tutor.from_path(...)" if isinstance(tutor, str) else ""
        raise TypeError(f"tutor must be a Tutor, got {describe(tutor)}{hint}")
    if session is not None and not isinstance(session, Session):
        raise TypeError(f"session must be a Session or None, got {describe(session)}")
    folders = tutor.pack.folders or tuple(str(p) for p in default_folders())
    try:
        pack = load_folders(Path(folders[0]), Path(folders[1]), tutor.pack.root)
    except ContentError as exc:
        return Reloaded(None, None, exc.problems or (_as_problem(exc),))
    except OSError as exc:
        return Reloaded(None, None, (_as_problem(exc),))
    new = Tutor(pack)
    if session is None:
        return Reloaded(new)
    return Reloaded(new, new.session(session.learner, session.conversation))


def _as_problem(exc: Exception) -> Problem:
    """One problem for an error that came without any: where it happened, said once."""
    filename = getattr(exc, "filename", None)
    if filename:
        return Problem(Where(str(filename), 0), "(file)", getattr(exc, "strerror", "") or str(exc))
    return Problem(Where("(pack)", 0), "(files)", str(exc))
