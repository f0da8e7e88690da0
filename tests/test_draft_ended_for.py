"""On a fresh draft, a question asking how things ended for someone it names, all told
("how did things turn out for Hale in the end?", "what became of Ruth Orme?", "how did
Hale end up?") is answered by their death when the text tells it, else by the last thing
the text tells them do or undergo, never by the first sentence naming them; and of one
the text names only as who did something to another ("killed by Tom Pike") it does not
pass that deed off as what became of him.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Ferry at Wendle

In 1852 Samuel Hale bought the ferry at Wendle. His partner, Ruth Orme, kept the
ferry's books. In 1860 the river flooded and the ferry house was washed away. Hale built a
new ferry house on higher ground in 1861. In 1868 Hale was killed by Tom Pike, a
drover, in a quarrel over the fare. Ruth Orme sold the ferry to the county in 1870 and
opened a school in Wendle.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "How did things turn out for Samuel Hale in the end?",
        "how did it all end for Hale?",
        "how did Hale end up?",
    ],
)
def test_how_things_ended_for_someone_is_their_death(drafted: tutor.Tutor, line: str) -> None:
    reply = talk(drafted, line)
    assert reply.kind == "answer"
    assert "killed by Tom Pike" in reply.text


def test_what_became_of_someone_is_the_last_thing_told_of_them(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "what became of Ruth Orme?")
    assert reply.kind == "answer"
    assert "opened a school" in reply.text
    assert "kept the ferry's books" not in reply.text


def test_what_became_of_one_named_only_as_a_killer_is_not_the_killing(
    drafted: tutor.Tutor,
) -> None:
    reply = talk(drafted, "what became of Tom Pike in the end?")
    assert reply.kind != "answer" or "killed by Tom Pike" not in reply.text


PRESS = """How a Press Was Worked

The iron press described here was built in the workshop of Jonah Treadwell at Milbury.
Two men worked it. The puller laid a sheet of damp paper on the tympan. Then he pulled
the long bar towards him, and the platen pressed the paper down on the type.
"""


def test_what_became_of_someone_is_not_a_deed_the_draft_gave_him_for_he(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """The draft may write the last man named in for "he"; what became of Treadwell is
    never the puller's pull."""
    reply = talk(draft_text(PRESS), "What became of Jonah Treadwell?")
    assert "pulled the long bar" not in reply.text
