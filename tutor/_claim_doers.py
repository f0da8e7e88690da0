"""Doer checks of a claim: the person who did, or underwent, the claim's event must be the
one the fact about that event names in that role.

"Stalin was expelled from the party in 1927" shares its year, and even its name, with "a
step in Stalin's consolidation was the removal of Trotsky from the Communist Party in
1927": a year or a place that agrees, or a name that stands elsewhere in the fact, would
confirm it. The fact tells the event in its own words ("removal", not "expelled"), so its
frames share no predicate with the claim's and the frame check (`_claim_frames`) cannot
compare them. Here the event is the fact's when one of its verbs is the claim's in
WordNet (a synonym, a kind of it or the kind it is of: "expel" is a kind of "remove") and
all those frames with a party in the claim's role agree on who that is: another party
there, and none of the claim's, is the wrong doer (or undergoer). (A fact that only holds
the claim's word, in its text or keywords, was tried as the event too: "the foundation of
his ascent ... outmaneuvered Trotsky" then made Trotsky the claim's undergoer.)
"""

from __future__ import annotations

from collections.abc import Sequence

from ._claim_reading import MIN_COVERAGE, PARTIES, ClaimCheck, ClaimReader
from ._content import Fact
from ._frames import Frame
from ._index import Hit
from ._lexicon import one_event

__all__ = ["Doers"]

_ROLES = ("agent", "patient")
_WIDER = 0.8  # of MIN_COVERAGE: the fact a claim is about may hold a little less of it
_NEAR = 4  # the facts after the first that the claim may be about as well


class Doers:
    """Checks who a claim says did or underwent its event. Immutable; shared by all."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.kinds = reader.kinds
        self.names = reader.analyzer.entity_names

    def check(
        self,
        words: Sequence[str],
        hits: Sequence[Hit],
        owned: frozenset[tuple[str, str]] = frozenset(),
    ) -> ClaimCheck | None:
        """The claim's doer and undergoer against the fact it is about, whose frames tell
        its event in other words; None when they agree or the fact cannot tell."""
        if not hits or hits[0].coverage < MIN_COVERAGE * _WIDER:
            return None
        if not self.reader.cues.wish_verbs.isdisjoint(words):
            return None  # "wanted him gone" tells a wish, not the event (`_claim_wish`)
        top = hits[0]
        near = [h for h in hits[1:_NEAR] if h.coverage >= MIN_COVERAGE * _WIDER]
        for said in self.reader.framer.read_words(words, owned=owned):
            if not said.predicate or said.negated or said.role("recipient"):
                continue
            wrong = self._wrong(said, top.fact)
            if wrong is None:
                continue
            if any(self._wrong(said, h.fact) == () for h in near):
                return None  # another fact it may be about tells it of the claim's party
            if wrong:
                _, theirs, mine = wrong
                right = " and ".join(self.names.get(p, p) for p in sorted(theirs))
                said_who = " and ".join(self.names.get(p, p) for p in sorted(mine))
                text = f"It was {right}, not {said_who}. {top.fact.answer}"
                return ClaimCheck(False, (top.fact,), "doer", text)
        return None

    def _wrong(
        self, said: Frame, fact: Fact
    ) -> tuple[str, frozenset[str], frozenset[str]] | tuple[()] | None:
        """The role in which the fact names another party than the claim, with the two
        (the fact's, the claim's); () when it names the claim's; None when it tells no
        such event, or its frames disagree among themselves."""
        frames = self.reader.listed[fact.id]
        if any(f.predicate == said.predicate for f in frames):
            return None  # the same verb: the frame check compares them
        # the fact's own verbs for the claim's event; a fact merely holding the claim's
        # word ("the foundation of his ascent") may tell its parties of another event
        frames = tuple(f for f in frames if f.predicate and one_event(said.predicate, f.predicate))
        if not frames:
            return None
        verdict: tuple[str, frozenset[str], frozenset[str]] | tuple[()] | None = None
        for role in _ROLES:
            mine = self._parties(said.role(role))
            if not mine:
                continue
            if any(self._named_with(fact, p, said.predicate) for p in mine):
                verdict = ()  # "Trotsky's assassination": the event told of the claim's party
                continue
            told = [self._parties(f.role(role)) for f in frames if not f.negated]
            told = [t for t in told if t]
            if not told or any(t != told[0] for t in told):
                return None  # no party there, or several events with their own
            theirs = told[0]
            if theirs & self._others(frames, role):
                return None  # the fact's frames read it both ways: no telling who
            if mine & theirs:
                verdict = () if verdict is None else verdict
                continue
            if not self._alike(mine, theirs) or mine & self._others(frames, role):
                return None
            verdict = (role, theirs, mine)
        return verdict

    def _named_with(self, fact: Fact, party: str, predicate: str) -> bool:
        """Whether the fact names the party with a noun of the claim's event: as its
        owner ("Trotsky's assassination") or after it ("the removal of Trotsky")."""
        reading = self.reader.facts[fact.id]
        words = reading.words
        for name, start, end in reading.mentions:
            if name != party:
                continue
            near = list(words[end : end + 1])
            if start >= 2 and words[start - 1] == "of":
                near.append(words[start - 2])
            for term in self.reader.terms(near):
                if one_event(predicate, term):
                    return True
        return False

    def _others(self, frames: Sequence[Frame], role: str) -> frozenset[str]:
        """The parties the fact's frames put in the other role."""
        other = "patient" if role == "agent" else "agent"
        out: set[str] = set()
        for f in frames:
            out |= self._parties(f.role(other))
        return frozenset(out)

    def _parties(self, values: Sequence[str]) -> frozenset[str]:
        return frozenset(v for v in values if self.kinds.get(v) in PARTIES)

    def _alike(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """People with people, groups with groups: a group and its members may be one."""
        return bool({self.kinds.get(x) for x in a} & {self.kinds.get(x) for x in b})
