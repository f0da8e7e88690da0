"""On a fresh draft, "what did he do about it in the end?" or "how did he finally deal
with him?" after a sentence telling how one man stood towards another ("Crane saw Vole
as a danger") is answered by the other's killing when the text tells it later, not by
the next sentence naming the first; a death of illness is nothing anyone did about it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Quarry War at Holt

In 1881 Jacob Crane owned the slate quarry at Holt. Crane saw Amos Vole, the leader of
the quarrymen, as a danger to his business. Vole organised a strike in 1883. Crane
hired new men from Wales, and the strike collapsed. In 1885 Vole was murdered by a hired
gunman outside his cottage. Crane sold the quarry in 1890.
"""

GENTLE = """The School at Ardley

In 1880 Mary Kell wrote to the bishop to ask for a school. The bishop saw Mary Kell as a
troublemaker. In 1890 the squire paid for a school himself, and Mary Kell became its first
teacher. Mary Kell died of a fever in 1901.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "so what did he do about it in the end?",
        "what did Crane end up doing about it?",
        "how did Crane finally deal with him?",
    ],
)
def test_what_he_did_about_him_in_the_end_is_the_killing(drafted: tutor.Tutor, line: str) -> None:
    reply = talk(drafted, "how did Jacob Crane see Amos Vole?", line)
    assert "murdered" in reply.text


def test_a_death_of_illness_is_not_what_anyone_did_about_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    gentle = draft_text(GENTLE)
    reply = talk(gentle, "how did the bishop see Mary Kell?", "what did he do about it in the end?")
    assert "fever" not in reply.text
