"""Whose event a fact tells: "Trotsky's death" is not Stalin's.

A keyword matcher sees "Stalin" and "death" in "Trotsky's death in 1940 ended a challenge
to Stalin's rule" and takes it for an answer to "when did Stalin die?". Here each fact's
answer and questions are read for the names said right next to each term (see
`Analyzer.bindings`), on first need, so that a question saying something of one person
is not answered by a fact that says it only of others, and a question that takes for
granted an event the text tells only of others ("who ruled after Stalin died?") is known
to be about something the text does not cover.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ._analyze import Analyzer, Query
from ._content import Fact

__all__ = ["Roles"]

# The kinds of name each question type asks for: "who did Stalin exile?" wants another
# person, so that the exile is told of someone else is no reason to doubt a fact.
_ASKED_KINDS = {
    "person": frozenset({"person"}),
    "place": frozenset({"place"}),
    "name": frozenset({"group", "event"}),
}
_SCANNED = 400  # facts holding a term that `told_of` reads at most


class Roles:
    """The names each fact says its terms of, read lazily and kept (thread-safe: a lost
    race only reads the same texts twice)."""

    def __init__(
        self,
        analyzer: Analyzer,
        facts: Sequence[Fact],
        postings: Mapping[str, tuple[int, ...]],
    ) -> None:
        self.analyzer = analyzer
        self.facts = facts
        self.postings = postings
        self._binds: dict[int, Mapping[str, frozenset[str]]] = {}

    def said_of(self, query: Query) -> dict[str, frozenset[str]]:
        """For each term the question says of a name, the kinds of those names, when it
        asks about them ("when did Stalin die?"), not for another ("who did Stalin exile?")."""
        if len(query.entities) != 1:  # with several names, who did what is beyond this
            return {}
        kinds = self.analyzer.entity_kinds
        asked = _ASKED_KINDS.get(query.qtype or "", frozenset())
        wanted: dict[str, set[str]] = defaultdict(set)
        for term, name in query.bound:
            if kinds[name] not in asked and term in query.terms:
                wanted[term].add(kinds[name])
        return {t: frozenset(k) for t, k in wanted.items()}

    def of_others(
        self, i: int, said_of: Mapping[str, frozenset[str]], named: set[str]
    ) -> list[str]:
        """The asked terms fact `i` says only of names the question does not mention, of
        the same kind: its death is Trotsky's when the question asks when Stalin died."""
        kinds = self.analyzer.entity_kinds
        binds = self._binds_of(i)
        out = []
        for term, of_kinds in said_of.items():
            there = binds.get(term)
            if there and not there & named and any(kinds[n] in of_kinds for n in there):
                out.append(term)
        return out

    def names_of(self, i: int, term: str) -> frozenset[str]:
        """The names fact `i` says `term` of ("Lenin" for "death" in "Lenin's death")."""
        return self._binds_of(i).get(term, frozenset())

    def told_of(self, term: str, name: str) -> bool | None:
        """Whether the facts tell `term` of `name` (Lenin's death: yes), only of others
        (Stalin's death: no, only of Trotsky and of Lenin), or too little to say: told of
        one other name only, it may be worded otherwise for this one."""
        others: set[str] = set()
        for i in self.postings.get(term, ())[:_SCANNED]:
            there = self._binds_of(i).get(term, frozenset())
            if name in there:
                return True
            others |= there
        return False if len(others) >= 2 else None

    def _binds_of(self, i: int) -> Mapping[str, frozenset[str]]:
        found = self._binds.get(i)
        if found is None:
            fact = self.facts[i]
            names: dict[str, set[str]] = defaultdict(set)
            # a drafted fact's questions are its answer asked of: the name they ask for
            # is gone ("Before his death, who ...?"), so a word's name there is a guess
            for text in (fact.answer,) if fact.draft else (fact.answer, *fact.questions):
                for term, name in self.analyzer.bindings(text):
                    names[term].add(name)
            found = {t: frozenset(n) for t, n in names.items()}
            # setdefault is one atomic step: threads racing here all keep the first value
            found = self._binds.setdefault(i, found)
        return found
