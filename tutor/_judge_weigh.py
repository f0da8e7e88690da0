"""How much of what a point says a learner's words hold: each term weighed by how rare it
is in the pack, so that saying the telling words of a point counts and saying "the" or
"never" alone does not.

Both the judging of an answer (`_judge`) and the reading of who did what in it
(`_judge_conflict`) score with these weights, so they live apart from either.
"""

from __future__ import annotations

from functools import lru_cache

from ._analyze import Analyzer
from ._dialogs import Dialogs
from ._index import Index
from ._judge_ready import NOT, Prepared
from ._text import split_words

__all__ = ["COVERED", "PARTIAL", "Weigher"]

COVERED = 0.6  # an expectation scored this high counts as said
PARTIAL = 0.3  # evidence this strong shows the learner is on the way to it
_ASSERTION_GAIN = 1.3  # an assertion is long; holding most of it is as good as a phrase
_KEYWORD_GAIN = 0.5  # evidence one rare keyword gives (two make an expectation said)
_NOT_WEIGHT = 0.5  # what a negation weighs in a phrase: it must be there, but says little


class Weigher:
    """Weighs terms and scores a line against an expectation, for one pack. Immutable but
    for its cache; shared by all sessions."""

    def __init__(self, analyzer: Analyzer, index: Index, dialogs: Dialogs) -> None:
        self.analyzer = analyzer
        self.index = index
        self._cap = index.max_idf * 0.8
        self._word_of: dict[str, str] = {}  # term -> a word it comes from, to weigh unknown terms
        seen: set[str] = set()  # a word read again would set no term anew
        for q in dialogs.questions.values():
            for e in q.expectations:
                for text in (*e.phrases, *e.keywords, e.assertion):
                    for word in split_words(text):
                        if word not in seen:
                            seen.add(word)
                            for term in analyzer.terms_as_written(word):
                                self._word_of.setdefault(term, word)
        self._weights = lru_cache(maxsize=16384)(self._weight)

    def weight(self, term: str) -> float:
        """How much a term tells (see `_weight`; cached per Weigher)."""
        return self._weights(term)

    def _weight(self, term: str) -> float:
        """How much a term tells: rare terms in the pack more than common ones; a
        negation little ("never" alone does not say that he never mobilized)."""
        if term in NOT:
            return _NOT_WEIGHT
        return min(self.index.term_weight(term, self._word_of.get(term)), self._cap)

    def cover(
        self, wanted: frozenset[str], have: frozenset[str] | set[str], names: float = 1.0
    ) -> float:
        """The weighted share of `wanted` in `have`; names count `names` times their weight."""
        kinds = self.analyzer.entity_kinds

        def w(t: str) -> float:
            return self.weight(t) * (names if t in kinds else 1.0)

        total = sum(w(t) for t in wanted)
        if total <= 0:
            return 0.0
        return sum(w(t) for t in wanted if t in have) / total

    def _phrase(self, p: Prepared, have: frozenset[str] | set[str]) -> float:
        """How much of its nearest phrase a line holds: a phrase that tells something of
        people is not said by their names alone ("Stalin with Zinoviev and Kamenev"
        says nothing of dropping them)."""
        kinds = self.analyzer.entity_kinds
        return max(
            (
                self.cover(t, have)
                for t in p.phrases
                if (not (told := {x for x in t if x not in kinds} - NOT) or told & have)
                and not _opposite(t, have)
            ),
            default=0.0,
        )

    def score(self, p: Prepared, have: frozenset[str] | set[str]) -> float:
        """The evidence a line's terms give for an expectation (0-1): its nearest phrase,
        its rare keywords or its assertion, whichever says most."""
        phrase = self._phrase(p, have)
        keywords = _KEYWORD_GAIN * sum(
            min(1.0, self.weight(t) / (0.5 * self.index.max_idf)) for t in p.keywords if t in have
        )
        assertion = _ASSERTION_GAIN * self.cover(p.assertion, have, names=0.3)
        return round(min(1.0, max(phrase, min(keywords, 0.9), assertion)), 3)


def _opposite(phrase: frozenset[str], have: frozenset[str] | set[str]) -> bool:
    """Whether what a line says is all in a phrase, with the other polarity: "it worked
    very well" says the opposite of "it did not work", not part of it."""
    if ("~not" in phrase) == ("~not" in have):
        return False
    said = set(have) - NOT
    return bool(said) and said <= phrase - NOT
