"""Hedge checks of a claim: a doing told as done that the text only reports as alleged.

"Silas Moot set the fire" shares every word with "Silas Moot was accused of setting the
fire", so the other checks confirm it; but the text asserts only the accusation. A fact
whose clause holds a hedge ("accused", "suspected", "allegedly": `hedges`) or a report of
someone unnamed or raised ("was said to have", "some said": `reports` after `unnamed` or
before "to") asserts nothing of the words after it in that clause. A claim that holds no
such word, and whose words the fact holds only there (but for the names and words it
says before them: who is accused), is answered with what the text says, never confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._claim_reading import BREAK, ClaimCheck, ClaimReader, past
from ._content import Fact
from ._phrases import words as folded_words
from ._text import CLAUSE

__all__ = ["Hedges"]

_UNNAMED_REACH = 2  # words from an unnamed speaker to the report ("it was said")
# openings of a clause saying again, in other words, what the clause before it said
_RESTATING = (("that", "is"), ("that", "was"), ("in", "other", "words"), ("namely",), ("ie",))


class Hedges:
    """Tells a claim that drops a hedge its fact holds. Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        cues = reader.cues
        self._hedges = cues.hedges
        self._reports = cues.reports
        self._unnamed = cues.unnamed
        self._verbs = cues.statement_verbs

    def check(self, words: Sequence[str], found: ClaimCheck) -> ClaimCheck | None:
        """`found` (a confirmation) turned into a "says only" verdict when its first fact
        reports the claim's doing without asserting it; None when it asserts it."""
        if not found.right or not found.facts:
            return None
        plain = [w for w in words if w != BREAK]
        if any(w in self._hedges or w in self._reports for w in plain):
            return None  # "Moot was accused of setting it" reports the accusation too
        query = self.reader.query(plain)
        entities = frozenset(query.entities)
        content = [t for t in query.terms if t not in entities]
        hedged, plainly = self._scopes(found.facts[0])
        if not hedged:
            return None
        held = [t for t in content if t in hedged or t in plainly]
        inside = [t in hedged and t not in plainly for t in held]
        if not any(inside):
            return None
        first = inside.index(True)
        if not all(inside[first:]):
            return None  # a word the text asserts after the hedged doing
        return ClaimCheck(False, found.facts[:1], "hedge")

    def _scopes(self, fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
        """The terms a fact says only after a hedge in its clause, and those it says
        plainly (before a hedge, or in a clause with none)."""
        hedged: set[str] = set()
        plainly: set[str] = set()
        within = False  # whether the clause before was reported, and this one goes on with it
        for clause in CLAUSE.split(fact.answer):
            cw = folded_words(clause)
            if within and not self._finite(cw):
                hedged.update(self.reader.terms(cw))  # ", that is, seeking dictatorial control"
                continue
            at = next((k for k in range(len(cw)) if self._hedge_at(cw, k)), len(cw))
            plainly.update(self.reader.terms(cw[:at]))
            hedged.update(self.reader.terms(cw[at + 1 :]))
            within = at < len(cw)
        return frozenset(hedged), frozenset(plainly)

    def _finite(self, words: Sequence[str]) -> bool:
        """Whether a clause asserts on its own (a verb telling it: "but he was never
        tried"), rather than going on with the clause before it in other words ("that
        is, seeking dictatorial control", "namely the wages")."""
        for opening in _RESTATING:
            if tuple(words[: len(opening)]) == opening:
                words = words[len(opening) :]
                break
        return any(w in self._verbs or past(w) for w in words)

    def _hedge_at(self, words: Sequence[str], k: int) -> bool:
        word = words[k]
        if word in self._hedges:
            return True
        if word not in self._reports:
            return False
        raised = k + 1 < len(words) and words[k + 1] == "to"  # "was said to have stolen"
        unnamed = any(w in self._unnamed for w in words[max(0, k - _UNNAMED_REACH) : k])
        return raised or unnamed
