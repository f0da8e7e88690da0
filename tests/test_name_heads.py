"""A thing's name by its head word alone: "the congress" is the 13th Party Congress when the
text says "congress" only inside that name."""

from __future__ import annotations

import tutor
from tutor._content import Entity
from tutor._name_heads import name_heads
from tutor._text import split_words

ENGLISH = frozenset(["harbour", "board", "mill", "trust", "the"])


def heads(*prose: str, entities: list[Entity]) -> dict[tuple[str], str]:
    keys = {e.name: "_".join(split_words(e.name)) for e in entities}
    return name_heads(entities, keys, [split_words(p) for p in prose], frozenset(["the"]), ENGLISH)


def test_the_head_of_a_name_the_text_never_says_alone_names_it() -> None:
    board = Entity("Wenlow Harbour Board", "group", ())
    assert heads("The Wenlow Harbour Board met in 1850.", entities=[board]) == {
        ("board",): "wenlow_harbour_board",
        ("harbour", "board"): "wenlow_harbour_board",  # its last words too
    }


def test_a_head_said_on_its_own_or_shared_names_nothing() -> None:
    mills = [Entity("Upper Mill", "place", ()), Entity("Lower Mill", "place", ())]
    assert heads("Upper Mill and Lower Mill ground corn.", entities=mills) == {}
    board = Entity("Wenlow Harbour Board", "group", ())
    said = ("The Wenlow Harbour Board met.", "A board of oak covered the well.")
    # "board" alone is any board; "harbour board" is still this one
    assert heads(*said, entities=[board]) == {("harbour", "board"): "wenlow_harbour_board"}


def test_a_person_or_an_unsure_thing_lends_no_word() -> None:
    people = [Entity("Ada Trust", "person", ()), Entity("Pyke Harbour", "thing", ())]
    assert heads("Ada Trust sailed from Pyke Harbour.", entities=people) == {}


def test_the_congress_alone_is_the_one_the_essay_names(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.ask("what went on at the congress?")
    assert reply.kind == "answer" and "suppressed" in reply.text
    session = default_tutor.session(seed=0)
    session.respond("Who hid Lenin's testament?")
    assert "13th Party Congress" in session.respond("which congress was that?").text
