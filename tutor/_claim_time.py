"""Time checks of a claim: "A after B" or "A before B" against what the facts say."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ._claim_reading import BREAK, CLOSE, MIN_COVERAGE, ClaimCheck, ClaimReader, past
from ._claim_slots import Slots, years
from ._content import Fact
from ._phrases import words as folded_words
from ._text import CLAUSE as _CLAUSE
from ._text import irregular_past, stem

__all__ = ["Times", "dated_stretches"]

_SENTENCE = re.compile(r"(?<!\d)[.!?]+(?!\d)|\n")
# auxiliaries that may follow a clause's subject ("Lenin had grown", "he could have")
_AUX = frozenset(["had", "has", "have", "did", "does", "could", "would", "will", "might", "should"])
_DATE_WORDS = frozenset(["the", "early", "late", "mid", "in", "of"])  # "after the late 1920s"
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
        """("A", "B") and whether A is said to come after B, for "A after/before B"."""
        for i in range(1, len(words) - 1):
            for phrases, later in ((self._after, True), (self._before, False)):
                for p in phrases:
                    if words[i : i + len(p)] == p and i + len(p) < len(words):
                        return (words[:i], words[i + len(p) :]), later
        return None

    def sequence(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], bool] | None:
        """As `split`, for the orders a line tells with its clauses: "first A, then B",
        "A and later B" (A before B), "after B, A" (A after B)."""
        return self._sequence(words) or self._leading(words)

    def dated(
        self, a: Sequence[str], b: Sequence[str], later: bool, names: frozenset[str]
    ) -> ClaimCheck | None:
        """The order of A and B as the years of their own facts give it."""
        return self._time(a, b, later, names)

    def stated(
        self, a: Sequence[str], b: Sequence[str], later: bool, names: frozenset[str]
    ) -> ClaimCheck | None:
        """A fact that itself says "A after B" (or "after B, A") for the same A and B."""
        return self._stated_order(a, b, later, names)

    def _sequence(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], bool] | None:
        """ "first A and then B", "A, then later B": (A, B), A before B. A marker counts
        after a clause break or "and", or in a line opened by "first"; the second clause
        without a subject of its own ("... and then removed from X") takes the first's."""
        opened = next((len(p) for p in self._first if words[: len(p)] == p), 0)
        inner = self._inner_first(words)
        if inner is not None:  # "he was first expelled ... and then ...": as if opened
            words = (*words[: inner[0]], *words[inner[1] :])
            opened = opened or -1
        start = max(opened, 0)
        for i in range(start + 1, len(words) - 1):
            for p in self._then:
                end = i + len(p)
                if words[i:end] != p or end >= len(words):
                    continue
                if not (opened or p[0] == "and" or words[i - 1] in _JOINED):
                    continue
                a = _trim(words[start:i])
                b = _trim(words[end:])
                if len(a) < 2 or not b:
                    continue
                return (a, self._subject_of(a, b)), False
        return None

    def _inner_first(self, words: tuple[str, ...]) -> tuple[int, int] | None:
        """Where "first" stands before a verb inside the line ("he was first expelled")."""
        for k in range(1, len(words) - 1):
            for p in self._first:
                end = k + len(p)
                if words[k:end] == p and end < len(words) and self._verb(words[end]):
                    return k, end
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
            # B ends where A's subject and verb start, or at the line's first break
            starts = [
                k
                for k in (self._clause_start(rest), rest.index(BREAK) if BREAK in rest else None)
                if k is not None
            ]
            if not starts:
                return None
            cut = min(starts)
            b, a = _trim(rest[:cut]), _trim(rest[cut:])
            if not any(w.isalpha() and w not in _DATE_WORDS for w in b):
                return None  # "after 1929, ...": a time, not an event, the slots check
            if len(a) >= 2:
                return (a, b), later
            return None
        return None

    def _clause_start(self, words: tuple[str, ...]) -> int | None:
        """Where a clause with its own subject and verb starts, after the first word."""
        stems = tuple(stem(w) for w in words)
        starts = {s: e for _, s, e in self.reader.mentions(stems)}
        for k in range(1, len(words) - 1):
            end = starts.get(k, k + 1 if words[k] in _SUBJECTS else None)
            if (
                end is not None
                and end < len(words)
                and (self._verb(words[end]) or words[end] in _AUX)
            ):
                return k
        return None

    def _verb(self, word: str) -> bool:
        return word in self.reader.cues.statement_verbs or past(word) or irregular_past(word)

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
        if fa is not None and fa == fb:
            # one fact telling both events ("dismissed in 1870 and left in 1872"): the
            # year each is told with there
            within = self.within(fa, a, b, later, names)
            if within is not None:
                return within
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

    def within(
        self, fact: Fact, a: Sequence[str], b: Sequence[str], later: bool, names: frozenset[str]
    ) -> ClaimCheck | None:
        """ "A after B" against one fact that dates both events: the year told in the
        stretch of its text that tells A, against the one telling B. None unless each
        gets one year of its own."""
        reader = self.reader
        a_terms = frozenset(reader.query(a, names).terms)
        b_terms = frozenset(reader.query(b, names).terms)
        # what tells each event: not what both clauses hold, nor a name when the clause
        # says more ("Osk left Skarra": the leaving, not Osk, is what the year is of)
        own_a, own_b = self._own(a_terms - b_terms), self._own(b_terms - a_terms)
        if not own_a or not own_b:
            return None
        for text in (fact.answer, fact.source):
            stretches = dated_stretches(text, self.analyzer.is_year)
            ya = self._year_of(own_a, stretches)
            yb = self._year_of(own_b, stretches)
            if ya is None or yb is None or ya == yb:
                continue
            return ClaimCheck((ya > yb) == later, (fact,), "time")
        return None

    def _own(self, terms: frozenset[str]) -> frozenset[str]:
        unnamed = frozenset(t for t in terms if t not in self.reader.kinds)
        return unnamed or terms

    def _year_of(
        self, terms: frozenset[str], stretches: Sequence[tuple[tuple[str, ...], int | None]]
    ) -> int | None:
        """The one year of the stretches holding any of the terms; None if none or many."""
        found = {
            year
            for told, year in stretches
            if year is not None and not terms.isdisjoint(self.reader.terms(told))
        }
        return next(iter(found)) if len(found) == 1 else None

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


def dated_stretches(
    text: str, is_year: Callable[[str], bool]
) -> list[tuple[tuple[str, ...], int | None]]:
    """A text cut where it lists ("," ";" "and") into stretches, each with the year told
    in it; a stretch with none takes the next one's in the same sentence ("Ada, born in
    1816"), else the one before."""
    out: list[tuple[tuple[str, ...], int | None]] = []
    for sentence in _SENTENCE.split(text):
        cut: list[tuple[str, ...]] = []
        for clause in _CLAUSE.split(sentence):
            part: list[str] = []
            for word in folded_words(clause):
                if word == "and" and part:
                    cut.append(tuple(part))
                    part = []
                elif word != "and":
                    part.append(word)
            if part:
                cut.append(tuple(part))
        told = [next((int(w) for w in c if w.isdigit() and is_year(w)), None) for c in cut]
        for k, c in enumerate(cut):
            year = told[k]
            if year is None:
                year = next((y for y in told[k + 1 :] if y is not None), None)
            if year is None:
                year = next((y for y in reversed(told[:k]) if y is not None), None)
            out.append((c, year))
    return out
