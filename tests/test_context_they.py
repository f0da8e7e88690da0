"""Follow-ups whose "they" or "to them" stands for the people the last answer named, on a
text of our own (a mill-town quarrel, drafted afresh): "what did the two of them feel
about Stein?" asks what those two did, not what was done to them; "what did Brandt do to
them next?" asks a deed of his done to them, not his next deed of any kind."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Valley Mill Quarrel

Friends

In 1880 the mayor Carl Brandt sided with the baker Ann Holt and the miller Ben Fry, two
traders who distrusted the landowner Hugo Stein. Stein owned the only bridge over the
river. The three friends wrote pamphlets mocking Stein as greedy.

Enemies

Later the guild of Brandt and the farmers pushed aside the Market Party led by Stein, Holt
and Fry. After defeating Stein, Brandt expelled his old friends Holt and Fry from the
council. Brandt then bought the bridge in 1884.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "follow",
    [
        "what did they feel about Stein?",
        "what did the two of them feel about Stein?",
        "what did both of them feel about Stein?",
    ],
)
def test_they_asks_what_those_just_named_did(mill: tutor.Tutor, follow: str) -> None:
    reply = talk(mill, "who did Brandt side with in 1880?", follow, seed=1)
    assert reply.kind == "answer" and "distrusted" in reply.text, reply.text


def test_what_someone_did_to_them_next_is_a_deed_done_to_them(mill: tutor.Tutor) -> None:
    for follow in ("what did Brandt do to them next?", "what did Brandt do to them afterwards?"):
        reply = talk(mill, "who did Brandt side with in 1880?", follow, seed=1)
        assert reply.kind == "answer" and "expelled" in reply.text, (follow, reply.text)


def test_his_next_deed_of_any_kind_is_still_his_next_deed(mill: tutor.Tutor) -> None:
    reply = talk(mill, "who did Brandt side with in 1880?", "what did Brandt do next?", seed=1)
    assert "expelled" not in reply.text, reply.text
