"""Time checks of a claim: "A after B" or "A before B" against what the facts say."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ._claim_reading import CLOSE, MIN_COVERAGE, ClaimCheck, ClaimReader
from ._claim_slots import Slots, years
from ._content import Fact
from ._phrases import words as folded_words
from ._text import CLAUSE as _CLAUSE

__all__ = ["Times", "dated_stretches"]

_SENTENCE = re.compile(r"(?<!\d)[.!?]+(?!\d)|\n")


class Times:
    """Checks the order a claim gives two events. Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader, slots: Slots) -> None:
        self.reader = reader
        self.slots = slots
        self.analyzer = reader.analyzer
        self.index = reader.index
        self._after = tuple(reader.cues.after)
        self._before = tuple(reader.cues.before)

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
