"""Checking plain data against the shipped JSON Schemas, in words an educator understands.

The schemas in tutor/schema/ are the one description of the file formats. This module
runs them (with the `jsonschema` library, imported only when a file is first checked)
and turns each violation into "what is wrong, and what was expected". Installed without
the authoring extra, it says what jsonschema-rs says instead. It knows nothing
of files or line numbers: it returns paths into the data, and the loader places them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from rapidfuzz import process

if TYPE_CHECKING:
    from jsonschema import ValidationError
    from jsonschema.protocols import Validator

__all__ = ["SCHEMAS", "Issue", "describe", "issues", "schema", "schema_path"]

SCHEMAS = ("knowledge", "dialogs", "cases")

_EXPECTED = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list (lines starting with '- ', or [a, b])",
    "object": "a mapping (lines of `key: value`)",
    "boolean": "true or false",
    "null": "nothing",
}


@dataclass(frozen=True, slots=True)
class Issue:
    """One schema violation.

    Attributes:
        path: where in the data (keys and list positions); for a missing or unknown
            field, the path of that field.
        message: what is wrong, and what was expected.
        at_key: the problem is the key itself (an unknown field), not its value.
        at_parent: the field is missing: point at the mapping that lacks it.
        kind: the schema keyword that failed ("type", "required", "enum", ...).
    """

    path: tuple[Any, ...]
    message: str
    at_key: bool = False
    at_parent: bool = False
    kind: str = ""


def schema_path(name: str) -> str:
    """The file path of a shipped schema ("knowledge", "dialogs" or "cases")."""
    return str(resources.files("tutor.schema").joinpath(f"{name}.schema.json"))


@cache
def schema(name: str) -> dict[str, Any]:
    """A shipped schema as plain data."""
    text = resources.files("tutor.schema").joinpath(f"{name}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator(name: str) -> Validator:
    # Imported here: jsonschema adds ~35 ms to start-up, and only loading a pack needs it.
    from jsonschema import Draft7Validator

    full = schema(name)
    return Draft7Validator(_inline(full, full.get("definitions", {})))


def _inline(node: Any, definitions: dict[str, Any]) -> Any:
    """The schema with every local `$ref` replaced by its definition.

    jsonschema resolves a `$ref` on every use; inlined, checking a pack takes half the
    time (measured: 19 -> 8 ms for the default pack's knowledge files).
    """
    if isinstance(node, list):
        return [_inline(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/definitions/"):
        target = definitions[ref.rsplit("/", 1)[1]]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return {
        key: (
            {k: _inline(v, definitions) for k, v in value.items()}
            if key == "properties"
            else _inline(value, definitions)
        )
        for key, value in node.items()
        if key != "definitions"
    }


def issues(data: Any, name: str) -> list[Issue]:
    """Every way `data` breaks the named schema (empty when it fits).

    Most files fit: jsonschema-rs says so ~35x faster than jsonschema (0.6 s -> 18 ms for
    10,000 facts); only a file that does not fit is walked by jsonschema, whose errors
    carry what the messages need.
    """
    try:
        if _fast_validator(name).is_valid(data):
            return []
    except (ValueError, TypeError):  # a value JSON has no name for (a YAML date): ask below
        pass
    try:
        validator = _validator(name)
    except ImportError:  # installed without the authoring extra: jsonschema-rs's own words
        return _plain_issues(name, data)
    if validator.is_valid(data):
        return []
    return [issue for error in validator.iter_errors(data) for issue in _explain(error)]


def _plain_issues(name: str, data: Any) -> list[Issue]:
    dated: list[Issue] = []
    data = _undated(data, (), dated)  # jsonschema-rs has no type for a date: say it here
    try:
        errors = list(_fast_validator(name).iter_errors(data))
    except (ValueError, TypeError) as exc:
        return [*dated, Issue((), str(exc))]
    return [*dated, *(Issue(tuple(e.instance_path), str(e.message)) for e in errors)]


def _undated(value: Any, path: tuple[Any, ...], found: list[Issue]) -> Any:
    """`value` with each YAML date as its text, each noted in `found` (every pack field is
    text or a number, never a date), so one date does not hide the file's other problems."""
    if isinstance(value, date):
        found.append(Issue(path, f"expected text, got {describe(value)}", kind="type"))
        return value.isoformat()
    if isinstance(value, list):
        return [_undated(item, (*path, k), found) for k, item in enumerate(value)]
    if isinstance(value, dict):
        return {key: _undated(item, (*path, key), found) for key, item in value.items()}
    return value


@cache
def _fast_validator(name: str) -> Any:
    import jsonschema_rs

    full = schema(name)
    return jsonschema_rs.Draft7Validator(_inline(full, full.get("definitions", {})))


_SHOWN = 60  # characters of a text value quoted in a message at most


def describe(value: Any) -> str:
    """A value as an educator would name it: 'false', 'the number 1.1', 'a list'."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str) and (len(value) > _SHOWN or "\n" in value):
        # a whole text file read as one string: quote its start, never all of it
        head = value.split("\n", 1)[0][:_SHOWN].rstrip()
        return f"text beginning {head!r}... ({len(value):,} characters)"
    return repr(value)


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.:])(\s|$)", text)
    return (match.group(1) if match else text).rstrip(".:")


def _expected_types(types: Any) -> str:
    names = [types] if isinstance(types, str) else list(types)
    return " or ".join(_EXPECTED.get(n, n) for n in names)


def _explain(error: ValidationError) -> list[Issue]:
    path = tuple(error.absolute_path)
    kind = str(error.validator)
    value = error.instance
    sub = error.schema if isinstance(error.schema, dict) else {}
    rule: Any = error.validator_value
    if kind == "type":
        expected = _expected_types(rule)
        if value is None:
            return [Issue(path, f"is empty; expected {expected}", kind=kind)]
        return [Issue(path, f"expected {expected}, got {describe(value)}", kind=kind)]
    if kind == "required":
        props = sub.get("properties", {})
        missing = [p for p in rule if isinstance(value, dict) and p not in value]
        out = []
        for name in missing:
            about = props.get(name, {}).get("description", "")
            hint = f" ({_first_sentence(about)})" if about else ""
            out.append(Issue((*path, name), f"missing; add `{name}:`{hint}", True, True, kind))
        return out
    if kind == "dependencies":
        out = []
        for key, needs in rule.items():
            if isinstance(value, dict) and key in value:
                for name in needs:
                    if name not in value:
                        out.append(
                            Issue(
                                (*path, name),
                                f"missing; a file with `{key}:` also needs `{name}:`",
                                True,
                                True,
                                kind,
                            )
                        )
        return out
    if kind == "additionalProperties":
        allowed = sorted(sub.get("properties", {}))
        extra = [k for k in value if k not in allowed] if isinstance(value, dict) else []
        out = []
        for key in extra:
            guess = process.extractOne(str(key), allowed, score_cutoff=60) if allowed else None
            hint = f"did you mean `{guess[0]}`? " if guess else ""
            out.append(
                Issue(
                    (*path, key),
                    f"unknown field; {hint}expected one of: {', '.join(allowed)}",
                    at_key=True,
                    kind=kind,
                )
            )
        return out
    if kind == "enum":
        options = [str(o) for o in rule]
        guess = process.extractOne(str(value), options, score_cutoff=60)
        hint = f" (did you mean {guess[0]!r}?)" if guess else ""
        return [
            Issue(
                path,
                f"{describe(value)} is not allowed; expected one of: {', '.join(options)}{hint}",
                kind=kind,
            )
        ]
    if kind == "pattern":
        said = sub.get("patternErrorMessage", f"does not match {rule}")
        if said.startswith("is empty"):
            return [Issue(path, said, kind=kind)]
        return [Issue(path, f"{value!r}: {said}", kind=kind)]
    if kind in ("minItems", "maxItems"):
        count = len(value) if isinstance(value, list) else 0
        bound = "at least" if kind == "minItems" else "at most"
        noun = "item" if rule == 1 else "items"
        got = "is empty" if count == 0 else f"has {count}"
        return [Issue(path, f"{got}; expected {bound} {rule} {noun}", kind=kind)]
    if kind == "minimum":
        return [Issue(path, f"expected a number of at least {rule}, got {value!r}", kind=kind)]
    return [Issue(path, str(error.message), kind=kind)]
