"""Detail alignment of a confirmed claim: each detail it adds must be the fact's own.

A claim is confirmed by the fact that tells its event ("Tobias was poisoned by a hired
steward"), but the checks before this one weigh the event: who did it to whom, where,
when. A detail the claim adds in a slot the fact fills otherwise slips through them:

- a word the pack never uses, said where a detail goes (after "by", "with", "in", "to",
  in a list after one of them): "poisoned by a French agent" of "by Jory Pask, a hired
  steward", "lived in Turkey, France and Japan" of a list without Japan. Nothing in the
  text tells it, so the tutor cannot confirm it, nor call it wrong (a word the text never
  uses may be true of what it tells: "a hired gunman"); it says what the text does say
  ("untold");
- a thing the fact sets aside ("paid in barley rather than silver", "not in silver"):
  "paid in silver" is wrong, corrected with the fact;
- a year the fact does not give, where it gives another: "burned down in 1860" of "in
  1851" is wrong.

The slots are found in the claim's words alone (a preposition before the detail, a list
joined to it), so the check knows no pack: it runs on the essay and on drafted texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ._antonyms import antonyms
from ._claim_reading import BREAK, ClaimCheck, ClaimReader, past
from ._claim_slots import Slots, years
from ._content import Fact
from ._phrases import words as folded_words
from ._quantities import quantities
from ._text import CLAUSE as _CLAUSE
from ._text import stem

__all__ = ["Alignment"]

# prepositions that open a detail of the event: who by, with what, where, to whom
_DETAIL_OPENERS = frozenset(["by", "with", "using", "in", "into", "to", "from", "at", "through"])
# words between a preposition and the detail that keep it in the same phrase
_LIST_GLUE = frozenset([BREAK, "and", "or", "a", "an", "the", "some", "of", "eventually", "then"])
# phrases that set a thing aside in a fact: "in barley rather than silver"
_INSTEAD = (("rather", "than"), ("instead", "of"), ("not",))
_INSTEAD_REACH = 3  # words after such a phrase that it sets aside
_SKIPPED = frozenset(["script", "hedge", "mood", "untold"])  # verdicts with their own wording
_MIN_LETTERS = 3
_OPPOSITE_COVERAGE = 0.75  # of the claim's other evidence the fact told otherwise holds


class Alignment:
    """Checks each detail a confirmed claim adds against the confirming fact.
    Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader, slots: Slots) -> None:
        self.reader = reader
        self.slots = slots
        self.analyzer = reader.analyzer
        self.index = reader.index

    def conflict(
        self, words: Sequence[str], names: frozenset[str], found: ClaimCheck
    ) -> ClaimCheck | None:
        """A correction (or an "untold" reply) for a claim confirmed by `found` whose
        detail the fact fills otherwise; None when every detail agrees."""
        if not found.right or found.reason in _SKIPPED or not found.facts:
            return None
        fact = found.facts[0]
        claim = self.reader.read_words(words)
        if claim.negated:
            return None  # "not by a French agent": denials are the polarity check's
        _, said = self._aside(words)
        if self._set_aside(fact) & (said & claim.positive):
            return ClaimCheck(False, (fact,), "detail")  # "in silver" of "rather than silver"
        if self._turned(words, fact) is not None:
            return ClaimCheck(False, (fact,), "polarity")  # "lowered" of "raised the toll"
        if self._other_year(words, fact):
            return ClaimCheck(False, (fact,), "slot")
        if self._untold_detail(words, names) is None:
            return None
        # "a French agent", "a Gestapo spy", "and Japan": the text doesn't say, and a word
        # it never uses may still be true of what it tells ("a hired gunman")
        return ClaimCheck(False, (fact,), "untold")  # "a French agent": it doesn't say

    def _set_aside(self, fact: Fact) -> frozenset[str]:
        """The terms a fact sets aside ("rather than silver", "instead of coal", "not in
        silver") and says nowhere plainly."""
        inside: set[str] = set()
        outside: set[str] = set()
        for text in (fact.answer, fact.source):
            for clause in _CLAUSE.split(text):
                aside, plain = self._aside(folded_words(clause))
                inside |= aside
                outside |= plain
        return frozenset(inside - outside)

    def _aside(self, words: Sequence[str]) -> tuple[set[str], set[str]]:
        """(terms set aside, the other terms) of a clause's words."""
        marked = [False] * len(words)
        k = 0
        while k < len(words):
            phrase = next((p for p in _INSTEAD if tuple(words[k : k + len(p)]) == p), None)
            if phrase is None:
                k += 1
                continue
            after = k + len(phrase)
            if phrase == ("not",):
                if words[after : after + 1] != ["in"]:
                    k += 1
                    continue  # "not" alone is the polarity check's; "not in X" sets X aside
                after += 1
            for j in range(k, min(len(words), after + _INSTEAD_REACH)):
                if j >= after and words[j] in _DETAIL_OPENERS | {BREAK}:
                    break
                marked[j] = True
            k = after
        aside = set(self.reader.terms([w for w, m in zip(words, marked, strict=True) if m]))
        plain = set(self.reader.terms([w for w, m in zip(words, marked, strict=True) if not m]))
        return aside, plain

    def opposite(self, words: Sequence[str], names: frozenset[str]) -> ClaimCheck | None:
        """A claim no check could judge that tells the fact it is about with a verb of
        the opposite direction ("the council lowered the toll" of "raised the toll"):
        the fact holds every other term of it. None otherwise."""
        if self.reader.read_words(words).negated:
            return None
        query = self.reader.query(words, names)
        # the fact told with the other verb: found by the claim's words the text uses
        known = tuple(t for t in query.terms if t in self.index.idf)
        hits = self.index.search(replace(query, terms=known, unknown=()), limit=1)
        if not known or not hits or hits[0].coverage < _OPPOSITE_COVERAGE:
            return None
        fact = hits[0].fact
        turned = self._turned(words, fact)
        if turned is None:
            return None
        own = set(self.reader.terms([turned]))
        rest = [t for t in query.terms if t not in own]
        held, _ = self.reader.held(fact)
        if not rest or not all(t in held for t in rest):
            return None
        return ClaimCheck(False, (fact,), "polarity")

    def _turned(self, words: Sequence[str], fact: Fact) -> str | None:
        """The claim's word the fact does not say whose opposite (WordNet's antonym) the
        fact says and the claim does not: "lowered" of "raised"."""
        mine = {stem(w): w for w in words}
        theirs = {stem(w) for text in (fact.answer, fact.source) for w in folded_words(text)}
        for own, word in mine.items():
            if own in theirs:
                continue
            opposite = antonyms(own)
            if opposite & theirs and not opposite & mine.keys():
                return word
        return None

    def _other_year(self, words: Sequence[str], fact: Fact) -> bool:
        """Whether the claim gives a year where the fact gives only others."""
        claimed = [s for w in words if w.isdigit() and self.analyzer.is_year(w) if (s := years(w))]
        if not claimed:
            return False
        told = self.slots.values(fact, "date")
        if not told:
            return False
        spans = [tuple(int(x) for x in v.split("-")) for v in told]
        return not any(a <= hi and lo <= b for a, b in claimed for lo, hi in spans)

    def _untold_detail(self, words: Sequence[str], names: frozenset[str]) -> str | None:
        """A word the pack never uses where the claim gives a detail, if one stands there."""
        unheld = {
            w
            for t, w in self.reader.query(words, names).unknown
            if t not in self.index.idf
            and w.isalpha()
            and len(w) >= _MIN_LETTERS
            and w not in self.analyzer.stopwords
        }
        # a month, season or span ("in the spring of 1871") is the measure check's
        measured = {k for q in quantities(words) for k in range(q.start, q.end)}
        return next(
            (
                w
                for k, w in enumerate(words)
                if w in unheld and k not in measured and self._in_detail(words, k)
            ),
            None,
        )

    def _in_detail(self, words: Sequence[str], at: int) -> bool:
        """Whether the word at `at` is in a detail phrase: a preposition before it with
        only its noun phrase, or a list of such phrases, in between."""
        verbs = self.reader.cues.statement_verbs
        for k in range(at - 1, -1, -1):
            word = words[k]
            if word in _DETAIL_OPENERS:
                # "to glorify him": an infinitive's verb, not a detail
                return k > 0 and not (word == "to" and k == at - 1)
            if word in _LIST_GLUE:
                continue
            if word in verbs or past(word) or word in self.reader.cues.scope_breaks:
                return False
            if word not in _LIST_GLUE and not word.isalpha():
                return False
        return False
