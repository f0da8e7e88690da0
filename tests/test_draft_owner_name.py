"""A name set beside a thing written as an owner is the owned thing's: "the miller's son,
Tom Harker" names the son, so "what was the name of the miller?" is not answered by it,
while the son's name is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Flood at Ashby

In March 1851 the river Ash burst its banks and flooded the lower town of Ashby.

The alarm was raised by the miller's son, Tom Harker, who rode to the church and rang the bell.

By morning the water stood four feet deep in the market square.
"""


@pytest.fixture(scope="module")
def ashby(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_the_name_beside_an_owner_is_not_the_owners(ashby: tutor.Tutor) -> None:
    reply = ashby.session(seed=1).respond("What was the name of the miller?")
    assert reply.kind == "fallback"
    assert "doesn't say what the miller was called" in reply.text


def test_the_owned_thing_is_named(ashby: tutor.Tutor) -> None:
    reply = ashby.session(seed=1).respond("What was the name of the miller's son?")
    assert reply.kind == "answer" and "Tom Harker" in reply.text
