"""Who came after someone in a role: "who was Stalin's ally after Zinoviev?".

"After Zinoviev" names no event but the one who held the role before: the answer is the
next to hold it ("By 1926, Stalin formed a new alliance with Bukharin"), not the fact
that names Zinoviev in it ("Stalin aligned himself with Zinoviev and Kamenev"), which
holds more of the line's words and so ranks first. Of facts nearly as good, one naming
someone new and not the one set before answers over the best, when the best names him
and does not itself say "after" him ("After defeating Trotsky, Stalin turned on ..."
tells what followed him: `NearMiss.follows`). He must be told in the role beside
another holder of it ("with Zinoviev and Kamenev"): "who took over after Lenin?" is
answered by "Trotsky, Lenin's close associate, seemed the natural heir", which names
Lenin as the one whose place was taken.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ._analyze import Query
from ._frames import Frame
from ._index import Hit, Index
from ._nearmiss import NearMiss

__all__ = ["next_in_turn"]

_ORDER = frozenset(["after", "before"])  # "after Zinoviev", "before Bukharin"
_NEAR = 0.85  # share of the best score a fact naming the next one needs
_LOOK = 6  # facts read for it


def next_in_turn(
    index: Index,
    nearmiss: NearMiss,
    frames_of: Callable[[str], tuple[Frame, ...]],
    kinds: Mapping[str, str],
    query: Query,
    top: Hit,
    hits: Sequence[Hit],
) -> Hit:
    """The fact naming whoever held the role asked after (or before) the person the line
    sets it by, when the best fact names that person instead (see the module)."""
    if query.qtype != "person":
        return top
    words = query.words
    starts = {at: t for t, at in query.spans}
    before = [
        starts[k + 1]
        for k, w in enumerate(words[:-1])
        if w in _ORDER and kinds.get(starts.get(k + 1, "")) == "person"
    ]
    if len(before) != 1 or not _in_the_role(frames_of(top.fact.id), before[0], kinds):
        return top
    if nearmiss.follows(query, top.fact):
        return top  # "After defeating Trotsky, Stalin turned on ...": what followed him
    said = set(query.terms)
    for hit in hits[1:_LOOK]:
        if hit.score < top.score * _NEAR:
            break
        names = index.names(hit.fact.id)
        if before[0] not in names and index.offers(hit.fact.id, "person", besides=said):
            return hit
    return top


def _in_the_role(frames: Sequence[Frame], person: str, kinds: Mapping[str, str]) -> bool:
    """Whether a fact tells `person` in a role beside someone else in it ("aligned
    himself with Zinoviev and Kamenev"): one holder of the role among others, not the
    one a role is told of ("Lenin's close associate": Lenin is not the associate)."""
    for frame in frames:
        for names in frame.roles.values():
            if person in names and any(n != person and kinds.get(n) == "person" for n in names):
                return True
    return False
