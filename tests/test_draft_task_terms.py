"""On a fresh draft, a keyword line opening with a term of the text whose first word is a
job's verb ("draw kiln", "play house", "write-up") asks about that term: it is answered,
not refused as a request to draw, play or write. A real request ("draw me a kiln", "write
my essay", "play a song") is still refused.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Works at Harlow Bay

In 1834 the engineer Tobias Marle designed a tall draw kiln for the lime works at Harlow
Bay. The draw kiln ran day and night and burned twelve tonnes of stone a week.

In 1851 the printer Jane Osk opened a print shop on the quay. The print shop printed the
works' price lists and a weekly newspaper.

In 1860 the actor Paul Renn built a play house beside the harbour. The play house held
four hundred people and closed in 1902.

In 1903 the harbour board asked the clerk Henry Vail for a write-up of the works. His
write-up ran to forty pages and praised the kilns.
"""

REFUSED = "not something I can do"


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("draw kiln designer", "Marle"),
        ("draw kiln output", "twelve tonnes"),
        ("print shop opened", "1851"),
        ("play house closed", "1902"),
        ("write-up pages", "forty pages"),
    ],
)
def test_a_term_opening_with_a_jobs_verb_is_asked_about(
    drafted: tutor.Tutor, line: str, told: str
) -> None:
    reply = talk(drafted, line)
    assert REFUSED not in reply.text, line
    assert reply.kind == "answer", reply.text
    assert told in reply.text


@pytest.mark.parametrize(
    "line", ["draw me a kiln", "write my essay for me", "play a song", "please draw a picture"]
)
def test_a_request_for_a_job_is_still_refused(drafted: tutor.Tutor, line: str) -> None:
    assert REFUSED in talk(drafted, line).text
