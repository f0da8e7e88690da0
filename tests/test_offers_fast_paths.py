"""What a fact offers (a date, a sum, a rate, a distance ...) is found by patterns that
each need some word; a cheap look for the words skips the pattern where none is said.
The look must never skip a pattern that would have found something, or a "how much?"
or "how far?" would lose its answer with the speed-up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor import _offers
from tutor._offers import offered

TEXT = """The Harwick ferry crossed the estuary twice a day from 1880 until 1931. A ticket cost
sixpence, and a crossing with a cart cost two shillings. The boat made about eight knots and
covered the four miles to Brill in forty minutes. In 1902 the company paid $3,000 for a new
engine. Every other week the crew painted the hull. Fares fell by 15 percent in 1920. Its captain, Ann Holloway, earned thirty
pounds a year. The pier was rebuilt annually after the winter storms, 200 yards further out."""


@pytest.fixture(scope="module")
def ferry(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_the_cheap_look_skips_no_pattern_that_finds_something(
    ferry: tutor.Tutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyzer, essay = ferry._engine.analyzer, tutor.Tutor()
    facts = [(f, analyzer) for f in ferry.pack.facts]
    facts += [(f, essay._engine.analyzer) for f in essay.pack.facts]
    looked = [offered(f, a) for f, a in facts]
    monkeypatch.setattr(_offers, "_may_match", lambda *_: True)
    assert looked == [offered(f, a) for f, a in facts]
    found = {k for offers in looked for k, v in offers.items() if v}
    assert {"frequency", "rate", "money", "distance"} <= found  # each pattern was needed


def test_a_text_beyond_ascii_is_always_searched() -> None:
    """A pattern that ignores case matches the Kelvin sign as a "k": "40 \u212am"."""
    text = "They walked 40 \u212am that day"
    assert _offers._DISTANCE.search(text)
    assert _offers._may_match(text, text.lower(), _offers._DISTANCE_NEEDS)
