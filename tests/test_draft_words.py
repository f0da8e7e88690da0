"""A learner's words that a fresh draft never says, led to the text's own by WordNet.

A drafted pack has no synonyms but the text's: a learner who names a kind of the text's
thing ("cottage" of its "house") or a near neighbour of its adjective ("tiny" of its
"small") must still reach the sentence, with no editing of the draft.
"""

from __future__ import annotations

import pytest

import tutor
from tutor._lexicon import related_terms
from tutor.cli import main

TEXT = """The Marlow Mill

Early Years

Tessa Marlow kept a water mill on the river Dunn. In 1790 she bought a small house beside
the weir for forty pounds. The mill ground grain for six farms along the valley, and the
farmers paid her in flour.

Her brother Ansel caught fish in the mill pond and sold them at the market in Hollin every
Friday. In 1795 a flood broke the wheel, and Ansel rebuilt it with oak from the church wood.

Later Years

Tessa died in 1821. Her nephew Robert Marlow sold the mill to a brewery in 1840, and the
brewery turned it into a store for malt.
"""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("mill")
    text = root / "mill.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=0).respond(line)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("When did Tessa Marlow get her cottage by the weir?", "1790"),  # a kind of house
        ("Where did Ansel catch trout?", "mill pond"),  # a kind of fish
        ("Which farms sent their barley to the mill?", "six farms"),  # a kind of grain
    ],
)
def test_a_kind_of_the_drafts_thing_reaches_its_sentence(
    mill: tutor.Tutor, line: str, said: str
) -> None:
    reply = ask(mill, line)
    assert reply.kind == "answer"
    assert said in reply.text


def test_a_near_neighbour_of_the_drafts_adjective_reaches_its_sentence(mill: tutor.Tutor) -> None:
    reply = ask(mill, "When did Tessa buy the tiny house?")  # the text: "a small house"
    assert reply.kind == "answer"
    assert "1790" in reply.text


def test_a_hand_made_pack_keeps_broader_nouns_out() -> None:
    """The essay's own synonym groups read "partner" as an ally: "wife" one step below
    "partner" must not make a question about a wife one about Stalin's allies."""
    query = tutor.Tutor()._engine.analyzer.analyze("Who was Lenin's wife?")
    assert not query.soft


def test_an_adjective_reaches_its_near_neighbour() -> None:
    links = related_terms(set(), {"larg"}, lambda s: s)
    assert links["huge"][:2] == ("larg", 4)  # "huge" is similar to "large"


def test_a_link_worth_nothing_gives_way_to_the_next() -> None:
    """ "buy" is "purchase" (a synonym) and "buyer" (a derived form): where synonyms
    earn nothing, the derived form is the link, not no link at all."""
    targets = {"purchas", "buyer"}
    assert related_terms(set(), targets, lambda s: s)["buy"][:2] == ("purchas", 0)
    links = related_terms(set(), targets, lambda s: s, credit=lambda tier, pos: float(tier != 0))
    assert links["buy"][:2] == ("buyer", 1)


def test_a_broader_word_counts_only_in_a_sense_that_holds_the_learners() -> None:
    """A hotel is a building, but a text's "build" is mostly the verb (to build): "hotel"
    does not reach it; a cottage is a house, and "house" lists cottages."""
    kinds = related_terms(set(), {"build", "hous"}, lambda s: s)
    assert "hotel" not in kinds
    assert kinds["cottag"][:2] == ("hous", 2)
    assert related_terms(set(), {"case"}, lambda s: s).get("patient") is None
