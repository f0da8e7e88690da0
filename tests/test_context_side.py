"""Which side someone was on, asked of "he" or "they" or of a name, on a text of our own (a
mill-town quarrel, drafted afresh): the group told with them, also as the leaders listed
after it ("the Market Party led by Stein, Holt and Fry"), not a sentence that shares the
line's year and names someone else's group."""

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

By 1883, Brandt had formed a new league with the farmer Otto Lind and the Grange Party.
Together, Brandt and Lind's Grange Party pushed aside the Market Party led by Stein, Holt
and Fry. After defeating Stein, Brandt expelled his old friends Holt and Fry from the
council. Brandt then bought the bridge in 1884.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "follow", ["which side were they on by 1883?", "and Holt, which group was she in by 1883?"]
)
def test_their_side_is_the_group_they_are_listed_with(mill: tutor.Tutor, follow: str) -> None:
    reply = talk(mill, "who did Brandt side with in 1880?", follow, seed=1)
    assert reply.kind == "answer" and "Market Party led by" in reply.text, reply.text


def test_the_side_of_one_named_beside_a_group_is_still_that_group(mill: tutor.Tutor) -> None:
    reply = talk(mill, "which side was Lind on?", seed=1)
    assert reply.kind == "answer" and "Grange Party" in reply.text, reply.text


def test_siding_with_someone_is_no_side_asked(mill: tutor.Tutor) -> None:
    reply = talk(mill, "why did Holt and Fry side with Brandt?", seed=1)
    assert "Market Party" not in reply.text, reply.text
