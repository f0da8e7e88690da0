""" "How long did the bell ring?" asks how long a thing lasted: "rebuilt two years later"
counts a span from something else, which answers "how long after the fire ...?" and
not that; the tutor says the text doesn't say how long, and quotes what it does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Gorran Mill Fire

In March 1871 the Gorran flour mill burned down, and two millers died in the fire. The county
appointed Judge Amos Fell to lead an inquiry, which sat for six weeks and heard forty
witnesses. The mill was rebuilt in stone two years later, and a brass bell was hung above
its door.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_span_counted_from_another_event_is_no_answer_to_how_long(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("How long did the bell ring?")
    assert reply.kind != "answer"
    assert "doesn't say how long" in reply.text


def test_it_answers_how_long_after(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("How long after the fire was the mill rebuilt?")
    assert reply.kind == "answer"
    assert "two years later" in reply.text


def test_a_span_a_thing_lasted_answers(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("How long did the inquiry sit?")
    assert reply.kind == "answer"
    assert "six weeks" in reply.text


def test_a_span_lasted_from_an_event_answers(draft_text: Callable[[str], tutor.Tutor]) -> None:
    ferry = draft_text(
        "The Holm Ferry\n\nIn 1702 a flood swept away the bridge at Holm. For nine years after"
        " the flood, carts crossed the river by ferry. The new bridge opened in 1711.\n"
    )
    reply = ferry.session(seed=1).respond("How long did carts cross by ferry?")
    assert reply.kind == "answer"
    assert "nine years" in reply.text
