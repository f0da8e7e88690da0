"""A follow-up naming something of its own leans on what the last question asked, not on
the clause that set its time: after "how did Stalin make use of Lenin after Lenin was
dead?", "and what did he say of Trotsky in all this?" asks what the Lenin cult said of
Trotsky, not of Trotsky's death, which the death carried over from "after Lenin was dead"
used to pick."""

from __future__ import annotations

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
