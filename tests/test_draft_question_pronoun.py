"""A drafted question never ends in an 'it' it names nothing for: "Many families could no
longer afford it" (the 'it' is the price a sentence before told) drafted "What could no
longer afford it?", a question about nothing a learner can tell. A noun before the
pronoun may be what it stands for ("Who mended the net with it?" keeps "net")."""

from __future__ import annotations

from tutor._draft_question_sets import of_unnamed
from tutor._scaffold import scaffold

TEXT = """The Toll Road

In 1790 the turnpike trust raised the toll on the Harwick road to a shilling. Many carters
could no longer pay it, and a track over the moor came into use.
"""


def test_a_question_ending_in_an_unnamed_it_is_not_drafted() -> None:
    facts = "".join(v for k, v in scaffold(TEXT).items() if k.startswith("knowledge/0"))
    assert "could no longer pay it?" not in facts
    assert "Many carters could no longer pay it" in facts  # the fact itself stays


def test_a_question_ending_in_an_it_it_names_nothing_for_is_dropped() -> None:
    assert of_unnamed("What could no longer buy it?")
    assert of_unnamed("Who would never admit it?")


def test_a_noun_before_the_pronoun_may_be_what_it_stands_for() -> None:
    assert not of_unnamed("Who mended the net with it?")
    assert not of_unnamed("Who sold the cloth to Harwick merchants for it?")
