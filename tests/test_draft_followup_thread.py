"""Follow-ups on a fresh draft stay with what was just said: "after that?" is what the
text tells next, not the last answer again; "he" is the one the last answer was about,
so a sentence naming someone else and not him does not answer; "his elder brother,
Paul Quill" makes Paul the "he" of the next line. What the text never says of him is
still refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

GLASS = """The Glassworks at Penmor

The founders

Later makers added to the craft. In 1851 Tobias Reddle of Carrick College built a
furnace at Penmor and was the first to melt the grey sand of the bay into clear glass.
His assistant, Jonas Wick, kept the furnace records and showed that the sand melted best
after a week of drying. In 1858 Hilda Brannock, working in a pottery, found that the
same sand cracked in a cold kiln.

The new furnace

The furnace at Penmor burned wood for its first ten years. In 1861 the owners decided
to change it to coal. They hoped for a hotter fire that would melt the sand faster. The
change cost nine hundred pounds.

The museum

In 1920 the town wanted a museum, and the old furnace became its first exhibit.

Cooling

When the glass leaves the furnace it is placed in a warm oven called the lehr. Over two
days the oven cools slowly, so the glass hardens without strain. Without this slow
cooling the bottles would shatter at the first knock.
"""

BROTHERS = """Simon Quill, Bottle Maker

Beginnings

Simon Quill was born in 1832 at Penmor and learned to blow glass in his father's
furnace. Simon's first order came through his elder brother, Paul Quill, who had moved
to Dunwell to work as a shipping clerk. In 1850 Paul sent home a broken medicine bottle,
and Simon copied its shape.

The shop

The copy sold well at the Dunwell market. By 1856 Simon had opened a shop on Quay Street.
"""


@pytest.fixture(scope="module")
def glass(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(GLASS)


@pytest.fixture(scope="module")
def brothers(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(BROTHERS)


def test_after_that_is_what_the_text_tells_next(glass: tutor.Tutor) -> None:
    assert "lehr" in talk(glass, "What is the lehr?").text
    reply = talk(glass, "What is the lehr?", "what happens to the glass after that?")
    assert reply.kind == "answer" and "Over two days" in reply.text, reply.text


def test_he_is_not_answered_by_another_persons_sentence(glass: tutor.Tutor) -> None:
    reply = talk(glass, "What did Tobias Reddle do in 1851?", "where did he work?")
    assert "Carrick College" in reply.text and "Brannock" not in reply.text, reply.text


def test_what_the_text_never_says_of_him_is_still_refused(glass: tutor.Tutor) -> None:
    reply = talk(glass, "What did Tobias Reddle do in 1851?", "how old was he?")
    assert reply.kind == "fallback", reply.text


def test_the_one_described_before_his_name_is_he_next(brothers: tutor.Tutor) -> None:
    first = talk(brothers, "who was his elder brother?")
    assert "Paul Quill" in first.text, first.text
    reply = talk(brothers, "who was his elder brother?", "where did he move to?")
    assert "Dunwell" in reply.text, reply.text
