"""On a fresh draft, "what difference did it make?" asks what came of the thing just told:
a clause of it opened by "so" ("..., so the crew no longer rowed"), or the sentence after
it that tells such a consequence, never the thing again in other words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Ferry at Corbie Sands

The ferry across the estuary at Corbie Sands began in 1834 with a rowing boat. In 1871 a
steam launch was bought from a yard on the Tyne, so the crossing took twelve minutes
instead of forty. The old boat was sold to a fisherman. In 1902 the ferry company laid a
chain across the channel. The launch was pulled along the chain, so the crew no longer had
to fight the tide. The chain ferry ran until the bridge opened in 1959.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_so_clause_of_the_last_answer_is_the_difference(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "what was bought in 1871?", "what difference did it make?")
    assert "twelve minutes" in reply.text


def test_the_next_sentence_telling_a_consequence_is_the_difference(
    drafted: tutor.Tutor,
) -> None:
    reply = talk(drafted, "what did the company lay in 1902?", "what difference did it make?")
    assert "fight the tide" in reply.text
