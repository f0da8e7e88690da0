"""One YAML file read safely, keeping where each value was written.

An educator's mistake must be reported at its file, line and field, so a content file is
composed into a node tree and built into plain data by hand: unsafe tags, YAML alias bombs,
deep nesting and duplicate keys are refused with a position, and a syntax error gets
advice in plain words ("this is a tab"). Loading a pack whose files have no problem takes
a faster path that keeps no positions. Apart from the pack's checks (`_content`), which
only read the data and the positions this gives them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ._problems import Problem, Severity, Where, field_name

__all__ = ["MAX_FILE_BYTES", "DataPath", "Doc", "read_doc", "shown"]

MAX_FILE_BYTES = 2_000_000

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
DataPath = tuple[Any, ...]
_Mark = tuple[int, int]


class _Fatal(Exception):
    """A file that cannot be read on at all; carries its one problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Doc:
    """Parsed YAML plus the position of every value and key, by path.

    `plain` holds unquoted values that YAML read as something other than text
    (`no` -> false, `1.10` -> 1.1), with what was written, to explain type errors.
    """

    name: str
    data: Any
    marks: dict[DataPath, _Mark]
    keys: dict[DataPath, _Mark]
    plain: dict[DataPath, str]
    plain_keys: dict[DataPath, str]
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
        path: DataPath,
        message: str,
        severity: Severity = "error",
        key: bool = False,
        at: DataPath | None = None,
    ) -> Problem:
        """A problem with the field at `path`, placed at `at` (default: the field)."""
        return Problem(
            self.where(*(path if at is None else at), key=key), field_name(path), message, severity
        )


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
        self.marks: dict[DataPath, _Mark] = {}
        self.keys: dict[DataPath, _Mark] = {}
        self.plain: dict[DataPath, str] = {}
        self.plain_keys: dict[DataPath, str] = {}
        self.problems: list[Problem] = []
        self.nodes = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def _fatal(self, node: yaml.Node, message: str, path: DataPath = ()) -> _Fatal:
        return _Fatal(Problem(Where(self.name, *_mark(node)), field_name(path), message))

    def build(self, node: yaml.Node, path: DataPath = (), repeated: bool = False) -> Any:
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

    def _alias_bomb(self, node: yaml.Node, path: DataPath, what: str) -> _Fatal:
        return self._fatal(
            node,
            f"YAML aliases repeat too much (over {what} in this file); write the text out "
            "instead of repeating this anchored value",
            path,
        )

    def scalar(
        self, node: yaml.Node, path: DataPath, is_key: bool = False, repeated: bool = False
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
                key_path: DataPath = (*path, value)
                self.plain_keys.setdefault(key_path, node.value)  # 1 and true share a path
            else:
                self.plain[path] = node.value
        return value


class _Unusual(Exception):
    """The fast reader met something only the full reader explains (see `_plain_data`)."""


def _plain_data(node: yaml.Node, marks: dict[DataPath, _Mark]) -> Any:
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


def shown(path: Path) -> str:
    """How a file is named in messages: its folder and name ('knowledge/bees.yaml'), or
    its name alone when it has no folder ('cases.yaml' in the current one)."""
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def read_doc(path: Path, positions: bool = True) -> tuple[Doc | None, list[Problem]]:
    """Parse one YAML file safely: its data with positions, or why it cannot be read.

    With positions=False only the items of top-level lists keep theirs (see
    `_plain_data`): enough to load a pack whose every check passes.
    """
    name = shown(path)
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
        marks: dict[DataPath, _Mark] = {}
        try:
            data = {} if node is None else _plain_data(node, marks)
        except _Unusual:
            pass  # the builder below says what is wrong, if anything
        else:
            return Doc(name, data, marks, {}, {}, {}, first), []
    builder = _Builder(name)
    try:
        data = {} if node is None else builder.build(node)
    except _Fatal as exc:
        return None, [*builder.problems, exc.problem]
    doc = Doc(name, data, builder.marks, builder.keys, builder.plain, builder.plain_keys, first)
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
