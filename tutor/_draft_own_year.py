"""Whether a drafted sentence's year is its own deed's: "Martha produced her father's deed,
which proved that he had bought the green in 1783" tells of 1783 only as the time of an
earlier deed, put back by 'had' in a clause of its own, and its section's drought of 1803
says the producing came later. Such a fact stays undated (off /timeline) rather than
dated by another event."""

from __future__ import annotations

import re

from ._text import YEAR

# "that he had bought the green in 1783", "who had kept the books since 1989": a clause whose
# subject is a pronoun or a name (not "that the miners had demanded finally came in 1912",
# the main verb's own year), its verb put back by 'had', and the year a few words on, with
# no comma or stop between
_EARLIER_CLAUSE = re.compile(
    r"\b(?:(?:that|because|since|when)\s+(?:he|she|they|it|we|[A-Z][\w'-]*)|who|which)"
    r"\s+had\s+(?:[^\s,;:.]+\s+){0,6}?(?:in|since|by)\s+(1[0-9]{3}|20[0-9]{2})\b"
)


def earlier_year(sentence: str, later: int | None) -> bool:
    """Whether each year `sentence` tells sits in a clause of an earlier deed ('that he had
    bought the green in 1783') and its section has already told a later year (`later`),
    so the year is not when the sentence's own deed happened."""
    years = YEAR.findall(sentence)
    if not years or later is None:
        return False
    inside = _EARLIER_CLAUSE.findall(sentence)
    return len(inside) == len(years) and all(int(y) < later for y in inside)
