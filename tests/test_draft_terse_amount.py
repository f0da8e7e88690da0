"""A line of keywords asking an amount ("damages amount") asks how much, as "how much?"
does: a sum or a count, whichever the text gives. A sentence naming the thing with a sum
answers it, before one that names it with no figure at all."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

TEXT = """The Dunmore Dye Works

The Lawsuit

The Dunmore Dye Works stood on the river below the town. In 1906 the miller Thomas Agar
sued the works for the damage its waste did to his mill. The damages were argued for a
year, and the works lost. The court ordered it to pay Agar 4,000 pounds in damages.

The Works

The works burned 12 tons of coal a day. Its chimney was the tallest in the county.
"""


@pytest.fixture(scope="module")
def works(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("works")
    text = root / "works.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


def test_an_amount_asked_by_keywords_is_answered_by_the_sum(works: tutor.Tutor) -> None:
    reply = ask(works, "agar damages amount")
    assert reply.kind == "answer" and "4,000 pounds" in reply.text


def test_an_amount_asked_by_keywords_is_answered_by_a_count_too(works: tutor.Tutor) -> None:
    reply = ask(works, "coal amount per day")
    assert reply.kind == "answer" and "12 tons" in reply.text
