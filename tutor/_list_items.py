"""One item of a list an answer gives, picked by its place in it: "what year was the
middle one?" after "the steps were A in 1426, B in 1428 and C in 1431" is B; "and the
last?" after "she lived in Lisbon, Genoa and Bruges" is Bruges.

The answer is split at its commas and "and"s; each item must hold exactly one of the
names or years the answer lists, or nothing is picked (the whole answer still says).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["list_item", "position_of"]

_SPLIT = re.compile(r",\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?")
# what leads up to the first item: "The steps in the fall were", "It included"
_LEAD = re.compile(r"^.*?\b(?:were|was|are|is|included|includes|include)\s+", re.IGNORECASE)


def position_of(words: Sequence[str], positions: Mapping[str, int]) -> int | None:
    """The place in a list a line asks for: 1 for "first", -1 for "last", 0 for the
    middle one (see `ordinal_positions` in english.yaml); None if it names none."""
    return next((positions[w] for w in words if w in positions), None)


def list_item(answer: str, markers: Sequence[str], position: int, whole: bool) -> str | None:
    """The item at `position` of the list an answer gives, each item known by one of
    `markers` (its names or years, as written); `whole` gives the item's words ("his
    removal from the council in 1416"), else the marker alone ("Bruges")."""
    if len(markers) < 2:
        return None
    segments = [s.strip() for s in _SPLIT.split(answer.strip().rstrip(".")) if s.strip()]
    items: list[tuple[int, str, str]] = []  # (where in the answer, marker, segment)
    for k, segment in enumerate(segments):
        held = [m for m in markers if re.search(rf"\b{re.escape(m)}\b", segment, re.I)]
        if len(held) == 1:
            items.append((k, held[0], segment))
    if len({m for _, m, _ in items}) != len(markers) or len(items) != len(markers):
        return None
    count = len(items)
    if position == 0:
        if count % 2 == 0:
            return None  # no middle one of an even number
        at = count // 2
    elif position < 0:
        at = count + position
    else:
        at = position - 1
    if not 0 <= at < count:
        return None
    _, marker, segment = items[at]
    if not whole:
        return marker
    if at == 0:
        led = _LEAD.sub("", segment, count=1)
        segment = led if led.strip() else segment
    return segment
