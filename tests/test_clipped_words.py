""" "Who did the admin?" says "administration" as everyday English clips it ("admin",
"info", "dept", as "govt" and "approx"): read as the whole word, not dropped as unknown
nor put right to a word of the text a letter or two away ("admired")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Linden Mine

The Linden mine opened in 1889 near Harrow. The miners admired their foreman, Jonas Pell,
who had worked underground for thirty years. From 1901 Mara Voss ran the administration of
the mine, its payroll and its contracts. The mine closed in 1931 after a flood.
"""


@pytest.mark.parametrize("line", ["who was in charge of the admin?", "who did the admin?"])
def test_a_clipped_word_is_the_whole_word(
    draft_text: Callable[[str], tutor.Tutor], line: str
) -> None:
    reply = draft_text(TEXT).session().respond(line)
    assert reply.kind == "answer", line
    assert "Mara Voss" in reply.text, line
