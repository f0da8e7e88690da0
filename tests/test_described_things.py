"""A thing described by a clause ("the letter in which Lenin ...") asked what became of.

The clause only says which thing is meant; the fate asked is told by another fact. When
the clause's event is no deed done to the thing (a warning of someone, a distrust), the
thing is the noun the clause describes.
"""

from __future__ import annotations

import pytest

import tutor
from tutor._analyze import Analyzer
from tutor._pick import _described_head


@pytest.mark.parametrize(
    "line",
    [
        "what became of the letter in which Lenin distrusted Stalin?",
        "what happened to the letter in which Lenin had warned about Stalin?",
    ],
)
def test_the_fate_of_a_thing_a_clause_describes(default_tutor: tutor.Tutor, line: str) -> None:
    reply = default_tutor.session().respond(line)
    assert reply.kind == "answer"
    assert "suppressed" in reply.text


def test_a_clause_after_no_noun_describes_nothing(default_tutor: tutor.Tutor) -> None:
    essay = Analyzer(default_tutor.pack)
    kinds = essay.entity_kinds
    letter = essay.analyze("the letter").terms
    said = essay.analyze("what happened to the letter where Lenin warned them?")
    assert _described_head(said, kinds) == set(letter)
    # "Lenin died, which ...": the opener follows a verb, no noun it describes
    said = essay.analyze("the power fight once Lenin died, which body did it happen in?")
    assert _described_head(said, kinds) == set()
