"""A pack's checks: what its YAML files must hold beyond what a file alone can say.

The JSON Schema checks each file's shape (tutor/schema/); these read the whole pack: ids
unique across files, topics and facts referred to that exist, a fact's `source` quoted
from the source document, a dialog's lesson order. Each mistake is collected into the
`Scan` rather than raised, so that an educator sees every one at once. Loading
(`_content`) runs them and builds the pack only from a scan without errors; `tutor
validate` adds its warnings to the same scan.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from ._problems import Graded, Problem, Where
from ._schema import describe, issues
from ._source import passages
from ._text import fold
from ._yaml_doc import DataPath, Doc

if TYPE_CHECKING:
    from ._content import Pack  # only named: _content imports this module

__all__ = [
    "SCHEMA_LINE",
    "Scan",
    "as_items",
    "as_mapping",
    "check_dialogs",
    "check_knowledge",
    "normalise_quote",
    "schema_problems",
]


SCHEMA_LINE = "# yaml-language-server: $schema="


def normalise_quote(text: str) -> str:
    """A quote compared to its source: same letters, any quotes, any spacing.

    Split at whitespace and joined with one space: the same as collapsing each run of
    whitespace and stripping the ends with a regex (both ask `str.isspace`), three times
    faster; a 10,000-fact pack normalises a megabyte of source and each fact's quote."""
    return " ".join(fold(text).split())


@dataclass(slots=True)
class Scan(Graded):
    """A pack read and checked in one pass: every problem, and the pack if it has no errors."""

    root: str
    problems: list[Problem] = field(default_factory=list)
    knowledge: list[Doc] = field(default_factory=list)
    dialogs: list[Doc] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    pack: Pack | None = None


class _Quotes:
    """The source documents, normalised once, for checking that facts quote them.

    Facts mostly quote in reading order, so a search starts where the last quote was
    found and wraps around: a 10,000-fact pack checks its quotes in milliseconds rather
    than scanning the whole text for each fact (a second).
    """

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = [normalise_quote(t) for t in texts]
        self.at = [0] * len(self.texts)

    def __bool__(self) -> bool:
        return bool(self.texts)

    def quotes(self, quote: str) -> bool:
        """Whether some document contains the quote (same letters, any quotes or spacing)."""
        q = normalise_quote(quote)
        for i, text in enumerate(self.texts):
            start = self.at[i]
            found = text.find(q, start)
            if found < 0:
                found = text.find(q, 0, start + len(q))
            if found >= 0:
                self.at[i] = found
                return True
        return False


def schema_problems(doc: Doc, kind: str) -> list[Problem]:
    out = []
    if not doc.first_line.startswith(SCHEMA_LINE) or not doc.first_line.rstrip().endswith(
        f"{kind}.schema.json"
    ):
        out.append(
            Problem(
                Where(doc.name, 1, 1),
                "(file)",
                f"the first line should be `{SCHEMA_LINE}<path to>/{kind}.schema.json` so that "
                "editors check the file as you type (`tutor new-pack` writes it)",
                "warning",
            )
        )
    for issue in issues(doc.data, kind):
        message = issue.message
        written = (doc.plain_keys if issue.at_key else doc.plain).get(issue.path)
        if written is not None and issue.kind in (
            "type",
            "pattern",
            "enum",
            "additionalProperties",
        ):
            value = issue.path[-1] if issue.at_key else _get(doc.data, issue.path)
            message += (
                f" (YAML reads `{written}` as {describe(value)}, not as text; "
                f'put it in quotes: "{written}")'
            )
        at = issue.path[:-1] if issue.at_parent else issue.path
        out.append(doc.problem(issue.path, message, key=issue.at_key, at=at))
    for path, written in doc.plain.items():
        value = _get(doc.data, path)
        if type(value) is int and written.strip() != str(value):
            out.append(
                doc.problem(
                    path,
                    f"YAML reads `{written}` as the number {value}; "
                    f'if you meant the text, put it in quotes: "{written}"',
                    "warning",
                )
            )
    return sorted(out, key=lambda p: (p.where.line, p.where.col))


def _get(data: Any, path: DataPath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def as_mapping(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def as_items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _suggest(word: str, options: Sequence[str]) -> str:
    found = process.extractOne(word, options, score_cutoff=75) if options else None
    return f" (did you mean {found[0]!r}?)" if found else ""


def check_knowledge(scan: Scan, knowledge: Path) -> tuple[list[str], list[str]]:
    """What the schema cannot see: ids across files, topics, references, quotes."""
    problems = scan.problems
    topics: dict[str, Where] = {}
    for doc in scan.knowledge:
        topic = as_mapping(doc.data).get("topic")
        tid = as_mapping(topic).get("id")
        if isinstance(tid, str):
            if tid in topics:
                problems.append(
                    doc.problem(
                        ("topic", "id"),
                        f"duplicate topic id {tid!r} (also at {topics[tid]}); "
                        "expected each topic to have its own id",
                    )
                )
            else:
                topics[tid] = doc.where("topic", "id")
    sources = _Quotes(scan.sources.values())
    facts: dict[str, Where] = {}
    refs: list[tuple[Doc, DataPath, str]] = []
    for doc in scan.knowledge:
        data = as_mapping(doc.data)
        file_topic = as_mapping(data.get("topic")).get("id")
        for i, raw in enumerate(as_items(data.get("facts"))):
            if not isinstance(raw, dict):
                continue
            path: DataPath = ("facts", i)
            _unique_id(doc, path, raw.get("id"), facts, "fact", problems)
            topic = raw.get("topic", file_topic)
            if topic is None:
                problems.append(
                    doc.problem(
                        (*path, "topic"),
                        "missing; give the fact a `topic:` or the file a `topic:` section",
                        at=path,
                    )
                )
            elif isinstance(topic, str) and topic not in topics:
                problems.append(
                    doc.problem(
                        (*path, "topic"),
                        f"unknown topic {topic!r}{_suggest(topic, list(topics))}; expected "
                        f"the id of a topic in knowledge/*.yaml ({', '.join(topics) or 'none'})",
                    )
                )
            source = raw.get("source")
            if (
                isinstance(source, str)
                and source.strip()
                and sources
                and not sources.quotes(source)
            ):
                sentences = [p.text for t in scan.sources.values() for p in passages(t)]
                closest = process.extractOne(source, sentences, scorer=fuzz.ratio)
                near = f"; the closest sentence is: {closest[0]!r}" if closest else ""
                problems.append(
                    doc.problem(
                        (*path, "source"),
                        f"not found in the source document ({', '.join(scan.sources)}); "
                        f"expected a verbatim quote{near}",
                    )
                )
            for j, ref in enumerate(as_items(raw.get("related"))):
                if isinstance(ref, str):
                    refs.append((doc, (*path, "related", j), ref))
    for doc, path, ref in refs:
        if ref not in facts:
            problems.append(
                doc.problem(
                    path,
                    f"unknown fact id {ref!r}{_suggest(ref, list(facts))}; expected the id of "
                    "a fact in knowledge/*.yaml",
                )
            )
    if not facts and not scan.errors:
        problems.append(
            Problem(
                Where(f"{knowledge.name}/", 0),
                "(pack)",
                "no facts found; expected knowledge/*.yaml files with a `facts:` list",
            )
        )
    if not scan.sources and facts:
        problems.append(
            Problem(
                Where(f"{knowledge.name}/", 0),
                "(pack)",
                "no source document (knowledge/*.txt), so source quotes cannot be checked",
                "warning",
            )
        )
    return list(topics), list(facts)


def _unique_id(
    doc: Doc, path: DataPath, value: Any, seen: dict[str, Where], what: str, problems: list[Problem]
) -> None:
    """Record an id, or a problem when another fact or question already has it."""
    if not isinstance(value, str):
        return
    if value in seen:
        problems.append(
            doc.problem(
                (*path, "id"),
                f"duplicate {what} id {value!r} (also at {seen[value]}); "
                f"expected each {what} to have its own id",
            )
        )
    else:
        seen[value] = doc.where(*path)


def check_dialogs(scan: Scan, topics: list[str], facts: list[str]) -> None:
    """Dialog questions: unique ids, topics and facts that exist, one lesson order."""
    problems = scan.problems
    questions: dict[str, Where] = {}
    lesson_at: Where | None = None
    known_facts = set(facts)
    for doc in scan.dialogs:
        data = as_mapping(doc.data)
        topic = data.get("topic")
        if isinstance(topic, str) and topic not in topics:
            problems.append(
                doc.problem(
                    ("topic",),
                    f"unknown topic {topic!r}{_suggest(topic, topics)}; expected the id of a "
                    f"topic in knowledge/*.yaml ({', '.join(topics) or 'none'})",
                )
            )
        for i, raw in enumerate(as_items(data.get("questions"))):
            if not isinstance(raw, dict):
                continue
            path: DataPath = ("questions", i)
            _unique_id(doc, path, raw.get("id"), questions, "question", problems)
            for j, ref in enumerate(as_items(raw.get("facts"))):
                if isinstance(ref, str) and ref not in known_facts:
                    problems.append(
                        doc.problem(
                            (*path, "facts", j),
                            f"unknown fact id {ref!r}{_suggest(ref, facts)}; expected the id "
                            "of a fact in knowledge/*.yaml",
                        )
                    )
            for part in ("expectations", "misconceptions"):
                seen: dict[str, int] = {}
                for j, item in enumerate(as_items(raw.get(part))):
                    iid = as_mapping(item).get("id")
                    if isinstance(iid, str):
                        if iid in seen:
                            problems.append(
                                doc.problem(
                                    (*path, part, j, "id"),
                                    f"duplicate id {iid!r} (also {part}[{seen[iid]}]); "
                                    "expected each to have its own id within the question",
                                )
                            )
                        seen.setdefault(iid, j)
        if "lesson" in data:
            if lesson_at is not None:
                problems.append(
                    doc.problem(
                        ("lesson",),
                        f"a second lesson order (the first is at {lesson_at}); "
                        "expected one `lesson:` list in the whole pack",
                        key=True,
                    )
                )
            lesson_at = lesson_at or doc.where("lesson", key=True)
            listed: dict[str, int] = {}
            for k, ref in enumerate(as_items(data["lesson"])):
                if not isinstance(ref, str):
                    continue
                if ref not in topics:
                    problems.append(
                        doc.problem(
                            ("lesson", k),
                            f"unknown topic {ref!r}{_suggest(ref, topics)}; expected the id of "
                            f"a topic in knowledge/*.yaml ({', '.join(topics) or 'none'})",
                        )
                    )
                elif ref in listed:
                    problems.append(
                        doc.problem(
                            ("lesson", k),
                            f"topic {ref!r} is listed twice (also lesson[{listed[ref]}]); "
                            "expected each topic once",
                        )
                    )
                listed.setdefault(ref, k)
