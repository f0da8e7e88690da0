"""An office a list names among named members has no name of its own: "a council of five
members: Aldric, Odo Brandt, Mirren Hale, the prior of Saint Anne, and one guild warden"
does not say who the prior or the warden was (the comma before "the prior" parts two
members, it sets off no apposition), so a fresh draft says the text does not say."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Peace of Corvel

In 1402 Aldric Vane besieged the town of Corvel, and the merchant Odo Brandt kept its people fed.

After the peace the county was ruled by a council of five members: Aldric, Odo Brandt, Mirren Hale, the prior of Saint Anne, and one guild warden chosen by the others.

Mirren Hale, the widow of a wool trader, kept the council's accounts.
"""


@pytest.fixture(scope="module")
def corvel(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


@pytest.mark.parametrize(
    ("line", "untold"),
    [
        ("Who was the prior of Saint Anne?", "who the prior was"),
        ("What was the name of the prior?", "what the prior was called"),
        ("Which guild warden was chosen for the council?", "which guild warden"),
    ],
)
def test_an_office_listed_among_named_members_has_no_name(
    corvel: tutor.Tutor, line: str, untold: str
) -> None:
    reply = ask(corvel, line)
    assert reply.kind == "fallback" and f"doesn't say {untold}" in reply.text, reply.text


def test_the_members_named_are_told(corvel: tutor.Tutor) -> None:
    reply = ask(corvel, "Who was on the council?")
    assert reply.kind == "answer" and "Mirren Hale" in reply.text
