"""A drafted fact must tell of the event a when or how-many question asks about.

A hand-made fact lists the questions it answers; a drafted one (`draft: true`) has only
its sentence, so it is reached by the words it shares with a question, and a question off
the text shares its names: "When was the Central Interchange built?" of "By 2014 the
network had grown to 47 routes, nearly all of them running into the Central
Interchange": a date, but of something else. When the question says what it asks of its
names in words the text itself uses ("built": "a network built for frequency") and the
sentence holds none of them, the sentence does not tell of that. A word the text never
uses may be its event told in other words ("built" of "In 1934 the Authority completed
the Clunie Reservoir"): not counted against it.
"""

from __future__ import annotations

from ._analyze import Analyzer, Query
from ._index import Hit, Index
from ._text import stem

__all__ = ["untold_event"]

_OF_WHAT = frozenset(["date", "number", "money", "duration"])  # a value, told of an event


def untold_event(analyzer: Analyzer, index: Index, query: Query, hit: Hit) -> bool:
    """Whether a drafted fact holds the question's names but nothing of what it asks of
    them, in words the text uses (see the module's docstring)."""
    if query.qtype not in _OF_WHAT or not hit.fact.draft or query.leans or query.context:
        return False
    if not query.entities:
        return False
    kinds = analyzer.entity_kinds
    held = index.held(hit.fact.id)
    words = dict(query.surface)
    said = [t for t in query.terms if t not in kinds and t not in query.kind_terms]
    if not said or any(t in held for t in said):
        return False
    own = analyzer.own_stems
    return all(words.get(t) is not None and stem(words[t]) in own for t in said)
