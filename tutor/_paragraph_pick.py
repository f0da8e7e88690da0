"""Of drafted facts scored nearly alike, the one in the paragraph that holds most of the line.

A fresh draft answers a learner's own wording with whatever sentence holds most of it, and
two sentences of different paragraphs often hold the same share ("how high above the water
do those islands end up?": 'above', 'high' and 'island' in a sentence of the text's opening
and in one of its last stage). The line's other words are then the only sign of what it
asks about, and they sit in the sentence's paragraph, around it ("end", in the paragraph
of the last stage). So when the best drafted facts score within a hair of each other and
come from different paragraphs, the paragraph holding more of the line's terms wins, and
in it the fact that names the kind of answer asked (a date, a person, a number, ...).

Only a paragraph holding strictly more of the line's terms moves the answer: a tie keeps
the best-scored fact, as does a hand-made pack (its facts' questions say what they answer)
and a line leaning on the conversation ("when did he become director?": whom "he" is and
what was just said tell which sentence is meant, not its paragraph).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from ._analyze import Query
from ._index import Hit, Index

__all__ = ["ParagraphPick"]

_CLOSE = 0.95  # share of the best score a fact of another paragraph needs to be weighed


class ParagraphPick:
    """The terms each paragraph (a drafted topic) holds, and the pick among close facts.
    Immutable after construction; shared by every session of a pack."""

    def __init__(self, index: Index) -> None:
        held: dict[str, set[str]] = {}
        for doc in index.docs:
            if doc.fact.draft:
                held.setdefault(doc.fact.topic, set()).update(index.held(doc.fact.id))
        self._held = MappingProxyType({topic: frozenset(t) for topic, t in held.items()})
        self._index = index

    def pick(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """`top`, unless facts scored within `_CLOSE` of it come from a paragraph holding
        more of the line's terms: then the first of those naming the kind asked (or the
        first of them)."""
        if query.leans or query.context or not top.fact.draft or top.fact.topic not in self._held:
            return top  # "when was that?": the talk, not the paragraph, says what is asked
        close = [h for h in hits if h.score >= _CLOSE * top.score and h.fact.draft]
        topics = list(dict.fromkeys(h.fact.topic for h in close))
        if len(topics) < 2:
            return top
        terms = set(query.terms)

        def holds(topic: str) -> int:
            return len(terms & self._held.get(topic, frozenset()))

        best = max(topics, key=holds)
        if best == top.fact.topic or holds(best) <= holds(top.fact.topic):
            return top
        inside = [h for h in close if h.fact.topic == best]
        offers = self._index.offers
        return next(
            (h for h in inside if offers(h.fact.id, query.qtype, query.entities)), inside[0]
        )
