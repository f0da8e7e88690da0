"""Doer checks of a claim: the person who did, or underwent, the claim's event must be the
one the fact about that event names in that role.

"Stalin was expelled from the party in 1927" shares its year, and even its name, with "a
step in Stalin's consolidation was the removal of Trotsky from the Communist Party in
1927": a year or a place that agrees, or a name that stands elsewhere in the fact, would
confirm it. The fact tells the event in its own words ("removal", not "expelled"), so its
frames share no predicate with the claim's and the frame check (`_claim_frames`) cannot
compare them. Here the event is the fact's when the fact holds the claim's verb (in its
words or keywords) and all its frames with a party in the claim's role agree on who that
is: another party there, and none of the claim's, is the wrong doer (or undergoer).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._claim_reading import CLOSE, MIN_COVERAGE, PARTIES, ClaimCheck, ClaimReader
from ._content import Fact
from ._frames import Frame
from ._index import Hit

__all__ = ["Doers"]

_ROLES = ("agent", "patient")


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
        if not hits or hits[0].coverage < MIN_COVERAGE:
            return None
        if not self.reader.cues.wish_verbs.isdisjoint(words):
            return None  # "wanted him gone" tells a wish, not the event (`_claim_wish`)
        top = hits[0]
        close = [h for h in hits[1:3] if h.score >= top.score * CLOSE]
        for said in self.reader.framer.read_words(words, owned=owned):
            if not said.predicate or said.negated or said.role("recipient"):
                continue
            wrong = self._wrong(said, top.fact)
            if wrong is None:
                continue
            if any(self._wrong(said, h.fact) is False for h in close):
                return None  # a fact as close tells it of the claim's party
            if wrong:
                return self._corrected(said, top.fact)
        return None

    def _wrong(self, said: Frame, fact: Fact) -> bool | None:
        """Whether the fact names another party in a role the claim fills (None: it
        tells no such event, or its frames disagree among themselves)."""
        frames = self.reader.frames[fact.id]
        if any(f.predicate == said.predicate for f in frames):
            return None  # the same verb: the frame check compares them
        if said.predicate not in self._told(fact):
            return None
        verdict: bool | None = None
        for role in _ROLES:
            mine = self._parties(said.role(role))
            if not mine:
                continue
            told = [self._parties(f.role(role)) for f in frames if not f.negated]
            told = [t for t in told if t]
            if not told or any(t != told[0] for t in told):
                return None  # no party there, or several events with their own
            theirs = told[0]
            if theirs & self._others(frames, role):
                return None  # the fact's frames read it both ways: no telling who
            if mine & theirs:
                verdict = False if verdict is None else verdict
                continue
            if not self._alike(mine, theirs) or mine & self._others(frames, role):
                return None
            verdict = True
        return verdict

    def _corrected(self, said: Frame, fact: Fact) -> ClaimCheck:
        """The fact, opened with who it names in the claim's role instead."""
        frames = self.reader.frames[fact.id]
        for role in _ROLES:
            mine = self._parties(said.role(role))
            theirs = next((self._parties(f.role(role)) for f in frames if f.role(role)), None)
            if mine and theirs and not mine & theirs:
                right = " and ".join(self.names.get(p, p) for p in sorted(theirs))
                wrong = " and ".join(self.names.get(p, p) for p in sorted(mine))
                return ClaimCheck(
                    False, (fact,), "doer", f"It was {right}, not {wrong}. {fact.answer}"
                )
        return ClaimCheck(False, (fact,), "doer")

    def _told(self, fact: Fact) -> frozenset[str]:
        """Every term the fact's answer, source and keywords hold."""
        held, denied = self.reader.held(fact)
        keywords = self.reader.analyzer.analyze(" ".join(fact.keywords), correct=False).terms
        return held | denied | frozenset(keywords)

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
