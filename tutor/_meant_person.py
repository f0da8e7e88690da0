"""Whom a follow-up's "he" or "she" stands for, and whether a drafted sentence tells
another person's deed instead.

"What did Tobias Reddle do in 1851?" "... Reddle of Carrick College built a furnace ..."
"where did he work?": a later sentence of the paragraph, "In 1858 Hilda Brannock,
working in a pottery, ...", holds the line's own word and (a draft's sentence inherits
its paragraph's names) even his name, and outranks the answer. But drafting puts a name
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
    does not name itself); none when it names a person, says no such pronoun, or asks
    for a person ("who took over from her?": someone else, whom a sentence naming her
    by a surname she shares may name alone)."""
    if SINGULAR.isdisjoint(query.pronouns) or query.qtype == "person":
        return frozenset()
    if any(kinds.get(e) == "person" for e in query.entities):
        return frozenset()
    return frozenset(t for t in query.terms if kinds.get(t) == "person")


def tells_another(named: Collection[str], meant: Collection[str]) -> bool:
    """Whether a drafted sentence naming the people `named` is another person's: it
    names someone, and none of those the line means."""
    return bool(meant) and bool(named) and not any(p in named for p in meant)
