"""The new learner's tour (tools/tour.py, recorded in docs/tour.md), played again today: two
sittings, 30+ turns, and none of the replies a learner must never read."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

import tutor
from tutor._content import read_yaml

ROOT = Path(__file__).parent.parent
VOICE = read_yaml(ROOT / "tutor" / "data" / "dialogue.yaml").data
META = ("forgot the question", "what was the question", "say that again", "understand the")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tour", ROOT / "tools" / "tour.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tour(default_tutor: tutor.Tutor) -> tuple[list[str], list[str]]:
    first, second = _tool().tour(default_tutor)
    return first, second


def turns(sitting: list[str]) -> list[tuple[str, str]]:
    """(learner line, what the tutor printed) for each turn of a sitting."""
    out = []
    for i, block in enumerate(sitting):
        if block.startswith("> "):
            reply = sitting[i + 1] if i + 1 < len(sitting) else ""
            out.append((block[2:], "" if reply.startswith("> ") else reply))
    return out


def test_the_tour_has_two_sittings_and_thirty_turns(tour) -> None:
    first, second = tour
    assert len(turns(first)) + len(turns(second)) >= 30
    assert first[0].startswith("Hello") and second[0].startswith("Welcome back")


def test_no_request_about_the_question_is_judged(tour) -> None:
    negative = [x for x in VOICE["negative"] if "{" not in x]
    for line, reply in turns(tour[0]) + turns(tour[1]):
        if any(m in line for m in META):
            assert reply[:2] not in ("✓ ", "~ ", "✗ "), (line, reply)
            assert not any(n in reply for n in negative), (line, reply)


def test_the_lesson_only_moves_forward_and_never_says_the_text_is_silent(tour) -> None:
    shown = [int(n) for block in tour[0] + tour[1] for n in re.findall(r"Topic (\d+) of", block)]
    # three topics, not four, since "bye" and other small talk stopped counting as a line
    # on the waiting question (the lesson no longer tells its answer sooner for them)
    assert shown == sorted(shown) and len(set(shown)) >= 3
    for line, reply in turns(tour[0]) + turns(tour[1]):
        if line in ("teach me", "ok teach me more", "continue", "/lesson"):
            assert "doesn't say" not in reply, (line, reply)


def test_the_second_sitting_restates_the_question_in_full(tour) -> None:
    welcome = tour[1][0]
    asked = welcome.split("Where we stopped, I had asked:\n", 1)[1].splitlines()[0]
    assert asked.startswith("? ") and asked.endswith("?") and len(asked.split()) > 5
    # "no idea" on topic 2's first question: the planner asked a second one on topic 2
    assert "topic 2 of 9" in welcome


def test_a_goodbye_does_not_ask_the_question_again(tour) -> None:
    for sitting in tour:
        line, reply = turns(sitting)[-1]
        assert "bye" in line and "\n? " not in reply and not reply.startswith("? ")


def test_the_recorded_tour_is_of_the_same_lines(tour) -> None:
    recorded = (ROOT / "docs" / "tour.md").read_text(encoding="utf-8")
    said = [line[2:] for line in recorded.splitlines() if line.startswith("> ")]
    assert said == [line for sitting in tour for line, _ in turns(sitting)]
