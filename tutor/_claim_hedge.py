"""Hedge checks of a claim: a doing told as done that the text only reports as alleged.

"Silas Moot set the fire" shares every word with "Silas Moot was accused of setting the
fire", so the other checks confirm it; but the text asserts only the accusation. A fact
whose clause holds a hedge ("accused", "suspected", "allegedly": `hedges`) or a report of
someone unnamed or raised ("was said to have", "some said": `reports` after `unnamed` or
before "to") asserts nothing of the words after it in that clause. A claim that holds no
such word, and whose words the fact holds only there (but for the names and words it
says before them: who is accused), is answered with what the text says, never confirmed.

A mood is read the same way: "Stalin was removed from his post" shares its words with
"wrote a testament suggesting Stalin be removed from his post", which tells a proposal,
not what came of it. After a word of wishing, proposing, planning or trying (`moods`,
`proposal_verbs`; `moods_before_to` only before "to" or "that": "feared that he would",
not "feared his growing influence"; "could have") the rest of the clause is unrealized;
a claim with no such word of its own whose deed the fact tells only there is told that
the text does not say it happened.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ._claim_reading import BREAK, ClaimCheck, ClaimReader, past
from ._content import Fact
from ._once import Once
from ._phrases import words as folded_words
from ._text import CLAUSE

__all__ = ["Hedges"]

_UNNAMED_REACH = 2  # words from an unnamed speaker to the report ("it was said")
_BE = frozenset(["was", "were", "is", "are", "be", "been", "being"])
_MODALS = frozenset(["could", "would", "might", "should"])  # before "have": might have been
_CLAIM_MODALS = _MODALS | {"ought"}  # in a claim, with or without "have"
_COMPLEMENTS = frozenset(["to", "that"])  # what a mood word of `moods_before_to` needs
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
        self._moods_to = cues.moods_before_to
        self._moods = (cues.moods | cues.proposal_verbs) - self._moods_to
        # a claim telling a wish or a choice of its own is a claim about the wish
        self._wishing = self._moods | self._moods_to | cues.wish_verbs
        # each fact's (hedged, plain) terms, read on first need
        pack = reader.pack
        ids = [f.id for f in pack.facts]
        self._reported: Mapping[str, tuple[frozenset[str], frozenset[str]]] = Once(
            lambda fid: self._scopes(pack.fact(fid), self._hedge_at), ids
        )
        self._unrealized: Mapping[str, tuple[frozenset[str], frozenset[str]]] = Once(
            lambda fid: self._scopes(pack.fact(fid), self._mood_at), ids
        )

    def check(self, words: Sequence[str], found: ClaimCheck) -> ClaimCheck | None:
        """`found` (a confirmation) turned into a "says only" verdict when its first fact
        reports the claim's doing without asserting it (reason "hedge"), or tells it only
        as wished, proposed or tried (reason "mood"); None when it asserts it."""
        if not found.right or not found.facts:
            return None
        plain = [w for w in words if w != BREAK]
        query = self.reader.query(plain)
        entities = frozenset(query.entities)
        fact = found.facts[0]
        content = [t for t in query.terms if t not in entities]
        # "Moot was accused of setting it" reports the accusation too
        reported = any(w in self._hedges or w in self._reports for w in plain)
        if not reported and self._inside(content, *self._reported[fact.id]):
            return ClaimCheck(False, found.facts[:1], "hedge")
        wished = _modal_at(plain) or any(w in self._wishing for w in plain)
        if not wished and self._inside(content, *self._unrealized[fact.id]):
            return ClaimCheck(False, found.facts[:1], "mood")
        return None

    @staticmethod
    def _inside(content: Sequence[str], hedged: frozenset[str], plainly: frozenset[str]) -> bool:
        """Whether the claim's words the fact holds end in its hedged part: the first of
        them told only there, and all after it too (a word the text asserts after the
        hedged doing asserts the claim)."""
        if not hedged:
            return False
        held = [t for t in content if t in hedged or t in plainly]
        inside = [t in hedged and t not in plainly for t in held]
        if not any(inside):
            return False
        return all(inside[inside.index(True) :])

    def _scopes(
        self, fact: Fact, marks: Callable[[Sequence[str], int], bool]
    ) -> tuple[frozenset[str], frozenset[str]]:
        """The terms a fact says only after a mark (`marks`: a hedge, a mood) in its
        clause, and those it says plainly (before a mark, or in a clause with none)."""
        hedged: set[str] = set()
        plainly: set[str] = set()
        within = False  # whether the clause before was reported, and this one goes on with it
        for clause in CLAUSE.split(fact.answer):
            cw = folded_words(clause)
            if within and not self._finite(cw):
                hedged.update(self.reader.terms(cw))  # ", that is, seeking dictatorial control"
                continue
            at = next((k for k in range(len(cw)) if marks(cw, k)), len(cw))
            plainly.update(self.reader.terms(cw[:at]))
            hedged.update(self.reader.terms(cw[at + 1 :]))
            within = at < len(cw)
        return frozenset(hedged), frozenset(plainly)

    def _mood_at(self, words: Sequence[str], k: int) -> bool:
        """Whether the clause turns to what was only wished, proposed or tried at word k:
        a mood word, not one told in the passive of the thing itself ("the attack was
        planned by ..."; "was expected to" still is), or "could have"."""
        word = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if word in _MODALS:
            return nxt == "have"
        if word in self._moods_to:
            return nxt in _COMPLEMENTS
        if word not in self._moods:
            return False
        if nxt in _BE:
            return False  # "the wall that Brandt wanted was finished": the wish ends its clause
        return not (k and words[k - 1] in _BE and not word.endswith("ing") and nxt != "to")

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


def _modal_at(words: Sequence[str]) -> bool:
    """Whether a claim tells itself what should or might be ("said Stalin should be
    removed", "he could have won"): a claim about the proposal, not the deed."""
    return not _CLAIM_MODALS.isdisjoint(words)
