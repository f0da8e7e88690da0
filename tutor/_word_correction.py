"""One word of a learner's read as the pack's: a misspelling of the text's word, of a
function word or of common English put right, a real word left alone.

The heart of the speller and most of its code, apart from the jobs that read a word by
where it stands (`_question_slips`, `_in_context`, `_name_slips`, `_word_breaks`): they all
ask this one for the word alone, and for what the pack's vocabulary holds.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ._one_edit import Within
from ._phonetic import beats
from ._phonetic import key as sound_key
from ._phonetic import keys as sound_keys
from ._slips import (
    VOWELS,
    as_said,
    dropped,
    english_one_edit,
    kindred,
    real_word_slip,
    same_start,
    shared_prefix,
    sound_classes,
    start_cost,
    struck,
    swapped,
    typed_slip,
    undouble,
    vowel_for_vowel,
    vowel_pair_halved,
)
from ._text import language, stem
from ._word_shapes import SLIP_RANK, double_halved, plural_in_ves, silent_e

__all__ = ["CACHED", "COMMON_RANK", "WordCorrector", "american"]

_KIN = 7  # letters a word shares with one of the text's to be of its family (see _kin)
_FAMILY = 6  # letters of the shortest stem a non-word is read as by a vowel (_of_stem_by_ear)
_LONG = 8  # letters of a misspelling that may be of a common word the text does not use
COMMON_RANK = 5000  # English words at least this common are never "corrected"
_DROPPED = 5  # letters of the shortest word read as another with a letter left out
_SLIP_RANK = SLIP_RANK  # the rarest English word offered for a common slip of it
_BY_EAR = 5  # letters of the shortest word read by its sound key (`WordCorrector._heard`)
# edits no slip of the finger explains, at most one per this many letters of a short non-word
# (of _SHORT letters at most): more and it is a word the pack does not know ("nep" is no
# "new", "beria" no "begin"); a longer one is more often the text's word mistyped twice
_LETTERS_PER_EDIT = 4
_SHORT = 5
CACHED = 8192  # corrections of words kept, the least recently used dropped past this many

# British spellings and their American forms, which the word list ranks ("realise",
# "colour", "analyse", "centre", "defence", "travelled")
_BRITISH = tuple(
    (re.compile(pattern), american)
    for pattern, american in (
        (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"),
        (r"our(s|ed|ing|ite|ites)?$", r"or\1"),
        (r"ys(e|es|ed|ing)$", r"yz\1"),
        (r"tre(s)?$", r"ter\1"),
        (r"ence$", r"ense"),
        (r"ll(ed|ing|er)$", r"l\1"),
    )
)


def american(word: str) -> str:
    """The American spelling of a British one, or the word itself."""
    for pattern, american in _BRITISH:
        spelt = pattern.sub(american, word)
        if spelt != word:
            return spelt
    return word


class WordCorrector:
    """Reads one word of a learner's as the pack's: the search behind `Speller.correct`,
    with the predicates (`meant`, `known`, `common`) and lookups (`near`) the speller's
    other jobs ask of the same vocabulary."""

    def __init__(
        self,
        frequency: Counter[str],
        stems: frozenset[str],
        stopwords: frozenset[str],
        skip: frozenset[str],
        described: Callable[[str], bool] | None = None,
        own: frozenset[str] | None = None,
        places: frozenset[str] = frozenset(),
    ) -> None:
        """Args: as `Speller`'s of the same names."""
        self._described = described
        self.places = places
        lang = language()
        self.stopwords = stopwords
        self.qwords: Mapping[str, str] = lang["question_types"]
        self.ranks: dict[str, int] = lang["ranks"]
        self.vocabulary: frozenset[str] = frozenset(frequency)
        self.stems = stems
        self.frequency = frequency
        self.skip = skip
        self.spellable = sorted(w for w in frequency if w.isalpha() and len(w) >= 3)
        # the text's words by how they are said ("light" and "lite", "fennick" and
        # "phennick"), made on first need
        self._spoken: dict[str, list[str]] | None = None
        # the text's words by their sound keys ("because" and "becuz"), made on first need
        self._by_sound: dict[str, list[str]] | None = None
        # the text's words by their stems, long stems only, made on first need
        self._families: dict[str, list[str]] | None = None
        # the same words by length, for those a few edits from a typed word (`near`),
        # made on first need
        self._within: Within | None = None
        # the stems the pack's own texts say, not its lexicon's synonym groups
        self.written = own if own is not None else frozenset(stem(w) for w in frequency)
        # A typo may also be of a function word ("wer" for "were"), which then drops out,
        # or of an ordinal a learner asks by ("the secnd stage", "the fiffteenth
        # congress") though the text never says it; other English words are not offered,
        # so an unknown name ("Cheka") stays unknown.
        grammar = (*self.stopwords, *self.qwords, *lang["ordinal_words"])
        self.function_words = sorted(
            w for w in set(grammar) if len(w) >= 3 and w not in self.vocabulary
        )
        # the ordinals past the tenth, long words alike but for a few letters, are offered
        # for one slip only ("fiffteenth"): "footpath" is no "fortieth"
        self._ordinals = sorted(w for w in lang["higher_ordinals"] if w not in self.vocabulary)
        self.correct = lru_cache(maxsize=CACHED)(self._correct)

    def __getstate__(self) -> dict[str, Any]:
        """What a cached build stores: no spelling cache, no copy of the English word list."""
        state = dict(self.__dict__)
        for cached in ("correct", "ranks"):
            del state[cached]
        state["_spoken"] = state["_within"] = state["_by_sound"] = state["_families"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.ranks = language()["ranks"]
        self.correct = lru_cache(maxsize=CACHED)(self._correct)

    def _correct(self, word: str) -> str:
        """The word a misspelling stands for: the pack's words first, then function words.

        A real English word is left alone unless it is rare and one letter away from a
        word of the pack ("fraction" for "faction"); a non-word is matched against the
        pack's vocabulary and the function words, nearest first, the pack's words
        winning ties.
        """
        shaped = plural_in_ves(word, self.vocabulary, self.ranks) or silent_e(
            word, self.vocabulary, self.ranks, self.written
        )
        if shaped is not None:
            return shaped
        if (
            len(word) < 3
            or not word.isalpha()
            or word in self.vocabulary
            or (stem(word) in self.stems and not self._slip_of_written(word))
            or word in self.stopwords
            or word in self.qwords
            # "spain" typed small is the place, not the text's "slain"; an English word
            # ("perm", "reef") is read as one below
            or (word in self.places and word not in self.ranks)
            # a non-word one slip from the text's word is that word, though its stem
            # is a word of some name's description ("admirality": "admiralty")
            or (
                self._described is not None
                and self._described(stem(word))
                and not self._slip_of_written(word)
            )
        ):
            return word
        rank = self.ranks.get(word)
        if rank is None:  # "realise": an English word, spelt the British way
            spelt = american(word)
            if spelt in self.ranks:
                return spelt
            # "basins", "maths": the plural of an English word the list has only alone,
            # which is as real ("basins" is no slip of "basis")
            single = self.ranks.get(word[:-1]) if word.endswith("s") else None
            if single is not None and single <= _SLIP_RANK:
                rank = single
        if rank is not None and rank <= COMMON_RANK:
            return word
        if rank is not None and _formed_from_common(word, self.ranks):
            # "caster", "maker": an English word made of a common one is meant, not
            # "coaster", "marker"; the text's word of its family with another ending may
            # be ("founder" of "founded"). Not a word no list has: "reders", "collecters"
            # are the text's "readers", "collectors" misspelt
            kin = [
                c for c in self.near(word, 1) if len(c[0]) == len(word) and kindred(word, str(c[0]))
            ]
            return str(kin[0][0]) if kin else word
        spoken = self._spoken
        if spoken is None:
            spoken = {}
            for w in self.spellable:
                spoken.setdefault(as_said(w), []).append(w)
            self._spoken = spoken
        # of the text's own words: a lexicon's word said alike ("cold" of "coold") yields
        # to a slip of the text's ("cooled")
        sounds = [w for w in spoken.get(as_said(word), ()) if stem(w) in self.written]
        if sounds:  # "lite" of a text that says "light", "nite" of "night"
            # the nearest of those said alike, then the commonest: "wherre" is "where",
            # though "were" sounds so too and is said more often
            return min(sounds, key=lambda w: (OSA.distance(word, w), -self.frequency[w], w))
        if rank is not None:
            found = self.near(word, 1, 8)
            # never a function word: "toll" is no slip of "tell", which then drops out of
            # the line, taking the learner's word with it
            found = [
                c
                for c in found
                if c[0][0] == word[0]
                and len(c[0]) >= 4
                and c[0] not in self.skip
                and real_word_slip(word, str(c[0]))
                # a real word is meant, not a word only the lexicon adds ("fees" is no
                # slip of "foes", of a group with the text's "enemies"), but one of its
                # family ("founder" of "founded")
                and (stem(str(c[0])) in self.written or kindred(word, str(c[0])))
            ]
            return str(min(found, key=self._preference(word))[0]) if found else word
        limit = 1 if len(word) <= 4 else 2 if len(word) <= 7 else 3
        found = self.near(word, limit, 8)
        found += process.extract(
            word, self.function_words, scorer=OSA.distance, score_cutoff=limit, limit=4
        )
        found += process.extract(word, self._ordinals, scorer=OSA.distance, score_cutoff=1)
        # a common English word of the same stem as one of the text's ("adedd": "added",
        # as the text says "adds"), nearer than any word the text writes ("aided"), or as
        # near as one that starts with another sound ("vist": "visit", not the text's "gist")
        if all(c[1] > 1 or not same_start(str(c[0]), word) for c in found):
            found += [
                c
                for c in english_one_edit().near(word, limit=4)
                if c[0][0] == word[0] and self._english_meant(word, str(c[0]))
            ]
        doubled = double_halved(word, found, self.ranks, self.written)
        if doubled is not None:
            return doubled
        best = str(min(found, key=self._preference(word))[0]) if found else None
        if len(word) >= _BY_EAR and (
            best is None or not typed_slip(word, best) or beats(best) != beats(word)
        ):
            # no slip of the finger makes it the nearest word, or none that keeps its beats
            # ("heavee" is "heavy" by ear, not "heave"; "farma" "farmer", not "farm"): it
            # may be spelt by ear
            heard = self._heard(word)
            if heard is not None:
                return heard
        if best is not None and (
            len(word) > _SHORT
            or typed_slip(word, best)
            or OSA.distance(word, best) * _LETTERS_PER_EDIT <= len(word)
        ):
            return best
        if best is not None:
            return word  # "nep", "beria": an unknown word, not "new", "begin"
        family = self._kin(word)
        return family if family != word else self._of_stem_by_ear(word)

    def _heard(self, word: str) -> str | None:
        """The text's own word a non-word is spelt as said ("kwist", "burocracy", "sista"
        of its "Quist", "bureaucracy", "sister"; see `_phonetic`): of the words of the same
        sound key (an r before no vowel said or not) and as many beats, the nearest in
        letters, two edits away at most (three in a long word); None if there is none, or
        two are as near (a guess between them is no reading). Few: an unknown name is
        seldom the text's word ("winnow" is no "when", "isere" no "USSR")."""
        heard = self._by_sound
        if heard is None:
            heard = {}
            for w in self.spellable:
                if len(w) >= _BY_EAR and stem(w) in self.written:
                    for sound in sound_keys(w):
                        heard.setdefault(sound, []).append(w)
            self._by_sound = heard
        said, spoken = beats(word), as_said(word)
        most = 2 if len(word) < _LONG else 3
        near = sorted(
            (d, w)
            for w in heard.get(sound_key(word), ())
            if beats(w) == said
            and (
                (d := OSA.distance(word, w)) <= most
                # or a letter from it as said, silent letters gone ("fenrite", "fenwright")
                or OSA.distance(spoken, as_said(w)) <= 1
            )
        )
        if not near or (len(near) > 1 and near[1][0] == near[0][0]):
            return None
        return near[0][1]

    def near(self, word: str, cutoff: int, limit: int | None = None) -> list[tuple[str, int, int]]:
        """The pack's words at most `cutoff` edits from a word, nearest first, then in
        alphabetical order, at most `limit` of them (see `Within`)."""
        within = self._within
        if within is None:
            within = self._within = Within(self.spellable)
        return within.near(word, cutoff, limit)

    def _slip_of_written(self, word: str) -> bool:
        """Whether a non-word whose stem the pack knows from elsewhere than its text (a
        word of the lexicon's synonym groups stems alike) is a slip of a word the text
        writes: one letter off, starting alike. The learner meant the text's word, which
        holds the facts, not a stem no fact says."""
        if word in self.ranks or american(word) in self.ranks or stem(word) in self.written:
            return False
        near = self.near(word, 1, 4)
        return any(str(c[0])[0] == word[0] and stem(str(c[0])) in self.written for c in near)

    def _english_meant(self, typed: str, meant: str) -> bool:
        """Whether a non-word one slip from an English word the text does not use is that
        word: a common one of the text's stem, or long ("temprature"), or typed by the
        commonest slips, two neighbouring letters swapped ("heihgt", "jounral"), one of
        a double left out ("floded"), a key's neighbour struck ("lenbth") or, in a word
        long enough, any letter left out ("jounal"), or a letter for another of the same
        sound ("resqued"), which are seldom how a name is spelt, so a less common word
        is offered then too; a common word also with one vowel of a pair left out ("lern"
        of "learn")."""
        slip = (
            swapped(typed, meant)
            or undouble(typed) == undouble(meant)
            or struck(typed, meant)
            or (len(typed) >= _DROPPED and dropped(typed, meant))
            or as_said(typed) == as_said(meant)  # spelt as said: "resqued" of "rescued"
        )
        if self.ranks[meant] > (_SLIP_RANK if slip else COMMON_RANK):
            return False
        return (
            stem(meant) in self.stems
            or len(typed) >= _LONG
            or slip
            or vowel_for_vowel(typed, meant)
            # a common word only (the rank above): "lern" is "learn"
            or vowel_pair_halved(typed, meant)
        )

    def _of_stem_by_ear(self, word: str) -> str:
        """The text's word of a family whose stem a non-word is with one vowel written
        for another, as it sounds ("fermint" of "ferment", as the text says only
        "fermentation"): a learner asks by the plain word of a family the text uses only
        derived. The family's word the text says most; the word itself if none is, or
        two families are."""
        if len(word) < _FAMILY:
            return word
        families = self._families
        if families is None:
            families = {}
            for w in self.spellable:
                s = stem(w)
                if len(s) >= _FAMILY and s in self.written:
                    families.setdefault(s, []).append(w)
            self._families = families
        found = {
            respelt
            for k, letter in enumerate(word)
            if letter in VOWELS
            for vowel in VOWELS
            if (respelt := word[:k] + vowel + word[k + 1 :]) in families and respelt != word
        }
        if len(found) != 1:
            return word
        (family,) = found
        return max(families[family], key=lambda w: (self.frequency[w], -len(w), w))

    def _kin(self, word: str) -> str:
        """A word of the text's own family for one it never uses ("denitrifying" for its
        "denitrification"): the most frequent text word sharing a long start with it
        (seven letters, and all but the last four), else the word itself."""
        if len(word) < _KIN + 1:
            return word
        start = word[: max(_KIN, len(word) - 4)]
        if start.endswith("y"):  # "calcifying" of "calcification"
            start = start[:-1] + "i"
        words = self.spellable
        at = bisect.bisect_left(words, start)
        kin = []
        while at < len(words) and words[at].startswith(start):
            kin.append(words[at])
            at += 1
        return max(kin, key=lambda w: (self.frequency[w], -len(w), w)) if kin else word

    def meant(self, word: str) -> bool:
        """Whether a word is one of the text's or of its stems, or common English."""
        rank = self.ranks.get(word)
        return (
            word in self.vocabulary
            or stem(word) in self.stems
            or (rank is not None and rank <= COMMON_RANK)
        )

    def known(self, word: str) -> bool:
        """Whether a word is one of the text's, or English."""
        return word in self.vocabulary or stem(word) in self.stems or word in self.ranks

    def common(self, word: str) -> bool:
        """Whether a word is one of the text's, a function word or common English."""
        rank = self.ranks.get(word)
        return (
            word in self.vocabulary
            or word in self.stopwords
            or word in self.qwords
            or (rank is not None and rank <= COMMON_RANK)
        )

    def _preference(self, word: str) -> Callable[[tuple[str, float, int]], tuple[Any, ...]]:
        skip = self.skip
        undoubled, sound = undouble(word), sound_classes(word)  # the same for every candidate

        def key(candidate: tuple[str, float, int]) -> tuple[Any, ...]:
            text, distance = candidate[0], candidate[1]
            in_pack = text in self.vocabulary
            return (
                distance,
                # a slip seldom changes the first sound, but for the commonest slips of
                # the first key ("hwen", "ower", "rower" of the text's "tower"), which are
                # still rarer than those inside a word ("vist" is "visit", not "gist")
                start_cost(word, text, self.frequency[text] if text not in skip else 0),
                not in_pack,
                # a word the text itself writes before one the pack has from its lexicon
                # ("coold": the text's "cooled", not a synonym group's "cold")
                stem(text) not in self.written,
                not same_start(text, word),
                undouble(text) != undoubled,  # 'alies' is 'allies' with a letter dropped
                sound_classes(text) != sound,  # 'serge' sounds like 'surge', not 'serve'
                -shared_prefix(text, word),
                self.ranks.get(text, 10**6) if not in_pack else -self.frequency[text],
                text,
            )

        return key


def _formed_from_common(word: str, ranks: Mapping[str, int]) -> bool:
    """Whether a word is one who does what a common English word says, or such people
    ("maker" of "make", "readers" of "read"): a word formed by rule from a common one."""
    base = word.removesuffix("s")
    if not base.endswith("er"):
        return False
    root = base[:-2]
    return any(ranks.get(r, COMMON_RANK + 1) <= COMMON_RANK for r in (root, root + "e"))
