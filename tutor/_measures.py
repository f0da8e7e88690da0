"""Measures a sentence states: the nouns a learner asks them by, from their units.

A sentence saying "a bell of 600 kilograms" gives a weight, and "stored at 4 °C" a
temperature, though neither says the noun a learner keys on ("bell weight", "what
temperature is the store?"). The units and the nouns they answer are language data
(`measure_units` in english.yaml); a draft adds the nouns to the sentence's keywords.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._text import language

__all__ = ["measured"]


@lru_cache(maxsize=1)
def _units() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern finding a number and the unit after it, and each unit's nouns."""
    lang = language()
    asked: dict[str, tuple[str, ...]] = {}
    for entry in lang["measure_units"]:
        for unit in entry["units"]:
            asked[unit.lower()] = tuple(entry["asked"])
    counts = "|".join(sorted(lang["number_words"], key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(asked, key=len, reverse=True))
    number = rf"(?:\d[\d,.]*|\b(?:{counts}))"
    return re.compile(rf"{number}[\s-]*({units})(?![a-z])", re.IGNORECASE), asked


def measured(text: str) -> list[str]:
    """The nouns asking for the measures a text states by number and unit, in order."""
    pattern, asked = _units()
    found: dict[str, None] = {}
    for m in pattern.finditer(text):
        found.update(dict.fromkeys(asked[" ".join(m.group(1).lower().split())]))
    return list(found)
