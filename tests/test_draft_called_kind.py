"""A drafted sentence that brings a thing in by an indefinite kind and its name ("a
second kiln called the drying floor", "a tub named the trough") says what the name is:
"what is the X?" gets it, not a later sentence that only uses the name. A definite kind
("the enzyme called X") refers back and defines nothing."""

from __future__ import annotations

from collections.abc import Callable

import tutor
from tutor._defines import defined_spans

TEXT = """The Rope Walk at Cadder

The rope walk at Cadder opened in 1820 beside the harbour. Hemp came by ship from the
Baltic and was combed by hand. The spinners walked backwards down a long shed, twisting
the fibres as they went. Each finished strand was then soaked in a tar bath called the
copper. In the copper the strands turned dark and stiff over a whole night. The copper
was heated by a small coal fire under the floor. The walk closed in 1911.
"""


def test_an_indefinite_kind_called_a_name_defines_the_name() -> None:
    assert defined_spans("He carried it to a second oven called the lehr.") == ["lehr"]
    assert defined_spans("The weavers used a wide loom named Big Nan, which ...") == ["Big Nan"]
    assert defined_spans("They added the enzyme called rennet to the milk.") == []
    assert defined_spans("She bought a boat named after her mother.") == []


def test_what_is_a_thing_brought_in_by_its_kind_gets_that_sentence(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = draft_text(TEXT).session(seed=1).respond("what is the copper?")
    assert reply.kind == "answer"
    assert "a tar bath called the copper" in reply.text
