"""What a fact's thing holds and what became of it: what a document said, what someone
did with what they got, where a state began or ended, what others did to a thing next.
"What did it say?", "since when?" or "did anyone listen?" is answered from these (see
`Around`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from ._analyze import Analyzer
from ._content import Pack
from ._frames import Frame
from ._index import Index
from ._reading import PARTIES, PackReading

__all__ = ["Things"]

_DEED_SPAN = 2  # what someone did with what they got is told right after, if at all
_BOUND_SPAN = 12  # where a state told began or ended is told within a part or two, if at all
_SAID = 1.0  # a term's weight in a fact whose own sentence (or keyword) says it
_UNDONE_SPAN = 4  # what others did to a thing is told right after it, if at all
_MET_SPAN = 2  # what met it, by no one named, is told in the next sentence or two


class Things(PackReading):
    """Finds the facts that tell of the thing another names. Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        super().__init__(pack, analyzer, index, frames_of)
        # a year after a word of a state's start (-1: "from", "since") or end (1: "until")
        self._bounds = {
            way: re.compile(rf"\b(?:{marks}) (?:the year )?(?:1\d{{3}}|20\d{{2}})\b")
            for way in (-1, 1)
            if (marks := "|".join(w for w, n in analyzer.span_bounds.items() if n == way))
        }

    def content_of(self, last: str, things: Sequence[str], of: Sequence[str] = ()) -> str | None:
        """The fact that tells what is in a thing the talk is about ("a testament
        suggesting Stalin be removed"): the last one if it does, else the one nearest it;
        one naming each of `of` ("what did it say about Stalin?"), if any are given."""
        reporting = self._analyzer.reporting
        if reporting is None or not things:
            return None
        order = self._index.position

        def tells(fact_id: str) -> bool:
            held = self._index.held(fact_id)
            said = reporting.search(self._pack.fact(fact_id).answer.lower())
            named = all(t in held for t in of)
            return said is not None and named and any(t in held for t in things)

        docs = self._index.docs  # only facts holding the thing: the index's postings
        holding = sorted({i for t in things for i in self._index.postings.get(t, ())})
        fits = [docs[i].fact.id for i in holding if tells(docs[i].fact.id)]
        return min(fits, key=lambda f: (f != last, abs(order(f) - order(last))), default=None)

    def deed_after(self, last: str, doers: Sequence[str], beyond: bool) -> str | None:
        """What someone (the first of `doers`; the others, those it was done to) did with
        the thing or at the place the last fact told of: the
        last fact itself if it tells a deed of theirs there ("he rallied opposition
        through writings"), unless it is what told them the thing or the place (`beyond`:
        "he controlled the media" "what did he do with it?"); then the next sentence or
        two of its part that names them ("he rewrote history to ...")."""
        if not doers:
            return None
        doer = doers[0]
        if not beyond:
            acts = any(doer in f.roles.get("agent", ()) for f in self._frames_of(last))
            return last if acts else None
        topic = self._pack.fact(last).topic
        for fact in self._index.following(last, _DEED_SPAN):
            if self._pack.fact(fact).topic != topic:
                break
            if set(doers) <= self._index.names(fact):  # and whom to, if asked ("against her")
                return fact
        return None

    def bound(self, last: str, way: int) -> str | None:
        """The fact telling where the state the last one tells began (`way` -1) or ended
        (1): the last itself if it gives a year after a word of that bound ("ran it until
        1960"), else the nearest a few facts away, the way asked first, naming someone it
        names and giving one ("held the role ... from 1922" of "the role gave Stalin four
        advantages"). None when none does."""
        told = self._bounds.get(way)
        if told is None:
            return None
        if told.search(self._pack.fact(last).answer.lower()):
            return last
        kinds, index = self._analyzer.entity_kinds, self._index
        named = {n for n in index.names(last) if kinds.get(n) in PARTIES}
        # what the state is of, besides whom: a word its own sentence says ("title",
        # "school"), so "since when?" of running a school is not when she held a title
        said = {t for t, w in index.held(last).items() if w >= _SAID and t not in kinds}
        at = index.position(last)
        near = [*index.preceding(last, _BOUND_SPAN), *index.following(last, _BOUND_SPAN)]
        # the nearest first, the way asked first among facts as near
        near.sort(
            key=lambda f: (abs(index.position(f) - at), (index.position(f) > at) != (way > 0))
        )
        for fact in near:
            held = index.held(fact)
            if (
                named & index.names(fact)
                and any(held.get(t, 0.0) >= _SAID for t in said)
                and told.search(self._pack.fact(fact).answer.lower())
            ):
                return fact
        return None

    def undone(self, last: str, things: Collection[str]) -> str | None:
        """What others did next to a thing the last event made or acted on, a few facts
        on: why it did not do what it might have ("Lenin wrote a testament suggesting
        Stalin be removed" "why didn't that stop him?": "Stalin and his allies suppressed
        Lenin's political testament ...")."""
        doers = {a for f in self._frames_of(last) for a in f.role("agent")}
        for fact in self._index.following(last, _UNDONE_SPAN):
            for frame in self._frames_of(fact):
                agents = set(frame.role("agent"))
                if agents and not agents & doers and set(things) & set(frame.role("patient")):
                    return fact
        return None

    def met(self, last: str, things: Collection[str]) -> str | None:
        """What met a thing the last event made or acted on, in the next sentence or two,
        done by others or by no one named: "Thomas Ayre wrote a letter urging ..." "did
        anyone listen?" is "The council shelved the letter" (its doer a common noun, no
        name); never a deed of those who made it."""
        found = self.undone(last, things)
        if found is not None:
            return found
        doers = {a for f in self._frames_of(last) for a in f.role("agent")}
        for fact in self._index.following(last, _MET_SPAN):
            for frame in self._frames_of(fact):
                agents = set(frame.role("agent"))
                if not agents & doers and set(things) & set(frame.role("patient")):
                    return fact
        return None
