"""Measure checks of a claim: how long, how many, how much, which one and when, against
the fact that tells the rest of it ("the tower took a year" -> how long did it take?).

This is the year check's path (`Slots.slot`) for every other quantity `_quantities`
reads: the claim's figure is taken out, the rest of the claim asked as a question, and
the fact answering it compared by the same measure, its units converted ("two years" and
"24 months" agree). A fact that states no such measure settles nothing. A count of people
or places the fact names without a figure is the number it lists ("Stalin, Zinoviev and
Kamenev formed the troika": three members). `conflict` is the last word on a claim about to
be confirmed: a fact whose measure denies the claim's never confirms it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ._analyze import Query
from ._claim_reading import CLOSE, MIN_COVERAGE, ClaimCheck, ClaimReader
from ._claim_span import Spans
from ._content import Fact
from ._once import Once
from ._quantities import Quantity, quantities, tokens
from ._quantity_agree import agrees, comparable
from ._text import language, stem

__all__ = ["Measures"]

# the kind of question that asks for each kind of quantity ("how long?" for a span)
_ASKED = {
    "span": "duration",
    "shift": "duration",
    "date": "date",
    "count": "number",
    "age": "number",
    "percent": "number",
    "length": "number",
    "weight": "number",
    "money": "money",
    "ordinal": None,
}
# words that may stand between the names of a list ("Turkey, France, Norway, and
# eventually Mexico")
_LIST_WORDS = frozenset(
    [",", "and", "or", "eventually", "finally", "then", "later", "also", "nor", "both"]
)
_LISTED = frozenset(["person", "place"])  # the kinds of name a count may be of
_WIDER = 0.8  # of MIN_COVERAGE: a fact telling the same measure may hold a little less


@dataclass(frozen=True, slots=True)
class _Told:
    """What a fact tells of quantities: its own, the most names of each kind it lists in a
    row, and the nouns it counts named people by ("Zinoviev and Kamenev, two senior
    Bolsheviks": "bolshevik" counts people)."""

    quantities: tuple[Quantity, ...]
    lists: dict[str, int]
    people: frozenset[str]


class Measures:
    """Checks the quantities a claim states. Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.index = reader.index
        self.kinds = reader.kinds
        pack = reader.pack
        # a fact's quantities and its lists of names, read the first time a claim needs them
        self._told: Once[_Told] = Once(lambda fid: self._read(pack.fact(fid)), pack.by_id)
        types: dict[str, str] = language()["type_words"]
        self._listed_kind = {stem(w): k for w, k in types.items() if k in _LISTED}
        self.spans = Spans(reader)

    def claimed(self, words: Sequence[str]) -> tuple[Quantity, ...]:
        """The quantities a claim's words state."""
        return quantities(words)

    def check(self, words: Sequence[str], names: frozenset[str]) -> ClaimCheck | None:
        """The claim's quantities each against the fact telling the rest of the claim:
        the first one denied, else the first one borne out, else None."""
        claimed = self.claimed(words)
        if not claimed:
            return None
        borne: ClaimCheck | None = None
        for q in claimed:
            found = self._slot(words, names, q)
            if found is None:  # no fact states it: the two ends the text dates
                kept = [*words[: q.start], *words[q.end :]]
                found = self.spans.check(kept, names, q)
            if found is not None and not found.right:
                return found
            borne = borne or found
        return borne

    def conflict(self, words: Sequence[str], fact: Fact) -> ClaimCheck | None:
        """The correction of a claim a fact would confirm though a measure of it denies
        the claim's ("it took a year" of "took eleven weeks"); None when none does."""
        people = self._told[fact.id].people
        for q in self.claimed(words):
            if self.against(fact, q, people) is False and self._group(fact, q, people) is None:
                return ClaimCheck(False, (fact,), "measure")
        return None

    def against(
        self, fact: Fact, claimed: Quantity, people: frozenset[str] = frozenset()
    ) -> bool | None:
        """Whether the fact's own measures bear a claimed quantity out, deny it, or say
        nothing of it (None). `people`: nouns the texts count named people by, so that a
        count of them is also the number of people a fact lists."""
        told = self._told[fact.id]
        verdicts = [agrees(claimed, t) for t in told.quantities if comparable(claimed, t)]
        if not verdicts and claimed.kind == "count":
            listed = self._listed(claimed, told.lists, people)
            if listed is not None:
                verdicts = [agrees(claimed, listed)]
        if not verdicts:
            return None
        if True in verdicts:
            return True
        if all(v is False for v in verdicts):
            return False
        return None

    def rest(self, words: Sequence[str], names: frozenset[str], fact: Fact) -> Query:
        """The claim without its figures, as a query: what else the fact must hold for
        the claim to be borne out. A count the fact gives as a list of names loses its
        noun too ("the troika had four members" of "Stalin, Zinoviev and Kamenev")."""
        told = self._told[fact.id].quantities
        keep: list[str] = []
        at = 0
        for q in self.claimed(words):
            keep.extend(words[at : q.start])
            if q.kind != "count" or any(comparable(q, t) for t in told):
                keep.extend(_noun_words(words, q))
            at = q.end
        keep.extend(words[at:])
        return self.reader.query(keep, names)

    def _slot(self, words: Sequence[str], names: frozenset[str], q: Quantity) -> ClaimCheck | None:
        """One quantity's verdict: the fact answering the rest of the claim, asked as the
        question of its measure, bears it out, or it does not. The rest is read without
        the figure ("the wheel took over a year to build": no "took over")."""
        kept = [*words[: q.start], *_noun_words(words, q), *words[q.end :]]
        rest = self.reader.query(kept, names)
        if not rest.terms:
            return None
        asked = replace(rest, qtype=_ASKED.get(q.kind))
        found = self.index.search(asked, limit=6)
        people = frozenset().union(*(self._told[h.fact.id].people for h in found))
        # a fact that holds a little less of the rest but tells the same measure bears
        # the claim out ("the light served for ninety years" of "ninety years of
        # service", though "Reed served for eighteen months" holds "served")
        for h in found:
            if h.coverage >= MIN_COVERAGE * _WIDER - 1e-9 and self.against(h.fact, q, people):
                return ClaimCheck(True, (h.fact,), "measure")
        hits = [h for h in found if h.coverage >= MIN_COVERAGE]
        close = [h for h in hits if h.score >= hits[0].score * CLOSE]
        denied = next((h.fact for h in close if self.against(h.fact, q, people) is False), None)
        if denied is None:
            return None
        group = self._group(denied, q, people)
        if group is not None:
            return ClaimCheck(True, (group,), "measure")
        return ClaimCheck(False, (denied,), "measure")

    def _group(self, fact: Fact, q: Quantity, people: frozenset[str]) -> Fact | None:
        """A fact related to one whose count of named people denies the claim's, that
        bears the claim out: "Zinoviev and Kamenev, two senior Bolsheviks" counts those
        two, and the fact telling the group they were in ("Stalin, Zinoviev and Kamenev
        formed the troika") bears out "three senior Bolsheviks"."""
        if not q.nouns & self._told[fact.id].people:
            return None
        pack = self.reader.pack
        for fid in fact.related:
            if fid in pack.by_id and self.against(pack.fact(fid), q, people):
                return pack.fact(fid)
        return None

    def _read(self, fact: Fact) -> _Told:
        """A fact's quantities (its answer's, else its source's), its lists of names and
        the nouns it counts named people by."""
        words = tokens(fact.answer)
        told = quantities(words) or quantities(tokens(fact.source))
        lists, after_people = self._lists(words)
        people = frozenset(
            n
            for q in quantities(words)
            if q.kind == "count" and q.start in after_people
            for n in q.nouns
        )
        return _Told(told, lists, people)

    def _lists(self, words: Sequence[str]) -> tuple[dict[str, int], frozenset[int]]:
        """The most names of each kind (person, place) the words list in a row ("Stalin,
        Zinoviev and Kamenev" lists three people), and where a count may stand in
        apposition to people named ("..., two senior Bolsheviks")."""
        stems = tuple(stem(w) for w in words)
        best: dict[str, int] = {}
        after: set[int] = set()
        run_kind: str | None = None
        run = 0
        last_end = 0
        for name, start, end in self.reader.mentions(stems):
            kind = self.kinds.get(name)
            kind = "person" if kind == "group" else kind
            joined = all(w in _LIST_WORDS for w in words[last_end:start])
            if kind == run_kind and joined and run:
                run += 1
            else:
                run_kind, run = kind, 1
            last_end = end
            if kind in _LISTED:
                best[kind] = max(best.get(kind, 0), run)
            if kind == "person" and end < len(words) and words[end] == ",":
                after.add(end + 1)
        return best, frozenset(after)

    def _listed(
        self, claimed: Quantity, lists: dict[str, int], people: frozenset[str]
    ) -> Quantity | None:
        """The count a fact's list of names gives for a claim counting people or places
        ("four members", "three senior Bolsheviks"), when it lists two or more of them."""
        kind = next((self._listed_kind[n] for n in claimed.nouns if n in self._listed_kind), None)
        if kind is None and (claimed.head == "person" or claimed.nouns & people):
            kind = "person"
        count = lists.get(kind or "", 0)
        if count < 2:
            return None
        return Quantity("count", count, count, count, "", "exact", nouns=claimed.nouns)


def _noun_words(words: Sequence[str], q: Quantity) -> list[str]:
    """The words of a quantity that name what it counts ("labourers" of "412
    labourers"): they stay in the question the rest of the claim asks."""
    return [w for w in words[q.start : q.end] if stem(w) in q.nouns]
