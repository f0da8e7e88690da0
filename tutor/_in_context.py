"""A real word typed for the text's, told by its neighbour: "principle keeper" of the
text's "principal keeper", "grate storm" of "great storm", a too short non-word ("the iron
el") of "the iron ell".

Its own module because the word alone is right (English, or too short to correct): only
the pairs of words the text says in a row tell it, a table of their own, made on first need.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ._slips import consonants, kindred
from ._text import split_words, stem
from ._word_correction import CACHED, WordCorrector

__all__ = ["InContext"]

_IN_CONTEXT = 4  # letters of the shortest real word read as another beside its neighbour
_SHORT = 2  # letters of a non-word too short to correct alone, read beside its neighbour


class InContext:
    """Reads a real word beside a neighbour as the text's word it says beside it."""

    def __init__(self, words: WordCorrector, sentences: Sequence[str]) -> None:
        """Args:
        words: the pack's corrector, for the text's words near a typed one.
        sentences: the texts whose word pairs tell a real word typed for another.
        """
        self._words = words
        # the sentences whose word pairs tell a real word typed for another ("grate storm"
        # of the text's "great storm"); the pairs are made on first need
        self._sentences = tuple(sentences)
        self._pairs: frozenset[tuple[str, str]] | None = None
        self.in_context_of = lru_cache(maxsize=CACHED)(self._in_context_of)

    def __getstate__(self) -> dict[str, Any]:
        """What a cached build stores: no cache of words looked up, no pairs."""
        state = dict(self.__dict__)
        del state["in_context_of"]
        state["_pairs"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.in_context_of = lru_cache(maxsize=CACHED)(self._in_context_of)

    def fix(self, words: list[str]) -> list[str]:
        """Words with a real word typed for a word of the text ("principle" for
        "principal", "grate" for "great") made that word, when the text says it beside
        the same neighbour ("principal keeper", "great storm"); so is a non-word too short
        to correct alone, one letter from the text's ("the iron el" of "the iron ell").
        A word the pack knows only from its lexicon (a synonym group's "principle") is
        made the text's only when the two sound alike ("principal keeper"): "how did the
        cooperative help?" is no "cooperative held"."""
        odd = [
            k
            for k, w in enumerate(words)
            if (
                (len(w) >= _IN_CONTEXT and w in self._words.ranks)
                or (len(w) == _SHORT and w not in self._words.ranks)
            )
            and w.isalpha()
            and w not in self._words.skip
            and stem(w) not in self._words.written
        ]
        if not odd:
            return words
        pairs = self._said_pairs()
        out = list(words)
        skip = self._words.skip
        for k in odd:
            word = out[k]
            before = out[k - 1] if k and out[k - 1] not in skip else None
            after = out[k + 1] if k + 1 < len(out) and out[k + 1] not in skip else None
            if before is None and after is None:
                continue
            said = [
                meant
                for meant in self.in_context_of(word)
                if (before, meant) in pairs or (meant, after) in pairs
            ]
            if said:
                out[k] = said[0]
        return out

    def _in_context_of(self, word: str) -> tuple[str, ...]:
        """The text's words a word may have been typed for beside a neighbour the text
        says it with (see `fix`), nearest first: a word of the pack alone decides
        them, so a learner's word is looked up once (`in_context_of`, kept)."""
        lexical = stem(word) in self._words.stems
        skip = self._words.skip
        return tuple(
            str(c[0])
            for c in self._words.near(word, 1 if len(word) == _SHORT else 2)
            if c[0][0] == word[0]
            # "Carrick's wife" is no "Carrick were"; but a word of the skip list said
            # alike may be meant ("grate fire" of the text's "Great Fire")
            and (c[0] not in skip or consonants(word) == consonants(str(c[0])))
            # two letters changed keep the sounds ("grate" of "great") or the word's
            # family ("navy inspector" of "Navy inspected"): "cost" is no slip of
            # "cut", "types" none of "trees"
            and (
                consonants(word) == consonants(str(c[0]))
                or (not lexical and (c[1] <= 1 or kindred(word, str(c[0]))))
            )
        )

    def _said_pairs(self) -> frozenset[tuple[str, str]]:
        """The pairs of words the text's sentences say one after the other (made on the
        first need: most lines need none)."""
        pairs = self._pairs
        if pairs is None:
            pairs = frozenset(
                p for text in self._sentences for p in itertools.pairwise(split_words(text))
            )
            self._pairs = pairs
        return pairs

    def said_in_a_row(self, words: Sequence[str]) -> bool:
        """Whether the text says these words one after the other ("Red Army")."""
        pairs = self._said_pairs()
        return all(p in pairs for p in itertools.pairwise(words))
