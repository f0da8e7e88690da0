"""On a fresh draft, "and what about Orme?" is the last question again of someone new,
as "what about Orme?" is (the "and" that carries it on changes nothing): after "Hale
cared little for the ledgers" it is the sentence setting Orme against him, not the first
sentence naming her."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Ferry at Wendle

In 1852 Samuel Hale bought the ferry at Wendle with his partner, Ruth Orme. Hale cared
little for the ledgers and spent his days on the river. In contrast to Hale, Orme kept
every account to the penny. Orme later sold the ferry to the county.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("line", ["what about Orme?", "and what about Orme?"])
def test_and_what_about_her_is_the_last_question_of_her(drafted: tutor.Tutor, line: str) -> None:
    reply = talk(drafted, "what did Hale care little for?", line)
    assert "Orme kept every account" in reply.text
