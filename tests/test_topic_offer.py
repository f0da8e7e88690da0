"""A refusal offers a topic only when its fact is about what the line is about: every
name the line says and a word of what it asks of them. A line sharing only a name with
it ("how tall was the ferryman?"), or bringing a subject the text never names, gets a
plain "the text doesn't say" and the pointer to /topics instead.

Our own text and wordings, not from any case file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

BELLS = """The Bells of Harrowgate

Casting

In 1702 the founder Mark Ellery cast a ring of six bells for the church of Harrowgate in a
pit dug beside the tower.

The tenor bell cracked in 1731 during a peal for the new mayor, and Ellery's son recast it.

Ringing

The ringers of Harrowgate formed a society in 1760 and kept a book of every peal they rang.
"""


@pytest.fixture(scope="module")
def bells(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(BELLS)


def _reply(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=3).respond(line)


@pytest.mark.parametrize(
    "line",
    [
        "How old was Mark Ellery when he died?",  # names him, asks nothing told of him
        "what did the cricket club win?",  # a subject the text never names
    ],
)
def test_a_line_sharing_a_word_but_not_its_subject_is_offered_no_topic(
    bells: tutor.Tutor, line: str
) -> None:
    reply = _reply(bells, line)
    assert reply.kind == "fallback", reply.text
    assert "closest thing" not in reply.text
    assert "Type /topics to see what it covers." in reply.text


def test_a_line_about_what_a_fact_tells_is_offered_its_topic(bells: tutor.Tutor) -> None:
    """The ringers and their society are what the line asks about, and what the
    'Ringing' part tells of, though it gives no count of them."""
    reply = _reply(bells, "how many ringers were in the society?")
    assert reply.kind == "fallback", reply.text
    assert "The closest thing it covers is 'Ringing'" in reply.text, reply.text


WOOL = """The Wool Town of Marrow

Wool and the Market

The town of Marrow grew rich on the fleeces of the hill farms. Buyers came from the coast
every June and paid in silver.

The Weavers

The weavers of Marrow worked at home on narrow looms. A master weaver named Hal Crowe
took six boys as apprentices in 1731.
"""


@pytest.fixture(scope="module")
def wool(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(WOOL)


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("why was wool so important?", "Wool and the Market"),  # its title holds the noun
        ("why were the weavers important", "The Weavers"),
        ("hal crowe's role", "The Weavers"),  # the name, told in that part only
    ],
)
def test_a_line_asking_what_part_its_subject_played_is_offered_the_topic_about_it(
    wool: tutor.Tutor, line: str, topic: str
) -> None:
    """The text never says how much it mattered, but a part of it is about the line's
    subject: the refusal points there."""
    reply = _reply(wool, line)
    assert reply.kind == "fallback", reply.text
    assert f"The closest thing it covers is '{topic}'" in reply.text, reply.text


def test_a_line_with_a_word_of_its_own_besides_its_subject_gets_no_such_offer(
    wool: tutor.Tutor,
) -> None:
    reply = _reply(wool, "what did Hal Crowe eat for breakfast?")
    assert "closest thing" not in reply.text, reply.text
