"""On a fresh draft, a price asked by a word of paying ("how much did a loaf cost?") is
not answered by a sentence whose only sum is another dealing ("a neighbour lent her 50
pounds"): the tutor says the text does not say. A sum something was sold "for" is a
price, and a sum lent still answers how much was lent.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Bakery on Mill Street

In 1820 Jane Pike opened a bakery on Mill Street. In 1822 a neighbour, Ruth Dale, whose
family had eaten a loaf of Pike's rye bread every day, lent her 50 pounds. Pike baked the
rye loaves in a brick oven. In 1840 she sold the bakery to Tom Hale for 400 pounds.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_price_is_not_a_sum_lent(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "How much did a loaf of Pike's rye bread cost?")
    assert reply.kind == "fallback", reply.text
    assert "50 pounds" not in reply.text.split("nearby")[0]


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("How much did Tom Hale pay for the bakery?", "400 pounds"),
        ("How much did Ruth Dale lend Pike?", "50 pounds"),
    ],
)
def test_a_sum_told_of_the_dealing_asked_answers(
    drafted: tutor.Tutor, line: str, told: str
) -> None:
    reply = talk(drafted, line)
    assert reply.kind == "answer", reply.text
    assert told in reply.text


RECORD = """The Well at Orme

In 1790 the squire of Orme dug a well on the green. The squire's account book recorded a
payment of one shilling a year from the parish for the upkeep of the well rope.
"""


def test_a_payment_told_answers_what_was_paid(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """ "a payment of one shilling" says a price as "paid" does: not "doesn't say how much"."""
    reply = talk(draft_text(RECORD), "How much did the parish pay for the well rope?")
    assert reply.kind == "answer", reply.text
    assert "one shilling" in reply.text
