"""A word of one of everyday English's synonym groups, in a text that says no member of
that group, is no word of the text either: WordNet may lead it to one the text says.
"Flaw" sits with "mistake" and "error"; a text about a ship's "defect" says neither."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Ferry Nordlys

The ferry Nordlys carried passengers across the Skarv fjord from 1954 to 1981. In 1968 the
harbour inspectors found a defect in the steel of her hull, a crack below the waterline
near the engine room. The owners kept her in dry dock for five months while welders
replaced the plates. She sailed again in the spring of 1969 with a new engine and a larger
car deck.
"""


@pytest.fixture(scope="module")
def ferry(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_word_of_a_group_the_text_never_says_reaches_the_texts_word(
    ferry: tutor.Tutor,
) -> None:
    line = "What flaw did the inspectors find in the hull?"
    assert "defect" in ferry._engine.analyzer.analyze(line).terms
    reply = ferry.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert "a defect in the steel" in reply.text


def test_a_group_the_text_says_keeps_its_words(ferry: tutor.Tutor) -> None:
    # "sailed" is said, so "sail" and its group stay as they are
    assert "defect" not in ferry._engine.analyzer.analyze("When did she sail again?").terms
