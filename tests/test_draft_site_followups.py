"""Follow-ups on a fresh draft asking where the event just told was, when the draft took
the building's name for a thing's: "where was it held?", "where?" after "... its first
concert was given in the Wool Exchange" is that sentence; "where?" after a sentence
with no such name does not move on to another event's building."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

from conversation import talk

TEXT = """The Fenwick Choral Society

Beginnings

The Fenwick Choral Society was founded in 1872 by the organist Mary Lisle. Its first
concert was given in the Wool Exchange on 4 May 1873, before an audience of three
hundred. The society sang Handel's Messiah every Christmas for forty years. Lisle
conducted the choir until 1901.

Later Years

In 1902 the society moved its rehearsals to the Temperance Hall on Bridge Street. The
choir toured Belgium in 1911 and won a silver medal at a festival in Ghent. It was
disbanded in 1940 when most of its men joined the army.
"""


@pytest.fixture(scope="module")
def choir(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("choir")
    (root / "choir.txt").write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "choir.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize("asked", ["Where was it held?", "where?"])
def test_where_the_last_event_was_is_the_building_it_names(choir: tutor.Tutor, asked: str) -> None:
    reply = talk(choir, "When was the first concert given?", asked)
    assert reply.kind == "answer" and "Wool Exchange" in reply.text


def test_where_of_an_event_told_without_one_is_not_another_building(choir: tutor.Tutor) -> None:
    reply = talk(choir, "Who founded the society?", "where?")
    assert reply.kind != "answer" and "Wool Exchange" not in reply.text
