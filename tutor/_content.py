"""Loading a content pack: YAML files -> frozen dataclasses, with errors that say where.

A pack is a folder with `knowledge/*.yaml` (topics, facts, entities, synonyms),
`knowledge/*.txt` (the source documents facts quote) and `dialogs/*.yaml`. This module
knows nothing of matching: it parses, checks and returns plain data.

Checking happens in one pass that collects every problem (`scan_folders`), so that an
educator sees all mistakes at once: each file is read with positions (`_yaml_doc`), its
shape checked against the shipped JSON Schema (tutor/schema/), and what a schema cannot
see (ids across files, references, quotes missing from the source) by `_pack_checks`.
The loader refuses a pack with errors; `tutor validate` prints them all, with the warnings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ._dialogs import Dialogs, build_dialogs
from ._pack_checks import (
    SCHEMA_LINE,
    Scan,
    as_items,
    as_mapping,
    check_dialogs,
    check_knowledge,
    normalise_quote,
    schema_problems,
)
from ._problems import Graded, Problem, Where, field_name
from ._yaml_doc import MAX_FILE_BYTES, Doc, read_doc, shown

__all__ = [
    "SCHEMA_LINE",
    "ContentError",
    "Entity",
    "Fact",
    "Graded",
    "Pack",
    "Problem",
    "Scan",
    "Topic",
    "Where",
    "field_name",
    "load_folders",
    "load_pack",
    "normalise_quote",
    "not_a_pack_folder",
    "pack_folders",
    "read_yaml",
    "scan_folders",
]


class ContentError(ValueError):
    """A content file is broken. The message names the file, line and field.

    Attributes:
        problems: every error found, when a whole pack was checked (one per line of
            the message).
    """

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class Topic:
    """A section of the source text; facts and dialogs belong to one."""

    id: str
    title: str
    summary: str
    order: int


@dataclass(frozen=True, slots=True)
class Fact:
    """One claim of the source text, in a learner's words, with the passage it comes from."""

    id: str
    topic: str
    answer: str
    source: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...]
    related: tuple[str, ...]
    date: str | None
    where: Where = field(compare=False)
    # role -> words (predicate too), written by hand: see `frame` in the knowledge schema
    frame: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    # drafted by `tutor new-pack` and not yet reviewed (`draft: true`): no questions in a
    # learner's words, so a paraphrase holds less of it (see _everyday.py)
    draft: bool = field(default=False, compare=False)


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, place or group, with the other names learners use for it."""

    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pack:
    """Everything a tutor knows: loaded once, never changed, shared by all sessions.

    `folders` holds the knowledge and dialogs folders it came from, so that it can be
    loaded again after an edit.
    """

    root: str
    topics: tuple[Topic, ...]
    facts: tuple[Fact, ...]
    entities: tuple[Entity, ...]
    synonyms: tuple[tuple[str, ...], ...]
    sources: tuple[str, ...]
    dialogs: Dialogs
    document: str = "the text"
    by_id: Mapping[str, Fact] = field(default_factory=dict, compare=False, repr=False)
    folders: tuple[str, ...] = field(default=(), compare=False)

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id (KeyError if none)."""
        return self.by_id[fact_id]

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id (KeyError if none)."""
        for t in self.topics:
            if t.id == topic_id:
                return t
        raise KeyError(topic_id)


def read_yaml(path: Path, positions: bool = True) -> Doc:
    """Parse one YAML file safely, keeping the position of every key and value (with
    positions=False, only of the items of top-level lists: a file read for its data).

    Raises:
        ContentError: the file cannot be read, is not YAML or repeats a key; the
            message says where, either way.
    """
    doc, problems = read_doc(Path(path), positions)
    if problems or doc is None:
        raise ContentError("\n".join(map(str, problems)), problems)
    return doc


def _yaml_files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from sorted(p for p in folder.glob("*.yaml") if p.is_file())


def _inside(path: Path, folder: Path) -> Path:
    """`path`, if it really lies in `folder`: a pack never reads outside itself.

    A pack may come from anyone; a symlink (or a `..` in one) to ~/.ssh/id_rsa would
    otherwise be read as content and could surface in replies or error messages.
    """
    if not path.resolve().is_relative_to(folder.resolve()):
        raise ContentError(
            f"{shown(folder / path.name)}: points outside the pack folder (a symlink or '..'); "
            "copy the file into the pack instead"
        )
    return path


def _read_source(path: Path, folder: Path) -> str:
    """A source document (knowledge/*.txt), refused if outside the pack, huge or not UTF-8."""
    name = shown(folder / path.name)
    with _inside(path, folder).open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ContentError(f"{name}: file is larger than {MAX_FILE_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


def pack_folders(root: Path) -> tuple[Path, Path]:
    """A pack folder's knowledge/ and dialogs/, both really inside it: the one rule that
    loading and `validate` share.

    Raises:
        ContentError: no such folder, no knowledge/ folder, or one that links outside.
    """
    root = Path(root)
    if not root.is_dir():
        raise ContentError(not_a_pack_folder(root))
    if not (root / "knowledge").is_dir():
        raise ContentError(f"{root}: no knowledge/ folder; a pack needs knowledge/*.yaml")
    return _inside(root / "knowledge", root), _inside(root / "dialogs", root)


def not_a_pack_folder(path: Path) -> str:
    """Why `path` cannot be a pack, said of what it is: missing, or a file."""
    if path.exists():
        return f"{path}: is a file, not a pack folder (a pack is a folder holding knowledge/*.yaml)"
    return f"{path}: no such pack folder"


def load_pack(root: Path) -> Pack:
    """Load and check a pack folder. Raises ContentError naming file, line and field."""
    return load_folders(*pack_folders(root), str(root))


def load_folders(knowledge: Path, dialogs: Path, root: str) -> Pack:
    """Load a pack whose two folders may live apart (as in the installed package).

    Raises:
        ContentError: one line per error in the pack; `.problems` lists them.
    """
    scan = scan_folders(knowledge, dialogs, root, positions=False)
    if scan.pack is None:  # read again, every value with its position, to say where
        errors = scan_folders(knowledge, dialogs, root).errors or scan.errors
        raise ContentError("\n".join(map(str, errors)), errors)
    return scan.pack


_UNKNOWN_REF = re.compile(r"unknown (?:topic|fact id) ")


def scan_folders(knowledge: Path, dialogs: Path, root: str, positions: bool = True) -> Scan:
    """Read and check every file of a pack, collecting all problems instead of stopping.

    With positions=False (loading) a file's values keep no positions unless the file
    has a problem of its own, so other problems may be placed at a file's first line:
    read again with positions to report them.
    """
    knowledge, dialogs = Path(knowledge), Path(dialogs)
    scan = Scan(root)
    for path in sorted(p for p in knowledge.glob("*.txt") if p.is_file()):
        name = shown(path)
        try:
            scan.sources[name] = _read_source(path, knowledge)
        except ContentError as exc:
            scan.problems.append(Problem(Where(name, 0), "(file)", str(exc).split(": ", 1)[1]))
    for folder, kind, docs in (
        (knowledge, "knowledge", scan.knowledge),
        (dialogs, "dialogs", scan.dialogs),
    ):
        for path in _yaml_files(folder):
            try:
                _inside(path, folder)
            except ContentError as exc:  # one bad link: report it and check the rest
                name = shown(path)
                scan.problems.append(Problem(Where(name, 0), "(file)", str(exc).split(": ", 1)[1]))
                continue
            doc, problems = read_doc(path, positions)
            scan.problems.extend(problems)
            if doc is not None:
                scan.problems.extend(schema_problems(doc, kind))
                docs.append(doc)
    unread = any(p.field == "(file)" and p.severity == "error" for p in scan.problems)
    topics, facts = check_knowledge(scan, knowledge)
    check_dialogs(scan, topics, facts)
    if unread:  # a file that could not be read holds ids: missing ones are no news
        scan.problems[:] = [p for p in scan.problems if not _UNKNOWN_REF.match(p.message)]
    files = {name: i for i, name in enumerate(dict.fromkeys(p.where.file for p in scan.problems))}
    scan.problems.sort(key=lambda p: (files[p.where.file], p.where.line, p.where.col))
    if not scan.errors:
        scan.pack = _build(scan, (str(knowledge), str(dialogs)))
    return scan


# --- building the pack from checked data -------------------------------------------------


def _str(value: Any) -> str:
    return str(value).strip() if value is not None else ""


_NO_FRAME: Mapping[str, tuple[str, ...]] = MappingProxyType({})


def _frame(raw: Any) -> Mapping[str, tuple[str, ...]]:
    """A fact's hand-written frame: each role's words (one or a list) as a tuple."""
    if not isinstance(raw, dict) or not raw:
        return _NO_FRAME
    return MappingProxyType(
        {str(k): _strs(v if isinstance(v, list) else [v]) for k, v in raw.items()}
    )


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(_str(v) for v in as_items(value))


def _build(scan: Scan, folders: tuple[str, str]) -> Pack:
    """The pack's dataclasses, from data that has passed every check."""
    topics: dict[str, Topic] = {}
    facts: dict[str, Fact] = {}
    entities: list[Entity] = []
    synonyms: list[tuple[str, ...]] = []
    document = "the text"
    for doc in scan.knowledge:
        data = as_mapping(doc.data)
        if isinstance(data.get("document"), str):
            document = data["document"].strip()
        raw = data.get("topic")
        if isinstance(raw, dict):
            tid = raw["id"]
            topics[tid] = Topic(
                id=tid,
                title=_str(raw["title"]),
                summary=_str(raw.get("summary")),
                order=raw.get("order", len(topics) + 1),
            )
        file_topic = as_mapping(raw).get("id", "")
        for i, item in enumerate(as_items(data.get("facts"))):
            when = item.get("date")
            facts[item["id"]] = Fact(
                id=item["id"],
                topic=item.get("topic", file_topic),
                answer=_str(item["answer"]),
                source=_str(item["source"]),
                questions=_strs(item["questions"]),
                keywords=_strs(item.get("keywords")),
                related=_strs(item.get("related")),
                date=None if when is None else str(when),
                where=doc.where("facts", i),
                frame=_frame(item.get("frame")),
                draft=item.get("draft") is True,
            )
        for item in as_items(data.get("entities")):
            entities.append(Entity(_str(item["name"]), item["kind"], _strs(item.get("aliases"))))
        synonyms.extend(_strs(group) for group in as_items(data.get("synonyms")))
    return Pack(
        root=scan.root,
        topics=tuple(sorted(topics.values(), key=lambda t: (t.order, t.id))),
        facts=tuple(facts.values()),
        entities=tuple(entities),
        synonyms=tuple(synonyms),
        sources=tuple(scan.sources.values()),
        dialogs=build_dialogs(
            [(doc.name, as_mapping(doc.data)) for doc in scan.dialogs],
            [t.id for t in sorted(topics.values(), key=lambda t: (t.order, t.id))],
        ),
        by_id=MappingProxyType(facts),
        document=document,
        folders=folders,
    )
