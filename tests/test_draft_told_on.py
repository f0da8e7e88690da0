"""Questions on a fresh draft that the text answers over two sentences: one sets the scene
(a date, a place, the event), a later one of its paragraph says what is asked. The later
one answers, not "the text doesn't say" nor the scene again; a question of the scene alone,
or of someone it does not name, is not sent on."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Pellow Choir

Beginnings

In April 1921, nine quarrymen gathered in the back room of the Lamb Inn at Pellow and
agreed to sing together on Sunday evenings. The gathering was arranged by Owen Tregear,
a blaster whose father had led the chapel choir for thirty years.

Hard Times

The first hard blow came with the slate strike of 1926. The quarry stood idle for five
months, and half of the singers left the valley to look for work. The choir gave a
concert in Truro to raise money, but it lost 40 pounds on the hall and the coach.

The Fire

In 1958 a fire broke out in the choir's music store. It destroyed more than four
hundred scores. The cause was found to be a paraffin heater left burning overnight.

The Tour

The choir's longest journey came in the summer of 1951, when it was invited to sing at
the Cardiff eisteddfod. The old charabanc Bluebell carried the singers over the moor in two
days.
"""


@pytest.fixture(scope="module")
def choir(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=0).respond(line)


def test_who_is_told_after_the_scene(choir: tutor.Tutor) -> None:
    reply = ask(choir, "Who arranged the gathering in April 1921?")
    assert reply.kind == "answer"
    assert "Owen Tregear" in reply.text


def test_how_much_is_told_sentences_after_the_scene(choir: tutor.Tutor) -> None:
    reply = ask(choir, "How much money did the choir lose in the slate strike of 1926?")
    assert reply.kind == "answer"
    assert "40 pounds" in reply.text


def test_the_cause_is_told_after_the_scene(choir: tutor.Tutor) -> None:
    reply = ask(choir, "What was the cause of the fire in the music store in 1958?")
    assert reply.kind == "answer"
    assert "paraffin heater" in reply.text


def test_which_thing_is_told_after_the_scene(choir: tutor.Tutor) -> None:
    # the scene names no charabanc; the next sentence does, carrying ("took") the choir
    reply = ask(choir, "Which charabanc took the choir to the Cardiff eisteddfod in 1951?")
    assert reply.kind == "answer"
    assert "Bluebell" in reply.text


def test_a_question_the_scene_answers_stays_with_it(choir: tutor.Tutor) -> None:
    reply = ask(choir, "When did the fire break out in the music store?")
    assert "1958" in reply.text
    assert "paraffin" not in reply.text


def test_what_no_later_sentence_tells_is_not_sent_on(choir: tutor.Tutor) -> None:
    # the cause is told, who lit the heater is not: no sentence of the fire answers it
    reply = ask(choir, "Who lit the heater in the music store in 1958?")
    assert reply.kind == "fallback"
