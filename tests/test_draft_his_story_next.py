""" "And after that?" after "what happened to him in the fire?": still his story, his
next deed, not the next sentence of the text when that tells of something else; after
"who noticed it?" (a question asking for someone) it is the next event, whoever it
befalls."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Mill Fire

The Mill

Amos Ferrer ran the grain mill at Lowbridge, and his partner Jonah Beck kept the books.

The Fire

In the great fire of 1910 Ferrer carried the ledgers out of the office, but the wooden
mill burned to the ground. Some four hundred sacks of flour were
lost in the flames, and none of them was insured. Ferrer was badly burned on both hands and
sold his share to Beck the next year. Beck rebuilt the mill in brick in 1912.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_after_what_befell_him_is_his_next_deed(mill: tutor.Tutor) -> None:
    reply = talk(mill, "Who ran the mill?", "What happened to him in the fire?", "And after that?")
    assert "sold his share" in reply.text


def test_after_who_did_it_is_the_next_event(mill: tutor.Tutor) -> None:
    reply = talk(mill, "Who carried the ledgers out?", "What happened next?")
    assert "four hundred sacks" in reply.text
