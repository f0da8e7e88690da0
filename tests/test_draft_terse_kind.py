"""On a fresh draft, a keyword line naming someone and ending in a noun of a kind of group
the text never uses ("Voss agency", "Voss outfit") asks what "what agency was Voss in?"
asks: the group the text ties to that person, not whether the text says "agency". With no
group told of that person ("Brill club") the tutor still says the text does not say.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Crossing at Orme

In 1871 the smuggler Anna Voss, an agent of the Grey Hand, carried letters across the river
at Orme. The ferryman Tom Brill rowed her over every Tuesday. In 1874 the police of Orme
arrested Voss at the ferry, and Brill fled to the coast.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("line", ["Voss agency", "Anna Voss organization", "Voss outfit"])
def test_a_kind_of_group_asked_by_keywords_is_answered(drafted: tutor.Tutor, line: str) -> None:
    reply = talk(drafted, line)
    assert reply.kind == "answer", reply.text
    assert "Grey Hand" in reply.text


def test_no_group_told_of_the_person_is_no_answer(drafted: tutor.Tutor) -> None:
    assert talk(drafted, "Brill club").kind == "fallback"


def test_a_keyword_line_without_a_kind_noun_is_read_as_before(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "Voss arrest year")
    assert reply.kind == "answer", reply.text
    assert "1874" in reply.text
