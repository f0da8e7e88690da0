"""Where a learner's word breaks fall wrong: two words run together ("whokilled") split,
a word of the text typed in two ("fog horn", "polit buro") made one, and one split and
misspelt at once ("cap tin" of "captain").

Its own module because it changes how many words a line has, which the other readings
(one word at a time, or by position) take as given.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from ._one_edit import Ends
from ._slips import english_ends
from ._word_correction import CACHED, WordCorrector

__all__ = ["WordBreaks"]

_RUN_ON = 6  # letters a word needs before it is read as two run together
_JOINED = 6  # letters of the shortest word of the text a learner may type in two
# the second words of phrasal verbs, which compounds of the verb also end in ("takeaway")
_PARTICLES = frozenset(["away", "back", "up", "out", "off", "down", "over", "in", "on", "about"])


class WordBreaks:
    """Splits run-on words and joins words typed in two, as the pack's words."""

    def __init__(self, words: WordCorrector) -> None:
        """Args:
        words: the pack's corrector, for what each half and the whole read as.
        """
        self._words = words
        # the text's words and the function words by their ends, for whether two typed
        # halves run together may be one slip of any word (`_split_slip`), made on first need
        self._ends: Ends | None = None
        self.run_on = lru_cache(maxsize=CACHED)(self._run_on)

    def __getstate__(self) -> dict[str, Any]:
        """What a cached build stores: no cache of words split, no table of ends."""
        state = dict(self.__dict__)
        del state["run_on"]
        state["_ends"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.run_on = lru_cache(maxsize=CACHED)(self._run_on)

    def _run_on(self, word: str) -> tuple[str, ...]:
        """Two words typed without the space between them ("whokilled", "exiledfrom"), or
        the word alone: a word nobody uses whose two halves are words of the text or
        common English; of several ways to cut it, the one with more halves in the
        text's own words, then the most even."""
        if len(word) < _RUN_ON or not word.isalpha() or self._words.known(word):
            return (word,)
        splits = [
            (word[:k], word[k:])
            for k in range(2, len(word) - 1)
            if self._words.common(word[:k]) and self._words.common(word[k:])
        ]
        fixed = self._words.correct(word)
        if not splits or (fixed != word and OSA.distance(word, fixed) <= 1):
            return (word,)  # "stallin" is "stalin" misspelt, not "stall in"
        own = self._words.vocabulary
        if fixed in own and len(fixed) >= 7 and not any(all(x in own for x in p) for p in splits):
            return (word,)  # "softwear" is the text's "software", not "soft wear"
        best = max(splits, key=lambda p: (sum(x in own for x in p), min(map(len, p))))
        return best

    def join(self, words: list[str], typed: list[str]) -> list[str]:
        """Words with a word of the text typed in two made one ("fog horn" of a text that
        says "foghorn", "light house"); never a function word ("in to") or a verb and its
        particle ("take away" is no "takeaway"). The halves as typed are tried too: "polit
        buro" is the Politburo, though "buro" alone reads as another word. A misspelt half
        may follow a particle that opens the text's word ("out manuever": outmaneuver),
        and a word split and misspelt at once is joined too (see `_split_slip`)."""
        if len(words) < 2:
            return words
        out, was = [words[0]], [typed[0]]
        vocabulary = self._words.vocabulary
        known = self._words.known
        was_known = known(typed[0])  # of was[-1]: each word asked once
        for word, raw in zip(words[1:], typed[1:], strict=True):
            last = out[-1]
            raw_known = known(raw)
            misspelt = not (was_known and raw_known)
            whole: str | None = None
            for run in (last + word, was[-1] + raw):
                if len(run) >= _JOINED and run in vocabulary:
                    whole = run
                    break
            if whole is not None and (
                (last in self._words.skip and not (misspelt and last in _PARTICLES))
                or word in self._words.skip
                or word in _PARTICLES
            ):
                whole = None
            if whole is None and (misspelt or self._strays(was[-1], raw)):
                whole = self._split_slip(was[-1], raw)
            if whole is not None:
                out[-1], was[-1] = whole, whole
                was_known = known(whole)
            else:
                out.append(word)
                was.append(raw)
                was_known = raw_known
        return out

    def _split_slip(self, first: str, second: str) -> str | None:
        """The word two typed halves stand for when, run together, they are one slip from
        it: "amun den" of "amundsen", "anno uced" of "announced", "cap tin" of "captain";
        else None. Not when a half is a function word ("in pire" is no "inspire") but a
        particle that opens a word of the text ("over confidnt": overconfident), nor
        when one is the text's word and the other alone one slip from another ("stop
        ying" is "stop dying", not "stopping")."""
        joined = first + second
        # a particle may open the text's own word ("over confidnt": overconfident)
        opens = first in _PARTICLES and not self._words.known(second)
        if (
            len(joined) < _JOINED
            or not joined.isalpha()
            or second in self._words.skip
            or (first in self._words.skip and not opens)
            or not self._may_be_slip(joined)
        ):
            return None
        fixed = self._words.correct(joined)
        if (
            fixed == joined
            or not (fixed in self._words.vocabulary if opens else self._words.meant(fixed))
            or OSA.distance(joined, fixed) > 1
        ):
            return None
        for half, other in ((first, second), (second, first)):
            if (
                other in self._words.vocabulary
                and other not in self._words.skip
                and not self._words.known(half)
                and OSA.distance(half, self._words.correct(half)) == 1
            ):
                return None
        return fixed

    def _may_be_slip(self, word: str) -> bool:
        """Whether a word may be one slip from a word `correct` could make of it (the
        pack's, a function word or English): False rules out the costly search."""
        ends = self._ends
        if ends is None:
            ends = self._ends = Ends(
                itertools.chain(self._words.spellable, self._words.function_words)
            )
        return ends.may_be_near(word) or english_ends().may_be_near(word)

    def _strays(self, first: str, second: str) -> bool:
        """Whether two English words are strays the text never uses, nor says in a row
        with any function word ("cap tin" of its "captain", "vic try" of "victory")."""
        # word by word: a union of the two sets would copy the whole vocabulary per call
        vocabulary, skip = self._words.vocabulary, self._words.skip
        return not (first in vocabulary or first in skip or second in vocabulary or second in skip)
