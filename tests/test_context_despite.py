"""A why set against an answer that concedes something: "was she a fine singer?" is
answered by "Her careless rehearsals cost her the prize, even though she had the finest
voice", and "then why did she lose the prize?" asks that main clause, which gives the
cause, not another sentence that shares its words ("lost interest in her aria")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Singing Contest at Harle

In 1922 Nell Amory entered the singing contest at Harle. Her careless rehearsals cost Amory
the prize, even though she had the finest voice in the county. Bess Crane won the prize
because the judges loved folk songs, and they lost interest in Amory's opera aria.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line", ["then why did she lose the prize?", "so why did she lose the prize anyway?"]
)
def test_then_why_after_a_concession_is_the_main_clause(drafted: tutor.Tutor, line: str) -> None:
    reply = talk(drafted, "did Nell Amory have a fine voice?", line)
    assert "careless rehearsals" in reply.text
    assert "folk songs" not in reply.text
