"""A comparative claim orders two people on a quality: it is confirmed by a text that
orders them so and corrected by one that orders them the other way round, never judged
by its words alone ("Reid was more experienced than Gow" holds the same words as "Gow
was more experienced than Reid"). A scripted wrong idea the claim turns round is the
right idea, confirmed in the script's own words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Voyage of the Marigold

The Marigold was a small trading ship built at Leith in 1812. Her captain, Thomas Reid,
kept a careful log of every voyage. The mate, John Gow, was more experienced than the
captain, yet the owners trusted Reid more.
"""

_YES = ("Yes", "Correct", "That's right")


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "claim", ["gow was more experienced than reid", "reid was less experienced than gow"]
)
def test_the_texts_order_is_confirmed(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "answer", reply.text
    assert reply.text.startswith(_YES), reply.text


@pytest.mark.parametrize(
    "claim", ["reid was more experienced than gow", "gow was less experienced than reid"]
)
def test_the_order_turned_round_is_corrected(drafted: tutor.Tutor, claim: str) -> None:
    reply = talk(drafted, claim)
    assert reply.kind == "correction", reply.text
    assert "more experienced" in reply.text, reply.text


def test_a_scripted_wrong_idea_turned_round_is_confirmed() -> None:
    t = tutor.Tutor()
    reply = talk(t, "trotsky was a lot more popular than stalin was")
    assert reply.kind == "answer", reply.text
    assert "Not according" not in reply.text, reply.text
    assert "popularity" in reply.text, reply.text
    assert talk(t, "stalin was way more popular than trotsky").kind == "correction"
