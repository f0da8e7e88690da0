"""Follow-ups on a fresh draft asking how fast the thing just told went: "how fast?"
after a sentence giving a rate ("about forty sheets an hour") asks that rate, not
another sentence holding the word "fast"; after one giving none it wants another."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

from conversation import talk

TEXT = """The Dunlin Press

The Workshop

The Dunlin Press printed almanacs in the town of Harrow Cross from 1820 to 1871. Its
founder, the printer Abel Dunlin, built the workshop beside the market hall. A skilled
pressman could pull about forty sheets an hour on the old wooden press. The ink was
ground from lampblack and linseed oil by the apprentices every morning.

Later Years

In 1850 Dunlin bought an iron press from Leeds, which was fast and quiet. The new press
needed two men to work it. The workshop closed in 1871 after a fire in the paper store.
"""


@pytest.fixture(scope="module")
def press(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("press")
    (root / "press.txt").write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "press.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize("asked", ["how fast?", "how quickly could he work?"])
def test_how_fast_after_a_rate_is_that_rate(press: tutor.Tutor, asked: str) -> None:
    """The last answer gives a rate: 'how fast?' asks it, not the press called fast."""
    reply = talk(press, "What could a skilled pressman do?", asked)
    assert reply.kind == "answer" and "forty sheets an hour" in reply.text


def test_how_fast_after_no_rate_is_not_the_same_answer(press: tutor.Tutor) -> None:
    """The last answer gives no rate: 'how fast?' is not answered by it again."""
    first = talk(press, "Who built the workshop?")
    reply = talk(press, "Who built the workshop?", "how fast?")
    assert reply.text != first.text
