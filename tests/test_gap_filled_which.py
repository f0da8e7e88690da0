"""A near miss never refuses the answer it shows for a "whose ...?" or "which N ...?"
question either: "whose daughter kept the inn?" of "where his daughter Ann kept an inn"
is answered with that sentence, and so is "which allies did he turn on?" of one naming
them right after the noun; a sentence naming no one of the kind asked, or not in the
question's event, still leaves the refusal.

Our own text and wordings, not from any case file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

FERRY = """The Ferry at Dunmore

In 1822 the ferryman Owen Tull bought a flat-bottomed boat and began carrying carts across
the river Dun at Dunmore.

Tull quarrelled with his former partners Hugh Garr and Neil Ross over the fares, and in 1830
he bought out their shares.

Tull sold the boat in 1846 and moved to the coast, where his daughter Ann kept an inn.
"""


@pytest.fixture(scope="module")
def ferry(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(FERRY)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Whose daughter kept an inn on the coast?", "his daughter Ann"),
        ("Whose shares did Tull buy out?", "Hugh Garr"),
    ],
)
def test_whose_is_answered_by_the_sentence_naming_the_owner(
    ferry: tutor.Tutor, question: str, named: str
) -> None:
    reply = ferry.session(seed=1).respond(question)
    assert reply.kind == "answer", reply.text
    assert named in reply.text and "doesn't say" not in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Which inn did Ann keep?",  # the inn is never named
        "Which town on the coast did Tull move to?",  # nor the town
    ],
)
def test_which_of_something_the_text_never_names_stays_a_refusal(
    ferry: tutor.Tutor, question: str
) -> None:
    reply = ferry.session(seed=1).respond(question)
    assert reply.kind == "fallback" and "doesn't say which" in reply.text, reply.text


def test_which_allies_is_answered_by_the_sentence_naming_them_after_the_noun(
    default_tutor: tutor.Tutor,
) -> None:
    """ "turned on his former allies Zinoviev and Kamenev": the names right after the noun
    asked are the ones asked for (WordNet reads "ally" first as a nation: no person)."""
    reply = default_tutor.session(seed=1).respond(
        "Which allies did Stalin turn on once he had beaten Trotsky?"
    )
    assert reply.kind == "answer", reply.text
    assert "Zinoviev and Kamenev" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Whose house was Trotsky living in when he was attacked?",  # "home", no owner but him
        "Which town in Norway did Trotsky stay in?",
    ],
)
def test_the_essay_still_refuses_an_owner_or_a_place_it_never_names(
    default_tutor: tutor.Tutor, question: str
) -> None:
    reply = default_tutor.session(seed=1).respond(question)
    assert reply.kind == "fallback", reply.text
