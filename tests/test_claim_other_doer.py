"""A claim giving a deed that many can do ("feared", "admired") to someone the text does
not tell doing it ("Amos Pell feared Ada Quill" where the smuggler Jed Marrow feared her)
is never confirmed, and never called wrong either: the text tells of another, not that he
did not; the tutor says what it does tell. A killing is done once: another killer is a
mix-up, corrected. And a fact naming one of the claim's people is no confirmation of a
deed it tells of people the claim does not name.

On texts drafted here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

NAMED = """The Harbour at Pennick

In 1798 the town of Pennick appointed Ada Quill as its first harbourmaster. Mayor Giles
Harker admired Ada Quill and doubled her wages in 1800. The smuggler Jed Marrow feared Ada
Quill, because she searched every boat that landed after dark. In 1803 Jed Marrow killed
the customs officer Amos Pell on the quay. Ada Quill left Pennick in 1805.
"""

UNNAMED = """The Harbour at Pennick

In 1798 the town of Pennick appointed Ada Quill as its first harbourmaster. The fishermen
of Pennick feared Ada Quill, because she fined every boat that landed after dark. The
mayor, Giles Harker, admired her and doubled her wages in 1800. In 1803 a smuggler named
Jed Marrow killed the customs officer Amos Pell on the quay. Ada Quill left Pennick in
1805.
"""

_CONFIRMING = ("Yes", "Correct", "That's right")
_DENYING = ("Not quite", "Actually, no", "No,", "That's not what")


@pytest.fixture(scope="module")
def named(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(NAMED)


@pytest.fixture(scope="module")
def unnamed(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(UNNAMED)


@pytest.mark.parametrize(
    ("claim", "told"),
    [("Amos Pell feared Ada Quill.", "Jed Marrow"), ("Jed Marrow admired Ada Quill.", "Harker")],
)
def test_a_deed_told_of_another_is_neither_confirmed_nor_denied(
    named: tutor.Tutor, claim: str, told: str
) -> None:
    reply = talk(named, claim)
    assert not reply.text.startswith(_CONFIRMING + _DENYING), reply.text
    assert told in reply.text, reply.text


def test_another_killer_is_corrected(named: tutor.Tutor) -> None:
    reply = talk(named, "Giles Harker killed Amos Pell.")
    assert reply.kind == "correction" and reply.text.startswith(_DENYING), reply.text
    assert "Jed Marrow" in reply.text, reply.text


@pytest.mark.parametrize(
    "claim", ["Jed Marrow feared Ada Quill.", "Jed Marrow killed Amos Pell in 1803."]
)
def test_what_the_text_tells_is_still_confirmed(named: tutor.Tutor, claim: str) -> None:
    reply = talk(named, claim)
    assert reply.kind == "answer" and reply.text.startswith(_CONFIRMING), reply.text


@pytest.mark.parametrize(
    "claim", ["Giles Harker feared Ada Quill.", "Jed Marrow feared Ada Quill."]
)
def test_a_fact_naming_only_one_of_them_confirms_nothing(unnamed: tutor.Tutor, claim: str) -> None:
    reply = talk(unnamed, claim)
    assert not reply.text.startswith(_CONFIRMING + _DENYING), reply.text
    assert "fishermen" in reply.text, reply.text
