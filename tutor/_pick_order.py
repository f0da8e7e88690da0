"""The last (or the first) of the facts telling the same thing, when a line asks so:
"what did Stalin end up doing to Bukharin?" is the last the text tells of the two of
them ("Stalin later moved against Bukharin as well"), not their alliance told before it,
however alike the two score; "who did he side with at first?" the first.

The cue is read once by the analysis (`Query.order`, tutor/_order_cue.py); narrative order
is the pack's order of facts, the text's own for a drafted pack.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._analyze import Analyzer, Query
from ._index import Hit, Index
from ._order_cue import FIRST, LAST

__all__ = ["in_order"]

_ORDER_LOOK = 5  # facts from the best looked at for the last (first) telling the same
# share of the best score such a fact needs: holding the same people, it may fit the
# line's wording less well ("Marsh and Boyd quarrelled" for "what did Marsh do to Boyd?")
_ORDER_NEAR = 0.7
_COVERAGE_NEAR = 0.02  # and as much of the line, short of this
_HAPPEN = "happen"  # the term of "what happened to", "what became of"
_DOERS = frozenset(["person", "group"])  # whose deeds and fates the text tells in order


def in_order(analyzer: Analyzer, index: Index, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
    """Of the facts nearly as good as the best, in its part of the text, that hold all
    the best holds of the line, the one told last or first as the line's cue asks. The
    best when the line has no cue, leans on the talk ("where did he end up?" is the
    follow-ups' to read), another reading chose the best, the best holds a word of the
    line's own besides the people it names ("who killed him in the end?" asks of the
    killing, wherever it is told), or no other fact qualifies."""
    if query.order not in (LAST, FIRST) or query.leans or query.context or top is not hits[0]:
        return top  # (a reading of its own chose another fact: it knows why)
    asked = set(query.terms) - query.order_terms - query.kind_terms
    same = asked & index.held(top.fact.id).keys()
    # only people held, or a thing a line asks what befell ("what happened to the mill in
    # the end?"): the line asks what they did or what became of them, which the text
    # tells more than once; a word of the event held ("killed") says which event is
    # asked, and a place ("how did he end up in Mexico?") where it was
    kinds = analyzer.entity_kinds
    befell = _HAPPEN in query.terms
    rest = same - {_HAPPEN}
    if not rest or any(
        kinds.get(t) not in _DOERS and (not befell or kinds.get(t) == "place") for t in rest
    ):
        return top
    strict = index.offers(top.fact.id, query.qtype, query.entities)
    near = [
        h
        for h in hits[:_ORDER_LOOK]
        if h.fact.topic == top.fact.topic  # the same episode, not one told far off
        and h.score >= top.score * _ORDER_NEAR
        and h.coverage >= top.coverage - _COVERAGE_NEAR
        and same <= index.held(h.fact.id).keys()
        # "which country did he end up in?": one that names a country, if the best does
        and (not strict or index.offers(h.fact.id, query.qtype, query.entities))
    ]
    if top not in near:
        near.append(top)
    place = index.position
    if query.order == LAST:
        return max(near, key=lambda h: place(h.fact.id))
    return min(near, key=lambda h: place(h.fact.id))
