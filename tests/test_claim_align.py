"""A claim right about its event but with a detail of its own in a slot the fact fills
otherwise is never confirmed (`_claim_align`): a doer, list member or means the text
never names ("poisoned by a French agent", "... and London"), a thing the fact sets aside
("in silver" of "in barley rather than silver"), a year it does not give. The same
claim with the text's own details stays confirmed.

On a text drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Mill at Oxley

The mill at Oxley was built in 1788 beside the river Lune. Its first owner, Hedda Marsh,
paid the carpenters in barley and wool rather than silver. In 1803 the miller Tobias Venn
was poisoned by Jory Pask, a hired steward of the Lune estate. After the poisoning, Hedda
sold her shares to the towns of Kelby, Stanmore and Wrayton. The mill burned down in
1851, and the estate rebuilt it to honour Hedda's memory.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    ("claim", "told"),
    [
        ("hedda paid the carpenters in silver", "barley"),
        ("the mill burned down in 1860", "1851"),
    ],
)
def test_a_detail_the_fact_fills_otherwise_is_corrected(
    drafted: tutor.Tutor, claim: str, told: str
) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert told in reply.text, reply.text


@pytest.mark.parametrize(
    ("claim", "told"),
    [
        ("tobias venn was poisoned by a french agent", "Jory Pask"),
        ("tobias venn was poisoned by a gestapo spy", "Jory Pask"),
        ("hedda sold her shares to the towns of kelby, stanmore and london", "Wrayton"),
    ],
)
def test_a_detail_the_text_never_names_is_not_confirmed(
    drafted: tutor.Tutor, claim: str, told: str
) -> None:
    reply = talk(drafted, claim)
    assert not reply.text.startswith(("Correct", "Yes", "That's right")), reply.text
    assert reply.kind == "correction", reply.text
    assert told in reply.text, reply.text


@pytest.mark.parametrize(
    "claim",
    [
        "hedda paid the carpenters in barley and wool",
        "hedda paid the carpenters in barley and wool rather than silver",
        "tobias venn was poisoned by a hired steward",
        "hedda sold her shares to kelby, stanmore and wrayton",
        "the mill burned down in 1851",
    ],
)
def test_the_texts_own_details_are_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "answer", reply.text
    assert reply.text.startswith(("Correct", "Yes", "That's right")), reply.text


def test_an_everyday_word_the_text_never_uses_is_untold(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "tobias venn was poisoned by a french agent")
    assert "doesn't say" in reply.text or "can't find" in reply.text, reply.text


BRIDGE = """The Bridge at Calder

The bridge at Calder was finished in 1790. In 1820 the town council raised the toll on
the bridge to pay for repairs. The drovers drove their cattle through the ford instead.
"""


@pytest.fixture(scope="module")
def bridge(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(BRIDGE)


@pytest.mark.parametrize(
    "claim", ["the town council lowered the toll on the bridge", "the council lowered the toll"]
)
def test_a_verb_of_the_opposite_direction_is_corrected(bridge: tutor.Tutor, claim: str) -> None:
    reply = talk(bridge, claim)
    assert reply.kind == "correction", reply.text
    assert "raised the toll" in reply.text, reply.text


def test_the_texts_own_verb_is_confirmed(bridge: tutor.Tutor) -> None:
    reply = talk(bridge, "the town council raised the toll on the bridge")
    assert reply.kind == "answer", reply.text
    assert reply.text.startswith(("Correct", "Yes", "That's right")), reply.text


CARVERS = """The Guild of Carvers

Aldo Brand led the Guild of Carvers from 1701 to 1730. In his chronicle, Brand rewrote the
guild's history to minimize Piet Olver's work and elevate his own role. Olver left the
guild in 1712.
"""


def test_elevating_whom_the_text_minimizes_is_corrected(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # "elevate" is a support relation word: the text relates the two by "minimize"
    drafted = draft_text(CARVERS)
    for claim in (
        "brand's chronicle elevated olver",
        "brand rewrote the guild's history to elevate olver",  # "rewrote": a claim's verb
    ):
        reply = talk(drafted, claim)
        assert reply.kind == "correction", reply.text
        assert "minimize" in reply.text, reply.text
    reply = talk(drafted, "brand rewrote the guild's history to minimize olver's work")
    assert reply.text.startswith(("Correct", "Yes", "That's right")), reply.text


def test_explain_does_not_advise_a_keyword_for_a_corrected_detail(drafted: tutor.Tutor) -> None:
    from tutor._explain import explain

    e = explain(drafted, "hedda paid the carpenters in silver coins")
    assert e.reply_kind == "correction", e.reply_text
    assert not any("never uses" in a for a in e.advice), e.advice
    assert any("corrected" in a and "'coins'" in a for a in e.advice), e.advice
