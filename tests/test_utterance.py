"""One analysis per turn: a learner's line is read once, by the Reader, and every part of
the turn takes that reading (tutor/_utterance.py).

The judge weighs every line said on a question again at each later turn, a claim is
checked clause by clause, and a quiz answers the questions it held back when it ends:
none of them splits those lines into words again.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import tutor
from tutor import _text

PACK = Path(__file__).parent / "pack"
SMALL, ESSAY = tutor.Tutor.from_path(PACK), tutor.Tutor()  # loaded before anything is counted
READER = str(Path(tutor.__file__).parent / "_utterance.py")


class Splits:
    """Every text split into words during a test, and whether the Reader did it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, bool]] = []

    def of(self, line: str) -> tuple[int, int]:
        """(splits by the Reader, splits by any other part) of a line or a clause of it."""
        mine = [by for text, by in self.seen if len(text.split()) >= 2 and text.strip() in line]
        return sum(mine), len(mine) - sum(mine)


@pytest.fixture
def splits(monkeypatch: pytest.MonkeyPatch) -> Splits:
    """Counts each call of `split_words`, the one tokeniser, wherever it was imported."""
    found = Splits()
    split: Callable[[str], list[str]] = _text.split_words

    def counted(text: str) -> list[str]:
        by_reader = any(f.filename == READER for f in inspect.stack(context=0)[1:])
        found.seen.append((text, by_reader))
        return split(text)

    for name, module in list(sys.modules.items()):
        if name.startswith("tutor") and getattr(module, "split_words", None) is split:
            monkeypatch.setattr(module, "split_words", counted)
    return found


def test_lines_judged_again_on_later_turns_are_split_only_by_the_reader(splits: Splits) -> None:
    s = SMALL.session(seed=1)
    s.pose("lg-pamphlets")
    lines = ["the king wrote letters", "they were unhappy with him", "they handed out flyers"]
    first = None
    for line in lines:
        assert s.respond(line).judged_question == "lg-pamphlets"
        first = first or splits.of(lines[0])
    assert [splits.of(line)[1] for line in lines] == [0, 0, 0]  # by no other part
    assert splits.of(lines[0]) == first  # judged again twice, never read again


def test_a_question_held_in_a_quiz_is_answered_from_its_first_reading(splits: Splits) -> None:
    s = SMALL.session(seed=1)
    s.respond("/quiz 1")
    held = "who granted the charter?"
    assert s.respond(held).kind == "quiz"  # closed book: held back
    asked = splits.of(held)
    end = s.respond("I don't know")
    assert held in end.text and "1822" in end.text  # answered now that the quiz is over
    assert splits.of(held) == asked and asked[1] == 0


def test_a_claim_is_checked_from_the_readers_reading(splits: Splits) -> None:
    line = "So Trotsky controlled the appointments, right?"
    reply = ESSAY.session(seed=0).respond(line)
    assert reply.kind == "correction"
    assert splits.of(line)[1] == 0
