"""Measures a sentence states: the nouns a learner asks them by, from their units.

A sentence saying "a bell of 600 kilograms" gives a weight, and "stored at 4 °C" a
temperature, though neither says the noun a learner keys on ("bell weight", "what
temperature is the store?"). The units and the nouns they answer are language data
(`measure_units` in english.yaml); a draft adds the nouns to the sentence's keywords.
A length says what it measures by the word after it ("38 centimetres across": a width) or
the words before it ("a hut at 2,000 metres": a height; "a truss of 64 metres", "runs for
820 metres": its length), `length_dimensions`. An age is told by words around a number
("aged 77", "a nineteen-year-old miner", "only twenty-six when she began"): "age".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._text import language

__all__ = ["measured"]


def _number() -> str:
    counts = "|".join(sorted(language()["number_words"], key=len, reverse=True))
    return rf"(?:\d[\d,.]*|\b(?:{counts}))"


@lru_cache(maxsize=1)
def _units() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern finding a number and the unit after it, and each unit's nouns."""
    lang = language()
    asked: dict[str, tuple[str, ...]] = {}
    for entry in lang["measure_units"]:
        for unit in entry["units"]:
            asked[unit.lower()] = tuple(entry["asked"])
    units = "|".join(re.escape(u) for u in sorted(asked, key=len, reverse=True))
    return re.compile(rf"{_number()}[\s-]*({units})(?![a-z])", re.IGNORECASE), asked


@lru_cache(maxsize=1)
def _lengths() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """A length with the word before it and the words after it; the nouns each word
    after asks it by, and each word before ("at 2,000 metres": a height)."""
    lang = language()
    units = "|".join(re.escape(u) for u in sorted(lang["length_units"], key=len, reverse=True))
    after: dict[str, tuple[str, ...]] = {}
    before: dict[str, tuple[str, ...]] = {}
    for entry in lang["length_dimensions"]:
        for word in entry["after"]:
            after[word] = tuple(entry["asked"])
        for word in entry.get("before", ()):
            before[word] = tuple(entry["asked"])
    words = "|".join(re.escape(w) for w in sorted(after, key=len, reverse=True))
    lead = "|".join(re.escape(w) for w in sorted(before, key=len, reverse=True)) or "(?!)"
    pattern = re.compile(
        rf"(?:\b({lead})\s+)?{_number()}[\s-]*(?:{units})(?![a-z])(?:\s+({words})\b)?",
        re.IGNORECASE,
    )
    return pattern, after, before


@lru_cache(maxsize=1)
def _ages() -> re.Pattern[str]:
    """A number told as someone's age: "aged 77", "at the age of twelve", "a
    nineteen-year-old", "(was) only twenty-six when ..."."""
    n = rf"{_number()}(?:-(?:one|{_number()}))?"  # "sixty-one"
    return re.compile(
        rf"\baged? (?:about |around |only |just )?{n}\b|\bage of {n}\b|{n}[\s-]years?[\s-]old\b"
        rf"|\b(?:was|were|only|just|barely|still|already|not yet) {n} when\b",
        re.IGNORECASE,
    )


def measured(text: str) -> list[str]:
    """The nouns asking for the measures a text states by number and unit, in order."""
    pattern, asked = _units()
    found: dict[str, None] = {}
    for m in pattern.finditer(text):
        found.update(dict.fromkeys(asked[" ".join(m.group(1).lower().split())]))
    lengths, after, before = _lengths()
    for m in lengths.finditer(text):
        if m.group(2):
            found.update(dict.fromkeys(after[" ".join(m.group(2).lower().split())]))
        elif m.group(1):
            found.update(dict.fromkeys(before[" ".join(m.group(1).lower().split())]))
    if _ages().search(text):
        found["age"] = None
    return list(found)
