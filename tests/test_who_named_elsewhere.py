""" "Who were Stalin's enemies?" asks for people: the fact ranked first may name no one
("The General Secretary role gave Stalin access to sensitive information about
opponents"), and a fact nearly as good, holding as much of the question, names one
("... eliminate his most formidable rival"): it answers, not "the essay doesn't say who".
A who-question that no fact near the top answers is still told so honestly."""

from __future__ import annotations

import tutor

from conversation import talk


def test_a_runner_up_naming_someone_answers(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "who were Stalin's enemies?")
    assert reply.kind == "answer"
    assert "Trotsky" in reply.text


def test_no_clarifying_between_runners_up_once_one_is_chosen(
    default_tutor: tutor.Tutor,
) -> None:
    reply = talk(default_tutor, "who were Stalin's opponents?")
    assert reply.kind == "answer"  # not "Do you mean 'Why did Stalin ...' or ...?"


def test_no_one_near_the_top_names_whom(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "who did Trotsky stay with in Mexico?")
    assert reply.kind == "fallback"
    assert "doesn't say who" in reply.text
