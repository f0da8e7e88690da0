"""Whom a line's "he" or "she" can mean when the answer found for it cannot be about
them: "what did she do?" after an answer about a man, answered with another sentence
about him. The tutor then takes the one person of that gender the text speaks of, or
asks which of them the learner means, rather than answer about someone "she" is not.

Only an answer is checked, after the ranker chose it: the line's own words often say
whom it asks of ("which mine owner put his money in?", "what did she do when she was
nine?" of a life told in a text), and an answer naming her is kept. Genders are the ones
the pack's own sentences say (see tutor/_person_genders.py): a person the text says
nothing of may be anyone, so an answer about them is never taken as wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ._analyze import Query
from ._draft_gender import word_gender
from ._person_genders import said_gender

__all__ = ["Whom", "gendered", "not_meant"]

_OF = {
    "m": frozenset(["he", "him", "his", "himself"]),
    "f": frozenset(["she", "her", "hers", "herself"]),
}
_SINGULAR = _OF["m"] | _OF["f"]
_WORD = re.compile(r"[\w']+")
_NAMED_AT_MOST = 3  # people a question back names; more, and it asks for the name


@dataclass(frozen=True, slots=True)
class Whom:
    """Whom an unmet "he" or "she" may be: the one person it can be (`meant`), else the
    people it may be (`among`, at most three, in the pack's order; empty: too many, or
    someone's gender unknown), with the pronoun as the learner wrote it and whether the
    text is known to speak of nobody of that gender. Both need every person's gender
    known: someone the text says nothing of may be the one meant."""

    pronoun: str
    meant: str | None
    among: tuple[str, ...]
    nobody: bool

    @property
    def woman(self) -> bool:
        """Whether the pronoun is "she" (or "her"): the text then speaks of no woman."""
        return self.pronoun in _OF["f"]


def gendered(query: Query) -> bool:
    """Whether a line says "he" or "she" (one gender, not both): only such a line's
    answer can be about someone it cannot mean, so no other line is checked."""
    return said_gender({w for w in query.words if w in _SINGULAR}) is not None


def not_meant(
    query: Query,
    told: Iterable[str],
    answer: str,
    kinds: Mapping[str, str],
    genders: Mapping[str, str],
) -> Whom | None:
    """Whom a line's one-gender "he"/"she" may be when the answer's names (`told`) are
    all people the text says are of the other gender (and no thing, as a ship may be
    "she"). None when the answer may be about them (it names no one, or says "her"
    itself: "Harlowe hired her"), or the line names a person itself or says both
    genders."""
    said = [w for w in query.words if w in _SINGULAR]
    kind = said_gender(set(said))
    if kind is None or any(kinds.get(e) == "person" for e in query.entities):
        return None
    words = [w.lower() for w in _WORD.findall(answer)]
    if not _OF[kind].isdisjoint(words) or any(word_gender(w) == kind for w in words):
        # the answer speaks of someone of that gender ("Harlowe hired her", "the guild
        # master Benna Falk, a shrewd widow", whom a draft may have read as a man)
        return None
    told = list(told)
    people = [t for t in told if kinds.get(t) == "person"]
    if not people or any(genders.get(p, kind) == kind for p in people):
        return None
    if kind == "f" and any(kinds.get(t) == "thing" for t in told):
        return None
    everyone = [n for n, k in kinds.items() if k == "person"]
    fits = [p for p in everyone if genders.get(p) == kind]
    if not all(p in genders for p in everyone):
        # someone the text says nothing of may be them too: ask, naming no one
        return Whom(said[0], None, (), False)
    if len(fits) == 1:
        return Whom(said[0], fits[0], (), False)
    return Whom(said[0], None, tuple(fits) if len(fits) <= _NAMED_AT_MOST else (), not fits)
