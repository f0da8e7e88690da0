"""On a fresh draft, a question about someone's kin ("who was Ada Bell's father?", "the
father of Ada Bell", "whom did Tom Rusk marry?") is answered only by a sentence that tells
that tie of them: not by one naming another's father beside them ("Rusk's father, Hugh
Rusk, ... and his mother, Ada Bell"), nor by one telling of them and no marriage; the
tutor says the text does not say. Asked of a tie the text does tell, it still answers: a
sentence naming both parents tells whom Ada Bell married.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Rope Walk at Carne

Peter Rusk was born in 1790 in Carne. His father, Hugh Rusk, was a sailmaker, and his
mother, Ada Bell, sold fish on the quay. In 1815 Peter married Jane Moor, the daughter of
a cooper. They had two sons, Tom and Will. In 1820 Peter opened a rope walk by the
harbour. He handed the rope walk to his son Tom in 1850.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "What was the name of Ada Bell's father?",
        "Who was the father of Ada Bell?",
        "Whom did Tom Rusk marry?",
        "Who was Tom married to?",
        "ada bell father?",
    ],
)
def test_a_tie_the_text_never_tells_of_them_is_not_answered(
    drafted: tutor.Tutor, line: str
) -> None:
    reply = talk(drafted, line)
    assert reply.kind == "fallback", reply.text
    assert "doesn't say" in reply.text or "can't find" in reply.text


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("Who was Peter Rusk's father?", "Hugh Rusk"),
        ("Whom did Peter marry?", "Jane Moor"),
        ("Who was the father of Jane Moor?", "a cooper"),
        ("Who were Peter's sons?", "Tom"),
        ("Who was Ada Bell married to?", "Hugh Rusk"),  # his father and his mother
    ],
)
def test_a_tie_the_text_tells_is_answered(drafted: tutor.Tutor, line: str, told: str) -> None:
    reply = talk(drafted, line)
    assert reply.kind == "answer", reply.text
    assert told in reply.text


def test_a_yes_or_no_marriage_untold_says_whether(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "Was Tom married?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say whether Tom married" in reply.text


COUPLE = """The Mill at Holt

Mara Venn was born in 1801 in Holt. In 1825 Mara married Oskar Pike, a miller from the
next valley. The couple had two children, a son named Aldo and a daughter named Bea.
Mara ran the mill alone after 1840.
"""


@pytest.mark.parametrize("line", ["Who were Mara's children?", "What were Mara's children called?"])
def test_a_tie_told_of_a_couple_the_sentence_before_names_is_answered(
    draft_text: Callable[[str], tutor.Tutor], line: str
) -> None:
    """ "The couple had two children, a son named Aldo" tells Mara's children: the
    people it names after the tie are the children, not another's kin."""
    reply = talk(draft_text(COUPLE), line)
    assert reply.kind == "answer", reply.text
    assert "Aldo" in reply.text
