"""Near misses of the pack's names put right: a multi-word name misspelt ("forth
internatonal"), one word of it slipped into another real word ("samuel rid"), said alike
("plane book" of The Plain Book), and a capitalised word read only as a name's.

Its own module because a name is read over a window of words against the pack's names,
with its own table and cache, where `WordCorrector` reads one word against its vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ._slips import consonants
from ._text import split_words
from ._word_correction import CACHED, WordCorrector

__all__ = ["NameSlips"]

_WORD = re.compile(r"[A-Za-z]+")


class NameSlips:
    """Reads a learner's words that miss a name of the pack's as that name."""

    def __init__(
        self, words: WordCorrector, names: Iterable[str], sentences: Sequence[str]
    ) -> None:
        """Args:
        words: the pack's corrector, for what a word alone reads as.
        names: every name and alias of the pack's entities.
        sentences: the pack's texts, whose always capitalised words are names too.
        """
        self._words = words
        # the words the text always capitalises ("British", "Parliament"): a learner's
        # capitalised word may be a misspelling of one, as of a name
        written = {w for text in sentences for w in _WORD.findall(text)}
        self._proper = (
            frozenset(w.lower() for w in written if w[0].isupper() and w[1:].islower()) - written
        )
        split = [split_words(name) for name in names]
        self.name_words: frozenset[str] = frozenset(w for words in split for w in words)
        self._names = sorted({" ".join(words) for words in split if len(words) > 1})
        # names of one word ("Pell"): said beside another name's word ("Pell Quade"), the
        # learner means that one, not a slip of a longer name ("Nell Quade")
        self._one_word_names = frozenset(words[0] for words in split if len(words) == 1)
        self.name_near = lru_cache(maxsize=CACHED)(self._name_near)

    def __getstate__(self) -> dict[str, Any]:
        """What a cached build stores: no cache of windows read."""
        state = dict(self.__dict__)
        del state["name_near"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.name_near = lru_cache(maxsize=CACHED)(self._name_near)

    def name_or(self, word: str) -> str:
        """A capitalised word corrected only to a word of the pack's names or one its text
        capitalises ("Briitsh": "British"), else as is ("Spain" is not "slain")."""
        corrected = self._words.correct(word)
        return corrected if corrected in self.name_words or corrected in self._proper else word

    def fix(self, words: list[str], typed: Sequence[str] | None = None) -> list[str]:
        """Words with near-misses of multi-word names replaced ("forth internatonal"),
        and a name's word slipped into a real word beside another of its words ("samuel
        rid" of Samuel Ridd: one letter, where the word alone is English and left be).
        `typed`: the words as typed, word for word, when a slip was corrected to another
        word of the text: "sankt rosen" is one letter from Sankt Orsen, though "rosen"
        alone reads as the text's "risen" (and "harriet fane" as "fine")."""
        vocabulary = self._words.vocabulary
        if vocabulary.issuperset(words) and self.name_words.isdisjoint(words):
            return words  # every window would be passed over: all known, no name's word
        # a typed window is a name's slip only with a word of it no word meant (see
        # `_typed_name`): each typed word asked once, not once per window holding it
        typed = typed or ()
        slips = [not self._words.meant(w) for w in typed]
        out = list(words)
        for n in (3, 2):
            i = 0
            while i + n <= len(out):
                window = out[i : i + n]
                named = self._typed_name(typed[i : i + n]) if any(slips[i : i + n]) else None
                if named is not None and named != window:
                    out[i : i + n] = named
                    i += 1
                    continue
                # every word known, or one not all letters (words are never empty)
                known = vocabulary.issuperset(window)
                if (
                    known
                    and (
                        self.name_words.isdisjoint(window)
                        or not self._words.skip.isdisjoint(window)
                    )
                ) or not "".join(window).isalpha():
                    i += 1
                    continue
                said = " ".join(window)
                found = self.name_near(said)
                if not (
                    found is not None
                    and (not known or OSA.distance(said, found) == 1)
                    and not self._other_word(window, found.split())
                    and not self._another_name(window, found.split())
                ):
                    found = self._name_by_ear(window)
                if found is not None and not self._swallows(window, found.split()):
                    out[i : i + n] = found.split()
                i += 1
        return out

    def _typed_name(self, window: Sequence[str]) -> list[str] | None:
        """The words of a multi-word name a window of typed words is one slip from, with
        a word of it neither the text's nor common English (a slip, not a word the
        learner meant: "allow ridge" stays), else None."""
        if not window or all(self._words.meant(w) for w in window) or not "".join(window).isalpha():
            return None
        said = " ".join(window)
        found = process.extractOne(said, self._names, scorer=OSA.distance, score_cutoff=1)
        return (
            str(found[0]).split() if found and len(str(found[0]).split()) == len(window) else None
        )

    def _another_name(self, window: Sequence[str], name: Sequence[str]) -> bool:
        """Whether a window of words near a name says, where the name has its own word, a
        name of the pack's in its own right ("pell quade" of Pell, Ansel Quade's brother,
        is not Nell Quade)."""
        return len(window) == len(name) and any(
            typed != word and typed in self._one_word_names
            for typed, word in zip(window, name, strict=True)
        )

    def _other_word(self, window: Sequence[str], name: Sequence[str]) -> bool:
        """Whether a window of words near a name says another English word where the
        name has its own, more than a slip from it ("fifteenth party congress" is no
        "thirteenth party congress"; "forth internatonal" is the Fourth International)."""
        return len(window) == len(name) and any(
            typed != word and typed in self._words.ranks and OSA.distance(typed, word) > 1
            for typed, word in zip(window, name, strict=True)
        )

    def _swallows(self, window: Sequence[str], name: Sequence[str]) -> bool:
        """Whether reading a window as a name would drop a function word at its edge that
        the name does not hold: "the Harrow Compact or whatever" is no slip of "Harrow
        Compact" (on a text that never says "or", the window "harrow compact or" is as
        near to it as a typo)."""
        return any(w in self._words.skip and w not in name for w in (window[0], window[-1]))

    def _name_by_ear(self, window: Sequence[str]) -> str | None:
        """The multi-word name a window of words is but for one word said alike ("plane
        book" of The Plain Book, "read army" of the Red Army): the same first letter and
        consonants as said, the other words the name's own; None if there is none, or
        two."""
        found = [
            name
            for name in self._names
            if len(parts := name.split()) == len(window)
            and sum(a != b for a, b in zip(window, parts, strict=True)) == 1
            and all(
                a == b or (a[0] == b[0] and len(a) >= 3 and consonants(a) == consonants(b))
                for a, b in zip(window, parts, strict=True)
            )
        ]
        return found[0] if len(found) == 1 else None

    def _name_near(self, said: str) -> str | None:
        """The multi-word name a few words are a near miss of (see `fix`), or
        None: the pack's names alone decide it, so a window of words a learner says again
        ("stalin exile trotsky") is compared with them once (`name_near`, kept)."""
        found = process.extractOne(said, self._names, scorer=fuzz.ratio, score_cutoff=88)
        return str(found[0]) if found else None
