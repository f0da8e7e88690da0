"""Slot checks of a claim: the person, place or year it names against the fact that
answers the claim asked as a question ("killed in Norway" -> where was he killed?)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ._analyze import Query
from ._claim_reading import BREAK, CLOSE, MIN_COVERAGE, ClaimCheck, ClaimReader
from ._content import Fact
from ._index import Hit
from ._text import is_year, split_words

__all__ = ["Slots", "years"]

_SLOT_KINDS = {"person": "person", "place": "place"}
_LIST_WORDS = frozenset(["and", "or", "eventually", "finally", "then", "later", "also", "nor"])
_WIDER = 0.8  # of MIN_COVERAGE: a fact filling the claim's role may hold a little less
# subject pronouns a text opens on when it goes on about someone named before it
_BACK = frozenset(["he", "she", "they"])
_BE = frozenset(["was", "were", "is", "are", "be", "been"])
_DECADE = re.compile(r"^(?:(early|mid|late)\s+)?(\d{3})0s$")


class Slots:
    """Checks the people, places and years a claim names. Immutable; shared by all."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.analyzer = reader.analyzer
        self.index = reader.index
        self.cues = reader.cues
        self.kinds = reader.kinds

    def claimed(self, query: Query, words: Sequence[str]) -> list[tuple[str, str, str | None]]:
        """(term, kind, preposition before it) for each person, place and year claimed."""
        reading = self.reader.read_words(words)
        slots: list[tuple[str, str, str | None]] = []
        for term in query.terms:
            kind = self.kinds.get(term)
            if kind in _SLOT_KINDS:
                at = next((m for m in reading.mentions if m[0] == term), None)
                slots.append((term, _SLOT_KINDS[kind], self._role(reading.words, at)))
            elif self.analyzer.is_year(term):
                slots.append((term, "date", None))
        # words no fact holds (a dialog script may know "Siberia" as a wrong answer)
        unheld = {w: t for t, w in (*query.unknown, *query.surface) if t not in self.index.idf}
        for i, word in enumerate(words[1:], start=1):
            found = unheld.get(word)
            if found is None or word in self.analyzer.stopwords or self.analyzer.is_year(found):
                continue  # "in 1930" is a year (a date slot above), not a place
            term = found
            rank = self.analyzer.ranks.get(word)
            if rank is not None and rank <= 5000:
                continue
            if words[i - 1] in self.cues.place_prepositions:
                slots.append((term, "place", self.cues.same_role.get(words[i - 1], words[i - 1])))
            elif words[i - 1] in self.cues.person_prepositions:
                slots.append((term, "person", words[i - 1]))
        return slots

    def slot(
        self,
        query: Query,
        term: str,
        kind: str,
        prep: str | None,
        words: Sequence[str] = (),
    ) -> ClaimCheck | None:
        """One slot's verdict: the fact answering the rest of the claim has it, or not."""
        rest = tuple(t for t in query.terms if t != term)
        if not rest:
            return None
        asked = replace(
            query,
            terms=rest,
            qtype=kind,
            entities=tuple(e for e in query.entities if e != term),
            unknown=tuple(u for u in query.unknown if u[0] != term),
        )
        found = self.index.search(asked, limit=6)
        if kind == "date":
            found = self._own(query, rest, found)
        hits = [h for h in found if h.coverage >= MIN_COVERAGE and self.values(h.fact, kind)]
        if not hits:
            return None
        top = hits[0]
        close = [h for h in hits if h.score >= top.score * CLOSE]
        if prep == "with":
            prep = None  # "A sided with B" is "B sided with A": partners, either way round
        if prep is not None:
            # "killed in X" is answered by the fact that says "in Y", not "from Y".
            roled = [h for h in close if self.values(h.fact, kind, prep)]
            if roled:
                for h in roled:
                    if self.has(h.fact, kind, term, prep):
                        return ClaimCheck(True, (h.fact,), "slot")
                return ClaimCheck(False, (roled[0].fact,), "slot")
            # none of them fills that role ("exiled to X" against "the exile of Trotsky
            # from Y"): the fact about the same event that does is the one to compare
            wider = [
                h
                for h in found
                if h.coverage >= MIN_COVERAGE * _WIDER and self.values(h.fact, kind, prep)
            ]
            for h in wider:
                if self.has(h.fact, kind, term, prep):
                    return ClaimCheck(True, (h.fact,), "slot")
            if wider and not self.has(top.fact, kind, term):
                return ClaimCheck(False, (wider[0].fact, top.fact), "slot")
        for h in close:
            if self.has(h.fact, kind, term):
                return ClaimCheck(True, (h.fact,), "slot")
        if top.coverage < 0.6 and kind == "person":
            return None  # who-questions match loosely; only a clear fact may contradict
        if kind == "person" and _BACK.intersection(split_words(top.fact.answer)[:1]):
            return None  # "She died in 1905": someone named before, maybe the one claimed
        if kind == "person" and self._undergoes(query, term, words):
            told = self._told_of(query, term)
            if told is not None and told.id != top.fact.id:
                # "Stalin killed Lenin": the text tells Lenin's death with no killer, not
                # Trotsky's (whose killing answers "whom did Stalin kill?")
                return ClaimCheck(False, (told,), "untold")
        return ClaimCheck(False, (top.fact,), "slot")

    def _undergoes(self, query: Query, term: str, words: Sequence[str]) -> bool:
        """Whether the claimed person is the object of the claim's deed ("Stalin killed
        Lenin"): one a doer may do it to among others, unlike the doer of a deed, a
        partner ("teamed up with Bukharin") or what someone is ("the murderer was ...")."""
        deed = [at for t, at in query.spans if self.kinds.get(t) is None]
        named = [at for t, at in query.spans if t == term]
        if not deed or not named or min(deed) > min(named):
            return False
        reading = self.reader.read_words(words)
        at = next((m for m in reading.mentions if m[0] == term), None)
        if at is None:
            return False
        before = _preposition(reading.words, at[1])
        return before is not None and before not in self.cues.prepositions and before not in _BE

    def _told_of(self, query: Query, term: str) -> Fact | None:
        """The fact that tells the claim's deed of the person claimed, without the others
        it names: what the text says of that person's part ("Lenin died in 1924")."""
        deed = tuple(t for t in query.terms if self.kinds.get(t) is None)
        if not deed:
            return None
        asked = replace(
            query,
            terms=(term, *deed),
            entities=(term,),
            unknown=tuple(u for u in query.unknown if u[0] in deed),
        )
        for hit in self.index.search(asked, limit=3):
            if hit.coverage >= MIN_COVERAGE and self.has(hit.fact, "person", term):
                return hit.fact
        return None

    def _own(self, query: Query, rest: Sequence[str], found: Sequence[Hit]) -> list[Hit]:
        """The hits that may tell the claim's event of its person: "Marta died in 1905" is
        not answered by "when Anselm died in 1869, Marta came home", whose death is
        Anselm's; a fact that tells it of nobody named ("she died in 1905") may be hers."""
        said = {
            t: frozenset({"person"})
            for t, n in self.analyzer.bindings_of([w for w in query.words if w != BREAK])
            if self.kinds.get(n) == "person" and t in rest
        }
        if not said:
            return list(found)
        named = set(query.entities)
        roles = self.index.roles
        return [
            h for h in found if not roles.of_others(self.index.position(h.fact.id), said, named)
        ]

    def _role(self, words: Sequence[str], mention: tuple[str, int, int] | None) -> str | None:
        """The preposition that gives a name its role: "killed in X" -> "in", "X as" -> "as"."""
        if mention is None:
            return None
        before = _preposition(words, mention[1])
        if before in self.cues.prepositions:
            return self.cues.same_role.get(before, before)
        after = words[mention[2]] if mention[2] < len(words) else None
        if after in self.cues.prepositions and after in self.cues.following:
            return f"{after}-"
        return None

    def values(self, fact: Fact, kind: str, prep: str | None = None) -> list[str]:
        """The people, places or year spans ("1924-1924") a fact names, in a role if asked."""
        facts, sources = self.reader.facts, self.reader.sources
        if kind == "date":
            spans = [s for s in (years(fact.date or ""),) if s]
            for term in facts[fact.id].positive | sources[fact.id].positive:
                if self.analyzer.is_year(term):
                    span = years(term)
                    if span:
                        spans.append(span)
            return [f"{a}-{b}" for a, b in spans]
        names = set()
        for reading in (facts[fact.id], sources[fact.id]):
            previous: tuple[str, int, int] | None = None
            for mention in reading.mentions:
                name, start, _ = mention
                in_list = (
                    previous is not None
                    and self.kinds.get(previous[0]) == self.kinds.get(name)
                    and all(w in _LIST_WORDS for w in reading.words[previous[2] : start])
                )
                if prep is None or self._role(reading.words, mention) == prep or in_list:
                    names.add(name)
                    previous = mention
                else:
                    previous = None
        return sorted(n for n in names if self.kinds.get(n) == kind)

    def has(self, fact: Fact, kind: str, term: str, prep: str | None = None) -> bool:
        """Whether a fact names the claimed person, place or year (in a role if asked)."""
        if kind == "date":
            claimed = years(term)
            if claimed is None:
                return False
            for value in self.values(fact, kind):
                lo, hi = (int(x) for x in value.split("-"))
                if claimed[0] <= hi and lo <= claimed[1]:
                    return True
            return False
        for name in self.values(fact, kind, prep):
            a, b = name.split("_"), term.split("_")
            if a[: len(b)] == b or b[: len(a)] == a:
                return True
        return False


def _preposition(words: Sequence[str], at: int | None) -> str | None:
    """The word before position `at`, skipping an article: "in the Soviet Union" -> "in"."""
    if at is None:
        return None
    i = at - 1
    while i >= 0 and words[i] in ("the", "a", "an", "his", "her", "their"):
        i -= 1
    return words[i] if i >= 0 else None


def years(text: str) -> tuple[int, int] | None:
    """The span of years a date names: '1924', '1920s', 'late 1920s'."""
    text = " ".join(split_words(str(text)))
    if text.isdigit() and is_year(text):  # a decade ('1920s') is read below
        return int(text), int(text)
    m = _DECADE.match(text)
    if m:
        start = int(m.group(2)) * 10
        part = m.group(1)
        if part == "early":
            return start, start + 3
        if part == "mid":
            return start + 3, start + 6
        if part == "late":
            return start + 6, start + 9
        return start, start + 9
    return None
