"""A term a text names once by what it is ("a soft grey clay called marl") and then says
alone is reached by the plain word a learner uses: "the clay" finds the sentences about
marl that never say "clay"."""

from __future__ import annotations

from collections.abc import Callable

import tutor
from tutor._draft_glosses import glosses

TEXT = """The Potters of Dunmere

For two hundred years the potters of Dunmere dug a soft grey clay called marl from the
banks of the river Fenn. They carried it up to the village in baskets on their backs.

Marl shrinks badly as it dries, and a pot made of it alone cracks in the kiln. The potters
learned to mix it with crushed shell, which holds it together while it bakes.

In 1871 a railway reached Dunmere, and cheaper pots from the cities put most of the potters
out of work.
"""


def test_the_plain_word_reaches_a_sentence_saying_the_term_alone(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = draft_text(TEXT).session(seed=1).respond("what held the clay together?")
    assert reply.kind == "answer"
    assert "crushed shell" in reply.text


def test_a_naming_by_a_plain_noun_is_a_gloss() -> None:
    found = glosses(["The glaze used a fine white powder called frit, ground by hand."])
    assert found == {"frit": "powder"}


def test_no_gloss_from_people_steps_or_a_verb_after_the_term() -> None:
    sentences = [
        "The trustees called the scheme extravagant.",  # calling, not naming
        "He heats the vat while stirring, a step known as cooking.",  # a step
        "A loose wooden rim called the deckle sat on top of the mould.",
    ]
    assert glosses(sentences) == {"deckle": "rim"}


def test_a_term_said_throughout_the_text_gets_no_gloss() -> None:
    sentences = ["Ripening is driven by a simple gas called ethylene."]
    sentences += [f"Ethylene does thing number {n}." for n in range(8)]
    sentences += [f"Apples do another thing, {n}." for n in range(12)]
    assert glosses(sentences) == {}
