"""Time checks of a claim: "A after B" or "A before B" against what the facts say."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ._claim_reading import BREAK, CLOSE, MIN_COVERAGE, ClaimCheck, ClaimReader, past
from ._claim_slots import Slots, years
from ._content import Fact
from ._phrases import words as folded_words
from ._text import CLAUSE as _CLAUSE
from ._text import stem

__all__ = ["Times"]

_JOINED = frozenset([BREAK, "and"])  # before a sequence marker: "A, then B", "A and later B"
_SUBJECTS = frozenset(["he", "she", "they", "it", "we", "i", "you"])


def _trim(words: Sequence[str]) -> tuple[str, ...]:
    """A clause without the breaks and "and" around it."""
    out = list(words)
    while out and out[0] in _JOINED:
        out.pop(0)
    while out and out[-1] in _JOINED:
        out.pop()
    return tuple(out)


class Times:
    """Checks the order a claim gives two events. Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader, slots: Slots) -> None:
        self.reader = reader
        self.slots = slots
        self.analyzer = reader.analyzer
        self.index = reader.index
        self._after = tuple(reader.cues.after)
        self._before = tuple(reader.cues.before)
        # longest first: "and then later" before "and then"
        self._then = tuple(sorted(reader.cues.then, key=len, reverse=True))
        self._first = tuple(sorted(reader.cues.first, key=len, reverse=True))

    def split(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], bool] | None:
        """("A", "B") and whether A is said to come after B, for "A after/before B",
        "after B, A" and "first A, then B" (A before B)."""
        told = self._sequence(words) or self._leading(words)
        if told is not None:
            return told
        for i in range(1, len(words) - 1):
            for phrases, later in ((self._after, True), (self._before, False)):
                for p in phrases:
                    if words[i : i + len(p)] == p and i + len(p) < len(words):
                        return (words[:i], words[i + len(p) :]), later
        return None

    def _sequence(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], bool] | None:
        """ "first A and then B", "A, then later B": (A, B), A before B. A marker counts
        after a clause break or "and", or in a line opened by "first"; the second clause
        without a subject of its own ("... and then removed from X") takes the first's."""
        opened = next((len(p) for p in self._first if words[: len(p)] == p), 0)
        for i in range(opened + 1, len(words) - 1):
            for p in self._then:
                end = i + len(p)
                if words[i:end] != p or end >= len(words):
                    continue
                if not (opened or p[0] == "and" or words[i - 1] in _JOINED):
                    continue
                a = _trim(words[opened:i])
                b = _trim(words[end:])
                if len(a) < 2 or not b:
                    continue
                return (a, self._subject_of(a, b)), False
        return None

    def _leading(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], bool] | None:
        """ "after B, A" (A later) or "before B, A": B ends at the line's clause break,
        else where A's subject and verb start ("after his exile Trotsky was ...")."""
        for phrases, later in ((self._after, True), (self._before, False)):
            p = next((p for p in phrases if words[: len(p)] == p), None)
            if p is None:
                continue
            rest = words[len(p) :]
            cut = rest.index(BREAK) if BREAK in rest else self._clause_start(rest)
            if cut is None:
                return None
            b, a = _trim(rest[:cut]), _trim(rest[cut:])
            if b and len(a) >= 2:
                return (a, b), later
            return None
        return None

    def _clause_start(self, words: tuple[str, ...]) -> int | None:
        """Where a clause with its own subject and verb starts, after the first word."""
        stems = tuple(stem(w) for w in words)
        starts = {s: e for _, s, e in self.reader.mentions(stems)}
        for k in range(1, len(words) - 1):
            end = starts.get(k, k + 1 if words[k] in _SUBJECTS else None)
            if end is not None and end < len(words) and self._verb(words[end]):
                return k
        return None

    def _verb(self, word: str) -> bool:
        return word in self.reader.cues.statement_verbs or past(word)

    def _subject_of(self, a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        """B with A's subject before it when B opens on its verb ("and then removed")."""
        if not self._verb(b[0]):
            return b
        verb = next((k for k, w in enumerate(a) if self._verb(w)), 0)
        return (*a[:verb], *b) if verb else b

    def check(
        self, a: Sequence[str], b: Sequence[str], later: bool, names: frozenset[str]
    ) -> ClaimCheck | None:
        """The order of A and B as a fact states it, else as their facts' years give it."""
        return self._stated_order(a, b, later, names) or self._time(a, b, later, names)

    def _time(
        self, a: Sequence[str], b: Sequence[str], later: bool, names: frozenset[str]
    ) -> ClaimCheck | None:
        """ "A after B" (later=True) or "A before B" against the years of their facts."""
        fa, ya = self._when(a, names)
        fb, yb = self._when(b, names)
        if fa is None or ya is None or yb is None:
            return None
        a_first = ya[1] < yb[0]
        b_first = yb[1] < ya[0]
        facts = tuple(f for f in (fa, fb) if f is not None)
        if (later and a_first) or (not later and b_first):
            return ClaimCheck(False, facts, "time")
        if (later and b_first) or (not later and a_first):
            return ClaimCheck(True, facts, "time")
        return None

    def _stated_order(
        self, a: Sequence[str], b: Sequence[str], later: bool, names: frozenset[str]
    ) -> ClaimCheck | None:
        """A fact that itself says "A after B" (or "after B, A") for the same A and B.

        "After Lenin died, a power struggle emerged" says nothing of when Stalin became
        General Secretary: the fact must also tell A.
        """
        reader = self.reader
        query = reader.query([*a, *b], names)
        a_terms = frozenset(reader.query(a, names).terms)
        b_terms = frozenset(reader.query(b, names).terms)
        if not b_terms:
            return None
        hits = self.index.search(query, limit=4)
        for hit in hits:
            if hit.score < hits[0].score * CLOSE or hit.coverage < MIN_COVERAGE:
                continue
            for text in (hit.fact.answer, hit.fact.source):
                if reader.share(a_terms, frozenset(reader.terms(folded_words(text)))) < 0.5:
                    continue
                for clause in _CLAUSE.split(text):
                    cw = folded_words(clause)
                    for i in range(len(cw)):
                        for phrases, fact_later in ((self._after, True), (self._before, False)):
                            p = next((p for p in phrases if cw[i : i + len(p)] == p), None)
                            if p is None:
                                continue
                            tail = frozenset(reader.terms(cw[i + len(p) :]))
                            if tail and reader.share(b_terms, tail) >= 0.5:
                                return ClaimCheck(fact_later == later, (hit.fact,), "time")
        return None

    def _when(
        self, words: Sequence[str], names: frozenset[str]
    ) -> tuple[Fact | None, tuple[int, int] | None]:
        query = self.reader.query(words, names)
        said = [s for t in query.terms if self.analyzer.is_year(t) and (s := years(t))]
        rest = tuple(t for t in query.terms if not self.analyzer.is_year(t))
        fact: Fact | None = None
        if rest:
            asked = replace(query, terms=rest, qtype="date")
            hits = [h for h in self.index.search(asked, limit=3) if h.coverage >= MIN_COVERAGE]
            fact = hits[0].fact if hits else None
        if said:
            return fact, said[0]
        if fact is None:
            return None, None
        values = self.slots.values(fact, "date")
        if not values:
            return fact, None
        lo, hi = (int(x) for x in values[0].split("-"))
        return fact, (lo, hi)
