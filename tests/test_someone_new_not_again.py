""" "Who was supposed to lead after Lenin?" "who did instead?": the follow-up asks for
someone other than the one just given, so the answer just given is no answer to it; an
honest "the essay doesn't say" is better than telling it again. After a question that
was not a who-question ("what happened to them?"), a who-question with "next" may well
be answered by the last answer, which named someone new."""

from __future__ import annotations

import tutor

from conversation import talk

HEIR = "Leon Trotsky, a charismatic revolutionary"


def test_instead_is_not_the_one_just_given(default_tutor: tutor.Tutor) -> None:
    first = talk(default_tutor, "who was supposed to lead after Lenin?")
    assert HEIR in first.text
    reply = talk(default_tutor, "who was supposed to lead after Lenin?", "who did instead?")
    assert HEIR not in reply.text


def test_actually_sets_it_against_what_was_expected(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "who was supposed to lead after Lenin?", "and who actually did?")
    assert HEIR not in reply.text


def test_next_after_a_question_of_what_happened(default_tutor: tutor.Tutor) -> None:
    reply = talk(
        default_tutor,
        "who was in the left opposition?",
        "what happened to them?",
        "who did Stalin go after next?",
    )
    assert "Bukharin" in reply.text
