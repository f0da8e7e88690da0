"""The README's "As a library" example gives what its comments promise: a new user's
first try of the library must not meet a reply the README says it will not give."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import tutor

README = Path(__file__).parent.parent / "README.md"


def _example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## As a library", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None
    return match.group(1)


def _lines() -> list[str]:
    """What the example's learner says, in order."""
    return re.findall(r's\.respond\("([^"]*)"\)', _example())


@pytest.fixture(scope="module")
def essay() -> tutor.Tutor:
    return tutor.Tutor()


def test_the_example_runs_and_prints_what_it_promises() -> None:
    printed: list[tuple[Any, ...]] = []
    exec(_example(), {"print": lambda *a: printed.append(a)})
    assert printed[0][0] == "answer" and "Trotsky was assassinated" in printed[0][1]
    assert printed[2] in (("hint", "partial"), ("feedback", "correct"))


@pytest.mark.parametrize("seed", range(6))
def test_a_roughly_right_answer_is_partial_not_a_mix_up(essay: tutor.Tutor, seed: int) -> None:
    """ "because he was still a threat to Stalin" to "why did Stalin still see Trotsky as
    a threat ..." is on the way to the answer: never corrected by an unrelated fact."""
    first, answer = _lines()
    s = essay.session(seed=seed)
    assert s.respond(first).kind == "answer"
    r = s.respond(answer)
    assert (r.kind, r.verdict) in (("hint", "partial"), ("feedback", "correct"))
    assert "Zinoviev" not in r.text
