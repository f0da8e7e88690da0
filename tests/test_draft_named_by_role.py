"""A drafted text's people named by what they did or were: "the buyer" of a text saying
"Garrow ... bought the plait", "the guy who taught the girls", "the engineer" of one
appointed "as chief engineer", "the wool inspector" of "the wool inspector Ada Brisk",
"her competitor" of "her chief rival" (WordNet's synonym)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._doers import agent_nouns

TEXT = """The Plait Trade of Wenmouth

Straw plait was the main trade of the island of Wenmouth in the nineteenth century.

Abel Garrow, a merchant from the mainland, bought most of the plait each spring. Garrow
paid two shillings a score and shipped the plait to the hat makers of Lorring.

Martha Pine taught the village girls to split the straw with a small tool. Pine argued
at the parish meeting for a new school.

The plaiters' union appointed Tobias Wren as chief clerk. Wren kept a ledger of every
score sold on the quay.

The wool inspector Ada Brisk checked the bales at the quay. Brisk rejected a third of
them in 1858.

Martha Pine's chief rival, Hester Lowe, sold cheaper plait in the market. Lowe accused
Pine of stealing her pupils.
"""


@pytest.fixture(scope="module")
def plait(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_the_person_noun_of_a_deed_comes_from_wordnet() -> None:
    assert agent_nouns("bought") == {"buyer"}
    assert agent_nouns("taught") == {"teacher"}
    assert agent_nouns("surveyed") == {"surveyor"}
    assert agent_nouns("computed") == set()  # a computer is no person
    assert agent_nouns("designed") == set()  # "designer" is stemmed as the verb's "design"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("what did the buyer pay?", "two shillings"),
        ("what did the big buyer pay for it?", "two shillings"),
        ("what did the guy who bought the plait pay?", "two shillings"),
        ("what did the clerk keep?", "ledger"),
        ("what did the wool inspector reject?", "a third"),
        ("what did her competitor accuse Pine of?", "stealing"),
    ],
)
def test_a_role_reaches_its_bearer(plait: tutor.Tutor, line: str, said: str) -> None:
    reply = plait.session(seed=0).respond(line)
    assert reply.kind == "answer"
    assert said in reply.text


def test_a_role_two_people_share_names_neither(draft_text: Callable[[str], tutor.Tutor]) -> None:
    both = draft_text(
        """Two Traders

Abel Garrow bought wool at the spring fair. Garrow paid in silver.

Hester Lowe bought wool at the autumn fair. Lowe paid in copper.
"""
    )
    reply = both.session(seed=0).respond("what did the buyer pay in?")
    assert "silver" not in reply.text or "copper" in reply.text


def test_who_was_the_role_is_answered_with_the_name(plait: tutor.Tutor) -> None:
    """The phrase is the question, not a name in it: read as Wren, the line would hold
    its own answer, and the fact telling another of his deeds would win."""
    reply = plait.session(seed=0).respond("Who was the chief clerk on the quay?")
    assert reply.kind == "answer"
    assert "Tobias Wren" in reply.text
