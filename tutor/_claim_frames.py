"""Who did what in a claim against the facts it is about: the same event with other
people in its roles, turned round, or denied, is wrong ("Trotsky exiled Stalin" against
"the exile of Trotsky"), so that a claim is never confirmed for sharing a fact's words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ._analyze import Query
from ._claim_reading import BREAK, CLOSE, MIN_COVERAGE, PARTIES, ClaimCheck, ClaimReader
from ._content import Fact
from ._frames import Frame
from ._index import Hit
from ._noun_kinds import noun_kind
from ._text import stem

__all__ = ["FrameChecks"]

_OF_CAUSE = frozenset(["of", "from"])  # "died of a fever", "died from his wounds"
_SOMEONE = frozenset(["person", "group"])  # WordNet's classes of nouns naming people


class FrameChecks:
    """Checks the roles a claim gives people. Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.kinds = reader.kinds
        # the analyzer's terms of dying and of killing: a killing is a death's cause
        self._die = frozenset(reader.terms(["died"]))
        self._kill = next(iter(reader.terms(["killed"])), "")

    def frames(
        self,
        words: Sequence[str],
        hits: Sequence[Hit],
        owned: frozenset[tuple[str, str]] = frozenset(),
    ) -> ClaimCheck | None:
        """Who did what in the claim against the facts it is about: the same event with
        other people in its roles, turned round, or denied, is wrong."""
        close = [
            h for h in hits[:3] if h.score >= hits[0].score * CLOSE and h.coverage >= MIN_COVERAGE
        ]
        if not close:
            return None
        right: ClaimCheck | None = None
        for said in self.reader.framer.read_words(words, owned=owned):
            if not said.predicate:
                continue
            verdicts: dict[bool, Fact] = {}  # this frame against the facts' frames
            for hit in close:
                for held in self.reader.listed[hit.fact.id]:
                    agree = self.agree(said, held) if held.predicate == said.predicate else None
                    if agree is not None:
                        verdicts.setdefault(agree, hit.fact)
            if True not in verdicts and False in verdicts:
                return ClaimCheck(False, (verdicts[False],), "frame")  # one wrong part is enough
            if True in verdicts and right is None:
                right = ClaimCheck(True, (verdicts[True],), "frame")
        return right

    def agree(self, said: Frame, held: Frame) -> bool | None:
        """Whether two frames of one predicate agree on who did what (None: cannot tell)."""
        shared = False
        for role in ("agent", "patient"):
            a, b = self._parties(said.role(role)), self._parties(held.role(role))
            if role == "agent" and (said.role("recipient") or held.role("recipient")):
                # "A sided with B" is "B sided with A": who is partner and who agent is free
                a |= self._parties(said.role("recipient"))
                b |= self._parties(held.role("recipient"))
            if a and b and not a & b and self._alike(a, b):
                return False  # a group and its members are not told apart: not a mix-up
            shared = shared or bool(a & b)
        for role, other in (("agent", "patient"), ("patient", "agent")):
            mine, theirs = self._parties(said.role(role)), self._parties(held.role(other))
            mine -= self._parties(said.role(other))  # "Stalin ... view Stalin": unsure
            # someone else in the other role, or it is one participant read two ways
            # ("the death of Lenin" and "Lenin died")
            second = self._parties(said.role(other)) | self._parties(held.role(role))
            if mine & theirs and second and not mine & self._parties(held.role(role)):
                return False  # "Vell feared the guild" against "the guild feared Vell"
        if _turned_round(said, held):
            return False  # "Gale rescued the fishermen" against "rescued by fishermen"
        if said.negated != held.negated:
            return False
        return True if shared else None

    def turns_round(
        self, words: Sequence[str], fact: Fact, owned: frozenset[tuple[str, str]]
    ) -> bool:
        """Whether the claim puts someone in the other role of an event of the fact ("Stalin
        was a threat to Trotsky" against "Zinoviev and Kamenev feared Trotsky"): who did
        what to whom turned round, a mix-up whoever else the fact names."""
        held = [f for f in self.reader.frames[fact.id] if f.predicate]
        for said in self.reader.framer.read_words(words, owned=owned):
            doers = self._parties(said.role("agent")) | self._parties(said.role("recipient"))
            done = self._parties(said.role("patient"))
            for h in held:
                if h.predicate != said.predicate:
                    continue
                theirs = self._parties(h.role("agent")) | self._parties(h.role("recipient"))
                if doers & self._parties(h.role("patient")) or done & theirs:
                    return True
        return False

    def stranger(
        self, words: Sequence[str], query: Query, owned: frozenset[tuple[str, str]] = frozenset()
    ) -> ClaimCheck | None:
        """A claim giving the doer of an event the text tells as someone the text never
        names there ("Trotsky was killed by a soldier" against
        "Trotsky was assassinated by Mercader"): wrong, with the fact of that event.

        The event is found by its own frame (the predicate and the party the claim
        names), not by the claim's words, since the stranger's words lead elsewhere; a
        fact that holds any of the stranger's words (keywords too: "an agent") may be
        describing the same person, and is left unjudged.
        """
        for said in self.reader.framer.read_words(words, owned=owned):
            if not said.predicate or said.negated:
                continue
            # the doer only: what is done to is often a thing ("stayed loyal to them")
            known = self._parties(said.role("patient"))
            doer = said.role("agent")
            if not known or not doer or any(self.kinds.get(t) for t in doer):
                continue  # a party doing it: `frames` compares it
            if not self._someone(words, frozenset(doer)):
                continue  # "defeated by bureaucracy" may say what beat him, not who
            fact = self._event_fact(said.predicate, known, query)
            if fact is None:
                continue
            if frozenset(doer) & self._told_in(fact):
                return None
            return ClaimCheck(False, (fact,), "frame")
        return None

    def died_of(self, words: Sequence[str], query: Query) -> ClaimCheck | None:
        """ "X died of C" (or "from C") where the text tells that someone killed X: wrong,
        with the fact of the killing, unless that fact holds any of C's words ("died of
        his wounds"). A death the text tells no killing of is left to the other checks."""
        reader = self.reader
        stems = tuple(stem(w) for w in words)
        for i, word in enumerate(words):
            if not self._die or self._die.isdisjoint(reader.terms([word])):
                continue
            j = i + 1
            while j < len(words) and words[j].endswith("ly"):
                j += 1  # "died peacefully of old age"
            if j >= len(words) or words[j] not in _OF_CAUSE:
                continue
            end = next(
                (k for k in range(j + 1, len(words)) if words[k] in self.reader.cues.prepositions),
                len(words),
            )
            cause = frozenset(reader.terms([w for w in words[j + 1 : end] if w != BREAK]))
            dead = self._parties([n for n, _, e in reader.mentions(stems[:i]) if e <= i])
            if not cause or not dead or any(self.kinds.get(t) for t in cause):
                return None
            fact = self._event_fact(self._kill, dead, query)
            if fact is None or cause & self._told_in(fact):
                return None
            return ClaimCheck(False, (fact,), "frame")
        return None

    def _event_fact(self, predicate: str, known: frozenset[str], query: Query) -> Fact | None:
        """The fact telling the event `predicate` done to `known` by a party, found by
        those alone."""
        index = self.reader.index
        if predicate not in index.idf:
            return None
        event = replace(
            query,
            terms=(predicate, *sorted(known)),
            entities=tuple(sorted(known)),
            unknown=(),
            surface=(),
            qtype=None,
        )
        for hit in index.search(event, limit=6):
            if hit.coverage < MIN_COVERAGE:
                break
            for held in self.reader.frames[hit.fact.id]:
                if (
                    held.predicate == predicate
                    and not held.negated
                    and known & self._parties(held.role("patient"))
                    and self._parties(held.role("agent"))
                ):
                    return hit.fact
        return None

    def _someone(self, words: Sequence[str], doer: frozenset[str]) -> bool:
        """Whether the doer's words name a person or a body of people (WordNet's class
        of a noun: "soldier", "army"), not a thing or an idea."""
        return any(
            noun_kind(w) in _SOMEONE and not doer.isdisjoint(self.reader.terms([w])) for w in words
        )

    def _told_in(self, fact: Fact) -> frozenset[str]:
        """Every term a fact's answer, source passage and keywords hold."""
        reader = self.reader
        held, denied = reader.held(fact)
        keywords = reader.analyzer.analyze(" ".join(fact.keywords), correct=False).terms
        return held | denied | frozenset(keywords)

    def _parties(self, values: Sequence[str]) -> frozenset[str]:
        return frozenset(v for v in values if self.kinds.get(v) in PARTIES)

    def _alike(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether two sets of parties can be compared: people with people, or groups
        with groups ("the Troika" and "Zinoviev and Kamenev" may be the same)."""
        return bool({self.kinds.get(x) for x in a} & {self.kinds.get(x) for x in b})

    def roles(self, words: Sequence[str], query: Query, hits: Sequence[Hit]) -> ClaimCheck | None:
        """A claim saying of one person what the fact it is about says of another: "Stalin
        was exiled in 1929" against "the exile of Trotsky ... in 1929"."""
        index = self.reader.index
        bound = [
            (t, n)
            for t, n in self.reader.analyzer.bindings_of([w for w in words if w != BREAK])
            if self.kinds.get(n) == "person"
        ]
        if not bound or not hits or hits[0].coverage < MIN_COVERAGE:
            return None
        top = hits[0]
        # the fact's own frames settle it when they give that event that person:
        # "Stalin and his allies suppressed Lenin's testament" binds the suppressing to
        # Lenin by its words, yet Stalin did it
        frames = self.reader.frames[top.fact.id]
        said = {
            t
            for t, n in bound
            if not any(f.predicate == t and n in f.role("agent") for f in frames)
        }
        if not said:
            return None
        others = index.roles.of_others(
            index.position(top.fact.id),
            {t: frozenset({"person"}) for t in said},
            set(query.entities),
        )
        return ClaimCheck(False, (top.fact,), "role") if others else None


def _turned_round(said: Frame, held: Frame) -> bool:
    """Whether a claim's doer is what a fact's event is done to and what the claim's
    event is done to is the fact's doer, as words, names or not ("Gale rescued the
    fishermen" against "Gale was rescued by fishermen"): the same two the other way
    round. A partner ("sided with") may stand either way, so its frames are not."""
    if said.role("recipient") or held.role("recipient"):
        return False
    doer, done = frozenset(said.role("agent")), frozenset(said.role("patient"))
    by, to = frozenset(held.role("agent")), frozenset(held.role("patient"))
    crossed = bool(doer & to) and bool(done & by)
    return crossed and not doer & by and not done & to
