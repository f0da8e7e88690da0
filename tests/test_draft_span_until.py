"""A span of years told with "until" or "till" ("from 1820 until 1931") says how long,
as one told with "to" does: a drafted sentence giving one answers "how long?"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Windpump at Fenby Drain

The windpump at Fenby Drain lifted water from the fields into the river from 1820 until
1931. Its keeper lived in a cottage beside the drain and was paid by the parish. The
keeper sounded a horn whenever the water in the drain rose above a white post, and the
farmers came to open the sluices. In a long drought the pump stood idle.
"""


@pytest.fixture(scope="module")
def windpump(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_span_of_years_with_until_answers_how_long(windpump: tutor.Tutor) -> None:
    reply = windpump.session(seed=1).respond("How long did the windpump drain the fields?")
    assert reply.kind == "answer"
    assert "from 1820 until" in reply.text
