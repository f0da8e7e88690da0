"""On a fresh draft, a keyword line ending in a noun for someone by what they do ("mill
wheel inventor") asks who that is, as "who invented the mill wheel?" does: the sentence
naming whoever did it, not a sentence merely about the thing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Mill at Wenlow

In 1802 the carpenter Abel Crane designed a new kind of mill wheel for the river at Wenlow.
The wheel turned twice as fast as the old one and ground forty sacks of corn a day.
Because the new mill wheel never froze, the mill at Wenlow ground corn all winter.
The mill belonged to Lord Edwin Hale. When he died in 1820, his estate went to his nephew,
Rufus Lenk.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_keyword_line_ending_in_a_doer_asks_who(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "mill wheel inventor")
    assert "Abel Crane" in reply.text, reply.text


def test_a_keyword_line_ending_in_a_thing_is_read_as_before(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "mill wheel speed")
    assert "twice as fast" in reply.text, reply.text


def test_kin_is_left_to_what_the_text_tells_of_kin(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "Hale nephew")
    assert "Rufus Lenk" in reply.text, reply.text
