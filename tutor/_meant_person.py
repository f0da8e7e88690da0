"""Whom a follow-up's "he" or "she" stands for, and whether a drafted sentence tells
another person's deed instead.

"What did Radomir Vesk do in 1926?" "... Vesk of Tollen University ..." "where did he
work?": the next sentence of the text, "In 1934 Agnes Morrow, working at a market garden
near Brennholm, ...", holds the line's own word and (a draft's sentence inherits its
paragraph's names) even Vesk's name, and outranks the answer. But drafting puts a name
for each "he" and "she" of the text, so a sentence about him names him: one that names
someone else and never him tells another's deed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ._analyze import Query

__all__ = ["SINGULAR", "meant_persons", "tells_another"]

# the pronouns that stand for one person (not "they": a group or several)
SINGULAR = frozenset(["he", "him", "his", "she", "her", "hers", "himself", "herself"])


def meant_persons(query: Query, kinds: Mapping[str, str]) -> frozenset[str]:
    """The people a resolved line holds for its "he" or "she" (persons among its terms it
    does not name itself); none when it names a person or says no such pronoun."""
    if SINGULAR.isdisjoint(query.pronouns):
        return frozenset()
    if any(kinds.get(e) == "person" for e in query.entities):
        return frozenset()
    return frozenset(t for t in query.terms if kinds.get(t) == "person")


def tells_another(named: Collection[str], meant: Collection[str]) -> bool:
    """Whether a drafted sentence naming the people `named` is another person's: it
    names someone, and none of those the line means."""
    return bool(meant) and bool(named) and not any(p in named for p in meant)
