"""Loading reads YAML without positions; it must read exactly what `validate` reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor._content import _read

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
    full, full_problems = _read(path)
    fast, fast_problems = _read(path, positions=False)
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
