"""Whether a sentence names something of a kind asked: "what kind of rock is the valley
floor?" is answered by "the floor is granite" (granite is a rock, WordNet says), not by
"a flat floor", which names no rock at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ._lexicon import broader_nouns

__all__ = ["names_one_of"]

_STEPS = 4  # WordNet steps from a word up to the kind asked ("trout" .. "fish")


@lru_cache(maxsize=4096)
def _broader(stem: str) -> frozenset[str]:
    """Every stem up to `_STEPS` steps broader than a stemmed noun (WordNet, any sense)."""
    seen: set[str] = set()
    step = {stem}
    for _ in range(_STEPS):
        step = {b for s in step for b in broader_nouns(s)} - seen
        seen |= step
    return frozenset(seen)


def names_one_of(kind: str, stems: Iterable[str]) -> bool:
    """Whether any of a sentence's stemmed words is the stemmed noun `kind` or a narrower
    one ("granit" of "rock"): a sentence naming none tells no kind of it."""
    return any(s == kind or kind in _broader(s) for s in stems)
