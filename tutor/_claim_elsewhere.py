"""A true statement about another fact: what the judge asks before it calls a line a
mix-up of the question's point.

A learner who answers a question with a sentence that is true but about something else
("Trotsky underestimated the party machinery" to "why was Stalin's win surprising?")
shares names and words with the question's points, so word overlap alone would read it
as a mix-up ("That was Stalin, not Trotsky") or even as the answer. So the line is first
compared with the facts it is most about, frame against frame: when none of them is the
question's own, a frame of the line agrees with one of theirs (who did what, denied or
not) or the claim check confirms it, and nothing finds it false, the line is "true, other
fact": not credited, not corrected, and told so ("True, but the question asks ...").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ._claim_reading import CLOSE, MIN_COVERAGE
from ._claims import ClaimCheck, Claims
from ._frames import Frame
from ._index import Hit
from ._utterance import Utterance

__all__ = ["Elsewhere", "Told", "thin"]

_HITS = 6  # facts a line or clause is compared with
_THIN = 2  # content terms a claim confirmed by a fact's words alone must hold


@dataclass(frozen=True, slots=True)
class Told:
    """What a line states truly, against one question's facts.

    Attributes:
        facts: the ids of the facts it states truly, best first (empty when it is
            false, doubtful or no statement): a true line is no mix-up of anything.
        own: whether it is (also) about the question's own facts; when not, it is
            true but answers something else.
        framed: whether its frames agree with those facts' (who did what), rather
            than the claim check alone confirming it (which weighs a denial less).
        confirmed: the facts the claim check confirms it by, if it does.
    """

    facts: tuple[str, ...] = ()
    own: bool = False
    framed: bool = False
    confirmed: tuple[str, ...] = ()

    @property
    def elsewhere(self) -> tuple[str, ...]:
        """The facts it states when they are none of the question's: "true, other fact"."""
        return () if self.own else self.facts

    @property
    def no_mix_up(self) -> bool:
        """Whether it can be no mix-up of the question's point: it tells who did what
        as a fact does, or it is true of another fact altogether."""
        return bool(self.facts) and (self.framed or not self.own)


_NOTHING = Told()


class Elsewhere:
    """Reads what a line states truly. Immutable; shared by all sessions."""

    def __init__(self, claims: Claims) -> None:
        self.claims = claims
        self.checks = claims.frame_checks
        self.index = claims.index
        self.kinds = claims.analyzer.entity_kinds
        # the judge asks again at every later turn on the question
        self._told = lru_cache(maxsize=4096)(self._read)

    def told(self, said: Utterance, own: Collection[str]) -> Told:
        """What the line states truly, and whether that is about the facts `own`."""
        return self._told(said, frozenset(own))

    def _read(self, said: Utterance, own: frozenset[str]) -> Told:
        claims = self.claims
        frames = [f for f in said.frames if f.predicate]
        if not frames or (said.asked and not claims.looks_like_claim(said)):
            return _NOTHING  # no statement: a question, or a word or two
        hits = self._about(said)
        if not hits:
            return _NOTHING
        told: dict[str, None] = {}
        # the question's own facts, however far down: a summary fact ranked first may
        # tell the question's point among others ("Stalin positioned himself ...")
        facts = dict.fromkeys([*(h.fact.id for h in hits), *sorted(own)])
        for frame in frames:
            right: dict[str, None] = {}
            wrong = False
            for fact in facts:
                # a fact read twice (its answer and its source): the reading that names
                # more of those taking part wins over one that leaves some out
                verdicts = {
                    (self._named(held), agree)
                    for held in claims.frames_of(fact)
                    if (agree := self._holds(frame, held)) is not None
                }
                most = max((n for n, _ in verdicts), default=0)
                if (most, False) in verdicts:
                    wrong = True
                elif (most, True) in verdicts:
                    right[fact] = None
            if wrong and not right:
                return _NOTHING  # one part of it is wrong: a mix-up, for the judge to say
            told.update(right)
        checked = claims.check(said)
        if checked is not None and not checked.right:
            return _NOTHING  # a wrong place, time, reason or relation: not "true"
        if checked is not None and thin(said, checked, self.kinds):
            checked = None  # "it worked very well": one word a fact holds is no truth told
        near = any(h.fact.id in own for h in hits)
        by_frames = bool(told)
        if not told and checked is not None:
            told.update(dict.fromkeys(f.id for f in checked.facts))
        # about the question: the fact it is most about, one whose frames it tells, or
        # (when no frame tells who did what) one as near as the fact the check found:
        # a summary fact may say the question's point among others
        about = hits[0].fact.id in own or bool(own.intersection(told)) or (near and not by_frames)
        confirmed = () if checked is None else tuple(f.id for f in checked.facts)
        return Told(tuple(told), about, by_frames, confirmed)

    def _about(self, said: Utterance) -> list[Hit]:
        """The facts the line, and each of its clauses, is most about."""
        queries = [said.query]
        if len(said.clauses) > 1:  # of two words at least ("Finally, ..." tells nothing)
            queries.extend(c.query for c in said.clauses if len(c.query.terms) >= 2)
        out: dict[str, Hit] = {}
        for query in queries:
            for hit in _close(self.index.search(query, limit=_HITS)):
                out.setdefault(hit.fact.id, hit)
        return list(out.values())

    def _holds(self, said: Frame, held: Frame) -> bool | None:
        """Whether a frame of the line agrees with a fact's (None: cannot tell): on who
        did what when it names anyone, else on what was done to what ("the post gave
        access to sensitive information")."""
        if said.predicate != held.predicate:
            return None
        mine, theirs = self._things(said), self._things(held)
        if (mine or theirs) and not mine & theirs:
            return None  # "appeared isolated" is another event than "appeared the heir"
        if held.role("patient") and not said.role("patient"):
            return None  # "Stalin formed ..." may be another than "they formed the Troika"
        agree = self.checks.agree(said, held)
        if agree is not None or self._parties(said):
            return agree
        if not mine:
            return None
        return said.negated == held.negated

    def _named(self, frame: Frame) -> int:
        """How many people and groups a frame names in any role."""
        return sum(v in self.kinds for r in frame.roles.values() for v in r)

    def _parties(self, frame: Frame) -> bool:
        return any(v in self.kinds for r in frame.roles.values() for v in r)

    def _things(self, frame: Frame) -> set[str]:
        """What the event is done to, besides people and pronouns (when and where it
        was are the claim check's to weigh)."""
        return {v for v in frame.role("patient") if v not in self.kinds and v[0] != "~"}


def thin(said: Utterance, checked: ClaimCheck, kinds: Mapping[str, str]) -> bool:
    """Whether a claim confirmed only because a fact holds its words says too little to
    be told "true": one word besides names ("it worked very well", "only the party")."""
    if checked.reason != "match":
        return False
    return sum(t not in kinds for t in said.query.terms) < _THIN


def _close(hits: Sequence[Hit]) -> list[Hit]:
    """The hits a line is about: near the best, holding most of what it says."""
    if not hits:
        return []
    top = hits[0].score
    return [h for h in hits if h.score >= top * CLOSE and h.coverage >= MIN_COVERAGE]
