"""Spelling: a learner's sloppy and misspelt words read as the words of the pack.

One Speller is built per pack from its vocabulary and names and held by the Analyzer; it
is immutable (its tables are made on first need), and its caches are thread-safe.

The Speller runs a line through its jobs, each in its own module: every word read alone
(`_word_correction`), run-ons split and words typed in two joined (`_word_breaks`), a
question's own words read by their place (`_question_slips`), real words typed for the
text's beside a neighbour (`_in_context`) and near misses of names (`_name_slips`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ._in_context import InContext
from ._name_slips import NameSlips
from ._quantities import respelt
from ._question_slips import QuestionSlips, who_not_how
from ._text import language
from ._word_breaks import WordBreaks
from ._word_correction import WordCorrector, american

__all__ = ["CAPITALISED", "Speller", "american"]

CAPITALISED = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+")  # not a sentence's first word


class Speller:
    """Reads a learner's words as the pack's: respelt, run-ons split, typos corrected."""

    def __init__(
        self,
        frequency: Counter[str],
        stems: frozenset[str],
        names: Iterable[str],
        sentences: Iterable[str],
        stopwords: frozenset[str],
        skip: frozenset[str],
        described: Callable[[str], bool] | None = None,
        own: frozenset[str] | None = None,
        places: frozenset[str] = frozenset(),
    ) -> None:
        """Args:
        frequency: each word the pack's texts say (and its phrases' words), how often.
        stems: the stems and terms the pack knows.
        names: every name and alias of the pack's entities.
        sentences: the texts whose word pairs tell a real word typed for another.
        stopwords: function words, never corrected.
        skip: words that are never content words (function and question words).
        described: whether a stem is a word of some name's description ("founder" is no
            typo of "founded").
        own: the stems the pack's own texts say (answers, sources, keywords, questions),
            of which `frequency` may say more (a lexicon's words); all of them if None.
        places: one-word names of real places ("spain"), never corrected (see
            `_name_cues.place_words`).
        """
        words = self._words = WordCorrector(
            frequency, stems, stopwords, skip, described, own, places
        )
        self.stopwords = stopwords
        self.qwords = words.qwords
        self.ranks = words.ranks
        # a sloppy spelling of a content word that is the text's own word is that word:
        # "dyed cloth" (not "died"); one of a function word stays one ("vs", "wen")
        self.respellings: dict[str, tuple[str, ...]] = {
            k: tuple(v.split())
            for k, v in language()["respellings"].items()
            if k not in frequency or self._only_function_words(v.split())
        }
        self.vocabulary = words.vocabulary
        self.stems = stems
        sentences = tuple(sentences)
        self._names = NameSlips(words, names, sentences)
        self.name_words = self._names.name_words
        self._neighbours = InContext(words, sentences)
        self._breaks = WordBreaks(words)
        self._question = QuestionSlips(words)
        self._bind()

    def _bind(self) -> None:
        """The lookups a caller may ask and clear, each its job's own cache."""
        self.correct = self._words.correct
        self.run_on = self._breaks.run_on
        self.in_context_of = self._neighbours.in_context_of
        self.name_near = self._names.name_near

    def __getstate__(self) -> dict[str, Any]:
        """What a cached build stores: no spelling cache, no copy of the English word list."""
        state = dict(self.__dict__)
        for cached in ("correct", "run_on", "in_context_of", "name_near", "ranks"):
            del state[cached]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.ranks = self._words.ranks
        self._bind()

    def fix(self, words: Sequence[str], names: frozenset[str]) -> list[str]:
        """A learner's words with run-ons split, typos corrected, a word typed in two made
        one, real words typed for the text's and near-misses of its names put right.

        A capitalised word mid-sentence (`names`) is a name: it may be a misspelt name of
        the pack ("Trotzky"), never an everyday word ("Spain" is not "slain").
        """
        split = [p for w in words for p in self.run_on(w)]  # "whokilled trotksy"
        name_or, correct = self._names.name_or, self.correct
        fixed = [name_or(w) if w in names else correct(w) for w in split]
        self._question.fix(split, fixed)
        joined = self._breaks.join(fixed, split)
        typed = split if len(joined) == len(split) else None  # word for word, if none joined
        return self._names.fix(self._neighbours.fix(joined), typed)

    def _only_function_words(self, words: Sequence[str]) -> bool:
        return all(w in self.stopwords or w in self.qwords for w in words)

    def respell(self, words: Sequence[str]) -> list[str]:
        """Words with sloppy spellings respelt ("wasnt" -> "was not")."""
        respellings = self.respellings
        if respellings.keys().isdisjoint(words):  # most texts have none to respell
            return list(words)
        return who_not_how(words, respelt(words, respellings))

    def said_in_a_row(self, words: Sequence[str]) -> bool:
        """Whether the text says these words one after the other ("Red Army")."""
        return self._neighbours.said_in_a_row(words)
