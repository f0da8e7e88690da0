"""A drafted sentence that says what a kind of thing is known as ("the reed mats known as
thatch") defines that name, set off by a comma or not: "what is thatch?" gets it, not a
sentence that only uses the word."""

from __future__ import annotations

from collections.abc import Callable

import tutor
from tutor._defines import defined_spans

TEXT = """The Marsh Village

Most roofs in the village were made of the dried reeds known as sedge. Sedge grew in the
marsh beside the river. Every autumn the men cut the sedge moss and stacked it to dry.
In 1890 the last sedge cutter, Tom Ray, retired.
"""


def test_known_as_defines_the_kind_and_its_name() -> None:
    spans = defined_spans("He heats the vat while stirring, a step known as cooking.")
    assert "cooking" in spans
    assert "step" in " ".join(spans)


def test_what_is_a_thing_known_as_gets_the_sentence_defining_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = draft_text(TEXT).session(seed=1).respond("what is sedge?")
    assert reply.kind == "answer"
    assert "dried reeds known as sedge" in reply.text
