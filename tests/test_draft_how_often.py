""" "How often did the bell ring?" asks how often: a drafted sentence that tells of the
bell but gives no frequency ("every nine months", "every Tuesday", "twice a week") does
not answer it; the tutor says the text doesn't say how often, and quotes what it does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Gorran Mill

In March 1871 the Gorran flour mill burned down, and two millers died in the fire. The mill was
rebuilt in stone two years later, and a brass bell was hung above its door. A travelling
preacher returned to the village roughly every nine months and preached at the mill. Farmers
sold their grain at a market held beside the mill every Tuesday. The miller's wife baked bread
for the whole village in the mill's great oven.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("How often did the preacher come?", "every nine months"),
        ("How often was the market held?", "every Tuesday"),
    ],
)
def test_a_sentence_giving_how_often_answers(mill: tutor.Tutor, line: str, said: str) -> None:
    reply = mill.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert said in reply.text


@pytest.mark.parametrize(
    "line", ["How often did the bell ring?", "How often did the miller's wife bake bread?"]
)
def test_a_sentence_giving_no_frequency_does_not_answer(mill: tutor.Tutor, line: str) -> None:
    reply = mill.session(seed=1).respond(line)
    assert reply.kind != "answer"
    assert "doesn't say how often" in reply.text
