"""A learner who calls someone by the title the text gives her ("the duchess" of Duchess
Maren) means her: a sentence that names her but not the title does not lack the word,
so a draft answers from it rather than saying the text is silent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Salt Road

In 1402 the old duke of Carrow died, and his widow, Duchess Maren, ruled the valley for
her young son. She was famous for her temper and for her fine horses.

The valley's salt was carried to the coast along a narrow track. Maren reached the port
of Ostley in the spring, and there the merchant Halvard Brunn lent her 9,000 silver marks
to build a paved road.

The duchess opened the finished road in 1410. It halved the journey to the coast, and the tolls paid
back the loan within six years.

Halvard Brunn later built a warehouse at Ostley and became the richest man in the port.
"""


@pytest.fixture(scope="module")
def salt(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_title_the_line_calls_her_by_is_not_missing(salt: tutor.Tutor) -> None:
    session = salt.session(seed=1)
    session.respond("Who was Halvard Brunn?")
    reply = session.respond("How much did he lend the duchess?")
    assert reply.kind == "answer"
    assert "9,000" in reply.text


def test_a_line_off_the_text_is_still_refused(salt: tutor.Tutor) -> None:
    reply = salt.session(seed=1).respond("How many horses did the duchess own?")
    assert "9,000" not in reply.text
