"""A false claim about another part of the text said during a lesson is corrected as the
claim it is, and is no attempt at the lesson's question: the ladder stays on its rung and
the question is asked again (it used to climb to the next hint, as for a wrong answer).
A line that "Trotsky hated Stalin" is not told "true" by a fact in which no one is said to
do anything to Stalin.
"""

from __future__ import annotations

import tutor


def test_a_false_claim_off_the_question_does_not_climb_the_ladder(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(seed=5)
    asked = s.respond("/lesson").follow_up
    assert asked is not None
    reply = s.respond("trotsky was shot with a rifle in spain")
    assert reply.kind == "correction", reply.text
    assert "ice axe" in reply.text, reply.text
    assert reply.rung is None, reply
    assert reply.follow_up is not None and asked in reply.follow_up, reply.follow_up


def test_a_line_no_fact_tells_of_its_doer_is_not_called_true(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(seed=5)
    s.respond("/lesson")
    reply = s.respond("trotsky hated stalin")
    assert not reply.text.startswith(("True", "That's true")), reply.text
