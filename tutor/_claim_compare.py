"""Comparative claims: "X was more popular than Y" orders two parties on a quality.

The other checks read a claim by its words, and "Trotsky was more popular than Stalin"
holds the same words as "Stalin was more popular than Trotsky": a script's wrong idea
voiced one way round, or a fact's "Gow was more experienced than Reid", would judge both
alike. Here a comparative is read as an ordering: the party above, the party below (which
"less" and "fewer" turn round) and the quality's terms. A scripted wrong idea the claim
turns round is the script's right idea (its correction's sentence naming the party the
claim puts above confirms it); a fact telling an ordering on the same quality ("The mate,
John Gow, was more experienced than the captain") confirms the claim in its order and
corrects it the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._claim_reading import BREAK, PARTIES, ClaimCheck, ClaimReader
from ._content import Fact
from ._phrases import words as folded_words
from ._text import stem

__all__ = ["Comparisons", "Ordering"]

_UP = frozenset(["more", "better", "greater"])  # the party before is above
_DOWN = frozenset(["less", "fewer"])  # the party before is below
_THAN = "than"
_CHANGE = frozenset(
    ["got", "get", "gets", "getting", "grew", "grow", "grows", "growing", "became", "become"]
)
_SENTENCE = re.compile(r"(?<=[.;])\s+")
_FACTS = 6  # facts searched for an ordering on the claim's quality
_COMPARATIVE_ER = 5  # letters of "-er" comparatives at least ("older", "smarter")


@dataclass(frozen=True, slots=True)
class Ordering:
    """Who a comparative puts above whom (`below` None: above the rest), on what."""

    above: str
    below: str | None
    quality: frozenset[str]


class Comparisons:
    """Reads comparatives of claims, scripts and facts. Immutable; shared by all."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.kinds = reader.kinds
        self.index = reader.index

    def ordering(self, words: Sequence[str]) -> Ordering | None:
        """The ordering a text's words tell, or None when they compare no party."""
        plain = [w for w in words if w != BREAK]
        at = next((k for k, w in enumerate(plain) if _comparing(w, plain, k)), None)
        if at is None:
            return None
        stems = tuple(stem(w) for w in plain)
        parties = [m for m in self.reader.mentions(stems) if self.kinds.get(m[0]) in PARTIES]
        before = [m for m in parties if m[2] <= at]
        if not before:
            return None
        than = next((k for k in range(at, len(plain)) if plain[k] == _THAN), len(plain))
        after = [m for m in parties if m[1] > than]
        quality_words = plain[at:than] if plain[at] in _UP | _DOWN else plain[at : at + 1]
        quality = frozenset(
            t for t in self.reader.terms(quality_words) if t not in self.kinds and t != "more"
        )
        if not quality:
            return None
        above, below = before[-1][0], after[0][0] if after else None
        if plain[at] in _DOWN:
            if below is None:
                return None  # "Stalin was less popular": than whom is not said
            above, below = below, above
        return Ordering(above, below, quality)

    def turned_round(self, claim: Ordering, said: Ordering) -> bool:
        """Whether a claim puts the other way round what a text orders on its quality."""
        if claim.quality.isdisjoint(said.quality):
            return False
        return claim.below == said.above or (said.below is not None and claim.above == said.below)

    def agrees(self, claim: Ordering, said: Ordering) -> bool:
        """Whether a claim orders as a text does on its quality (one of its parties in the
        same place)."""
        if claim.quality.isdisjoint(said.quality):
            return False
        return claim.above == said.above or (claim.below is not None and claim.below == said.below)

    def right_idea(self, claim: Ordering, correction: str) -> str:
        """The sentences of a script's correction from the first naming the party the
        claim puts above and telling the quality ("Trotsky had the popularity ..."), or ""
        when none does."""
        parts = _SENTENCE.split(correction)
        for k, part in enumerate(parts):
            words = folded_words(part)
            stems = tuple(stem(w) for w in words)
            named = any(m[0] == claim.above for m in self.reader.mentions(stems))
            if named and not claim.quality.isdisjoint(self.reader.terms(words)):
                return " ".join(parts[k:])
        return ""

    def check(self, words: Sequence[str]) -> ClaimCheck | None:
        """A comparative claim against the facts telling an ordering on its quality."""
        claim = self.ordering(words)
        if claim is None or claim.below is None:
            return None
        query = self.reader.query([w for w in words if w != BREAK])
        for hit in self.index.search(query, limit=_FACTS):
            said = self._told(hit.fact, claim)
            if said is None:
                continue
            if self.turned_round(claim, said):
                return ClaimCheck(False, (hit.fact,), "compare")
            if self.agrees(claim, said):
                return ClaimCheck(True, (hit.fact,), "compare")
        return None

    def _told(self, fact: Fact, claim: Ordering) -> Ordering | None:
        """The ordering a fact's sentence tells on the claim's quality, if any."""
        for sentence in _SENTENCE.split(fact.answer):
            said = self.ordering(folded_words(sentence))
            if said is not None and said.quality & claim.quality:
                return said
        return None


def _comparing(word: str, words: Sequence[str], at: int) -> bool:
    """Whether a word opens a comparison: "more", "less", "better" before what is
    compared, or an "-er" word before "than" or ending a script's phrase ("smarter than",
    "Stalin was smarter")."""
    if word in _UP or word in _DOWN:
        # "got more popular" tells a change, not a comparison with another
        return at + 1 < len(words) and not (at and words[at - 1] in _CHANGE)
    return (
        word.endswith("er")
        and len(word) >= _COMPARATIVE_ER
        and (at + 1 == len(words) or words[at + 1] == _THAN)
    )
