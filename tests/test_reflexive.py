"""A deed a doer does for himself: "how did Reed use the paper for himself?" asks of
what he did for his own sake (praising his own scheme), not of what he did to another
(attacking the mayor), though both tell of the paper."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

TEXT = """The Town Paper

Reed and the Paper

Amos Reed used the town paper of Carrow to attack the mayor, Ann Tovey. Reed also used the
paper to praise his own bridge scheme.

Later Years

The paper closed in 1720.
"""


@pytest.fixture(scope="module")
def paper(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("paper")
    text = root / "paper.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=0).respond(line)


def test_a_deed_for_himself_is_the_one_done_for_his_own_sake(paper: tutor.Tutor) -> None:
    assert "his own bridge scheme" in ask(paper, "How did Reed use the paper for himself?").text


def test_a_deed_against_another_is_still_that_one(paper: tutor.Tutor) -> None:
    assert "attack the mayor" in ask(paper, "How did Reed use the paper against the mayor?").text


def test_he_himself_after_what_he_did_to_another_is_his_deed_for_himself() -> None:
    """ "and how did he present himself?" after how Stalin painted Trotsky: "he" is the
    doer of a deed done for himself (he positioned himself as the guardian), not the
    answer just told again (what he did to Trotsky) nor another fact about Trotsky."""
    session = tutor.Tutor().session(seed=0)
    session.respond("how did stalin paint trotsky compared with lenin?")
    reply = session.respond("and how did he present himself?")
    assert "guardian" in reply.text
