"""Deeds a doer does for or to himself: "how did Stalin use Lenin's memory to boost
himself?" asks of what he did for his own sake ("positioned himself as the guardian",
"legitimize his own rise"), not of what he did to another ("portrayed Trotsky as a
traitor"), though both tell of Lenin's memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ._content import Fact

__all__ = ["reflexive_boost", "reflexive_facts"]

_REFLEXIVES = frozenset(["himself", "herself", "themselves"])
_SAYS = re.compile(r"\b(?:himself|herself|themselves|(?:his|her|their) own)\b", re.IGNORECASE)
_BOOST = 0.2  # a line saying "himself" leans this much to a deed done for oneself


def reflexive_facts(facts: Iterable[Fact]) -> frozenset[str]:
    """The facts whose answer tells of a deed done to or for its own doer."""
    return frozenset(f.id for f in facts if _SAYS.search(f.answer))


def reflexive_boost(
    words: Sequence[str],
    people: Sequence[str],
    reflexive: frozenset[str],
    names: Callable[[str, str], bool],
) -> dict[str, float]:
    """Score boosts for the reflexive facts naming the first person a line names, when
    it says he did something to or for himself (`names(fact_id, person)`)."""
    if _REFLEXIVES.isdisjoint(words) or not people:
        return {}
    return {f: _BOOST for f in reflexive if names(f, people[0])}
