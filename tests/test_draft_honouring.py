""" "a brass plate honouring Mary Lowe": the words before the name are what honours her,
not what she is, in British spelling as in American; so "who was Mary Lowe?" is answered
by the sentence calling her a schoolteacher, and "the brass plate" is no name for her."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Harwick School

In 1868 the village of Harwick had no school. The next year the schoolteacher Mary Lowe opened
one in a barn, with eleven pupils and a single slate board. Lowe taught there for forty years.
A new school was built of brick in 1912. A few things remain of the barn school:

- the oak door, now in the village hall
- a brass plate honouring Mary Lowe beside the church gate

The village still holds a fair each June.
"""


@pytest.fixture(scope="module")
def school(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_who_she_was_is_the_sentence_that_says_so(school: tutor.Tutor) -> None:
    reply = school.session(seed=1).respond("who was Mary Lowe?")
    assert reply.kind == "answer"
    assert "schoolteacher" in reply.text


def test_the_thing_honouring_her_is_asked_of_as_a_thing(school: tutor.Tutor) -> None:
    reply = school.session(seed=1).respond("what is the brass plate?")
    assert reply.kind == "answer"
    assert "church gate" in reply.text
