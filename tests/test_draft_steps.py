"""A fresh draft reads who 'she' and 'the professor' are, and "what happens next?" in a
text told in steps goes to the next step, past sentences that only explain the last one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import tutor
from tutor._draft_names import find_entities
from tutor._scaffold import scaffold

LIFE = """Ada Brennick, Glassmaker

Ada Brennick was born in 1850 in the town of Holt. She learned to blow glass in her
uncle's workshop. By the age of fifteen she could make a bottle in a minute. Brennick
wanted a furnace of her own, but she had no money. In 1872 Tobias Marlow, the owner of the Holt glassworks, hired her as
a blower on half the wage of the men. Marlow sold her bottles under his own mark. In
1880 she opened a furnace of her own by the river. There she met Professor Ivo Rusk,
who studied the colours of glass. The professor showed her how to make a deep red with
gold. Brennick died in 1921.
"""

STEPS = """How Lantern Candles Are Made

The maker first melts the wax in a copper pot over a low fire. Then the wicks are
dipped in the wax and hung on a rack to cool. The cool wax grips the wick and keeps it
straight. Each rack holds forty wicks. The next day the candles are dipped again until
they are thick enough. Finally the candles are trimmed and wrapped in paper.
"""


def _answers(files: dict[str, str]) -> str:
    return "".join(
        v for k, v in files.items() if k.startswith("knowledge/0") and "lexicon" not in k
    )


def test_she_after_the_man_who_hired_her_is_still_the_woman() -> None:
    """'Marlow hired her as a blower' says nothing of Marlow's sex: the later 'she opened
    a furnace' is Brennick, the one the text is about, not Marlow, named just before."""
    text = _answers(scaffold(LIFE))
    assert "1880 Brennick opened" in text
    assert "Marlow opened" not in text


def test_a_date_before_a_name_is_no_part_of_it() -> None:
    """'In April 1912 Pellow found ...': the person is Pellow, not 'April 1912 Pellow'."""
    names = [
        e.name for e in find_entities(["In April 1912 Pellow found the leak.", "Pellow left."])
    ]
    assert "Pellow" in names
    assert not any("April" in n for n in names)


def test_the_professor_is_the_professor_named_before() -> None:
    """'The professor showed her ...' is about Professor Ivo Rusk: the fact is found by
    his name."""
    files = scaffold(LIFE)
    facts = _answers(files).split("- id: ")
    shown = next(f for f in facts if "The professor showed" in f)
    assert "ivo rusk" in shown.split("keywords:")[1].split("\n")[0]


def test_what_happens_next_goes_to_the_next_step(
    draft_text: Callable[[str], tutor.Tutor], tmp_path: Path
) -> None:
    """After the wicks are dipped, "what happens next?" is the next day's dipping, the
    next sentence opening as a step, not the two that explain the rack."""
    t = draft_text(STEPS)
    session = t.session(seed=0)
    first = session.respond("where are the wicks hung to cool?")
    assert "rack" in first.text, first.text
    reply = session.respond("what happens next?")
    assert "next day" in reply.text, reply.text
