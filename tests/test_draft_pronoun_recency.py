"""A drafted 'he' or 'she' is the person its own paragraph just named, not someone named
sections before, and the head of an apposition, not the owner inside it ("Clara Mirren,
Ada's successor, ..."): the learner asks of the right person and is told of them."""

from __future__ import annotations

from collections.abc import Callable

import tutor

FERRY = """# The Harrow Ferry

## Founding

Idris Col built the first ferry across the Harrow estuary in 1871. Col hired six boatmen
from the village. He charged a penny a crossing. In 1880 Col bought a second boat. He
named it after his mother.

## The Bridge

The county proposed a bridge in 1890. Col opposed it at every meeting. He argued that the
tides would wreck the piers. Col won the vote.

## Decline

Traffic fell after the railway opened in 1895. In 1902 the county asked Niall Ferris, its
surveyor, for a report. The report recommended closing the ferry. He later regretted this
advice. He died in 1919.
"""

LENS = """# The Mirren Workshop

## Beginnings

Ada Mirren opened a lens workshop in Dunmore in 1860. Ada ground lenses for telescopes. She
trained two apprentices. Ada died in 1881.

## After Ada

Clara Mirren, Ada's successor at the bench, took over the workshop. She improved the
polishing method in 1885. She died in 1899.
"""


def _answers(pack: tutor.Tutor) -> dict[str, str]:
    return {f.source: f.answer for f in pack.pack.facts}


def test_a_he_goes_on_with_the_man_its_paragraph_named(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    pack = draft_text(FERRY)
    answers = _answers(pack)
    assert answers["He died in 1919."] == "Ferris died in 1919."
    assert answers["He later regretted this advice."].endswith(
        "Ferris later regretted this advice."
    )
    assert answers["He charged a penny a crossing."] == "Col charged a penny a crossing."
    reply = pack.session().respond("when did ferris die?")
    assert reply.kind == "answer" and "1919" in reply.text
    reply = pack.session().respond("when did col die?")
    assert "1919" not in reply.text


def test_a_she_after_an_apposition_is_its_head_not_the_owner_inside_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    pack = draft_text(LENS)
    answers = _answers(pack)
    assert answers["She died in 1899."] == "Clara Mirren died in 1899."
    assert answers["She improved the polishing method in 1885."].startswith("Clara Mirren ")
    assert answers["She trained two apprentices."] == "Ada trained two apprentices."
    reply = pack.session().respond("when did clara die")
    assert reply.kind == "answer" and "1899" in reply.text


def test_a_possessive_description_after_a_name_says_her_gender() -> None:
    from tutor._draft_gender import described_gender
    from tutor._text import split_words

    text = "Clara Mirren, Ada's younger sister, took over the workshop."
    assert described_gender(text, split_words(text), 0, 2) == "f"


def test_a_she_left_before_a_new_name_is_not_that_name() -> None:
    """ "She met Owen Pratt": the next 'she' is not Pratt's, whose gender is unknown."""
    from tutor._draft_entity import DraftEntity
    from tutor._draft_pronouns import Paragraph

    lind, pratt = DraftEntity("Mara Lind", "person"), DraftEntity("Owen Pratt", "person")
    paragraph = Paragraph()
    paragraph.add(["she", "met", "owen", "pratt", "in", "1850"], [(2, pratt)], True)
    assert paragraph.nearer(lind, "f", {id(lind): "f"}) is lind
    paragraph.clear()
    paragraph.add(["the", "town", "hired", "owen", "pratt"], [(3, pratt)], True)
    assert paragraph.nearer(lind, "m", {id(lind): "m"}) is pratt
    assert paragraph.nearer(lind, "f", {id(lind): "f", id(pratt): "m"}) is lind
