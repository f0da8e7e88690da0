"""Loading a content pack: YAML files -> frozen dataclasses, with errors that say where.

A pack is a folder with `knowledge/*.yaml` (topics, facts, entities, synonyms),
`knowledge/*.txt` (the source documents facts quote) and `dialogs/*.yaml`. This module
knows nothing of matching: it parses, checks and returns plain data.

Checking happens in one pass that collects every problem (`scan_folders`), so that an
educator sees all mistakes at once: the shape of each file is checked against the shipped
JSON Schema (tutor/schema/), and what a schema cannot see (ids across files, references,
quotes missing from the source) is checked here. The loader refuses a pack with errors;
`tutor validate` prints them all, with the warnings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import yaml
from rapidfuzz import fuzz, process

from ._dialogs import Dialogs, build_dialogs
from ._schema import describe, issues
from ._source import passages
from ._text import fold

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

MAX_FILE_BYTES = 2_000_000
SCHEMA_LINE = "# yaml-language-server: $schema="
Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Where:
    """A position in a content file (line and column from 1; 0 when unknown)."""

    file: str
    line: int
    col: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.col}" if self.col else f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake in a pack: where, which field, what is wrong and what was expected."""

    where: Where
    field: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        tag = "warning: " if self.severity == "warning" else ""
        return f"{self.where}: {self.field}: {tag}{self.message}"


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


def field_name(path: Sequence[Any]) -> str:
    """A data path as an educator reads it: ('facts', 2, 'answer') -> 'facts[2].answer'."""
    out = ""
    for part in path:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(file)"


# --- YAML with line numbers -------------------------------------------------------------


# libyaml's parser where present (several times faster); both only build plain nodes.
_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DEFAULT_TAGS = {
    yaml.ScalarNode: _SafeLoader.DEFAULT_SCALAR_TAG,
    yaml.SequenceNode: _SafeLoader.DEFAULT_SEQUENCE_TAG,
    yaml.MappingNode: _SafeLoader.DEFAULT_MAPPING_TAG,
}


class _Parser(_SafeLoader):  # type: ignore[misc]
    """The safe loader, resolving tags in fewer steps: the parser asks for each of a big
    pack's 300,000 values (a tenth of reading its YAML). The same tags: the steps left
    out are for path and catch-all resolvers, which the safe loader has none of."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        resolvers = self.yaml_implicit_resolvers
        if self.yaml_path_resolvers or None in resolvers:
            return super().resolve(kind, value, implicit)
        if kind is yaml.ScalarNode and implicit[0]:
            for tag, regexp in resolvers.get(value[:1], ()):
                if regexp.match(value):
                    return tag
        return _DEFAULT_TAGS[kind]


MAX_NODES = 200_000  # a YAML alias bomb expands past this long before it eats memory
# What YAML aliases may repeat in one file. No pack needs aliases; without this bound 12 KB
# repeating one long question 3,000 times took 4 s to index (20,000 times: minutes), and
# 760 KB repeating a one-word question 190,000 times ran for over ten minutes.
MAX_ALIAS_CHARS = 20_000  # characters of text
MAX_ALIAS_NODES = 2_000  # values (texts, numbers, lists and mappings)
MAX_DEPTH = 64  # content is a few levels deep; far deeper is an attack on the stack
_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
_STR_TAG = "tag:yaml.org,2002:str"
_Path = tuple[Any, ...]
_Mark = tuple[int, int]


class _Fatal(Exception):
    """A file that cannot be read on at all; carries its one problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True, slots=True)
class _Doc:
    """Parsed YAML plus the position of every value and key, by path.

    `plain` holds unquoted values that YAML read as something other than text
    (`no` -> false, `1.10` -> 1.1), with what was written, to explain type errors.
    """

    name: str
    data: Any
    marks: dict[_Path, _Mark]
    keys: dict[_Path, _Mark]
    plain: dict[_Path, str]
    plain_keys: dict[_Path, str]
    first_line: str = ""

    def where(self, *path: Any, key: bool = False) -> Where:
        """The position of a value (or, with key=True, of its key) or its nearest parent."""
        if key and path in self.keys:
            return Where(self.name, *self.keys[path])
        while path and path not in self.marks:
            path = path[:-1]
        return Where(self.name, *self.marks.get(path, (1, 1)))

    def problem(
        self,
        path: _Path,
        message: str,
        severity: Severity = "error",
        key: bool = False,
        at: _Path | None = None,
    ) -> Problem:
        """A problem with the field at `path`, placed at `at` (default: the field)."""
        return Problem(
            self.where(*(path if at is None else at), key=key), field_name(path), message, severity
        )

    def error(self, path: _Path, message: str) -> ContentError:
        """A ContentError for one field."""
        problem = self.problem(path, message)
        return ContentError(str(problem), [problem])


def _mark(node: yaml.Node) -> _Mark:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    """Turns a node tree into plain data, refusing unsafe tags and bombs.

    A duplicate key is recorded as a problem (the first value is kept) so that the rest
    of the file can still be checked.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.seen: set[int] = set()  # nodes built once: building one again is an alias
        self.repeated_nodes = 0
        self.repeated_chars = 0
        self.marks: dict[_Path, _Mark] = {}
        self.keys: dict[_Path, _Mark] = {}
        self.plain: dict[_Path, str] = {}
        self.plain_keys: dict[_Path, str] = {}
        self.problems: list[Problem] = []
        self.nodes = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def _fatal(self, node: yaml.Node, message: str, path: _Path = ()) -> _Fatal:
        return _Fatal(Problem(Where(self.name, *_mark(node)), field_name(path), message))

    def build(self, node: yaml.Node, path: _Path = (), repeated: bool = False) -> Any:
        self.nodes += 1
        repeated = repeated or id(node) in self.seen
        self.seen.add(id(node))
        if repeated:
            self.repeated_nodes += 1
            if self.repeated_nodes > MAX_ALIAS_NODES:
                raise self._alias_bomb(node, path, f"{MAX_ALIAS_NODES:,} values")
        if self.nodes > MAX_NODES:
            raise self._fatal(
                node, f"too many YAML nodes (over {MAX_NODES}); is an alias expanding without end?"
            )
        if len(path) > MAX_DEPTH:
            raise self._fatal(node, f"nested deeper than {MAX_DEPTH} levels")
        self.marks.setdefault(path, _mark(node))
        if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
            raise self._fatal(
                node,
                f"unsupported YAML tag {node.tag!r}; only plain text, numbers, lists and "
                "mappings are allowed",
                path,
            )
        if isinstance(node, yaml.MappingNode):
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.scalar(key_node, path, is_key=True, repeated=repeated)
                key_path = (*path, key)
                if key in out:
                    line, _ = self.keys[key_path]
                    first = next(k for k in out if k == key)
                    message = f"duplicate key (first at line {line}); keep one of the two"
                    if type(first) is not type(key):  # 1 and true: equal to Python, not to YAML
                        message = (
                            f"YAML reads the key `{key_node.value}` as {key!r}, which equals "
                            f"the key on line {line} once read; a key is text: put it in quotes"
                        )
                    self.problems.append(
                        Problem(Where(self.name, *_mark(key_node)), field_name(key_path), message)
                    )
                    continue
                self.keys[key_path] = _mark(key_node)
                out[key] = self.build(value_node, key_path, repeated)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i), repeated) for i, item in enumerate(node.value)]
        return self.scalar(node, path, repeated=repeated)

    def _alias_bomb(self, node: yaml.Node, path: _Path, what: str) -> _Fatal:
        return self._fatal(
            node,
            f"YAML aliases repeat too much (over {what} in this file); write the text out "
            "instead of repeating this anchored value",
            path,
        )

    def scalar(
        self, node: yaml.Node, path: _Path, is_key: bool = False, repeated: bool = False
    ) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise self._fatal(node, "a key must be plain text, not a list or mapping", path)
        if repeated:
            self.repeated_chars += len(node.value)
            if self.repeated_chars > MAX_ALIAS_CHARS:
                raise self._alias_bomb(node, path, f"{MAX_ALIAS_CHARS:,} characters of text")
        if node.tag == _STR_TAG:  # most of a pack: text needs no constructor (a third faster)
            return node.value
        try:
            value = self.constructor.construct_object(node)
        except yaml.constructor.ConstructorError:
            raise self._fatal(
                node,
                f"unsupported YAML tag {node.tag!r}; only plain text, numbers, lists and "
                "mappings are allowed",
                path,
            ) from None
        if not node.style and not isinstance(value, str):  # libyaml says '' for plain
            if is_key:
                key_path: _Path = (*path, value)
                self.plain_keys.setdefault(key_path, node.value)  # 1 and true share a path
            else:
                self.plain[path] = node.value
        return value


class _Unusual(Exception):
    """The fast reader met something only the full reader explains (see `_plain_data`)."""


def _plain_data(node: yaml.Node, marks: dict[_Path, _Mark]) -> Any:
    """A node tree without aliases as plain data, without the positions and notes of
    `_Builder`.

    Loading a pack needs positions only to report a mistake, and a big pack has some
    300,000 values: building a path and a position for each is most of `_Builder`'s
    time. This builds the same data as `_Builder` from a tree it accepts without a
    problem, and raises `_Unusual` on anything else (a duplicate key, an odd tag, deep
    nesting, too many values), for the caller to hand the same tree to `_Builder`. The
    caller makes sure that the text holds no alias (no `*`). It keeps the position of
    each item of a top-level list (a fact's `where`).
    """
    plain = _Plain()
    data = plain.build(node, 0)
    if plain.count > MAX_NODES:
        raise _Unusual
    if isinstance(data, dict) and isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(value_node, yaml.SequenceNode):
                key = plain.scalar(key_node)
                for i, item in enumerate(value_node.value):
                    marks[(key, i)] = _mark(item)
    return data


class _Plain:
    """`_plain_data`'s walk, as lean as Python walks a tree: texts are most values."""

    __slots__ = ("constructor", "count")

    def __init__(self) -> None:
        self.count = 1  # values built, as `_Builder.nodes` counts them
        self.constructor = yaml.constructor.SafeConstructor()

    def scalar(self, node: yaml.Node) -> Any:
        if type(node) is not yaml.ScalarNode:
            raise _Unusual
        if node.tag == _STR_TAG:
            return node.value
        try:
            return self.constructor.construct_object(node)
        except yaml.constructor.ConstructorError:
            raise _Unusual from None

    def build(self, node: yaml.Node, depth: int) -> Any:
        if type(node) is yaml.ScalarNode:
            return self.scalar(node)
        if depth >= MAX_DEPTH or node.tag not in _PLAIN_TAGS:  # (its items would be too deep)
            raise _Unusual
        items = node.value
        self.count += len(items)
        text, scalar_node = _STR_TAG, yaml.ScalarNode
        if type(node) is yaml.MappingNode:
            out: dict[Any, Any] = {}
            for key_node, value in items:
                key = self.scalar(key_node)
                if key in out:
                    raise _Unusual
                if type(value) is scalar_node and value.tag == text:
                    out[key] = value.value
                else:
                    out[key] = self.build(value, depth + 1)
            return out
        return [
            item.value
            if type(item) is scalar_node and item.tag == text
            else self.build(item, depth + 1)
            for item in items
        ]


def _shown(path: Path) -> str:
    """How a file is named in messages: its folder and name ('knowledge/bees.yaml'), or
    its name alone when it has no folder ('cases.yaml' in the current one)."""
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def _read(path: Path, positions: bool = True) -> tuple[_Doc | None, list[Problem]]:
    """Parse one YAML file safely: its data with positions, or why it cannot be read.

    With positions=False only the items of top-level lists keep theirs (see
    `_plain_data`): enough to load a pack whose every check passes.
    """
    name = _shown(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        return None, [
            Problem(Where(name, 0), "(file)", f"larger than {MAX_FILE_BYTES} bytes; split it")
        ]
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [
            Problem(
                Where(name, 0), "(file)", f"not UTF-8 text (byte {exc.start}); save it as UTF-8"
            )
        ]
    loader = _Parser(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Where(name, mark.line + 1, mark.column + 1) if mark else Where(name, 0)
        problem = str(exc.problem or exc)
        if exc.context:
            problem = f"{exc.context}, {problem}"
        hint = _syntax_hint(problem, text, mark.line if mark else -1, mark.column if mark else -1)
        return None, [Problem(where, "(file)", f"YAML syntax: {problem}{hint}")]
    except yaml.reader.ReaderError:
        return None, [_unreadable_character(name, text)]
    except yaml.YAMLError as exc:
        return None, [Problem(Where(name, 0), "(file)", f"YAML: {exc}")]
    except RecursionError:  # the pure-Python parser, on absurdly deep nesting
        return None, [Problem(Where(name, 0), "(file)", "YAML nested too deeply")]
    finally:
        loader.dispose()
    first = text.split("\n", 1)[0]
    if not positions and "*" not in text:  # no alias, so each value is built once
        marks: dict[_Path, _Mark] = {}
        try:
            data = {} if node is None else _plain_data(node, marks)
        except _Unusual:
            pass  # the builder below says what is wrong, if anything
        else:
            return _Doc(name, data, marks, {}, {}, {}, first), []
    builder = _Builder(name)
    try:
        data = {} if node is None else builder.build(node)
    except _Fatal as exc:
        return None, [*builder.problems, exc.problem]
    doc = _Doc(name, data, builder.marks, builder.keys, builder.plain, builder.plain_keys, first)
    return doc, builder.problems


def _unreadable_character(name: str, text: str) -> Problem:
    """Where the first character YAML refuses is (a NUL byte, a stray control character),
    said plainly: PyYAML names neither line nor column, only its own offset."""
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if found is None:  # cannot happen: the reader refused one
        return Problem(Where(name, 0), "(file)", "a character YAML does not allow")
    at = found.start()
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    code = ord(found.group()[0])
    what = "a NUL byte" if code == 0 else f"the control character U+{code:04X}"
    return Problem(
        Where(name, line, column),
        "(file)",
        f"{what}, which YAML does not allow in a file; delete it (is the file text?)",
    )


def _syntax_hint(problem: str, text: str, line: int, column: int) -> str:
    """Advice for a YAML syntax error; `line` and `column` (from 0): where the parser stopped.

    libyaml's message does not name the character it refused (PyYAML's does), so a tab is
    also found by looking at the text there.
    """
    if _tab_at(text, line, column):
        return "; this is a tab: indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        deeper = _indented_past_the_field_before(text, line)
        if deeper is not None:
            return (
                f"; this line is indented more than the field before it (line {deeper}): "
                "line its key up with that field's"
            )
        return "; put text that contains ': ' in quotes"
    if "expected <block end>" in problem or "did not find expected" in problem:
        return "; check the indentation and that every '- ' item lines up"
    return ""


def _tab_at(text: str, line: int, column: int) -> bool:
    """Whether the parser stopped at a tab, or on a line indented with one."""
    lines = text.split("\n")
    if not 0 <= line < len(lines):
        return False
    here = lines[line]
    indent = here[: len(here) - len(here.lstrip(" \t"))]
    return "\t" in indent or (0 <= column < len(here) and here[column] == "\t")


def _indented_past_the_field_before(text: str, line: int) -> int | None:
    """The line number (from 1) of the `key: value` field just before `line`, when `line`
    is indented more than it (an over-indented key reads as part of that value)."""
    lines = text.split("\n")
    if not 0 < line < len(lines):
        return None
    here = lines[line]
    indent = len(here) - len(here.lstrip(" "))
    for n in range(line - 1, -1, -1):
        before = lines[n]
        if not before.strip() or before.lstrip().startswith("#"):
            continue
        depth = len(before) - len(before.lstrip(" "))
        field = re.match(r"\s*(- )?[\w-]+:\s+\S", before)
        return n + 1 if field and indent > depth + (2 if field.group(1) else 0) else None
    return None


def read_yaml(path: Path, positions: bool = True) -> _Doc:
    """Parse one YAML file safely, keeping the position of every key and value (with
    positions=False, only of the items of top-level lists: a file read for its data).

    Raises:
        ContentError: the file cannot be read, is not YAML or repeats a key; the
            message says where, either way.
    """
    doc, problems = _read(Path(path), positions)
    if problems or doc is None:
        raise ContentError("\n".join(map(str, problems)), problems)
    return doc


def normalise_quote(text: str) -> str:
    """A quote compared to its source: same letters, any quotes, any spacing.

    Split at whitespace and joined with one space: the same as collapsing each run of
    whitespace and stripping the ends with a regex (both ask `str.isspace`), three times
    faster; a 10,000-fact pack normalises a megabyte of source and each fact's quote."""
    return " ".join(fold(text).split())


# --- checking a pack ---------------------------------------------------------------------


class Graded:
    """Splits `problems` into errors and warnings (a scan's, a validation report's)."""

    __slots__ = ()
    problems: Sequence[Problem]

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop the pack from loading (and failing examples)."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """The problems worth fixing that do not stop the pack from loading."""
        return [p for p in self.problems if p.severity == "warning"]


@dataclass(slots=True)
class Scan(Graded):
    """A pack read and checked in one pass: every problem, and the pack if it has no errors."""

    root: str
    problems: list[Problem] = field(default_factory=list)
    knowledge: list[_Doc] = field(default_factory=list)
    dialogs: list[_Doc] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    pack: Pack | None = None


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
            f"{_shown(folder / path.name)}: points outside the pack folder (a symlink or '..'); "
            "copy the file into the pack instead"
        )
    return path


def _read_source(path: Path, folder: Path) -> str:
    """A source document (knowledge/*.txt), refused if outside the pack, huge or not UTF-8."""
    name = _shown(folder / path.name)
    with _inside(path, folder).open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ContentError(f"{name}: file is larger than {MAX_FILE_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


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
        name = _shown(path)
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
                name = _shown(path)
                scan.problems.append(Problem(Where(name, 0), "(file)", str(exc).split(": ", 1)[1]))
                continue
            doc, problems = _read(path, positions)
            scan.problems.extend(problems)
            if doc is not None:
                scan.problems.extend(_schema_problems(doc, kind))
                docs.append(doc)
    unread = any(p.field == "(file)" and p.severity == "error" for p in scan.problems)
    topics, facts = _check_knowledge(scan, knowledge)
    _check_dialogs(scan, topics, facts)
    if unread:  # a file that could not be read holds ids: missing ones are no news
        scan.problems[:] = [p for p in scan.problems if not _UNKNOWN_REF.match(p.message)]
    files = {name: i for i, name in enumerate(dict.fromkeys(p.where.file for p in scan.problems))}
    scan.problems.sort(key=lambda p: (files[p.where.file], p.where.line, p.where.col))
    if not scan.errors:
        scan.pack = _build(scan, (str(knowledge), str(dialogs)))
    return scan


def _schema_problems(doc: _Doc, kind: str) -> list[Problem]:
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


def _get(data: Any, path: _Path) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _mapping(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _suggest(word: str, options: Sequence[str]) -> str:
    found = process.extractOne(word, options, score_cutoff=75) if options else None
    return f" (did you mean {found[0]!r}?)" if found else ""


def _check_knowledge(scan: Scan, knowledge: Path) -> tuple[list[str], list[str]]:
    """What the schema cannot see: ids across files, topics, references, quotes."""
    problems = scan.problems
    topics: dict[str, Where] = {}
    for doc in scan.knowledge:
        topic = _mapping(doc.data).get("topic")
        tid = _mapping(topic).get("id")
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
    refs: list[tuple[_Doc, _Path, str]] = []
    for doc in scan.knowledge:
        data = _mapping(doc.data)
        file_topic = _mapping(data.get("topic")).get("id")
        for i, raw in enumerate(_items(data.get("facts"))):
            if not isinstance(raw, dict):
                continue
            path: _Path = ("facts", i)
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
            for j, ref in enumerate(_items(raw.get("related"))):
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
    doc: _Doc, path: _Path, value: Any, seen: dict[str, Where], what: str, problems: list[Problem]
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


def _check_dialogs(scan: Scan, topics: list[str], facts: list[str]) -> None:
    """Dialog questions: unique ids, topics and facts that exist, one lesson order."""
    problems = scan.problems
    questions: dict[str, Where] = {}
    lesson_at: Where | None = None
    known_facts = set(facts)
    for doc in scan.dialogs:
        data = _mapping(doc.data)
        topic = data.get("topic")
        if isinstance(topic, str) and topic not in topics:
            problems.append(
                doc.problem(
                    ("topic",),
                    f"unknown topic {topic!r}{_suggest(topic, topics)}; expected the id of a "
                    f"topic in knowledge/*.yaml ({', '.join(topics) or 'none'})",
                )
            )
        for i, raw in enumerate(_items(data.get("questions"))):
            if not isinstance(raw, dict):
                continue
            path: _Path = ("questions", i)
            _unique_id(doc, path, raw.get("id"), questions, "question", problems)
            for j, ref in enumerate(_items(raw.get("facts"))):
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
                for j, item in enumerate(_items(raw.get(part))):
                    iid = _mapping(item).get("id")
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
            for k, ref in enumerate(_items(data["lesson"])):
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
    return tuple(_str(v) for v in _items(value))


def _build(scan: Scan, folders: tuple[str, str]) -> Pack:
    """The pack's dataclasses, from data that has passed every check."""
    topics: dict[str, Topic] = {}
    facts: dict[str, Fact] = {}
    entities: list[Entity] = []
    synonyms: list[tuple[str, ...]] = []
    document = "the text"
    for doc in scan.knowledge:
        data = _mapping(doc.data)
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
        file_topic = _mapping(raw).get("id", "")
        for i, item in enumerate(_items(data.get("facts"))):
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
        for item in _items(data.get("entities")):
            entities.append(Entity(_str(item["name"]), item["kind"], _strs(item.get("aliases"))))
        synonyms.extend(_strs(group) for group in _items(data.get("synonyms")))
    return Pack(
        root=scan.root,
        topics=tuple(sorted(topics.values(), key=lambda t: (t.order, t.id))),
        facts=tuple(facts.values()),
        entities=tuple(entities),
        synonyms=tuple(synonyms),
        sources=tuple(scan.sources.values()),
        dialogs=build_dialogs(
            [(doc.name, _mapping(doc.data)) for doc in scan.dialogs],
            [t.id for t in sorted(topics.values(), key=lambda t: (t.order, t.id))],
        ),
        by_id=MappingProxyType(facts),
        document=document,
        folders=folders,
    )
