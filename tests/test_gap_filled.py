"""A near miss never refuses the answer it is about to show: when the sentence it would
quote names, in the question's own event, the one a who, where, when or how-many question
asks for, the tutor answers with it; and a refusal stays one when the sentence lacks the
event or names only what the question already does.

Our own text and wordings, not from any case file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

PIER = """The Lamps of Orrin Pier

In 1851 the harbour board of Orrin hired Tomas Brell, a former lighthouse keeper, to light
the old pier at night. Brell hung thirty-six oil lanterns along the pier and trimmed their
wicks every evening.

The lanterns smoked badly in wet weather. In 1859 Brell formed a new partnership with the
glazier Wilma Dask, who fitted each lantern with a glass chimney.

Together, Brell and the Fishermen's Guild fought the harbour board over the price of lamp
oil. Their grain barges brought in about 400 barrels of oil a year.

Brell retired in 1874, and his nephew Arno Brell kept the lanterns until gas came to the
pier in 1880.
"""


@pytest.fixture(scope="module")
def pier(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(PIER)


def test_who_helped_a_deed_is_answered_by_the_sentence_naming_his_partner_in_it(
    pier: tutor.Tutor,
) -> None:
    """The sentence tells the fight and names the guild beside Brell: the one who helped."""
    reply = pier.session(seed=1).respond("Who helped Brell fight the harbour board?")
    assert reply.kind == "answer", reply.text
    assert "Fishermen's Guild" in reply.text and "doesn't say" not in reply.text


def test_go_after_with_no_object_asks_whom_they_went_for_not_what_came_after(
    pier: tutor.Tutor,
) -> None:
    """WordNet's "go after" (chase, pursue): the "after" is its particle, no time clause."""
    reply = pier.session(seed=1).respond("Who did Brell and the guild go after together?")
    assert reply.kind == "answer", reply.text
    assert "harbour board" in reply.text and "after that" not in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Who was the head of the harbour board?",  # the sentence names no head of it
        "Where was Brell born?",  # nor any birth
    ],
)
def test_a_sentence_without_the_asked_event_leaves_the_refusal(
    pier: tutor.Tutor, question: str
) -> None:
    reply = pier.session(seed=1).respond(question)
    assert reply.kind == "fallback", reply.text


def test_the_essay_answers_whom_stalin_took_up_with_when_its_sentence_names_him(
    default_tutor: tutor.Tutor,
) -> None:
    """ "formed a new alliance with Bukharin" names the new ally a question asks for."""
    reply = default_tutor.session(seed=1).respond(
        "Who became Stalin's new partner in the mid-1920s?"
    )
    assert reply.kind == "answer", reply.text
    assert "Bukharin" in reply.text


@pytest.mark.parametrize(
    "question",
    ["Who was Napoleon Bonaparte?", "where is lenin buried", "Who was the head of the NKVD?"],
)
def test_the_essay_still_refuses_what_its_nearby_sentence_does_not_tell(
    default_tutor: tutor.Tutor, question: str
) -> None:
    """ "Bonapartism", a testament suppressed "at the 13th Party Congress" and "an NKVD
    agent" name neither Napoleon, a grave, nor the NKVD's head."""
    reply = default_tutor.session(seed=1).respond(question)
    assert reply.kind == "fallback", reply.text
