"""Deeds a doer does for or to himself: "how did Stalin use Lenin's memory to boost
himself?" asks of what he did for his own sake ("positioned himself as the guardian",
"legitimize his own rise"), not of what he did to another ("portrayed Trotsky as a
traitor"), though both tell of Lenin's memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from ._analyze import Query
from ._content import Fact
from ._frames import Frame

__all__ = ["reflexive_boost", "reflexive_facts", "reflexive_pronoun_boost", "says_reflexive"]

_REFLEXIVES = frozenset(["himself", "herself", "themselves"])
_SAYS = re.compile(r"\b(?:himself|herself|themselves|(?:his|her|their) own)\b", re.IGNORECASE)
_BOOST = 0.2  # a line saying "himself" leans this much to a deed done for oneself
_SUBJECTS = frozenset(["he", "she", "they"])  # "how did he present himself?"


def says_reflexive(words: Sequence[str]) -> bool:
    """Whether a line says someone did something to or for himself."""
    return not _REFLEXIVES.isdisjoint(words)


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


def reflexive_pronoun_boost(
    query: Query,
    kinds: Mapping[str, str],
    reflexive: frozenset[str],
    frames_of: Callable[[str], tuple[Frame, ...]],
) -> dict[str, float]:
    """Score boosts for the reflexive facts whose deed is done by whom "he" stands for,
    when a line names no one and says he did something to or for himself ("how did he
    present himself?" after an answer about Stalin): the person the conversation put in
    for the pronoun, as the doer of a fact's event (not "portrayed Trotsky", which names
    Trotsky as the one it was done to)."""
    if _SUBJECTS.isdisjoint(query.words):
        return {}
    persons = [t for t in query.terms if kinds.get(t) == "person"][:1]
    return reflexive_boost(
        query.words,
        persons,
        reflexive,
        lambda f, p: any(p in frame.role("agent") for frame in frames_of(f)),
    )
