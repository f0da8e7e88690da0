"""A learner's word that the pack's own text says stays as it stands: "why did the villagers
love him?" of a text saying "the villagers loved him because ..." asks of that sentence.
The line rewrites read a verb of liking a person as "regarded" (how one saw another), a
word this text never says: the question found no fact and the tutor said "I don't know"."""

from __future__ import annotations

from collections.abc import Callable

import tutor

TEXT = """The Ferryman of Ardle

Tobias Wren kept the ferry across the river Ardle from 1790 to 1832. He carried
farmers, cattle and the mail on a flat boat pulled along a rope.

The villagers loved him because he never charged a widow for the crossing. When he died,
they paid for a stone bridge and named it after him.
"""


def test_the_text_own_verb_of_liking_finds_its_sentence(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    ferry = draft_text(TEXT)
    assert "love" in ferry._engine.analyzer.analyze("why did the villagers love him?").words
    reply = ferry.session(seed=1).respond("Why did the villagers love Tobias Wren?")
    assert reply.kind == "answer", reply.text
    assert "never charged a widow" in reply.text


def test_a_verb_of_liking_the_text_never_says_is_still_how_one_was_seen(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    ferry = draft_text(TEXT)
    assert "regarded" in ferry._engine.analyzer.analyze("did the farmers admire him?").words
