"""A part asked of a whole: "which wing of the party ...?" asks for the wing.

The whole ("the party") only says where the answer lies: a fact is not missing anything
for not naming it, so it weighs as the kind of answer asked does (a kind term).
"""

from __future__ import annotations

import tutor
from tutor._analyze import Analyzer


def test_the_whole_a_part_is_asked_of_is_not_missed(default_tutor: tutor.Tutor) -> None:
    essay = Analyzer(default_tutor.pack)
    party = essay.analyze("what did the Communist Party do?").entities[0]
    for line in (
        "Bukharin belonged to which wing of the Communist Party?",
        "which camp inside the party did Bukharin lead?",
    ):
        assert party in essay.analyze(line).kind_terms, line
    # a group named otherwise is what the answer must hold
    assert party not in essay.analyze("who was expelled from the party?").kind_terms


def test_a_bloc_of_the_party_is_answered_by_the_fact_naming_it(
    default_tutor: tutor.Tutor,
) -> None:
    reply = default_tutor.session().respond("Which bloc of the party was Trotsky the leader of?")
    assert reply.kind == "answer"
    assert "Left Opposition" in reply.text
