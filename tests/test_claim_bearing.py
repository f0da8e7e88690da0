"""A membership claim corrected with a fact that does not bear on it ("Edda was a member
of the guild" against a fact about the guild and someone else) gets "the text doesn't
say that", not "No": the fact neither denies it nor tells what is true instead."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

GUILD = """The Weavers of Tarn

In 1702 the Weavers' Guild of Tarn expelled Jonas Pell for selling cloth below the guild
price.

Jonas Pell later opened a dye works on the river. His partner Edda Vose kept the books.
"""


@pytest.fixture(scope="module")
def guild(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(GUILD)


@pytest.mark.parametrize(
    "line",
    ["Edda Vose was a member of the Weavers' Guild", "so Edda was part of the guild?"],
)
def test_a_fact_naming_the_group_but_not_the_person_is_no_correction(
    guild: tutor.Tutor, line: str
) -> None:
    reply = guild.session(seed=1).respond(line)
    assert reply.kind == "correction" and "expelled Jonas Pell" in reply.text, line
    assert reply.text.startswith(("The text doesn't say", "I can't find that")), line


@pytest.mark.parametrize(
    "line", ["Bukharin was a member of the Politburo", "Zinoviev was a member of the NKVD"]
)
def test_the_essay_does_not_say_who_else_was_in_a_group(line: str) -> None:
    reply = tutor.Tutor().session(seed=1).respond(line)
    assert reply.text.startswith(("The essay doesn't say", "I can't find that")), line


def test_a_group_whose_members_the_text_lists_is_still_corrected() -> None:
    reply = tutor.Tutor().session(seed=1).respond("Lenin was a member of the Troika")
    assert reply.kind == "correction" and "Lenin was not one of them" in reply.text
