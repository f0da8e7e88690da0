"""A claimed duration against the two ends the text dates ("he was in exile for 20 years"
where the text says he was exiled in 1929 and killed in 1940).

`_claim_measures` compares a claimed span with a span a fact states ("eleven years in
exile"). A text often states no span but dates the state's start and its end: a fact
that tells the state of the person the claim is about dates its start ("exiled in
1929") or, after "until" or an ending verb, its end ("in exile until his death in
1890", "the mill closed in 1902"; english.yaml's `ending_verbs`), the stretch just
before such an end its start ("took power in 1395 and ruled until 1431"); a range
("from 1929 to 1940") gives both; and the person's death ends every state of a life. The
span between the two ends, to a year either way (the text gives years, not days), bears
the claim out or denies it; the correction gives the facts dating both ends.

`Spans.ends` and `Spans.dated` are the same reading for a learner's question ("how long
was he in exile?", "how long after A was B?": tutor/_between.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from ._claim_reading import MIN_COVERAGE, PARTIES, ClaimCheck, ClaimReader
from ._claim_time import dated_stretches
from ._content import Fact
from ._once import Once
from ._phrases import words as folded_words
from ._quantities import Quantity
from ._quantity_agree import claim_reach
from ._text import language

__all__ = ["Spans"]

_YEAR_DAYS = 365.25
_Stretch = tuple[int | None, frozenset[str], bool]  # its year, its terms, whether it ends
# "from 1929 to 1940", "1929-1940", "between 1929 and 1940": both ends in one fact
_RANGE = re.compile(
    r"\b(?:from|between)?\s*(\d{3,4})\s*(?:-|\u2013|\u2014|to|until|till|and)\s*(\d{3,4})\b"
)
_UNTIL = frozenset(["until", "till", "through", "up"])  # before the year ending a state
_STATE_HELD = 0.5  # of the state's words ("lived in exile") a fact dating it holds
_WIDER = 0.8  # of MIN_COVERAGE: as `_claim_measures`, a fact may hold a little less


class Spans:
    """Checks a claimed span against the years a state starts and ends. Immutable;
    shared by all sessions."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.index = reader.index
        self.kinds = reader.kinds
        self.is_year = reader.analyzer.is_year
        # dying and being killed end every state of a life (the analyzer's terms)
        self.ends_life = frozenset(reader.terms(["died", "killed"]))
        # "closed in 1902" ends a span as "until 1902" does (english.yaml)
        self._ending = frozenset(reader.terms(language()["ending_verbs"]))
        pack = reader.pack
        # a fact's dated stretches with their terms, and a person's deaths, read once
        self._stretches: Once[tuple[_Stretch, ...]] = Once(
            lambda fid: self._read_stretches(pack.fact(fid)), pack.by_id
        )
        self._deaths: Once[tuple[tuple[int, Fact], ...]] = Once(self._read_deaths, reader.kinds)

    def check(self, rest: Sequence[str], names: frozenset[str], q: Quantity) -> ClaimCheck | None:
        """A span claimed of the rest of the claim (its words without the figure), against
        the years the text gives the state's two ends; None when it dates not both."""
        if q.kind != "span":
            return None
        found = self.ends(rest, names)
        if found is None:
            return None
        (start, start_fact), (end, end_fact) = found
        verdict = _agrees(q, end - start)
        if verdict is None:
            return None
        facts = tuple(dict.fromkeys((start_fact, end_fact)))
        return ClaimCheck(verdict, facts, "span")

    def ends(
        self,
        rest: Sequence[str],
        names: frozenset[str],
        who: str | None = None,
        things: bool = False,
    ) -> tuple[tuple[int, Fact], tuple[int, Fact]] | None:
        """The years (and facts) the text starts and ends the state of one person or
        group the words tell of ("Trotsky was in exile"; `who`, for words saying "he"),
        when it dates both; with `things`, of a thing too ("the ropewalk": opened in 1866,
        closed in 1902)."""
        query = self.reader.query(rest, names)
        people = [t for t in query.terms if self.kinds.get(t) in PARTIES]
        people = people or ([who] if who else [])
        state = frozenset(t for t in query.terms if t not in self.kinds and not self.is_year(t))
        if len(set(people)) > 1 or not state or not (people or things):
            return None
        who = people[0] if people else None
        if who is not None and who not in query.terms:
            query = replace(query, terms=(who, *query.terms))
        starts: list[tuple[int, Fact]] = []
        ends: list[tuple[int, Fact]] = []
        asked = replace(query, qtype="duration")
        for hit in self.index.search(asked, limit=6):
            if hit.coverage < MIN_COVERAGE * _WIDER - 1e-9:
                continue
            fact = hit.fact
            told = self._told(fact)
            if (who is not None and who not in told) or self.reader.share(
                state, told
            ) < _STATE_HELD:
                continue
            for year, is_end in self.dated(fact, state, who):
                (ends if is_end else starts).append((year, fact))
        if not starts:
            return None
        start = min(starts, key=lambda s: s[0])
        later = [e for e in ends if e[0] > start[0]]
        if who is not None:
            later = later or [d for d in self.deaths(who) if d[0] > start[0]]
        if not later:
            return None
        return start, min(later, key=lambda e: e[0])

    def _told(self, fact: Fact) -> frozenset[str]:
        held, denied = self.reader.held(fact)
        return held | denied | frozenset(self.reader.terms(folded_words(fact.answer)))

    def dated(
        self, fact: Fact, about: frozenset[str], who: str | None = None
    ) -> list[tuple[int, bool]]:
        """The years a fact tells of what `about`'s terms say, each marked as a state's
        end ("until ... 1890") or not: the year of each stretch of the text holding one
        of the terms ("his exile ... in 1929" of a list of dated steps). A range gives
        its first year as a start and its last as an end; an end, the earlier year of the
        stretch just before it as its start, if that stretch is of `who` too."""
        text = fact.answer
        for m in _RANGE.finditer(text):
            a, b = m.group(1), m.group(2)
            if self.is_year(a) and self.is_year(b) and int(a) < int(b):
                return [(int(a), False), (int(b), True)]
        out: list[tuple[int, bool]] = []
        stretches = self._stretches[fact.id]
        for k, (year, terms, ends) in enumerate(stretches):
            if year is None or about.isdisjoint(terms):
                continue
            out.append((year, ends))
            # "took power in 1395 and ruled until 1431": the stretch before, dated
            # earlier and of the same one (`who`, else what `about` says), starts what
            # this one ends ("Tobiah died in 1840, and Ottilie ran it until 1851": not)
            if not ends or not k:
                continue
            before, of, _ = stretches[k - 1]
            same = who in of if who is not None else not about.isdisjoint(of)
            if before is not None and before < year and same:
                out.append((before, False))
        return list(dict.fromkeys(out))

    def _read_stretches(self, fact: Fact) -> tuple[_Stretch, ...]:
        """A fact's answer cut into dated stretches (`dated_stretches`): each one's year,
        terms and whether it ends a state ("until 1890", "closed in 1902")."""
        out: list[_Stretch] = []
        for told, year in dated_stretches(fact.answer, self.is_year):
            terms = frozenset(self.reader.terms(told))
            ends = not _UNTIL.isdisjoint(told) or not self._ending.isdisjoint(terms)
            out.append((year, terms, ends))
        return tuple(out)

    def deaths(self, who: str) -> list[tuple[int, Fact]]:
        """The years the text tells the person's death (or killing) in, with their facts."""
        return list(self._deaths[who]) if who in self.reader.kinds else []

    def _read_deaths(self, who: str) -> tuple[tuple[int, Fact], ...]:
        out: list[tuple[int, Fact]] = []
        for fact in self.reader.pack.facts:
            held, _ = self.reader.held(fact)
            if who not in held or self.ends_life.isdisjoint(held):
                continue
            died = any(
                f.predicate in self.ends_life
                and not f.negated
                and who in f.role("patient") + (f.role("agent") if f.role("patient") == () else ())
                for f in self.reader.frames[fact.id]
            )
            if died:
                out.extend((y, fact) for y, _ in self.dated(fact, self.ends_life))
        return tuple(out)


def _agrees(claimed: Quantity, years: int) -> bool | None:
    """A claimed span against one between two years (a year either way): inside it or
    holding it bears the claim out, apart from it denies it."""
    lo, hi = claim_reach(claimed)
    lo, hi = lo / _YEAR_DAYS, hi / _YEAR_DAYS
    f_lo, f_hi = years - 1.0, years + 1.0
    if (f_lo <= lo and hi <= f_hi) or (lo <= f_lo and f_hi <= hi and not math.isinf(hi - lo)):
        return True
    if hi < f_lo or lo > f_hi:
        return False
    return None
