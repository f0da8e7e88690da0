"""Follow-ups about the event the last answer told, asked in words of their own:
"who did the building?" after "Construction began in 1974 and was carried out by a group
of contractors" (its doer), "with what?" after "the oil lamps were replaced by a paraffin
burner" (the thing that did it); and the same question again at another time:
"how many routes were there in 2014?" "and after the redesign?" is the fact that tells
the count changing from the one just told.

The follow-up readers (tutor/_followup_readers.py: `doer`, `deed`, `means`, `sequel`) and
`FollowUps` ask these; why a deed was done is `Reasons`' to read (tutor/_reasons.py).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import Any

from ._analyze import Analyzer, Query
from ._followup_shapes import going_on
from ._index import Index
from ._lexicon import same_sense
from ._reading import PackReading
from ._referents import PERSON_PRONOUNS

__all__ = ["LastEvent", "before_shift", "sequel", "shift"]

# Kinds of answer a text may give again at another time, changed: a count, a span, a sum
_MEASURES = frozenset(["number", "duration", "money", "distance"])
_SEQUEL_HITS = 10
_DEED_HITS = 5  # facts holding a line's words that may tell the deed it asks of  # facts holding the last question's words that may tell its sequel


class LastEvent(PackReading):
    """Reads a follow-up against the last answer's event for one pack. Immutable; shared."""

    def again(self, query: Query, last: str, asked: Collection[str]) -> str | None:
        """The last fact, when a line that names only its event asks who did it and
        names no one who did ("who did the building?"; "who did he ally with?" asks for
        someone besides "he"), and the fact names a person or a firm besides those
        `asked` of before."""
        if query.qtype != "person" or query.entities or PERSON_PRONOUNS & set(query.pronouns):
            return None
        if not self.named(query, last):
            return None
        offers = self._index.offers
        done = any(f.role("agent") for f in self._frames_of(last))
        if offers(last, "person", besides=asked) or (done and offers(last, "name", besides=asked)):
            return last
        return None

    def named(self, query: Query, last: str) -> bool:
        """Whether a line names only the event the last answer told and those it named:
        each of its own content words is one the answer says, or says in another word
        of the same sense ("building" of "construction")."""
        kinds = self._analyzer.entity_kinds
        if not set(query.entities) <= self._index.names(last):
            return False
        own = {t for t, _ in query.surface if t not in kinds and t not in query.kind_terms}
        if not own:
            return False  # "who did it?": nothing of its own, read as bare elsewhere
        answer = self._analyzer.analyze(self._pack.fact(last).answer, correct=False)
        said = [t for t in answer.terms if t not in kinds]
        return all(t in said or any(same_sense(t, h) for h in said) for t in own)

    def deed_on(self, query: Query, doers: Sequence[str]) -> str | None:
        """The fact telling what someone did with or to a thing a line names: "what did
        he do with her drawings?" after he hired her is "Harlowe signed her drawings with
        his own name", where he is the doer and the drawings what was done to (a fact
        naming both in other roles, the hiring told in the drawing office, is not). None
        when the line asks otherwise or no fact of the best few tells such a deed."""
        words = going_on(query)
        if words[:1] != ("what",) or "do" not in words[1:5] or not doers:
            return None
        at = words.index("do")
        if words[at + 1 : at + 2] not in (("with",), ("to",)):
            return None
        kinds = self._analyzer.entity_kinds
        things = {t for t, k in query.spans if k > at + 1 and t not in kinds}
        if not things:
            return None
        for hit in self._index.search(query, limit=_DEED_HITS):
            for frame in self._frames_of(hit.fact.id):
                if doers[0] in frame.role("agent") and things & set(frame.role("patient")):
                    return hit.fact.id
        return None

    def by_thing(self, fact_id: str) -> bool:
        """Whether a fact tells a thing that did its event, not a person: "were replaced
        by a paraffin burner" (its agent is words, no name), what "with what?" asks."""
        kinds = self._analyzer.entity_kinds
        return any(
            agents and not any(a in kinds for a in agents)
            for frame in self._frames_of(fact_id)
            if (agents := frame.role("agent"))
        )


def shift(analyzer: Analyzer, words: Sequence[str]) -> int:
    """Which way a line moves in time: 1 for "after the redesign?", "and later?", -1 for
    "and before?", 0 for none ("and on Sundays?": "on" moves only as "later on") or for
    a line naming a year ("and by 1350?" asks what was so in that year)."""
    if any(analyzer.is_year(w) for w in words):
        return 0
    shifts = analyzer.year_shifts
    moves = [shifts.get(w, 0) if w != "on" else 0 for w in words]
    return next((m for m in moves if m), 1 if analyzer.later_words.intersection(words) else 0)


def sequel(
    analyzer: Analyzer, index: Index, context: Mapping[str, Any], last: str, way: int
) -> str | None:
    """The fact that answers the last question again at the time a fragment moves it
    to (`way`: 1 later, -1 earlier), when that question asked for a measure (how many,
    how long, how much): "how many routes were there in 2014?" "and after the
    redesign?". It restates the measure just told and gives a new one ("fell from 47 to
    29", "cut the trip from 70 minutes to 28"), holds whom the question named (or, if
    it named no one, one of its other words), and is the nearest told after the last
    fact (before it, for an earlier time). The last fact itself when the question asked
    of the other time and it gave two measures ("before the cut?": "from $3.00 to
    $2.60"). None when no fact does, or the question asked no measure."""
    kind = context.get("asked")
    if not way or kind not in _MEASURES:
        return None
    told = index.offered(last, kind)
    if not told:
        return None
    if context.get("shift") == -way and len(told) > 1:
        # "what was the wage before the cut?" "and after it?": the fact that gave the
        # one told both ("cut the wage from $3.00 to $2.60")
        return last
    kinds = analyzer.entity_kinds
    asked = [t for t in context.get("terms", []) if not analyzer.is_year(t)]
    names = [t for t in asked if t in kinds]
    words = [t for t in asked if t not in kinds]
    again = analyzer.analyze(" ".join(asked), correct=False)
    again = replace(again, terms=tuple(asked))
    at = index.position(last)
    found: list[tuple[int, int, str]] = []
    for hit in index.search(again, limit=_SEQUEL_HITS):
        fact = hit.fact.id
        gives = index.offered(fact, kind)
        if fact == last or told.isdisjoint(gives) or not gives - told:
            continue
        held = index.held(fact)
        if any(n not in held for n in names) or not (names or any(w in held for w in words)):
            continue
        moved = (index.position(fact) - at) * way
        found.append((0 if moved > 0 else 1, abs(moved), fact))
    return min(found)[2] if found else None


def before_shift(analyzer: Analyzer, query: Query) -> Query:
    """A line without the time it moves to, once a sequel has answered that ("and after
    the redesign?" is "and"): what is left is all it asks of the fact, so the time is not
    read again as an event the fact must follow."""
    moving = {w for w, n in analyzer.year_shifts.items() if n and w != "on"}
    moving |= analyzer.later_words
    cut = next((k for k, w in enumerate(query.words) if w in moving), len(query.words))
    return replace(
        query, words=query.words[:cut], spans=tuple((t, k) for t, k in query.spans if k < cut)
    )
