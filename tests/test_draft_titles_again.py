"""A fresh draft knows whom a text calls again by a title ('Dr. Lena Hart' ... 'the
doctor') and whom a 'she' after a long opening clause stands for, so that a follow-up
about that person finds what the text says of them."""

from __future__ import annotations

from collections.abc import Callable

import tutor

WELLS = """The Wells of Ormby

The wells of Ormby were dug in 1870. In 1903 the water made forty children ill. The
council asked Dr. Lena Hart to find the cause. Hart worked at the county laboratory in
Tarn. The doctor tested every well in the village for a month. She found that the
Mill Lane well was the source. Hart wrote a report on it in 1904. Hart later taught at
the college in Tarn.

The quarrel about the new pump lasted years. A farmer named Owen Pike refused to pay for
it. The case went to the county court, where Judge Mary Crane was asked to decide it.
After a long hearing in the spring of 1906 and a second one in the autumn, she ordered
the village to share the cost. Pike paid his share in 1907.
"""


def test_the_doctor_is_the_doctor_named_before(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'The doctor tested every well' is about Dr. Lena Hart: asked what she did next,
    the tutor tells the testing."""
    session = draft_text(WELLS).session(seed=0)
    first = session.respond("who did the council ask to find the cause?")
    assert "Hart" in first.text, first.text
    reply = session.respond("what did Hart test?")
    assert "tested every well" in reply.text, reply.text


def test_she_after_an_opening_clause_is_the_woman_just_named(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'After a long hearing ..., she ordered the village to share the cost': the judge
    just named, not a woman named in another paragraph."""
    session = draft_text(WELLS).session(seed=0)
    first = session.respond("who was mary crane?")
    assert "Judge Mary Crane" in first.text, first.text
    reply = session.respond("what did she order?")
    assert "Crane ordered the village" in reply.text, reply.text
