"""Loading reads YAML without positions; it must read exactly what `validate` reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor._yaml_doc import read_doc

ODD = [
    "a: 1\na: 2\n",  # a duplicate key
    "1: x\ntrue: y\n",  # keys equal once read
    "? [1]\n: 2\n",  # a list as a key
    "? !!str {a: b}\n: 1\n",  # a mapping tagged as text, as a key
    "a: !!str [1]\n",
    "a: !!python/name:os.system\n",
    "a: !!set {x, y}\n",
    "a: &x [1]\nb: *x\n",  # an alias
    "a: !!binary aGVsbG8=\nb: 2001-12-14\nc: 0x1f\nd: 1.10\ne: no\n",
    "a:\n" + "  - " * 70 + "1\n",  # too deep
    "facts: [" + "0, " * 200_001 + "]\n",  # too many values
    "just text\n",
    "",
]


def _both(path: Path) -> tuple[str, str]:
    full, full_problems = read_doc(path)
    fast, fast_problems = read_doc(path, positions=False)
    shown = [repr(d.data) if d else None for d in (full, fast)]
    return (
        f"{shown[0]} {list(map(str, full_problems))}",
        f"{shown[1]} {list(map(str, fast_problems))}",
    )


@pytest.mark.parametrize("text", ODD)
def test_odd_yaml_reads_the_same_without_positions(tmp_path: Path, text: str) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(text, encoding="utf-8")
    full, fast = _both(path)
    assert fast == full


_SCALARS = st.one_of(
    st.text(max_size=12), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False)
)
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=20,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_DATA, flow=st.booleans())
def test_any_yaml_reads_the_same_without_positions(
    tmp_path: Path, data: object, flow: bool
) -> None:
    path = tmp_path / "any.yaml"
    path.write_text(yaml.safe_dump(data, default_flow_style=flow), encoding="utf-8")
    full, fast = _both(path)
    assert fast == full


# Plain scalars YAML 1.1 reads as something other than text, and near misses of them.
_PLAIN = [
    *("no", "yes", "No", "NO", "on", "Off", "true", "False", "~", "null", "Null"),
    *("1", "-1", "+1", "0x1f", "0o17", "017", "1_000", "1:30", "1.10", ".5", "-.inf", ".NaN"),
    *("1e3", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "=", "<<", "nope", "yess"),
    *("1.2.3", "0x", "1:3x", "", "'no'", '"1"', "Ramón", "x - y", "!!str 1", "!custom x"),
]


def _tags(node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode):
        return (node.tag, node.value)
    if isinstance(node, yaml.MappingNode):
        return (node.tag, [(_tags(k), _tags(v)) for k, v in node.value])
    return (node.tag, [_tags(item) for item in node.value])


@pytest.mark.parametrize("value", _PLAIN)
def test_values_get_the_tags_the_safe_loader_gives(value: str) -> None:
    """The loader resolves tags in fewer steps than PyYAML's safe loader; never otherwise."""
    from tutor._yaml_doc import _Parser

    text = f"a: {value}\nb:\n  - {value}\n{value or 'c'}: [{value}]\n"
    ours = yaml.compose(text, Loader=_Parser)
    assert ours is not None
    assert _tags(ours) == _tags(yaml.compose(text, Loader=yaml.SafeLoader))
