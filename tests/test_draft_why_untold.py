"""A fresh draft asked why something happened that the text only tells, never explains,
says so and what it does tell, rather than reciting the event as if it were the reason;
asked why of a sentence that gives its reason, it answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

KILN = """The Hollin Pottery

Marta Hollin opened the pottery at Brede in 1951. Her brother Anselm built the first kiln
from old railway bricks. The pottery turned out about 4,000 mugs a year.

The kiln is fired slowly, because clay that heats too fast cracks. Pots are dipped in glaze
twice so that the colour comes out even. If the kiln is opened while it is still hot, the
glaze crazes.

The villagers opposed a second kiln in 1970. They feared that its smoke would blacken the
washing on every line in Brede.

Marta Hollin retired in 1988. The pottery closed in 1990. Its last kiln went to a museum in
Kell.
"""


@pytest.fixture(scope="module")
def kiln(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(KILN)


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("Why did Anselm use railway bricks for the kiln?", "railway bricks"),
        ("What made the pottery close in 1990?", "closed in 1990"),
        ("Why did Marta Hollin open the pottery at Brede?", "1951"),
    ],
)
def test_why_of_an_event_the_text_never_explains_is_a_near_miss(
    kiln: tutor.Tutor, line: str, told: str
) -> None:
    reply = kiln.session(seed=1).respond(line)
    assert reply.kind == "fallback"
    assert "doesn't say" in reply.text
    assert told in reply.text  # what the text does say nearby


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Why is the kiln fired slowly?", "cracks"),
        ("Why are the pots glazed twice?", "comes out even"),
        ("Why does the glaze craze?", "still hot"),
    ],
)
def test_why_of_a_sentence_that_gives_its_reason_is_answered(
    kiln: tutor.Tutor, line: str, reason: str
) -> None:
    reply = kiln.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert reason in reply.text


def test_a_reason_told_in_the_next_sentence_is_no_near_miss(kiln: tutor.Tutor) -> None:
    """'They feared ...' after 'The villagers opposed a second kiln': the text does say
    why, beside the event, so the tutor never claims it does not."""
    reply = kiln.session(seed=1).respond("Why did the villagers oppose a second kiln?")
    assert "doesn't say" not in reply.text


MILL = """The Tarn Mill

The Tarn Mill wove wool blankets at Ostby from 1820. In 1841 the looms stopped for a whole
week, and the weavers were sent home. The cause was found only later: ice had jammed the
wheel that drove them.

In 1868 a fire broke out in the dye house. It destroyed the pattern books and the stores. The
cause was found to be a lamp left burning beside the drying racks. The owner rebuilt the dye
house in stone.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(MILL)


@pytest.mark.parametrize(
    ("line", "cause"),
    [
        ("What caused the looms to stop in 1841?", "ice had jammed"),
        ("Why did the looms stop in 1841?", "ice had jammed"),
        # a sentence going on with the deed ("It destroyed ...") stands between
        ("What was the cause of the fire in the dye house?", "a lamp left burning"),
        ("Why did a fire break out in the dye house?", "a lamp left burning"),
    ],
)
def test_a_cause_told_as_the_next_sentence_is_the_answer(
    mill: tutor.Tutor, line: str, cause: str
) -> None:
    """'The cause was ...' after the event: the text says what caused it, one sentence
    on, so the tutor answers with it rather than saying the text does not tell."""
    reply = mill.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert cause in reply.text
