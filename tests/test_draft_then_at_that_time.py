"""A follow-up ending in "then" that asks what happened or who did something at the time
of the last answer ("what happened to the volunteers then?") is asked of that year, so
the sentence dated by it answers, not another sentence about the volunteers; "what did
they do then?" still asks what came next."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Kestle Lifeboat

The Station

The Kestle lifeboat station opened in 1866, and its first crew were all volunteers from
the fishing fleet. The volunteers launched the boat from a wooden slipway beside the
harbour wall. They rowed out to more than forty wrecks in the first twenty years.

Later Years

In 1931 the station was taken over by the national lifeboat service, and the volunteers
were given oilskins and a small payment for every launch. A motor lifeboat arrived in
1935 and the rowing boat was sold to a museum.
"""


@pytest.fixture(scope="module")
def lifeboat(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_what_happened_then_is_asked_of_the_last_answers_year(lifeboat: tutor.Tutor) -> None:
    reply = talk(
        lifeboat, "Who took over the station in 1931?", "What happened to the volunteers then?"
    )
    assert reply.kind == "answer" and "oilskins" in reply.text
