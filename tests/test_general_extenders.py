""" "What was the Harrow Compact or whatever it was called?" asks what the compact was: a
general extender ("or whatever", "or something like that", "and stuff") and the hedge on a
name that ends one name no topic, and "called" in it asks no name. On a text that never
says "or", "Harrow Compact or" is no slip of the name "Harrow Compact" either: reading it so
would drop the "or" and keep the hedge's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._analyze import Analyzer

TEXT = """The Mill at Harrow Ford

Martha Lyle ran the paper mill at Harrow Ford from 1840 to 1871. In 1852 the mill owners of
the valley signed the Harrow Compact, an agreement that fixed the price of rag paper for ten
years. Martha refused to sign it. Her son Edward kept a ledger of every sale. In 1871 Martha
sold the mill to the Carron company and moved to Leith.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "what was the deal with the Harrow Compact or whatever it was called?",
        "what was the Harrow Compact or whatever it's called?",
        "what was the Harrow Compact or whatever they called it?",
    ],
)
def test_the_extender_names_no_topic(drafted: tutor.Tutor, line: str) -> None:
    reply = drafted.session().respond(line)
    assert reply.kind == "answer", reply.text
    assert "fixed the price of rag paper" in reply.text


def test_a_name_does_not_swallow_the_word_after_it(drafted: tutor.Tutor) -> None:
    words = Analyzer(drafted.pack).analyze("was the Harrow Compact or the ledger older?").words
    assert "or" in words
    # a slip of the name is still read as the name
    slipped = Analyzer(drafted.pack).analyze("what was the harow compct?")
    assert "harrow_compact" in slipped.terms
