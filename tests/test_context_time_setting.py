"""A follow-up naming something of its own leans on what the last question asked, not on
the clause that set its time: after "how did Stalin make use of Lenin after Lenin was
dead?", "and what did he say of Trotsky in all this?" asks what the Lenin cult said of
Trotsky, not of Trotsky's death, which the death carried over from "after Lenin was dead"
used to pick; and on a fresh draft, "and what did she say about Silas in all that?" is a
question of its own naming him, not "and Silas?" (the last question again)."""

from __future__ import annotations

from collections.abc import Callable

import tutor

from conversation import talk


def test_a_time_clause_of_the_last_question_does_not_outvote_the_line(
    default_tutor: tutor.Tutor,
) -> None:
    reply = talk(
        default_tutor,
        "How did Stalin make use of Lenin after Lenin was dead?",
        "and what did he say of Trotsky in all this?",
    )
    assert reply.kind == "answer"
    assert "traitor to Lenin's memory" in reply.text
    assert "death in 1940" not in reply.text


MILL = """The Mill at Harrow

Anna Pell ran the mill at Harrow for thirty years. Her husband, Tom Pell, died in 1879.
After her husband died, Anna Pell kept the mill going by hiring two new millers.
She also told the millers that Tom's brother, Silas Pell, was a cheat.
Silas Pell died in 1890, poor and alone.
The mill closed in 1902.
"""


def test_and_a_question_naming_someone_is_not_and_that_one(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "and what did she say about Silas in all that?" asks a question of its own that
    names him, not "and Silas?" (the last question again, of him), which an answer must
    hold the last question's words for."""
    reply = talk(
        draft_text(MILL),
        "how did Anna keep the mill going after her husband died?",
        "and what did she say about Silas in all that?",
    )
    assert reply.kind == "answer"
    assert "was a cheat" in reply.text
