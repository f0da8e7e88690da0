"""Spelling: a learner's sloppy and misspelt words read as the words of the pack.

One Speller is built per pack from its vocabulary and names and held by the Analyzer; it
is immutable (two tables are made on first need), and its caches are thread-safe.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ._one_edit import Ends, OneEdit, Within
from ._phonetic import beats
from ._phonetic import key as sound_key
from ._phonetic import keys as sound_keys
from ._text import is_past, language, split_words, stem

__all__ = ["CAPITALISED", "Speller", "american"]

CAPITALISED = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+")  # not a sentence's first word
_WORD = re.compile(r"[A-Za-z]+")

_KIN = 7  # letters a word shares with one of the text's to be of its family (see _kin)
_FAMILY = 6  # letters of the shortest stem a non-word is read as by a vowel (_of_stem_by_ear)
_RUN_ON = 6  # letters a word needs before it is read as two run together
_LONG = 8  # letters of a misspelling that may be of a common word the text does not use
_IN_CONTEXT = 4  # letters of the shortest real word read as another beside its neighbour
_SHORT = 2  # letters of a non-word too short to correct alone, read beside its neighbour
_JOINED = 6  # letters of the shortest word of the text a learner may type in two
# the second words of phrasal verbs, which compounds of the verb also end in ("takeaway")
_PARTICLES = frozenset(["away", "back", "up", "out", "off", "down", "over", "in", "on", "about"])
_COMMON_RANK = 5000  # English words at least this common are never "corrected"
_DROPPED = 5  # letters of the shortest word read as another with a letter left out
_SLIP_RANK = 20000  # the rarest English word offered for a common slip of it
_OFTEN = 3  # times the pack says a word (answer, source and keywords each count) for a
# slip of its first letter to be read as it: a word said once is no likelier than a slip
# inside another
_BE = frozenset(["is", "was", "are", "were"])  # "hwo was ...?" asks who (_who_not_how)
_DO = frozenset(["did", "does", "do"])  # a verb only a question's word stands before
# the auxiliaries a question's subject and then its verb follow ("did Ines marry?")
_AUXILIARIES = _DO | frozenset(["will", "would", "could", "can", "should", "might", "may"])
_BY_EAR = 5  # letters of the shortest word read by its sound key (`Speller._heard`)
_CACHED = 8192  # corrections of words kept, the least recently used dropped past this many
# prepositions a question may open with before its question word ("in what year ...?")
_OPENING_PREPOSITIONS = frozenset(["in", "on", "at", "to", "from", "by", "for", "of", "with"])
# the function words a question's subject may open with, after its auxiliary ("does the
# moss ...", "would he ..."): any other function word after a word ("dose of", "dose is")
# tells it is the noun or verb it is spelt as
_SUBJECT_OPENERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "my"]
) | frozenset(["he", "she", "it", "they", "we", "you", "i"])

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
        """
        self._described = described
        lang = language()
        self.stopwords = stopwords
        self.qwords: Mapping[str, str] = lang["question_types"]
        self._question_words = tuple(q for q in self.qwords if q.isalpha())  # one word each
        # the words that make a question of "how" ("how many", "how long", "how far")
        self._how_words = sorted(
            {k.split()[1] for k in lang["question_phrases"] if k.startswith("how ")}
        )
        self.ranks: dict[str, int] = lang["ranks"]
        # real words said as an auxiliary is ("dose": does), read as it where one stands
        # (`_auxiliary`), unless the text uses the word itself
        self._sound_alikes: dict[str, str] = {
            k: v for k, v in lang["sound_alike_auxiliaries"].items() if k not in frequency
        }
        # a sloppy spelling of a content word that is the text's own word is that word:
        # "dyed cloth" (not "died"); one of a function word stays one ("vs", "wen")
        self.respellings: dict[str, tuple[str, ...]] = {
            k: tuple(v.split())
            for k, v in lang["respellings"].items()
            if k not in frequency or self._only_function_words(v.split())
        }
        self.vocabulary: frozenset[str] = frozenset(frequency)
        self.stems = stems
        self._frequency = frequency
        self._skip = skip
        self._spellable = sorted(w for w in frequency if w.isalpha() and len(w) >= 3)
        # the text's words by how they are said ("light" and "lite", "fennick" and
        # "phennick"), made on first need
        self._spoken: dict[str, list[str]] | None = None
        # the text's words by their sound keys ("because" and "becuz"), made on first need
        self._by_sound: dict[str, list[str]] | None = None
        # the text's words by their stems, long stems only, made on first need
        self._families: dict[str, list[str]] | None = None
        # the same words by length, for those a few edits from a typed word (`_near`),
        # made on first need
        self._within: Within | None = None
        # the same words and the function words by their ends, for whether two typed
        # halves run together may be one slip of any word (`_split_slip`), made on first need
        self._ends: Ends | None = None
        # the sentences whose word pairs tell a real word typed for another ("grate storm"
        # of the text's "great storm"); the pairs are made on first need
        self._sentences = tuple(sentences)
        # the words the text always capitalises ("British", "Parliament"): a learner's
        # capitalised word may be a misspelling of one, as of a name
        written = {w for text in self._sentences for w in _WORD.findall(text)}
        self._proper = (
            frozenset(w.lower() for w in written if w[0].isupper() and w[1:].islower()) - written
        )
        # the stems the pack's own texts say, not its lexicon's synonym groups
        self._written = own if own is not None else frozenset(stem(w) for w in frequency)
        self._pairs: frozenset[tuple[str, str]] | None = None
        # the stems of the words never content words ("ones" of "one")
        self._skip_stems = frozenset(stem(w) for w in skip)
        # A typo may also be of a function word ("wer" for "were"), which then drops out,
        # or of an ordinal a learner asks by ("the secnd stage", "the fiffteenth
        # congress") though the text never says it; other English words are not offered,
        # so an unknown name ("Cheka") stays unknown.
        grammar = (*self.stopwords, *self.qwords, *lang["ordinal_words"])
        self._function_words = sorted(
            w for w in set(grammar) if len(w) >= 3 and w not in self.vocabulary
        )
        # the ordinals past the tenth, long words alike but for a few letters, are offered
        # for one slip only ("fiffteenth"): "footpath" is no "fortieth"
        self._ordinals = sorted(w for w in lang["higher_ordinals"] if w not in self.vocabulary)
        split = [split_words(name) for name in names]
        self.name_words: frozenset[str] = frozenset(w for words in split for w in words)
        self._names = sorted({" ".join(words) for words in split if len(words) > 1})
        # names of one word ("Pell"): said beside another name's word ("Pell Quade"), the
        # learner means that one, not a slip of a longer name ("Nell Quade")
        self._one_word_names = frozenset(words[0] for words in split if len(words) == 1)
        self.correct = lru_cache(maxsize=_CACHED)(self._correct)
        self.run_on = lru_cache(maxsize=_CACHED)(self._run_on)
        self.in_context_of = lru_cache(maxsize=_CACHED)(self._in_context_of)
        self.name_near = lru_cache(maxsize=_CACHED)(self._name_near)

    def __getstate__(self) -> dict[str, Any]:
        """What a cached build stores: no spelling cache, no copy of the English word list."""
        state = dict(self.__dict__)
        for cached in ("correct", "run_on", "in_context_of", "name_near", "ranks"):
            del state[cached]
        state["_pairs"] = state["_spoken"] = state["_within"] = state["_ends"] = None
        state["_by_sound"] = state["_families"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.ranks = language()["ranks"]
        self.correct = lru_cache(maxsize=_CACHED)(self._correct)
        self.run_on = lru_cache(maxsize=_CACHED)(self._run_on)
        self.in_context_of = lru_cache(maxsize=_CACHED)(self._in_context_of)
        self.name_near = lru_cache(maxsize=_CACHED)(self._name_near)

    def fix(self, words: Sequence[str], names: frozenset[str]) -> list[str]:
        """A learner's words with run-ons split, typos corrected, a word typed in two made
        one, real words typed for the text's and near-misses of its names put right.

        A capitalised word mid-sentence (`names`) is a name: it may be a misspelt name of
        the pack ("Trotzky"), never an everyday word ("Spain" is not "slain").
        """
        split = [p for w in words for p in self.run_on(w)]  # "whokilled trotksy"
        fixed = [self._name_or(w) if w in names else self.correct(w) for w in split]
        self._opening(split, fixed)
        self._auxiliary(split, fixed)
        self._verb_slot(split, fixed)
        self._after_how(split, fixed)
        joined = self._joined(fixed, split)
        typed = split if len(joined) == len(split) else None  # word for word, if none joined
        return self._fuzzy_names(self._in_context(joined), typed)

    def _opening(self, typed: Sequence[str], fixed: list[str]) -> None:
        """A line's opening slip read as the question word it is as near as the word it
        was corrected to, and by as common a slip ("wnere did ...": "where", not "were";
        "hich ship": "which", not the text's "high"; "in hwat year": "what", not "heat"):
        a learner's line opens with a question, the word or after a preposition. A real
        word only where no other word could stand, before "did" or a form of "be" after
        one ("were did they live?", "hat did he do?"): "here was ..." and "she did ..."
        stay as typed."""
        at = 1 if len(typed) > 2 and typed[0] in _OPENING_PREPOSITIONS else 0
        if len(typed) < at + 2:
            return
        word = typed[at]
        if len(word) < 3 or not word.isalpha() or word in self.qwords:
            return
        # a real word only before a verb no word but a question's may stand before ("were
        # did they live?", "hat did he do?", "now did it end?"): a form of "do", or a
        # form of "be" after another ("were was it?")
        after = typed[at + 1]
        asks = after in _DO or (word in _BE and after in _BE)
        if not asks and (word in self.ranks or word in self.vocabulary):
            return
        chosen = fixed[at]
        weigh = not asks and chosen not in self.qwords
        meant = self._slip_among(word, chosen, self._question_words, weigh)
        if meant is not None:
            fixed[at] = meant

    def _auxiliary(self, typed: Sequence[str], fixed: list[str]) -> None:
        """A real word said as an auxiliary is, read as it where a question's auxiliary
        stands: opening the line ("dose the moss rot?") or after its question word, or
        "how" and its word ("what dose it mean", "how fast dose peat grow"), before the
        question's subject (a content word, an article or a pronoun): "what dose of
        poison" and "the dose was" stay as typed."""
        for k, word in enumerate(typed[:3]):
            meant = self._sound_alikes.get(word)
            if meant is None or k + 1 == len(typed):
                continue
            after = typed[k + 1]
            if not after.isalpha() or (after in self.stopwords and after not in _SUBJECT_OPENERS):
                continue
            opening = fixed[0] in self.qwords and (k == 1 or (k == 2 and fixed[0] == "how"))
            if (k == 0 and len(typed) >= 3) or opening:
                fixed[k] = meant

    def _typed_name(self, window: Sequence[str]) -> list[str] | None:
        """The words of a multi-word name a window of typed words is one slip from, with
        a word of it neither the text's nor common English (a slip, not a word the
        learner meant: "allow ridge" stays), else None."""
        if not window or all(self._meant(w) for w in window) or not "".join(window).isalpha():
            return None
        said = " ".join(window)
        found = process.extractOne(said, self._names, scorer=OSA.distance, score_cutoff=1)
        return (
            str(found[0]).split() if found and len(str(found[0]).split()) == len(window) else None
        )

    def _after_how(self, typed: Sequence[str], fixed: list[str]) -> None:
        """A non-word after "how" read as the word that makes a question of it ("how
        meny men", "how lomg", "how mutch") when that is as near and as common a slip as
        the pack's word it was corrected to ("men", "log"): "how" before a noun asks
        nothing."""
        for k in range(1, len(typed)):
            word = typed[k]
            if fixed[k - 1] != "how" or len(word) < 3 or not word.isalpha():
                continue
            if word in self.ranks or word in self.vocabulary:
                continue
            meant = self._slip_among(word, fixed[k], self._how_words, True)
            if meant is not None:
                fixed[k] = meant

    def _slip_among(self, word: str, chosen: str, meant: Sequence[str], weigh: bool) -> str | None:
        """The word of `meant` (question words, or those after "how") a typed word is one
        slip from, nearest and likeliest first; None if none is, if the correction it got
        (`chosen`) is that word already, or, with `weigh`, if that correction is as near
        and as common a slip ("hich" is the text's "high" no likelier than "which")."""
        asked = [
            (OSA.distance(word, w), _start(word, w, _OFTEN), -_shared_prefix(word, w), w)
            for w in meant
            if abs(len(w) - len(word)) <= 1
        ]
        best = min(asked, default=None)
        if best is None or best[0] > 1 or chosen == best[3]:
            return None
        if (
            weigh
            and chosen != word
            and (OSA.distance(word, chosen), _start(word, chosen, self._frequency[chosen]))
            < best[:2]
        ):
            return None
        return best[3]

    def _only_function_words(self, words: Sequence[str]) -> bool:
        return all(w in self.stopwords or w in self.qwords for w in words)

    def respell(self, words: Sequence[str]) -> list[str]:
        """Words with sloppy spellings respelt ("wasnt" -> "was not")."""
        respellings = self.respellings
        if respellings.keys().isdisjoint(words):  # most texts have none to respell
            return list(words)
        respelled: list[str] = []
        for word in words:
            respelled.extend(respellings.get(word, (word,)))
        return _who_not_how(words, respelled)

    def _correct(self, word: str) -> str:
        """The word a misspelling stands for: the pack's words first, then function words.

        A real English word is left alone unless it is rare and one letter away from a
        word of the pack ("fraction" for "faction"); a non-word is matched against the
        pack's vocabulary and the function words, nearest first, the pack's words
        winning ties.
        """
        if (
            len(word) < 3
            or not word.isalpha()
            or word in self.vocabulary
            or (stem(word) in self.stems and not self._slip_of_written(word))
            or word in self.stopwords
            or word in self.qwords
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
        if rank is not None and rank <= _COMMON_RANK:
            return word
        if rank is not None and _formed_from_common(word, self.ranks):
            # "caster", "maker": an English word made of a common one is meant, not
            # "coaster", "marker"; the text's word of its family with another ending may
            # be ("founder" of "founded"). Not a word no list has: "reders", "collecters"
            # are the text's "readers", "collectors" misspelt
            kin = [
                c
                for c in self._near(word, 1)
                if len(c[0]) == len(word) and _kindred(word, str(c[0]))
            ]
            return str(kin[0][0]) if kin else word
        spoken = self._spoken
        if spoken is None:
            spoken = {}
            for w in self._spellable:
                spoken.setdefault(_spoken(w), []).append(w)
            self._spoken = spoken
        # of the text's own words: a lexicon's word said alike ("cold" of "coold") yields
        # to a slip of the text's ("cooled")
        sounds = [w for w in spoken.get(_spoken(word), ()) if stem(w) in self._written]
        if sounds:  # "lite" of a text that says "light", "nite" of "night"
            # the nearest of those said alike, then the commonest: "wherre" is "where",
            # though "were" sounds so too and is said more often
            return min(sounds, key=lambda w: (OSA.distance(word, w), -self._frequency[w], w))
        if rank is not None:
            found = self._near(word, 1, 8)
            # never a function word: "toll" is no slip of "tell", which then drops out of
            # the line, taking the learner's word with it
            found = [
                c
                for c in found
                if c[0][0] == word[0]
                and len(c[0]) >= 4
                and c[0] not in self._skip
                and _slip(word, str(c[0]))
                # a real word is meant, not a word only the lexicon adds ("fees" is no
                # slip of "foes", of a group with the text's "enemies"), but one of its
                # family ("founder" of "founded")
                and (stem(str(c[0])) in self._written or _kindred(word, str(c[0])))
            ]
            return str(min(found, key=self._preference(word))[0]) if found else word
        limit = 1 if len(word) <= 4 else 2 if len(word) <= 7 else 3
        found = self._near(word, limit, 8)
        found += process.extract(
            word, self._function_words, scorer=OSA.distance, score_cutoff=limit, limit=4
        )
        found += process.extract(word, self._ordinals, scorer=OSA.distance, score_cutoff=1)
        # a common English word of the same stem as one of the text's ("adedd": "added",
        # as the text says "adds"), nearer than any word the text writes ("aided"), or as
        # near as one that starts with another sound ("vist": "visit", not the text's "gist")
        if all(c[1] > 1 or not _same_start(str(c[0]), word) for c in found):
            found += [
                c
                for c in _english().near(word, limit=4)
                if c[0][0] == word[0] and self._english_meant(word, str(c[0]))
            ]
        best = str(min(found, key=self._preference(word))[0]) if found else None
        if len(word) >= _BY_EAR and (
            best is None or not _typed_slip(word, best) or beats(best) != beats(word)
        ):
            # no slip of the finger makes it the nearest word, or none that keeps its beats
            # ("heavee" is "heavy" by ear, not "heave"; "farma" "farmer", not "farm"): it
            # may be spelt by ear
            heard = self._heard(word)
            if heard is not None:
                return heard
        if best is not None:
            return best
        family = self._kin(word)
        return family if family != word else self._of_stem_by_ear(word)

    def _verb_slot(self, typed: Sequence[str], fixed: list[str]) -> None:
        """A rare real word where a question's verb stands, after its auxiliary and
        subject ("who did Ines mary?", "when did the duke mary?"), read as the common
        verb it is with a letter doubled or made single, when the text writes a word of
        that verb's family ("married"): there a name or a rare noun says nothing, and the
        slip is the commonest of spelling. Elsewhere the word stays ("who is mary?")."""
        for k in range(2, len(typed)):
            word = typed[k]
            if fixed[k] != word or self.ranks.get(word, 0) <= _COMMON_RANK:
                continue
            for at in (k - 2, k - 3):
                subject = typed[at + 1 : k]
                if (
                    at >= 0
                    and typed[at] in _AUXILIARIES
                    and all(w not in self.stopwords or w in _SUBJECT_OPENERS for w in subject)
                ):
                    fixed[k] = self._doubled_of_family(word)
                    break

    def _doubled_of_family(self, word: str) -> str:
        """The common English word a rare real one is with a letter doubled or made
        single, whose family the text writes ("marry" of "mary", as the text says
        "married"), else the word itself (see `_verb_slot`)."""
        skip = self._skip_stems
        single = _undouble(word)
        found = sorted(
            (self.ranks[str(c[0])], str(c[0]))
            for c in _english().near(word)
            if c[1] == 1
            and c[0][0] == word[0]
            and len(c[0]) >= 4
            and c[0] not in self._skip
            and self.ranks[str(c[0])] <= _COMMON_RANK
            and _undouble(str(c[0])) == single
            and (kin := stem(str(c[0]))) in self._written
            and kin not in skip
        )
        return found[0][1] if found else word

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
            for w in self._spellable:
                if len(w) >= _BY_EAR and stem(w) in self._written:
                    for sound in sound_keys(w):
                        heard.setdefault(sound, []).append(w)
            self._by_sound = heard
        said, spoken = beats(word), _spoken(word)
        most = 2 if len(word) < _LONG else 3
        near = sorted(
            (d, w)
            for w in heard.get(sound_key(word), ())
            if beats(w) == said
            and (
                (d := OSA.distance(word, w)) <= most
                # or a letter from it as said, silent letters gone ("fenrite", "fenwright")
                or OSA.distance(spoken, _spoken(w)) <= 1
            )
        )
        if not near or (len(near) > 1 and near[1][0] == near[0][0]):
            return None
        return near[0][1]

    def _near(self, word: str, cutoff: int, limit: int | None = None) -> list[tuple[str, int, int]]:
        """The pack's words at most `cutoff` edits from a word, nearest first, then in
        alphabetical order, at most `limit` of them (see `Within`)."""
        within = self._within
        if within is None:
            within = self._within = Within(self._spellable)
        return within.near(word, cutoff, limit)

    def _slip_of_written(self, word: str) -> bool:
        """Whether a non-word whose stem the pack knows from elsewhere than its text (a
        word of the lexicon's synonym groups stems alike) is a slip of a word the text
        writes: one letter off, starting alike. The learner meant the text's word, which
        holds the facts, not a stem no fact says."""
        if word in self.ranks or american(word) in self.ranks or stem(word) in self._written:
            return False
        near = self._near(word, 1, 4)
        return any(str(c[0])[0] == word[0] and stem(str(c[0])) in self._written for c in near)

    def _english_meant(self, typed: str, meant: str) -> bool:
        """Whether a non-word one slip from an English word the text does not use is that
        word: a common one of the text's stem, or long ("temprature"), or typed by the
        commonest slips, two neighbouring letters swapped ("heihgt", "jounral"), one of
        a double left out ("floded"), a key's neighbour struck ("lenbth") or, in a word
        long enough, any letter left out ("jounal"), or a letter for another of the same
        sound ("resqued"), which are seldom how a name is spelt, so a less common word
        is offered then too."""
        slip = (
            _swapped(typed, meant)
            or _undouble(typed) == _undouble(meant)
            or _struck(typed, meant)
            or (len(typed) >= _DROPPED and _dropped(typed, meant))
            or _spoken(typed) == _spoken(meant)  # spelt as said: "resqued" of "rescued"
        )
        if self.ranks[meant] > (_SLIP_RANK if slip else _COMMON_RANK):
            return False
        return stem(meant) in self.stems or len(typed) >= _LONG or slip or _vowel(typed, meant)

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
            for w in self._spellable:
                s = stem(w)
                if len(s) >= _FAMILY and s in self._written:
                    families.setdefault(s, []).append(w)
            self._families = families
        found = {
            respelt
            for k, letter in enumerate(word)
            if letter in _VOWELS
            for vowel in _VOWELS
            if (respelt := word[:k] + vowel + word[k + 1 :]) in families and respelt != word
        }
        if len(found) != 1:
            return word
        (family,) = found
        return max(families[family], key=lambda w: (self._frequency[w], -len(w), w))

    def _kin(self, word: str) -> str:
        """A word of the text's own family for one it never uses ("denitrifying" for its
        "denitrification"): the most frequent text word sharing a long start with it
        (seven letters, and all but the last four), else the word itself."""
        if len(word) < _KIN + 1:
            return word
        start = word[: max(_KIN, len(word) - 4)]
        if start.endswith("y"):  # "calcifying" of "calcification"
            start = start[:-1] + "i"
        words = self._spellable
        at = bisect.bisect_left(words, start)
        kin = []
        while at < len(words) and words[at].startswith(start):
            kin.append(words[at])
            at += 1
        return max(kin, key=lambda w: (self._frequency[w], -len(w), w)) if kin else word

    def _run_on(self, word: str) -> tuple[str, ...]:
        """Two words typed without the space between them ("whokilled", "exiledfrom"), or
        the word alone: a word nobody uses whose two halves are words of the text or
        common English; of several ways to cut it, the one with more halves in the
        text's own words, then the most even."""
        if len(word) < _RUN_ON or not word.isalpha() or self._known(word):
            return (word,)
        splits = [
            (word[:k], word[k:])
            for k in range(2, len(word) - 1)
            if self._common(word[:k]) and self._common(word[k:])
        ]
        fixed = self.correct(word)
        if not splits or (fixed != word and OSA.distance(word, fixed) <= 1):
            return (word,)  # "stallin" is "stalin" misspelt, not "stall in"
        own = self.vocabulary
        if fixed in own and len(fixed) >= 7 and not any(all(x in own for x in p) for p in splits):
            return (word,)  # "softwear" is the text's "software", not "soft wear"
        best = max(splits, key=lambda p: (sum(x in own for x in p), min(map(len, p))))
        return best

    def _in_context(self, words: list[str]) -> list[str]:
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
                (len(w) >= _IN_CONTEXT and w in self.ranks)
                or (len(w) == _SHORT and w not in self.ranks)
            )
            and w.isalpha()
            and w not in self._skip
            and stem(w) not in self._written
        ]
        if not odd:
            return words
        pairs = self._said_pairs()
        out = list(words)
        skip = self._skip
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
        says it with (see `_in_context`), nearest first: a word of the pack alone decides
        them, so a learner's word is looked up once (`in_context_of`, kept)."""
        lexical = stem(word) in self.stems
        skip = self._skip
        return tuple(
            str(c[0])
            for c in self._near(word, 1 if len(word) == _SHORT else 2)
            if c[0][0] == word[0]
            and c[0] not in skip  # "Carrick's wife" is no "Carrick were"
            # two letters changed keep the sounds ("grate" of "great") or the word's
            # family ("navy inspector" of "Navy inspected"): "cost" is no slip of
            # "cut", "types" none of "trees"
            and (
                _consonants(word) == _consonants(str(c[0]))
                or (not lexical and (c[1] <= 1 or _kindred(word, str(c[0]))))
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

    def _joined(self, words: list[str], typed: list[str]) -> list[str]:
        """Words with a word of the text typed in two made one ("fog horn" of a text that
        says "foghorn", "light house"); never a function word ("in to") or a verb and its
        particle ("take away" is no "takeaway"). The halves as typed are tried too: "polit
        buro" is the Politburo, though "buro" alone reads as another word. A misspelt half
        may follow a particle that opens the text's word ("out manuever": outmaneuver),
        and a word split and misspelt at once is joined too (see `_split_slip`)."""
        if len(words) < 2:
            return words
        out, was = [words[0]], [typed[0]]
        vocabulary = self.vocabulary
        known = self._known
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
                (last in self._skip and not (misspelt and last in _PARTICLES))
                or word in self._skip
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
        opens = first in _PARTICLES and not self._known(second)
        if (
            len(joined) < _JOINED
            or not joined.isalpha()
            or second in self._skip
            or (first in self._skip and not opens)
            or not self._may_be_slip(joined)
        ):
            return None
        fixed = self.correct(joined)
        if (
            fixed == joined
            or not (fixed in self.vocabulary if opens else self._meant(fixed))
            or OSA.distance(joined, fixed) > 1
        ):
            return None
        for half, other in ((first, second), (second, first)):
            if (
                other in self.vocabulary
                and other not in self._skip
                and not self._known(half)
                and OSA.distance(half, self.correct(half)) == 1
            ):
                return None
        return fixed

    def _may_be_slip(self, word: str) -> bool:
        """Whether a word may be one slip from a word `correct` could make of it (the
        pack's, a function word or English): False rules out the costly search."""
        ends = self._ends
        if ends is None:
            ends = self._ends = Ends(itertools.chain(self._spellable, self._function_words))
        return ends.may_be_near(word) or _english_ends().may_be_near(word)

    def _strays(self, first: str, second: str) -> bool:
        """Whether two English words are strays the text never uses, nor says in a row
        with any function word ("cap tin" of its "captain", "vic try" of "victory")."""
        # word by word: a union of the two sets would copy the whole vocabulary per call
        vocabulary, skip = self.vocabulary, self._skip
        return not (first in vocabulary or first in skip or second in vocabulary or second in skip)

    def _meant(self, word: str) -> bool:
        """Whether a word is one of the text's or of its stems, or common English."""
        rank = self.ranks.get(word)
        return (
            word in self.vocabulary
            or stem(word) in self.stems
            or (rank is not None and rank <= _COMMON_RANK)
        )

    def _known(self, word: str) -> bool:
        """Whether a word is one of the text's, or English."""
        return word in self.vocabulary or stem(word) in self.stems or word in self.ranks

    def _common(self, word: str) -> bool:
        """Whether a word is one of the text's, a function word or common English."""
        rank = self.ranks.get(word)
        return (
            word in self.vocabulary
            or word in self.stopwords
            or word in self.qwords
            or (rank is not None and rank <= _COMMON_RANK)
        )

    def _name_or(self, word: str) -> str:
        """A capitalised word corrected only to a word of the pack's names or one its text
        capitalises ("Briitsh": "British"), else as is ("Spain" is not "slain")."""
        corrected = self.correct(word)
        return corrected if corrected in self.name_words or corrected in self._proper else word

    def _preference(self, word: str) -> Callable[[tuple[str, float, int]], tuple[Any, ...]]:
        skip = self._skip
        undoubled, sound = _undouble(word), _sound(word)  # the same for every candidate

        def key(candidate: tuple[str, float, int]) -> tuple[Any, ...]:
            text, distance = candidate[0], candidate[1]
            in_pack = text in self.vocabulary
            return (
                distance,
                # a slip seldom changes the first sound, but for the commonest slips of
                # the first key ("hwen", "ower", "rower" of the text's "tower"), which are
                # still rarer than those inside a word ("vist" is "visit", not "gist")
                _start(word, text, self._frequency[text] if text not in skip else 0),
                not in_pack,
                # a word the text itself writes before one the pack has from its lexicon
                # ("coold": the text's "cooled", not a synonym group's "cold")
                stem(text) not in self._written,
                not _same_start(text, word),
                _undouble(text) != undoubled,  # 'alies' is 'allies' with a letter dropped
                _sound(text) != sound,  # 'serge' sounds like 'surge', not 'serve'
                -_shared_prefix(text, word),
                self.ranks.get(text, 10**6) if not in_pack else -self._frequency[text],
                text,
            )

        return key

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
            typed != word and typed in self.ranks and OSA.distance(typed, word) > 1
            for typed, word in zip(window, name, strict=True)
        )

    def _fuzzy_names(self, words: list[str], typed: Sequence[str] | None = None) -> list[str]:
        """Words with near-misses of multi-word names replaced ("forth internatonal"),
        and a name's word slipped into a real word beside another of its words ("samuel
        rid" of Samuel Ridd: one letter, where the word alone is English and left be).
        `typed`: the words as typed, word for word, when a slip was corrected to another
        word of the text: "sankt rosen" is one letter from Sankt Orsen, though "rosen"
        alone reads as the text's "risen" (and "harriet fane" as "fine")."""
        vocabulary = self.vocabulary
        if vocabulary.issuperset(words) and self.name_words.isdisjoint(words):
            return words  # every window would be passed over: all known, no name's word
        # a typed window is a name's slip only with a word of it no word meant (see
        # `_typed_name`): each typed word asked once, not once per window holding it
        typed = typed or ()
        slips = [not self._meant(w) for w in typed]
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
                    and (self.name_words.isdisjoint(window) or not self._skip.isdisjoint(window))
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

    def _swallows(self, window: Sequence[str], name: Sequence[str]) -> bool:
        """Whether reading a window as a name would drop a function word at its edge that
        the name does not hold: "the Harrow Compact or whatever" is no slip of "Harrow
        Compact" (on a text that never says "or", the window "harrow compact or" is as
        near to it as a typo)."""
        return any(w in self._skip and w not in name for w in (window[0], window[-1]))

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
                a == b or (a[0] == b[0] and len(a) >= 3 and _consonants(a) == _consonants(b))
                for a, b in zip(window, parts, strict=True)
            )
        ]
        return found[0] if len(found) == 1 else None

    def _name_near(self, said: str) -> str | None:
        """The multi-word name a few words are a near miss of (see `_fuzzy_names`), or
        None: the pack's names alone decide it, so a window of words a learner says again
        ("stalin exile trotsky") is compared with them once (`name_near`, kept)."""
        found = process.extractOne(said, self._names, scorer=fuzz.ratio, score_cutoff=88)
        return str(found[0]) if found else None


# Each key's neighbours on a QWERTY keyboard: a real word typed for another differs from
# it by a slip of the finger ("slef" for "self"), not by any letter ("sled" is not "slew").
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR_KEYS = {
    ch: {
        other
        for r2, line in enumerate(_ROWS)
        for c2, other in enumerate(line)
        if abs(r2 - r) <= 1 and abs((c2 + r2 * 0.5) - (c + r * 0.5)) <= 1 and other != ch
    }
    for r, row in enumerate(_ROWS)
    for c, ch in enumerate(row)
}


_VOWELS = frozenset("aeiou")


def _who_not_how(typed: Sequence[str], words: list[str]) -> list[str]:
    """Respelt words with a slip read as "how" that is as near "who" ("hwo": two letters
    swapped either way) read as "who" when a form of "be" follows and no verb done to
    anything after it: "hwo was the first keeper?" asks who, "hwo was the lamp lit?" how."""
    if (
        len(words) >= 2
        and words[0] == "how"
        and typed[0] != "how"
        and sorted(typed[0]) == sorted("who")
        and words[1] in _BE
        and not any(is_past(w) for w in words[3:])
    ):
        return ["who", *words[1:]]
    return words


def _typed_slip(typed: str, meant: str) -> bool:
    """Whether a word is another by one slip of the finger: two neighbouring letters
    swapped, a letter left out or added, one struck on a neighbouring key, a vowel for a
    vowel, or a double made single ("look" is no slip of "looz", which is "lose" by ear)."""
    return (
        _swapped(typed, meant)
        or _dropped(typed, meant)
        or _dropped(meant, typed)
        or _struck(typed, meant)
        or _vowel(typed, meant)
        or _undouble(typed) == _undouble(meant)
    )


def _swapped(typed: str, meant: str) -> bool:
    """Whether a word is another with two neighbouring letters swapped ("heihgt" of
    "height"): the commonest slip of a typist, seldom how a name is spelt."""
    if len(typed) != len(meant):
        return False
    diff = [k for k, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typed[diff[0]] == meant[diff[1]]
        and typed[diff[1]] == meant[diff[0]]
    )


def _dropped(typed: str, meant: str) -> bool:
    """Whether a word is another with one letter left out ("jounal" of "journal")."""
    if len(meant) != len(typed) + 1:
        return False
    k = _shared_prefix(typed, meant)
    return typed[k:] == meant[k + 1 :]


def _struck(typed: str, meant: str) -> bool:
    """Whether a word is another with one letter struck on a neighbouring key ("lenbth"
    of "length")."""
    if len(typed) != len(meant):
        return False
    diff = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    return len(diff) == 1 and diff[0][1] in _NEAR_KEYS.get(diff[0][0], ())


def _start(typed: str, meant: str, said: int) -> int:
    """How likely a typed word is a slip of another by how it starts: 0 for the same
    first sound and a common slip inside ("vist" of "visit"), the first two letters
    swapped ("hwen" of "when"), or a content word the text says `said` times, often,
    with its first letter left out or struck on a neighbouring key ("ower", "rower" of
    "tower"); 1 for the same first sound and another change, or such a slip of a word
    the text says once ("vist" is no "gist"); 2 for any other first letter."""
    if _same_start(typed, meant):
        common = (
            _swapped(typed, meant)
            or _dropped(typed, meant)
            or _dropped(meant, typed)
            or _struck(typed, meant)
            or _vowel(typed, meant)
            or typed[1:] == meant[1:]  # a first letter of the same sound ("ceep", "keep")
        )
        return 0 if common else 1
    if _first_slip(typed, meant, swapped_only=True):
        return 0
    if said and _first_slip(typed, meant):
        return 0 if said >= _OFTEN else 1
    return 2


def _first_slip(typed: str, meant: str, swapped_only: bool = False) -> bool:
    """Whether a word is another with its first two letters swapped ("otwer" of
    "tower"), or (unless `swapped_only`) its first letter left out ("ower") or struck
    on a neighbouring key ("rower")."""
    if len(typed) == len(meant) and typed[:2] == meant[1::-1] and typed[2:] == meant[2:]:
        return True
    if swapped_only:
        return False
    if len(typed) + 1 == len(meant):
        return meant[1:] == typed
    return (
        len(typed) == len(meant)
        and typed[1:] == meant[1:]
        and typed[0] in _NEAR_KEYS.get(meant[0], ())
    )


def _vowel(typed: str, meant: str) -> bool:
    """Whether a word is another with one vowel written for another ("animels" of
    "animals", "sistirs" of "sisters"): how a learner spells a word as it sounds."""
    if len(typed) != len(meant):
        return False
    diff = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS


def _slip(typed: str, meant: str) -> bool:
    """Whether a real word may be a slip for another one edit away: a letter left out or
    two swapped, a letter added that doubles one or was struck beside its neighbour's key
    ("fraction" of "faction"), one key's neighbour struck for another, or a vowel for a
    vowel ("beet" for "beat", "lump" for "lamp", as it sounds); not any other letter
    ("founded" is no "funded")."""
    if len(typed) < len(meant):
        return True
    if len(typed) > len(meant):
        k = _shared_prefix(typed, meant)
        added, around = typed[k], typed[max(k - 1, 0) : k] + typed[k + 1 : k + 2]
        return any(a == added or a in _NEAR_KEYS.get(added, ()) for a in around)
    diff = [k for k, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    if len(diff) != 1:
        return True  # two letters swapped
    a, b = typed[diff[0]], meant[diff[0]]
    return b in _NEAR_KEYS.get(a, ()) or (a in _VOWELS and b in _VOWELS)


@lru_cache(maxsize=1)
def _english() -> OneEdit:
    """The English word list's words of three letters or more, ready to say which are one
    slip from a word (one table per process)."""
    return OneEdit(tuple(w for w in language()["ranks"] if len(w) >= 3 and w.isalpha()))


@lru_cache(maxsize=1)
def _english_ends() -> Ends:
    """Every word of the English word list by its ends (see `Speller._may_be_slip`; one
    table per process)."""
    return Ends(language()["ranks"])


_DOUBLED = re.compile(r"(.)\1+")  # a letter said twice or more in a row
_VOWEL_LETTERS = re.compile(r"[aeiouy]")


def _undouble(word: str) -> str:
    """A word with doubled letters made single ('allies' -> 'alies')."""
    return _DOUBLED.sub(r"\1", word)


_SOUNDS = str.maketrans("bfpvcgjkqsxzdtlmnr", "111122222222334556", "aeiouyhw")


def _sound(word: str) -> str:
    """A word's consonants by how they sound (Soundex's classes, the first letter too, so
    that 'kamenev' and 'camenev' agree), repeats made one: 'serge' and 'surge' are '262'."""
    return _DOUBLED.sub(r"\1", word.translate(_SOUNDS))


# English spellings of one sound, and what each is read as ("ight" as "ite": "light" and
# "lite" sound alike), applied in order; each with letters it cannot match without, so
# that a word is only searched for the spellings it may hold (a pack's table of some
# 2,000 words is made on a learner's first typo)
_SPOKEN = (
    (re.compile(r"ight"), "ite", "ight"),
    (re.compile(r"igh$"), "ie", "igh"),
    (re.compile(r"ph"), "f", "ph"),
    (re.compile(r"^wr"), "r", "wr"),
    (re.compile(r"^kn"), "n", "kn"),
    (re.compile(r"^wh"), "w", "wh"),
    (re.compile(r"ck|q"), "k", ""),
    (re.compile(r"c(?=[eiy])"), "s", "c"),
    (re.compile(r"c"), "k", "c"),
    (re.compile(r"z"), "s", "z"),
    (re.compile(r"(?:ti|si|ci|sh)(?:o|u)n"), "shn", "n"),
    (re.compile(r"(.)\1+"), r"\1", ""),
)


def _spoken(word: str) -> str:
    """A word as it is said, roughly: 'light' and 'lite' are 'lite', 'phennick' and
    'fennick' are 'fenik', 'petishun' and 'petition' 'petishn'."""
    for pattern, said, needs in _SPOKEN:
        if needs in word:  # "" is in every word
            word = pattern.sub(said, word)
    return word


def _consonants(word: str) -> str:
    """A word's consonants as said, vowels dropped: 'grate' and 'great' are 'grt',
    'principle' and 'principal' 'prnspl'; 'cost' ('kst') is not 'cut' ('kt')."""
    return _VOWEL_LETTERS.sub("", _spoken(word))


def _formed_from_common(word: str, ranks: Mapping[str, int]) -> bool:
    """Whether a word is one who does what a common English word says, or such people
    ("maker" of "make", "readers" of "read"): a word formed by rule from a common one."""
    base = word.removesuffix("s")
    if not base.endswith("er"):
        return False
    root = base[:-2]
    return any(ranks.get(r, _COMMON_RANK + 1) <= _COMMON_RANK for r in (root, root + "e"))


def _kindred(a: str, b: str) -> bool:
    """Whether two words differ only in their last two letters, a suffix of one family
    ('inspector' and 'inspected', 'founder' and 'founded')."""
    return _shared_prefix(a, b) >= max(4, len(a) - 2, len(b) - 2)


def _same_start(a: str, b: str) -> bool:
    """Whether two words start with the same sound ('klunie' and 'clunie', not 'vist'
    and 'gist')."""
    return a[:1] == b[:1] or a[:1].translate(_SOUNDS) == b[:1].translate(_SOUNDS) != ""


def _shared_prefix(a: str, b: str) -> int:
    """How many leading letters two words share ('live' and 'liv': 3)."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
