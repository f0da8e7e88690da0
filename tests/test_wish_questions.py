"""A yes/no question whether someone wished something of another ("did Lenin actually
want Stalin running things after him?") is settled by the fact telling that person's wish
for the other ("... wrote a letter suggesting Thomas be kept away"), though the question's
words ("running things", "in charge") meet other facts that only name both."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Mill at Carrow

Hugh Baird built the mill at Carrow in 1841 and ran it for thirty years. His son Thomas
Baird worked beside him and was known across the valley as a skilled millwright. His nephew
Adam Reid kept the mill's accounts and ordered its grain. In 1869 Hugh Baird fell ill.
Before his death, he had grown wary of Thomas and wrote a letter suggesting Thomas be kept
away from the business. Adam Reid managed the mill after Hugh died in 1871. Thomas left
Carrow and opened a forge in Dunmore. The mill closed in 1903 when a steam mill opened in
the town.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "Did Hugh Baird want Thomas running the mill after him?",
        "Did Hugh want Thomas in charge?",
        "is it true that Hugh didn't want Thomas to take over?",
    ],
)
def test_the_wish_told_settles_whether_it_was_wished(drafted: tutor.Tutor, line: str) -> None:
    reply = drafted.session().respond(line)
    assert reply.kind == "answer", line
    assert "suggesting Thomas be kept away" in reply.text, line


def test_no_wish_told_of_the_two_is_no_such_answer(drafted: tutor.Tutor) -> None:
    reply = drafted.session().respond("did Hugh want Adam to run the mill?")
    assert "suggesting" not in reply.text


def test_on_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session().respond("Did Lenin actually want Stalin in charge?")
    assert reply.kind == "answer"
    assert "testament suggesting Stalin be removed" in reply.text
