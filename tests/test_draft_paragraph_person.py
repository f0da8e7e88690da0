"""A drafted sentence takes its paragraph's main person as a keyword only when it points
at them without naming them ("her gatherings", "the colonel"): one that merely sits near
them ("By 1903 the town had 4,200 residents") is not about them, and a question about
the person must not land on it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._scaffold import scaffold

TEXT = """The Mine at Tarrow

Ownership

Colonel Harlan Ashby owned the copper mine at Tarrow and the smelter beside the river. Ashby
lived in the capital. By 1903 the town had about 4,200 residents. Every Sunday the colonel
drove out to inspect the shafts.

The Assay Office

The assay office was run by Dr. Osric Pennington. A young clerk named Tobias Weir kept its
ledgers. Weir had come down from the hill farms at fifteen. The doctor trained him carefully,
and by 1910 the young man ran the office alone.
"""


def _keywords(source: str) -> str:
    knowledge = "\n".join(v for k, v in scaffold(TEXT, "mine.txt").items() if "knowledge/" in k)
    after = knowledge.split(f'source: "{source}', 1)[1]
    return after.split("keywords: ", 1)[1].split("\n", 1)[0]


def test_a_sentence_that_only_sits_near_the_paragraphs_person_is_not_theirs() -> None:
    assert '"harlan ashby"' not in _keywords("By 1903 the town had")


def test_a_sentence_that_calls_the_person_by_their_title_is_theirs() -> None:
    assert '"harlan ashby"' in _keywords("Every Sunday the colonel drove")


@pytest.fixture(scope="module")
def mine(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_question_about_the_person_does_not_land_on_a_sentence_beside_them(
    mine: tutor.Tutor,
) -> None:
    reply = mine.session(seed=1).respond("What did Ashby have by 1903?")
    assert "4,200 residents" not in reply.text or reply.kind != "answer"
