"""A drafted sentence that only leads in to the next one ("Then came the flood.", "In the
town it was resented.") is told with the sentence after it, which says what it is about;
a line asking what that sentence tells still reaches that sentence's own fact; a paragraph
opening "After the harvest comes threshing." is named by what came."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._draft_lead_in import leads_in

from conversation import talk

TEXT = (
    "The Wendle Mill\n\n"
    "The mill at Wendle ground corn for the valley from 1790 until 1911. The miller, Abel "
    "Tarrant, kept it for forty years and sold flour as far as the coast.\n\n"
    "The new toll on the bridge was welcomed by the farmers. In the town it was resented. "
    "The carters had to pay twice a day, and the bakers said bread would cost a penny more."
    "\n\n"
    "Trade grew for a decade. Then came the great flood. A storm in the hills sent the river "
    "over its banks, and the water wheel was torn from its axle. Tarrant rebuilt the wheel "
    "with iron spokes.\n"
)


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_why_it_was_resented_is_told_with_the_lead_in(mill: tutor.Tutor) -> None:
    reply = talk(mill, "why was it resented in the town?")
    assert reply.kind == "answer"
    assert "pay twice a day" in reply.text


def test_what_came_is_told_with_the_lead_in(mill: tutor.Tutor) -> None:
    reply = talk(mill, "what was the great flood?")
    assert reply.kind == "answer"
    assert "torn from its axle" in reply.text


def test_the_next_sentence_answers_alone(mill: tutor.Tutor) -> None:
    reply = talk(mill, "what happened to the water wheel?")
    assert reply.kind == "answer"
    assert reply.text.startswith("A storm in the hills")


DAIRY = (
    "Making the Cheese\n\n"
    "The milk is warmed in a copper vat to thirty degrees. Next come the cultures and the "
    "rennet. The cultures are stirred in first and left for an hour. The rennet then "
    "curdles the milk into a soft gel within forty minutes.\n"
)


def test_what_a_thing_brought_in_does_is_told_by_a_later_sentence(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = talk(draft_text(DAIRY), "what does the rennet do?")
    assert "soft gel" in reply.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Then came the great flood.", True),
        ("Next come the starter cultures and the rennet.", True),
        ("After cooking comes pressing.", True),
        ("In the town it was resented.", True),
        ("It was not always so.", True),
        ("It was not to last.", True),
        ("Worse was to follow.", True),
        ("Here is how it works.", True),
        ("There are costs too.", True),
        ("Trotsky was exiled in 1929.", False),  # content of its own: a name, a year
        ("The magistrate dismissed the case.", False),  # a deed with its object
        ("Then came Stalin's answer.", False),  # a name: what came is said
        ("The forest came right down to the river.", False),  # a subject before the verb
        ("It was a cold winter.", False),  # "it" with a complement of its own
        ("There are several ways to stop rust.", False),  # says of the thing
        ("Everything began with rags.", False),
        ("The bridge was built before it was needed.", False),  # "it" in a clause of time
        ("This is why the mill closed.", False),  # points back
    ],
)
def test_leads_in(sentence: str, expected: bool) -> None:
    assert leads_in(sentence) is expected


FARM = (
    "The Year at Holt Farm\n\n"
    "The barley at Holt Farm is sown in March on the long field above the brook. The "
    "farmer, Ada Venn, harrows the ground twice before sowing.\n\n"
    "After the harvest comes threshing. The sheaves are carried to the barn, where a "
    "steam engine drives the drum that knocks the grain from the straw.\n"
)


def test_a_paragraph_led_in_is_named_by_what_came(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = talk(draft_text(FARM), "/topics")
    assert "Threshing" in reply.text
    assert "After the harvest" not in reply.text
