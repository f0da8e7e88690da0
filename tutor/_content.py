"""Loading a content pack: YAML files -> frozen dataclasses, with errors that say where.

A pack is a folder with `knowledge/*.yaml` (topics, facts, entities, synonyms),
`knowledge/*.txt` (the source documents facts quote) and `dialogs/*.yaml`. This module
knows nothing of matching: it parses, checks and returns plain data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from ._text import fold

__all__ = [
    "ContentError",
    "Entity",
    "Fact",
    "Pack",
    "Topic",
    "load_folders",
    "load_pack",
    "normalise_quote",
]

MAX_FILE_BYTES = 2_000_000
_ENTITY_KINDS = ("person", "place", "group", "thing", "event")


class ContentError(ValueError):
    """A content file is broken. The message names the file, line and field."""


@dataclass(frozen=True, slots=True)
class Where:
    """A position in a content file, for error messages."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


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


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, place or group, with the other names learners use for it."""

    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pack:
    """Everything a tutor knows: loaded once, never changed, shared by all sessions."""

    root: str
    topics: tuple[Topic, ...]
    facts: tuple[Fact, ...]
    entities: tuple[Entity, ...]
    synonyms: tuple[tuple[str, ...], ...]
    sources: tuple[str, ...]
    dialogs: tuple[dict[str, Any], ...] = ()
    document: str = "the text"
    by_id: Mapping[str, Fact] = field(default_factory=dict, compare=False, repr=False)

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id (KeyError if none)."""
        return self.by_id[fact_id]

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id (KeyError if none)."""
        for t in self.topics:
            if t.id == topic_id:
                return t
        raise KeyError(topic_id)


# --- YAML with line numbers -------------------------------------------------------------


# libyaml's parser where present (several times faster); both only build plain nodes.
_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_NODES = 200_000  # a YAML alias bomb expands past this long before it eats memory
MAX_DEPTH = 64  # content is a few levels deep; far deeper is an attack on the stack
_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _compose(text: str, name: str) -> yaml.Node | None:
    loader = _Parser(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise ContentError(f"{name}:{line}: YAML syntax: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise ContentError(f"{name}: YAML: {exc}") from None
    except RecursionError:  # the pure-Python parser, on absurdly deep nesting
        raise ContentError(f"{name}: YAML nested too deeply") from None
    finally:
        loader.dispose()


@dataclass(frozen=True, slots=True)
class _Doc:
    """Parsed YAML plus the line of every mapping key and list item, by path."""

    name: str
    data: Any
    lines: dict[tuple[Any, ...], int]

    def where(self, *path: Any) -> Where:
        while path and path not in self.lines:
            path = path[:-1]
        return Where(self.name, self.lines.get(path, 1))

    def error(self, path: tuple[Any, ...], message: str) -> ContentError:
        dotted = ".".join(str(p) for p in path) or "(top)"
        return ContentError(f"{self.where(*path)}: {dotted}: {message}")


class _Builder:
    """Turns a node tree into plain data, refusing duplicate keys, unsafe tags and bombs."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: dict[tuple[Any, ...], int] = {}
        self.nodes = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: tuple[Any, ...] = ()) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ContentError(
                f"{self.name}:{node.start_mark.line + 1}: too many YAML nodes "
                f"(over {MAX_NODES}); is an alias expanding without end?"
            )
        if len(path) > MAX_DEPTH:
            raise ContentError(
                f"{self.name}:{node.start_mark.line + 1}: nested deeper than {MAX_DEPTH} levels"
            )
        self.lines.setdefault(path, node.start_mark.line + 1)
        if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
            raise ContentError(
                f"{self.name}:{node.start_mark.line + 1}: unsupported YAML tag {node.tag!r}; "
                "only plain text, numbers, lists and mappings are allowed"
            )
        if isinstance(node, yaml.MappingNode):
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.scalar(key_node)
                key_path = (*path, key)
                if key in out:
                    raise ContentError(
                        f"{self.name}:{key_node.start_mark.line + 1}: {key}: duplicate key "
                        f"(first at line {self.lines[key_path]}); remove one"
                    )
                self.lines[key_path] = key_node.start_mark.line + 1
                out[key] = self.build(value_node, key_path)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self.scalar(node)

    def scalar(self, node: yaml.Node) -> Any:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.ScalarNode):
            raise ContentError(f"{self.name}:{line}: a key must be plain text")
        try:
            return self.constructor.construct_object(node)
        except yaml.constructor.ConstructorError:
            raise ContentError(
                f"{self.name}:{line}: unsupported YAML tag {node.tag!r}; "
                "only plain text, numbers, lists and mappings are allowed"
            ) from None


def read_yaml(path: Path) -> _Doc:
    """Parse one YAML file safely, keeping line numbers for every key."""
    name = f"{path.parent.name}/{path.name}"
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ContentError(f"{name}: file is larger than {MAX_FILE_BYTES} bytes")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    node = _compose(text, name)
    builder = _Builder(name)
    data = {} if node is None else builder.build(node)
    return _Doc(name, data, builder.lines)


# --- checking fields ------------------------------------------------------------------------


def _text(
    doc: _Doc, obj: dict[str, Any], path: tuple[Any, ...], key: str, required: bool = True
) -> str:
    value = obj.get(key)
    if value is None:
        if required:
            raise doc.error((*path, key), "missing; expected text")
        return ""
    if not isinstance(value, str):
        raise doc.error(
            (*path, key),
            f"expected text, got {type(value).__name__} {value!r}"
            + (
                " (quote it: YAML reads yes/no/on/off as true/false)"
                if isinstance(value, bool)
                else ""
            ),
        )
    if required and not value.strip():
        raise doc.error((*path, key), "is empty; expected text")
    return value.strip()


def _texts(doc: _Doc, obj: dict[str, Any], path: tuple[Any, ...], key: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, list):
        raise doc.error((*path, key), f"expected a list of texts, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            raise doc.error((*path, key, i), f"expected text, got {item!r} (quote it)")
        out.append(str(item).strip())
    return tuple(out)


_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _id(doc: _Doc, obj: dict[str, Any], path: tuple[Any, ...]) -> str:
    value = _text(doc, obj, path, "id")
    if not _ID.match(value):
        raise doc.error(
            (*path, "id"), f"{value!r} is not an id; use lower-case letters, digits and -"
        )
    return value


def normalise_quote(text: str) -> str:
    """A quote compared to its source: same letters, any quotes, any spacing."""
    return re.sub(r"\s+", " ", fold(text)).strip()


class _Quotes:
    """The source documents, normalised once, for checking that facts quote them.

    Facts mostly quote in reading order, so a search starts where the last quote was
    found and wraps around: a 10,000-fact pack checks its quotes in milliseconds rather
    than scanning the whole text for each fact (a second).
    """

    def __init__(self, texts: tuple[str, ...]) -> None:
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


# --- the pack --------------------------------------------------------------------------------


def _yaml_files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from sorted(_inside(p, folder) for p in folder.glob("*.yaml") if p.is_file())


def _inside(path: Path, folder: Path) -> Path:
    """`path`, if it really lies in `folder`: a pack never reads outside itself.

    A pack may come from anyone; a symlink (or a `..` in one) to ~/.ssh/id_rsa would
    otherwise be read as content and could surface in replies or error messages.
    """
    if not path.resolve().is_relative_to(folder.resolve()):
        raise ContentError(
            f"{folder.name}/{path.name}: points outside the pack folder (a symlink or '..'); "
            "copy the file into the pack instead"
        )
    return path


def _read_source(path: Path, folder: Path) -> str:
    """A source document (knowledge/*.txt), refused if outside the pack, huge or not UTF-8."""
    name = f"{folder.name}/{path.name}"
    with _inside(path, folder).open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ContentError(f"{name}: file is larger than {MAX_FILE_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


def load_pack(root: Path) -> Pack:
    """Load and check a pack folder. Raises ContentError naming file, line and field."""
    root = Path(root)
    if not (root / "knowledge").is_dir():
        raise ContentError(f"{root}: no knowledge/ folder; a pack needs knowledge/*.yaml")
    _inside(root / "knowledge", root)
    _inside(root / "dialogs", root)
    return load_folders(root / "knowledge", root / "dialogs", str(root))


def load_folders(knowledge: Path, dialogs: Path, root: str) -> Pack:
    """Load a pack whose two folders may live apart (as in the installed package)."""
    sources = tuple(
        _read_source(p, knowledge) for p in sorted(knowledge.glob("*.txt")) if p.is_file()
    )
    normalised_sources = _Quotes(sources)
    topics: dict[str, Topic] = {}
    facts: dict[str, Fact] = {}
    entities: list[Entity] = []
    synonyms: list[tuple[str, ...]] = []
    pending_related: list[tuple[_Doc, tuple[Any, ...], str]] = []
    document = "the text"
    for path in _yaml_files(knowledge):
        doc = read_yaml(path)
        if not isinstance(doc.data, dict):
            raise doc.error(
                (), "expected a mapping with `topic`, `facts`, `entities` or `synonyms`"
            )
        unknown = set(doc.data) - {"document", "topic", "facts", "entities", "synonyms"}
        if unknown:
            key = sorted(map(str, unknown))[0]
            raise doc.error(
                (key,), "unknown key; expected document, topic, facts, entities or synonyms"
            )
        if "document" in doc.data:
            document = _text(doc, doc.data, (), "document")
        topic_id = _load_topic(doc, topics)
        for i, raw in enumerate(doc.data.get("facts") or []):
            fact = _load_fact(doc, ("facts", i), raw, topic_id, normalised_sources)
            if fact.id in facts:
                raise doc.error(
                    ("facts", i, "id"), f"duplicate id {fact.id!r} (also at {facts[fact.id].where})"
                )
            facts[fact.id] = fact
            pending_related.extend(
                (doc, ("facts", i, "related", j), r) for j, r in enumerate(fact.related)
            )
        entities.extend(_load_entities(doc))
        synonyms.extend(_load_synonyms(doc))
    if not facts:
        raise ContentError(
            f"{knowledge}: no facts found; add knowledge/*.yaml with a `facts:` list"
        )
    for doc, path_, ref in pending_related:
        if ref not in facts:
            raise doc.error(path_, f"unknown fact id {ref!r}")
    for fact in facts.values():
        if fact.topic not in topics:
            raise ContentError(f"{fact.where}: topic: unknown topic {fact.topic!r}")
    return Pack(
        root=root,
        topics=tuple(sorted(topics.values(), key=lambda t: (t.order, t.id))),
        facts=tuple(facts.values()),
        entities=tuple(entities),
        synonyms=tuple(synonyms),
        sources=sources,
        dialogs=tuple(read_yaml(p).data for p in _yaml_files(dialogs)),
        by_id=MappingProxyType(facts),
        document=document,
    )


def _load_topic(doc: _Doc, topics: dict[str, Topic]) -> str | None:
    raw = doc.data.get("topic")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise doc.error(("topic",), "expected a mapping with id, title, summary, order")
    topic_id = _id(doc, raw, ("topic",))
    order = raw.get("order", len(topics) + 1)
    if isinstance(order, bool) or not isinstance(order, int):
        raise doc.error(("topic", "order"), f"expected a whole number, got {order!r}")
    if topic_id in topics:
        raise doc.error(("topic", "id"), f"duplicate topic id {topic_id!r}")
    topics[topic_id] = Topic(
        id=topic_id,
        title=_text(doc, raw, ("topic",), "title"),
        summary=_text(doc, raw, ("topic",), "summary", required=False),
        order=order,
    )
    return topic_id


def _load_fact(
    doc: _Doc, path: tuple[Any, ...], raw: Any, topic_id: str | None, sources: _Quotes
) -> Fact:
    if not isinstance(raw, dict):
        raise doc.error(path, "expected a mapping (id, answer, source, questions, ...)")
    allowed = {
        "id",
        "topic",
        "answer",
        "source",
        "questions",
        "keywords",
        "related",
        "date",
        "examples",
    }
    for key in raw:
        if key not in allowed:
            raise doc.error(
                (*path, key), f"unknown field; expected one of {', '.join(sorted(allowed))}"
            )
    fact_id = _id(doc, raw, path)
    topic = _text(doc, raw, path, "topic", required=False) or topic_id
    if not topic:
        raise doc.error((*path, "topic"), "missing; give the fact a topic or the file a `topic:`")
    source = _text(doc, raw, path, "source")
    if sources and not sources.quotes(source):
        raise doc.error((*path, "source"), "not found in the source document; quote it verbatim")
    questions = _texts(doc, raw, path, "questions")
    if not questions:
        raise doc.error(
            (*path, "questions"), "missing; give at least one question a learner would ask"
        )
    date = raw.get("date")
    if date is not None and (isinstance(date, bool) or not isinstance(date, (int, str))):
        raise doc.error((*path, "date"), f"expected a year or text, got {date!r}")
    return Fact(
        id=fact_id,
        topic=topic,
        answer=_text(doc, raw, path, "answer"),
        source=source,
        questions=questions,
        keywords=_texts(doc, raw, path, "keywords"),
        related=_texts(doc, raw, path, "related"),
        date=None if date is None else str(date),
        where=doc.where(*path),
    )


def _load_entities(doc: _Doc) -> Iterator[Entity]:
    raw = doc.data.get("entities") or []
    if not isinstance(raw, list):
        raise doc.error(("entities",), "expected a list of {name, kind, aliases}")
    for i, item in enumerate(raw):
        path = ("entities", i)
        if not isinstance(item, dict):
            raise doc.error(path, "expected a mapping with name, kind, aliases")
        kind = _text(doc, item, path, "kind")
        if kind not in _ENTITY_KINDS:
            raise doc.error(
                (*path, "kind"), f"{kind!r}: expected one of {', '.join(_ENTITY_KINDS)}"
            )
        yield Entity(_text(doc, item, path, "name"), kind, _texts(doc, item, path, "aliases"))


def _load_synonyms(doc: _Doc) -> Iterator[tuple[str, ...]]:
    raw = doc.data.get("synonyms") or []
    if not isinstance(raw, list):
        raise doc.error(("synonyms",), "expected a list of lists of words")
    for i, group in enumerate(raw):
        if not isinstance(group, list) or len(group) < 2:
            raise doc.error(("synonyms", i), "expected a list of at least two words or phrases")
        yield _texts(doc, {"g": group}, ("synonyms", i), "g")
