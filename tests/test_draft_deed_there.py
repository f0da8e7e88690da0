"""A learner asks what someone did at the place just told ("Where did Ada move?" "What
did she do there?"): her deed there, not the next event of the text, which may be someone
else's ("In 1852 Clara wrote ..."); here the sentence telling her move tells it too.
"From there" still asks what came next."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Harlow Sisters

The Bakery

Ada Harlow and her sister Clara Harlow ran a bakery on Mill Street in Dunmore from 1840.
In 1849 Ada moved to the town of Kestrel and opened a tea shop there. In 1852 Clara wrote a
cookery book called Plain Bread, which sold well across the county.
"""


@pytest.fixture(scope="module")
def sisters(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("line", ["What was she doing there?", "what was she doing while there?"])
def test_what_she_was_doing_there_is_her_deed_there(sisters: tutor.Tutor, line: str) -> None:
    """ "What was she doing there?" asks as "what did she do there?" does."""
    reply = talk(sisters, "Where did Ada Harlow move?", line, seed=1)
    assert "Plain Bread" not in reply.text
    assert reply.kind == "answer" and "tea shop" in reply.text


def test_what_she_did_there_is_not_the_next_event_of_another(sisters: tutor.Tutor) -> None:
    told = talk(sisters, "Where did Ada Harlow move?", seed=1)
    assert "Kestrel" in told.text
    reply = talk(sisters, "Where did Ada Harlow move?", "What did she do there?", seed=1)
    assert "Plain Bread" not in reply.text  # Clara's book, dated after: not Ada's deed
    assert reply.kind == "answer" and "tea shop" in reply.text  # told with her move


@pytest.mark.parametrize("line", ["what was he doing there?", "and what was he doing while there?"])
def test_what_he_was_doing_there_on_the_essay_is_his_deed_in_exile(line: str) -> None:
    """On the shipped essay, the places of his exile just told: what he did there, not
    the list of places again."""
    session = tutor.Tutor().session(seed=0)
    session.respond("where did trotsky live after he was thrown out?")
    reply = session.respond(line)
    assert "Fourth International" in reply.text
