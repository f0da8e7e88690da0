"""Two people with two descriptions: "A was the charismatic one and B the dull bureaucrat"
against whom the text gives each description to.

A line of two statements is checked one statement at a time (`Claims._conjoined`), and
each alone may find a fact that says something of its person, so a pair swapped round was
half corrected, and a right pair could be corrected for a part read badly ("B the
bureaucrat", without a verb). Here each description is looked up on its own, without a
name: the fact that tells it best, and of the two people the one the fact gives it to
(the name nearest its words there: "Leon Trotsky, a charismatic revolutionary ...").
Both descriptions given to the other person: the pair is swapped, and both facts say so;
each given to its own: the pair is right, with both facts. Otherwise nothing is decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ._claim_reading import BREAK, DETERMINERS, MIN_COVERAGE, PARTIES, ClaimCheck, ClaimReader
from ._content import Fact
from ._text import stem

__all__ = ["Pairs"]

# words joining the two statements ("A was X and B Y", "A was X, B Y", "A was X while B Y")
_JOINS = frozenset(["and", BREAK, "while", "whereas", "but", "whilst"])
_ROOT = 6  # letters of a stem two forms of one word share ("bureau|crat", "bureau|cratic")
_LOOKED = 4  # facts read for the one that tells a description


class Pairs:
    """Checks two people's descriptions against the facts. Immutable; shared by all
    sessions."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.index = reader.index
        self.kinds = reader.kinds
        self._be = frozenset(reader.cues.statement_verbs)

    def check(self, words: tuple[str, ...], names: frozenset[str]) -> ClaimCheck | None:
        """The verdict on "A was X and B (was) Y", or None when the line is not two people
        described, or the text does not give both descriptions to one of them."""
        split = self._split(words)
        if split is None:
            return None
        (a, x), (b, y) = split
        owner_x = self._owner(x, (a, b), names)
        owner_y = self._owner(y, (a, b), names)
        if owner_x is None or owner_y is None or owner_x[1] == owner_y[1]:
            return None
        (who_x, fact_x), (who_y, fact_y) = owner_x, owner_y
        if who_x == a and who_y == b:
            return ClaimCheck(True, (fact_x, fact_y), "pair")
        if who_x == b and who_y == a:
            return ClaimCheck(False, (fact_x, fact_y), "swapped")
        return None

    def _split(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] | None:
        """((A, X), (B, Y)) of "A was X and B (was) Y"; None for any other shape."""
        stems = tuple(stem(w) for w in words)
        found = [
            (name, s, e)
            for name, s, e in sorted(self.reader.mentions(stems), key=lambda m: m[1])
            if self.kinds.get(name) in PARTIES
        ]
        if len(found) != 2:
            return None
        (a, a0, a1), (b, b0, b1) = found
        if a == b or a0 != 0 or a1 >= len(words) or words[a1] not in self._be:
            return None
        if b0 < 2 or words[b0 - 1] not in _JOINS:
            return None
        x = words[a1 + 1 : b0 - 1]
        if x and x[-1] in _JOINS:  # ", and"
            x = x[:-1]
        rest = words[b1:]
        if rest and rest[0] in self._be:
            rest = rest[1:]
        if not x or not rest or any(w in _JOINS for w in (*x, *rest)):
            return None
        return (a, x), (b, rest)

    def _owner(
        self, description: Sequence[str], people: tuple[str, str], names: frozenset[str]
    ) -> tuple[str, Fact] | None:
        """Which of the two people the text gives a description to, and the fact telling
        it: the best fact holding the description's words that names either of them."""
        query = self.reader.query(description, names)
        terms = tuple(t for t in query.terms if t in self.index.idf and t not in self.kinds)
        if not terms:
            return None
        asked = replace(query, terms=terms, unknown=(), entities=())
        hits = [h for h in self.index.search(asked, limit=_LOOKED) if h.coverage >= MIN_COVERAGE]
        # a fact using the description's own word before one using a word akin to it
        # ("bureaucratic figure" before "party machinery" for "the bureaucrat")
        said = frozenset(_root(w) for w in description if w not in DETERMINERS)
        hits.sort(
            key=lambda h: said.isdisjoint(_root(w) for w in self.reader.facts[h.fact.id].words)
        )
        for hit in hits:
            who = self._nearest(hit.fact, frozenset(terms), people)
            if who is not None:
                return who, hit.fact
        return None

    def _nearest(self, fact: Fact, terms: frozenset[str], people: tuple[str, str]) -> str | None:
        """The one of two people named nearest a description's words in the fact (the
        one before it on a tie: "A, a charismatic ..."); None if it names neither."""
        reading = self.reader.facts[fact.id]
        at = [
            k
            for k, w in enumerate(reading.words)
            if w not in DETERMINERS and not terms.isdisjoint(self.reader.terms([w]))
        ]
        if not at:
            return None
        best: tuple[float, str] | None = None
        for name, start, end in reading.mentions:
            if name not in people:
                continue
            for k in at:
                gap = start - k + 0.5 if start > k else k - end + 1  # before it wins a tie
                if best is None or gap < best[0]:
                    best = (gap, name)
        return best[1] if best is not None else None


def _root(word: str) -> str:
    """A word's stem cut to its first letters: "bureaucrat" and "bureaucratic" share it."""
    return stem(word)[:_ROOT]
