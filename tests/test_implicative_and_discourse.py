""" "How did Stalin manage to beat Trotsky?" asks how he beat him: "manage to" before a
verb says only that the doing came about, and "anyway" at a question's end only that it
goes on from what was said ("so why did he lose anyway?"). Neither is a word the text
must hold; "manage" as a verb of its own ("who managed the party?") still is."""

from __future__ import annotations

import tutor

from conversation import talk


def test_manage_to_asks_the_deed(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "how did Stalin manage to beat Trotsky?")
    assert reply.kind == "answer"
    assert "political strategy" in reply.text


def test_anyway_asks_nothing_of_its_own(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "What was Trotsky really good at?", "so why did he lose anyway?")
    assert reply.kind == "answer"
    assert "could not compete" in reply.text


def test_manage_as_a_verb_of_its_own_is_kept(default_tutor: tutor.Tutor) -> None:
    analyzer = default_tutor._engine.analyzer
    assert analyzer.analyze("who managed the party?").terms[:1] == ("handl",)  # WordNet's sense
    assert analyzer.analyze("how did he manage to win?").terms == ("win",)
