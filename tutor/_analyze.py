"""From text to matchable terms: respelling (see `_spelling`), synonyms, stems, question types.

One Analyzer is built per pack (its vocabulary, names and synonyms) and shared by every
session; it is immutable, and its caches are thread-safe. It reads a text's terms and
composes the readings that have modules of their own into a Query: the line's words
rewritten (`_line_rewrites`), the kind of answer asked (`_question_kinds`), the terms that
name no topic (`_asked_terms`), the names words stand for (`_name_readings`) and whose
event a term is (`_bindings`).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ._asked_terms import AskedTerms, role_asked
from ._bindings import HIS, bindings, pronouns_named
from ._clauses import setting_terms
from ._content import Pack
from ._descriptions import Descriptions
from ._lexicon import verb_share
from ._line_rewrites import (
    FATE,
    PREVENT,
    LineRewrites,
    Particles,
    find,
    hyphened,
    separable_verbs,
    topicless_frames,
)
from ._links import lexical_links
from ._name_cues import place_words
from ._name_heads import given_names, name_heads
from ._name_readings import ADDRESS, NameReadings
from ._order_cue import order_cue
from ._phrase_table import PhraseTable, entity_key, latin_phrases
from ._question_kinds import AMOUNT_WORDS, NAME_NOUNS, QuestionKinds, kinds_of_named
from ._said_phrasal import phrasal_synonyms, phrasal_terms, said_phrasals
from ._spelling import CAPITALISED, Speller
from ._text import fold, is_year, language, split_words, stem
from ._verb_sense import sense_bound, takes_no_object
from ._word_lists import OBJECTS, PRONOUNS, WordLists

# the kin one person may be named by after another's name ("her brother Joseph")
_COMPOUND = 0.5  # credit a compound's part of the text earns ("lighthouse": "light")
_HEAD_PART = 4  # letters of the shortest part of a compound read as a word of the text
_SHORTEST_COMPOUND = 8  # letters of the shortest compound read as its part of the text
_DEED_CREDIT = 0.8  # what a fact saying the deed earns for its doer's noun ("founded": "founder")
# what a drafted fact saying a phrasal verb ("gave way") earns for a learner's synonym of
# it that the pack never says ("collapse"): as a derived form earns (see _links._CREDIT)
_SAID_PHRASAL = 0.8
# verbs a "how long" question spans time with: asked, not missed in the answer
_SPANNING = frozenset(["take", "takes", "took", "last", "lasts", "lasted"])
# the terms of verbs and phrases that only say something went on ("how long did the strike
# go on?", "how long did it continue?"): in a "how long" question they ask, as "last" does
_GOING_ON_TERMS = frozenset(["continu", "endur", "persist"])

__all__ = ["AMOUNT_WORDS", "Analyzer", "Query"]

# Words as common in English as this rank or more are everyday ones (`Analyzer.rare`): a
# noun of several words is read as one only if one of its words is rarer ("first step"
# is two words, "nuts and bolts" one), and a drafted fact is singled out only by one
_EVERYDAY_RANK = 1500
# the most common English words, which say nothing of a sense (a learner's "work" or
# "place" is rarely a kind of anything the text names; tools/build_wordnet.py's _COMMON)
_COMMON_RANK = 1000
_UNRANKED = 10**6
_TOLD_IN_UNITS = frozenset(["duration", "distance"])  # "how long?": "eight weeks"
_GOING_ON = frozenset(["then", "so", "and", "but", "well"])  # "then how come he lost?"
_OUTCOME_WORDS = 6  # "did all that propaganda work in the end?" asks how it turned out
# Texts analysed as written (fact answers, dialog questions, a claim's clauses) recur from
# turn to turn: their analyses are kept, the least recently used dropped past this many.
_KEPT = 4096


@dataclass(frozen=True, slots=True)
class Query:
    """A learner's text, analysed.

    Attributes:
        words: folded words after respelling and spelling correction.
        terms: content terms (canonical stems and entity keys), in order, without repeats.
        qtype: the kind of answer asked for: person, date, place, number, reason, manner,
            thing, or None when no question word says.
        entities: entity keys the text names.
        pronouns: pronouns that lean on the conversation ("he", "it", "there").
        unknown: (term, word) for content words the pack has never seen.
        surface: (term, word) for terms that stand for one plain word (not a name).
        context: terms taken from the conversation, not said now; they count for less.
        leans: whether the conversation filled something in ("he", "that", "when?").
        kind_terms: terms that only name the kind of answer asked for ("members" in
            "who were the members of the troika?"); they weigh little.
        bound: (term, name) for a term a question says right next to a name: ("die",
            "stalin") in "when did Stalin die?" (see `_bindings`).
        soft: terms reached from a word the pack never uses, through WordNet ("murdered"
            -> "assassin"), with the share of credit a fact holding them earns.
        spans: (term, index of its first word in `words`) for every term, repeats kept:
            which part of a question a term was said in ("... after he killed Trotsky").
        part: the part of the text a line about the text asks of: "start" (its first
            section: "how does the essay describe him at first?"), "end", "argument"
            (its thesis and conclusion: "what does the writer think won it?"), or None.
        setting: terms said only in a clause setting the time of what is asked ("taken
            over" in "how was he seen before he had taken over?"), when the rest asks of
            something: they say when, so they weigh less (see `_clauses`).
        granted: those of `setting` said only in a clause granting something ("even with
            everyone against him", "why kill him if he was gone?"): they weigh less still.
        idioms: the terms of `soft` read from a learner's phrase of several words, an
            idiom or a noun ("knocked off" -> "kill", "hit man" -> "gunman").
        called: (term, name) for a word of a phrase read as a name that the text itself
            calls that name by ("duchess" of "the duchess", Duchess Imarra): a fact
            naming her does not lack it.
        order: "last" or "first" when the line asks for the last or the first of what
            the text tells ("what did he end up doing?", "who sided with him at first?"),
            else None (`_order_cue`).
        order_terms: the terms said only in that cue ("end" of "ended up"): they say
            when among the events, not which.
    """

    text: str
    words: tuple[str, ...]
    terms: tuple[str, ...]
    qtype: str | None
    entities: tuple[str, ...]
    pronouns: tuple[str, ...]
    unknown: tuple[tuple[str, str], ...]
    surface: tuple[tuple[str, str], ...] = ()
    context: frozenset[str] = frozenset()
    leans: bool = False
    kind_terms: frozenset[str] = frozenset()
    bound: tuple[tuple[str, str], ...] = ()
    soft: Mapping[str, float] = field(default_factory=dict)
    spans: tuple[tuple[str, int], ...] = ()
    part: str | None = None
    setting: frozenset[str] = frozenset()
    granted: frozenset[str] = frozenset()
    idioms: frozenset[str] = frozenset()
    called: tuple[tuple[str, str], ...] = ()
    order: str | None = None
    order_terms: frozenset[str] = frozenset()


# an auxiliary before a subject: the word after "did the bank" is its verb
_AUXILIARIES = frozenset(
    ["did", "do", "does", "will", "would", "can", "could", "should", "may", "might", "must"]
)
# Words after which a word is a verb ("to slice", "they age", "could rotate") or a noun
# or an adjective ("the stake", "a fancy version"); a word ending "-ed" is a verb's form.
_VERB_CUES = _AUXILIARIES | frozenset(["to", "not", "they", "we", "i", "you", "he", "she", "it"])
_NOUN_CUES = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "my",
        "your",
        "our",
        "this",
        "these",
        "those",
        "some",
        "any",
        "every",
        "each",
    ]
)
_MOSTLY_VERB = 0.8  # the share of a word's use as a verb that makes it one after a noun
_ED = 5  # letters of the shortest word read as a verb's form by its "-ed"


def _use_at(words: Sequence[str], k: int, verb_next: bool = False) -> str | None:
    """The part of speech a line uses its k-th word in, by the words around it: "v" (a
    verb: "to slice", "they age", "did the bank stake"), "n" (a noun or an adjective:
    "the stake", "the colonel's stake"), "h" (a noun with no word after it to describe:
    "the cousin's stake?", "did the great blaze spread", `verb_next` telling that the
    next word is mostly a verb), or None when they do not tell."""
    word = words[k]
    before = words[k - 1] if k else ""
    last = k + 1 == len(words)
    # "-ed" of a word that is its own stem is no ending ("breed", "speed", "creed")
    if before in _VERB_CUES or (len(word) >= _ED and word.endswith("ed") and stem(word) != word):
        return "v"
    if before in _NOUN_CUES:
        return "h" if last else "n"
    if k >= 2 and words[k - 2] in _NOUN_CUES and before.isalpha():
        if k >= 3 and words[k - 3] in _AUXILIARIES:  # the subject's noun, or its verb
            return "h" if verb_next else "v"
        return "h" if last else "n"
    return None


def _told_setting(pack: Pack, nouns: Iterable[str]) -> frozenset[str]:
    """The nouns of a learner's own setting ("the book": stop words) that the pack's
    text tells of itself ("a book called On the Ringed Islands"): there a learner's
    "book" is that one, a word to match, not the text they study."""
    said = {w for fact in pack.facts for w in split_words(fact.source.lower())}
    return frozenset(w for w in nouns if w in said)


class Analyzer(WordLists):
    """Turns texts into terms the same way for content and for learners."""

    def __init__(self, pack: Pack, split: dict[str, list[str]] | None = None) -> None:
        """Args:
        pack: the pack whose words, names and synonyms the analysis knows.
        split: filled with each pack text's words, for `content_terms` to reuse while
            the pack is indexed (a big pack's texts are each split once, not twice).
        """
        super().__init__()
        lang = language()
        self.stopwords = self.stopwords - _told_setting(pack, lang["setting_nouns"])
        table = PhraseTable.of(lang["synonyms"], pack, self.stopwords)
        self.entity_kinds: dict[str, str] = table.entity_kinds
        self.entity_names: dict[str, str] = table.entity_names  # term -> the name as written
        self.phrases: dict[tuple[str, ...], str] = table.phrases
        self._phrase_words: set[str] = table.words
        # "decline" is "refuse" only with an object after it (see _verb_sense)
        self._sense_bound = sense_bound(
            lang["synonyms"],
            self.phrases,
            lang.get("complement_verbs", ()),
            lang.get("seeming_verbs", ()),
        )
        self._object_openers = frozenset(lang.get("object_openers", ()))
        kind_of_named = kinds_of_named(pack, self.phrases, self.stopwords)
        separable = separable_verbs(self.phrases, self._particles)
        # The longest phrase that starts with each stem (most stems start none), so that
        # analysis tries only the lengths that can match: a big pack analyses 10^5 texts.
        self._longest: dict[str, int] = {}
        for phrase in self.phrases:
            self._longest[phrase[0]] = max(self._longest.get(phrase[0], 0), len(phrase))
        self._skip = self.stopwords | frozenset(self.qwords) | PRONOUNS  # never content words
        self._skip_stems = frozenset(stem(w) for w in self._skip)
        split = {} if split is None else split
        # a drafted pack says most texts twice or more (answer and source, keywords):
        # each is split once, and its words counted as often as it is said
        texts = Counter(_pack_texts(pack))
        for text in texts:
            split[text] = split_words(text)
        keys = {entity.name: entity_key(entity.name) for entity in pack.entities}
        # "which city?" asks where, so "city" stays a kind of answer, not Mexico City
        roles = self._skip | {w for w, kind in self.type_words.items() if kind != "name"}
        prose = [split[t] for f in pack.facts for t in (f.answer, f.source)]  # read twice
        frames = topicless_frames(self.question_frames, prose, self.phrases, self._skip)
        for head, key in name_heads(pack.entities, keys, prose, roles, self.ranks).items():
            if head not in self.phrases:  # "the congress" alone: the one the text names
                self.phrases[head] = key
                self._longest[head[0]] = max(self._longest.get(head[0], 0), len(head))
        for first, key in given_names(pack.entities, keys, prose, self._skip, self.ranks).items():
            if first not in self.phrases:  # "Marta" of Marta Ilves, whom the text calls Ilves
                self.phrases[first] = key
                self._longest.setdefault(first[0], 1)
        vocabulary: Counter[str] = Counter(
            itertools.chain.from_iterable(
                split[text] for text, times in texts.items() for _ in range(times)
            )
        )
        said: Counter[str] = Counter()  # what the pack's texts say, and how often
        for word, times in vocabulary.items():
            said[stem(word)] += times
        own = frozenset(said)
        self.own_stems = own
        vocabulary.update(self._phrase_words)
        self.stems: frozenset[str] = frozenset(stem(w) for w in vocabulary) | frozenset(
            self.phrases.values()
        )
        self._frequency = vocabulary
        # the pack's most everyday word of each stem: what a phrasal verb leading to the
        # stem weighs as ("go on" is "continue", as everyday as its words)
        everyday: dict[str, tuple[int, str]] = {}
        for word in vocabulary:
            rank = self.ranks.get(word)
            if rank is not None:
                s = stem(word)
                if s not in everyday or everyday[s][0] > rank:
                    everyday[s] = (rank, word)
        self._everyday = {s: word for s, (_, word) in everyday.items()}
        # "the founder of the Soviet state" is Lenin: what the pack and WordNet say names are
        self._descriptions = Descriptions(pack, self.phrases, said, self._skip, self.ranks)
        self.speller = Speller(
            vocabulary,
            self.stems,
            (name for entity in pack.entities for name in (entity.name, *entity.aliases)),
            (fact.answer for fact in pack.facts),
            self.stopwords | ADDRESS,  # "mrs" is no misspelt "mes"
            self._skip,
            self._descriptions.describes,
            own,
            place_words(),
        )
        self._name_words = self.speller.name_words
        self.vocabulary = self.speller.vocabulary
        self._asked = AskedTerms(self, self.entity_kinds)
        self._names = NameReadings(self._descriptions, self.entity_kinds, self.stems)
        self._kinds = QuestionKinds(
            self, self._skip, self._name_words, self.vocabulary, kind_of_named, self.entity_kinds
        )
        # the other number of a Latin or Greek word the text uses ("bacterium" of its
        # "bacteria") is the same term
        for latin in latin_phrases(vocabulary, self.phrases):
            self._longest.setdefault(latin[0], 1)
        # a learner's word the pack never uses, led to one it does ("murdered" -> "assassin")
        links = lexical_links(
            self.stems,
            own,
            said,
            split,
            drafted=any(fact.draft for fact in pack.facts),
            term_of=self._term_of,
            phrases=self.phrases,
            skip_stems=self._skip_stems,
            rare=self.rare,
            common=lambda s: everyday.get(s, (_UNRANKED, ""))[0] <= _COMMON_RANK,
            opposites=lang.get("opposites", {}),
            converses=lang.get("converses", {}),
            # a stem that is itself one of English's most common words ("act" of a
            # text's "acted"): a vague deed
            vague=lambda s: (
                min(everyday.get(s, (_UNRANKED, ""))[0], self.ranks.get(s, _UNRANKED))
                <= _COMMON_RANK
            ),
        )
        self._related, self._by_use, self._used_stems = links.related, links.by_use, links.used
        self.kin, self._phrasal, self._compounds = links.kin, links.phrasal, links.compounds
        self.alike, self.kinds = links.alike, links.kinds
        self.heads = links.heads  # "fish" -> {"parrotfish"}, a text's compounds (_links)
        self._conversed = links.conversed
        # "founder" of a text saying "founded by": the deed, not WordNet's "find"
        for agent, deed in self._descriptions.deeds.items():
            term = self._term_of(deed)
            if agent not in own and term is not None:
                self._related[agent] = (term, _DEED_CREDIT)
                self._used_stems = self._used_stems - {agent}
        # a drafted text's phrasal verbs ("gave way"): a learner's synonym of one that the
        # pack never says ("collapse") reaches the facts that say it (see _said_phrasal)
        self.said_phrasal: dict[str, float] = {}
        if any(fact.draft for fact in pack.facts):
            particles = frozenset(stem(p) for p in self._particles)
            for text in texts:
                for key in said_phrasals(split[text], self._skip_stems, particles):
                    if tuple(key.split("_")) not in self.phrases:
                        self.said_phrasal[key] = _SAID_PHRASAL
            for synonym, key in phrasal_synonyms(self.said_phrasal, self.stems).items():
                if synonym not in self._related and synonym not in self._used_stems:
                    self._related[synonym] = (key, _SAID_PHRASAL)
        self._hyphened = links.hyphened
        # the words (stems of `_phrasal`) a phrase `_phrasal_verbs` reads may start with
        self._phrasal_starts = frozenset(k[0] for k in self._phrasal)
        self._phrase_starts = frozenset(
            k[0] for k in itertools.chain(self._compounds, self._hyphened)
        )
        self._put_back = Particles(self, separable, self._phrasal, self._name_words)
        self._as_written = lru_cache(maxsize=_KEPT)(self._analyze_as_written)
        self._words_as_written = lru_cache(maxsize=_KEPT)(self._analyze_words_as_written)
        self._spanned = lru_cache(maxsize=_KEPT)(self._words_and_spans)
        self.life_events: frozenset[str] = frozenset(
            t for w in lang["life_events"] for t in self.analyze(w, correct=False).terms
        )
        # the one life event told in many other words ("drowned", "was hanged")
        self.death_terms = frozenset(self.analyze("die", correct=False).terms)
        # a learner's idioms read as plain words; the people whose death the text tells
        # are known once its texts can be read as written, as is whether it says "prevent"
        self._rewrites = LineRewrites(
            self,
            self._skip,
            self._scan,
            self.phrases,
            self.entity_kinds,
            frames,
            self._mortals(pack, split),
            bool(self.analyze(PREVENT, correct=False).terms),
            frozenset(stem(w) for words in prose for w in words),
        )

    def __getstate__(self) -> dict[str, Any]:
        """What a cached build stores: no spelling cache, no copy of the English word list."""
        state = dict(self.__dict__)
        for cached in ("ranks", "_as_written", "_words_as_written", "_spanned"):
            del state[cached]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.ranks = language()["ranks"]
        self._as_written = lru_cache(maxsize=_KEPT)(self._analyze_as_written)
        self._words_as_written = lru_cache(maxsize=_KEPT)(self._analyze_words_as_written)
        self._spanned = lru_cache(maxsize=_KEPT)(self._words_and_spans)

    def said_phrasal_terms(self, text: str) -> list[str]:
        """The drafted text's phrasal verbs ("give_way") a text of the pack says."""
        if not self.said_phrasal:
            return []
        return phrasal_terms(split_words(text), self.said_phrasal)

    def _phrasal_verbs(
        self,
        words: list[str],
        terms: list[str],
        starts: list[int],
        ends: list[int],
        hyphened: frozenset[tuple[str, ...]] = frozenset(),
    ) -> tuple[list[str], list[int], list[int], dict[str, float]]:
        """A learner's terms with each phrasal verb the pack never says read as the pack
        term it leads to, in place of its verb's ("ganged up with" -> "group", not
        "gang"), and the credit a fact holding that term earns. `hyphened`: the words
        the line joins by hyphens ("go-between"), a noun of its own."""
        found: dict[str, float] = {}
        stems = [stem(w) for w in words]
        phrasal_starts, phrase_starts = self._phrasal_starts, self._phrase_starts
        k = 0
        while k < len(words):
            if stems[k] not in phrasal_starts and words[k] not in phrase_starts:
                k += 1  # no phrase it reads starts here
                continue
            for n in (3, 2):
                said = tuple(words[k : k + n])
                link = (
                    self._phrasal.get(tuple(stems[k : k + n]))
                    or self._compounds.get(said)
                    or (self._hyphened.get(said) if said in hyphened else None)
                )
                if link is None or len(stems[k : k + n]) < n:
                    continue
                if any(
                    s < k + n and e > k and e > s + 1 for s, e in zip(starts, ends, strict=True)
                ):
                    break  # a listed phrase ("always going to") is read as it is
                inside = [j for j in range(len(terms)) if k <= starts[j] < k + n]
                at = (
                    inside[0]
                    if inside
                    else next((j for j in range(len(terms)) if starts[j] > k), len(terms))
                )
                keep = [j for j in range(len(terms)) if j not in inside]
                terms = [terms[j] for j in keep[:at]] + [link[0]] + [terms[j] for j in keep[at:]]
                starts = [starts[j] for j in keep[:at]] + [k] + [starts[j] for j in keep[at:]]
                ends = [ends[j] for j in keep[:at]] + [k + n] + [ends[j] for j in keep[at:]]
                found[link[0]] = link[1]
                k += n - 1
                break
            k += 1
        return terms, starts, ends, found

    def _link_at(
        self, words: Sequence[str], stems: Sequence[str], k: int
    ) -> tuple[str, float] | None:
        """The pack term (and its credit) a word the pack never says leads to, in the part
        of speech the line uses it in, if the words before it tell (see `_use_at`)."""
        if stems[k] not in self._used_stems:
            return self._related.get(stems[k])
        verb_next = k + 1 < len(words) and verb_share(stems[k + 1]) >= _MOSTLY_VERB
        use = _use_at(words, k, verb_next)
        if use == "h":  # a head noun, read as a noun's use if not told apart
            if (stems[k], use) in self._by_use:
                return self._by_use[(stems[k], use)]
            use = "n"
        if use is not None and (stems[k], use) in self._by_use:
            return self._by_use[(stems[k], use)]
        return self._related.get(stems[k])

    def _term_of(self, stem_: str) -> str | None:
        """The term a pack stem is indexed under, or None for a function word's stem."""
        if stem_ in self._skip_stems:
            return None
        term = self.phrases.get((stem_,), stem_)
        return None if term in self.entity_kinds else term  # "sword" is not Edda Brand

    def _part_of(self, word: str) -> str | None:
        """The term of the text's word a compound is made of ("lighthouse": "light"), when
        it is two English words the text says one or both of (then the one it says more)."""
        if len(word) < _SHORTEST_COMPOUND or not word.isalpha():
            return None
        for k in range(_HEAD_PART, len(word) - _HEAD_PART + 1):
            first, last = word[:k], word[k:]
            if first in self.ranks and last in self.ranks:
                said = [w for w in (first, last) if w in self.vocabulary and w not in self._skip]
                if said:  # the one the text says more often
                    terms = self._scan([max(said, key=self._frequency.__getitem__)])[0]
                    return terms[0] if terms else None
        return None

    # --- analysis ---------------------------------------------------------------------

    def analyze(self, text: str, correct: bool = True) -> Query:
        """Analyse a text. Learner input is spell-corrected; content is taken as written."""
        return self._analyze(text, correct) if correct else self._as_written(text)

    def analyze_line(self, text: str, respelt: Sequence[str], names: frozenset[str]) -> Query:
        """Analyse a learner's line from its words as the Reader split and respelt them,
        and the words it capitalises mid-sentence (`capitalised`): the same Query as
        `analyze(text)`, without splitting the line again."""
        return self._analyze(text, True, respelt, names)

    def analyze_words(self, words: Sequence[str], correct: bool = True) -> Query:
        """Analyse words (not a text): what `analyze(" ".join(words), correct)` gives,
        without splitting them again (spell-corrected, none taken for a name)."""
        if not correct:
            return self._words_as_written(tuple(words))
        return self._analyze(" ".join(words), True, self.respell(words), frozenset())

    def _analyze_words_as_written(self, words: tuple[str, ...]) -> Query:
        return self._analyze(" ".join(words), False, self.respell(words))

    def plain_words(self, words: Sequence[str]) -> list[str]:
        """Words as a text's are read before correction (respelt, a respelled opening
        pair): what `_words(" ".join(words), correct=False)` gives, without the join."""
        return self._words("", False, self.respell(words))

    def bindings_of(self, words: Sequence[str]) -> list[tuple[str, str]]:
        """`bindings(" ".join(words), pronouns=False)` of words already split."""
        said = self.plain_words(words)
        terms, starts, ends = self._scan(said)
        return bindings(said, terms, starts, ends, self.entity_kinds)

    def capitalised(self, text: str) -> frozenset[str]:
        """The words a text capitalises mid-sentence, folded: names, not typos to correct."""
        return frozenset(fold(w) for w in CAPITALISED.findall(text))

    def respell(self, words: Sequence[str]) -> list[str]:
        """Words with sloppy spellings respelt ("wasnt" -> "was not")."""
        return self.speller.respell(words)

    def correct(self, word: str) -> str:
        """The word a misspelling stands for (see `Speller.correct`)."""
        return self.speller.correct(word)

    def _analyze_as_written(self, text: str) -> Query:
        return self._analyze(text, False)

    def _analyze(
        self,
        text: str,
        correct: bool,
        respelt: Sequence[str] | None = None,
        names: frozenset[str] | None = None,
    ) -> Query:
        words = self._words(text, correct, respelt, names)
        part = None
        if correct and not self._document_words.isdisjoint(words):
            words, part = self._rewrites.document_part(words)
        terms, starts, ends = self._scan(words)
        phrasal: dict[str, float] = {}
        if correct:
            if self._phrasal or self._compounds or self._hyphened:
                terms, starts, ends, phrasal = self._phrasal_verbs(
                    words, terms, starts, ends, hyphened(text)
                )
            terms, starts, ends, described, called = self._names.read(words, terms, starts, ends)
        else:
            described, called = frozenset(), ()
        kinds, known = self.entity_kinds, self.stems
        # A one-word term keeps the word it was read from (for "which X?" and spelling).
        singles = [
            (t, words[i]) for t, i, end in zip(terms, starts, ends, strict=True) if end == i + 1
        ]
        if any(kinds.get(t) == "event" for t in terms):
            # "when did the 13th Congress meet?": the meeting is the Congress itself (not
            # "who held power after it?": a verb with an object says more)
            bare = {w for k, w in enumerate(words[:-1]) if words[k + 1] in self._skip}
            bare.update(words[-1:])  # the line's last word, or one before a function word
            dropped = {t for t, w in singles if w in self._occurrence and w in bare}
            kept = [k for k, t in enumerate(terms) if t not in dropped]
            terms = [terms[k] for k in kept]
            starts, ends = [starts[k] for k in kept], [ends[k] for k in kept]
            singles = [x for x in singles if x[0] not in dropped]
        qtype = self.question_type(words)
        outcome = (
            len(words) <= _OUTCOME_WORDS
            and words[:1] in (["did"], ["was"], ["were"], ["what"], ["how"], ["and"], ["so"])
            # "did that last?", not "and the last one?"
            and self.names_outcome(words)
            and not any(t in kinds for t in terms)
            and qtype in (None, "thing", "manner", "result")  # not "so where did he end up?"
        )
        if outcome:
            qtype = "result"  # "did it work?", "what came of it?": how it turned out
        terse_head = self._kinds.terse_head(words, terms) if qtype is None else None
        if terse_head is not None:
            qtype = terse_head[1]  # "Mercader agency" asks as "what agency was Mercader?"
        elif qtype is None and self._kinds.ends_in_person(words):
            qtype = "person"  # "draw kiln inventor" asks as "who invented the draw kiln?"
        related = self._related  # keys are stems the pack never uses (see _lexicon)
        stems = [stem(w) for w in words]
        soft = dict(
            link
            for k, s in enumerate(stems)
            if (s in related or s in self._used_stems)
            and (link := self._link_at(words, stems, k)) is not None
        )
        soft.update(phrasal)
        if correct:
            # a compound the text never uses, of a word it does ("lighthouse" of "light")
            for k, (term, word) in enumerate(singles):
                piece = None if term in known or term in related else self._part_of(word)
                if piece is not None:
                    terms[terms.index(term)] = piece
                    singles[k] = (piece, word)
                    soft[piece] = _COMPOUND
        bound: list[tuple[str, str]] = []
        # whose event it is matters in a question ("did Stalin die?"), not in keywords
        if qtype is not None or (bool(words) and words[0] in self.yes_no):
            typed = {t for t, w in singles if w in self.type_words}  # "leader" is asked for
            bound = [b for b in bindings(words, terms, starts, ends, kinds) if b[0] not in typed]
        at = next((k for k, w in enumerate(words) if w in ("what", "which")), -1)
        head = self._kinds.kind_head(words, at) if at >= 0 else terse_head
        # "keeper name": "name" made the line ask who, so it is the kind asked, not a
        # term; "killer name" asked who by "killer", and "name" stays a word of it
        named = (
            qtype == "person"
            and not NAME_NOUNS.isdisjoint(words)
            and self._kinds.raw_type(words) in ("name", "thing")
        )
        # "how long", "how far": the word that asks, which the answer does not say (it
        # gives "eight weeks", "21 miles"); "how old" is not of this kind: any number
        # answers it, so "old" must be held for the number to be an age
        asking = {
            b
            for a, b in itertools.pairwise(words)
            if a == "how" and qtype in _TOLD_IN_UNITS and self.qphrases.get((a, b)) == qtype
        }
        kind_terms = (
            frozenset(
                t
                for t, w in singles
                if (
                    w in self._kind_words
                    and qtype is not None
                    # "loan amount": the amount asked is a sum (see `_of_a_sum`)
                    and self.type_words.get(w) in (qtype, "number" if qtype == "money" else qtype)
                )
                or (head is not None and w == head[0] and qtype == head[1])
                or (qtype == "amount" and w in AMOUNT_WORDS)  # "settlement amount"
                or w in asking
                or (qtype == "duration" and w in _SPANNING)  # "how long did it take?"
                or (outcome and w in self.outcome_words)  # "did that last?": how, not lasting
                or (w in NAME_NOUNS and named)
                or (qtype == "result" and w in self.consequence_verbs)  # "what did it give him?"
            )
            | (_GOING_ON_TERMS.intersection(terms) if qtype == "duration" else frozenset())
            | self._asked.set_aside(words, terms, starts)
            | (
                self._asked.whole_of_part(words, terms, starts)
                if qtype is not None
                else frozenset()
            )
            | self._asked.part_asked(words, terms, starts)
            | described
            | (role_asked(words, terms, starts, kinds) if qtype == "person" else frozenset())
        )
        people = any(kinds.get(t) == "person" for t in terms)  # "trotsky death meaning":
        if len(terms) > 1 and not people and self.asks_meaning(words):  # what it meant
            kind_terms |= {t for t, w in singles if w in self.definition_words}
        setting, granted = (
            setting_terms(
                words,
                list(zip(terms, starts, strict=True)),
                # a place in such a clause says where it was set, not of whom it asks
                # ("even after Trotsky had left the USSR, did Stalin still worry?")
                {t for t, kind in kinds.items() if kind != "place"},
                lambda w: self.personal(w) or w in self._name_words,
                FATE,
                why=qtype == "reason",
            )
            if correct
            else (frozenset(), frozenset())
        )
        order, cue = order_cue(words, self.order_cues) if correct else (None, frozenset())
        outside = {t for t, k in zip(terms, starts, strict=True) if k not in cue}
        if not outside:  # "and later on?", "what did he finally do?": the cue is all it
            order, cue = None, frozenset()  # asks, the follow-ups' to read
        order_terms = frozenset(t for t, k in zip(terms, starts, strict=True) if k in cue) - outside
        return Query(
            text=text,
            words=tuple(words),
            terms=tuple(dict.fromkeys(terms)),
            qtype=qtype,
            kind_terms=kind_terms,
            bound=tuple(dict.fromkeys(bound)),
            entities=tuple(dict.fromkeys(t for t in terms if t in kinds)),
            pronouns=tuple(w for w in words if w in PRONOUNS),
            unknown=tuple(dict.fromkeys(x for x in singles if x[0] not in known)),
            surface=tuple(dict.fromkeys(x for x in singles if x[0] not in kinds)),
            soft=soft,
            idioms=frozenset(phrasal),
            called=called,
            spans=tuple(zip(terms, starts, strict=True)),
            part=part,
            setting=setting,
            granted=granted,
            order=order,
            order_terms=order_terms,
        )

    def says_what(self, fact_id: str) -> frozenset[str]:
        """The names (terms) a drafted fact says what they are ("its lawyer, Simon
        Tarrant"): the answer to "who is Simon Tarrant?"."""
        return self._descriptions.says_what(fact_id)

    def said_what(self, term: str) -> bool:
        """Whether some drafted fact says what a name (its term) is."""
        return self._descriptions.said_what(term)

    def asks_meaning(self, words: Sequence[str]) -> bool:
        """Whether a line asks what a term means: "define X", "X meaning", "what does X
        mean?" (not "what did he mean by it?", which asks what he intended)."""
        if not self._definition_words.isdisjoint(words):
            return True
        return bool(words) and words[-1] in self._definition_ends and "by" not in words

    def time_setting(self, query: Query) -> frozenset[str]:
        """The terms a line said only in a clause setting its time ("after he died"),
        whatever else it asks, but for people: what the next line leans on of it is
        what it asked, not when ("how did Stalin use Lenin after he died?" then "what
        did he say of Trotsky in all that?" is not of a death)."""
        if not query.spans:
            return frozenset()
        kinds = self.entity_kinds
        setting, _ = setting_terms(query.words, query.spans, (), self._opens_clause, ())
        return frozenset(t for t in setting if kinds.get(t) != "person")

    def _opens_clause(self, word: str) -> bool:
        """Whether a word may open a time clause: a person, a name ("after Lenin died")."""
        return self.personal(word) or word in self._name_words

    def set_aside(self, query: Query) -> frozenset[str]:
        """The thing a question sets aside ("apart from the party, what else ...?"):
        the term `AskedTerms.set_aside` weighs little besides its marker; none when a
        person."""
        if not query.spans:
            return frozenset()
        terms, starts = zip(*query.spans, strict=True)
        return self._asked.set_aside(query.words, terms, starts, marker=False)

    def bindings(self, text: str, pronouns: bool = True) -> list[tuple[str, str]]:
        """(term, name) for each term a content text says right next to a name.

        "he" stands for the first person named before it, "his" for the nearest one who
        is neither an agent ("by Mercader") nor an owner ("Lenin's vision"); either for
        the first after when none is before ("before his death, Lenin ..."): right often
        enough for a text that says whom it is about, as a fact's answer and questions do,
        not for a learner's line that goes on from the conversation (`pronouns=False`).
        """
        words = self._words(text, correct=False)
        terms, starts, ends = self._scan(words)
        kinds = self.entity_kinds
        if pronouns and HIS.intersection(words):
            named = pronouns_named(text, words, terms, starts, ends, kinds)
            if named is not None:
                words = named
                terms, starts, ends = self._scan(words)
        return bindings(words, terms, starts, ends, kinds)

    def words_and_spans(self, text: str) -> tuple[list[str], list[tuple[str, int]]]:
        """A content text's words, and each term with the index of its first word (read
        once and kept: the near-miss checks read the best fact's answer every turn)."""
        words, spans = self._spanned(text)
        return list(words), list(spans)

    def _words_and_spans(self, text: str) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
        words = self._words(text, correct=False)
        terms, starts, _ = self._scan(words)
        return tuple(words), tuple(zip(terms, starts, strict=True))

    def spans_of(self, text: str) -> list[tuple[str, int]]:
        """A content text's terms, each with the index of its first word."""
        return self.words_and_spans(text)[1]

    def content_terms(
        self, text: str, qtype: bool = False, split: Sequence[str] | None = None
    ) -> tuple[list[str], str | None]:
        """A content text's terms (repeats possible) and, if asked, its question type.

        What indexing needs, the same as `analyze(text, correct=False)` finds, without
        building a Query: a pack of 10,000 facts has some 90,000 texts to index.
        `split` is `split_words(text)` when the caller has it already.
        """
        respelt = None if split is None else self.respell(split)
        words = self._words(text, correct=False, respelt=respelt)
        return self._scan(words)[0], self.question_type(words) if qtype else None

    def terms_as_written(self, text: str) -> tuple[str, ...]:
        """`analyze(text, correct=False).terms`, a tenth of the time when the text names no
        event: its terms as `content_terms` finds them, without a Query (one naming an
        event is analysed in full, which may drop the word for its occurrence)."""
        terms = self.content_terms(text)[0]
        kinds = self.entity_kinds
        if any(kinds.get(t) == "event" for t in terms):
            return self.analyze(text, correct=False).terms
        return tuple(dict.fromkeys(terms))

    def _words(
        self,
        text: str,
        correct: bool,
        respelt: Sequence[str] | None = None,
        names: frozenset[str] | None = None,
    ) -> list[str]:
        words = self.respell(split_words(text)) if respelt is None else list(respelt)
        # an opening phrase, after a word going on from the last turn ("then how come")
        at = 1 if words[:1] and words[0] in _GOING_ON else 0
        if len(words) >= at + 2 and (words[at], words[at + 1]) in self.respelled_phrases:
            words[at : at + 2] = self.respelled_phrases[(words[at], words[at + 1])]
        if correct:
            words = self._rewrites.past_openers(words)
            if names is None:
                names = self.capitalised(text)
            words = self.speller.fix(words, names)
            words = self._rewrites.through_frames(words, text)
        words = self._put_back.back(words, final_only=not correct)
        if correct:
            words = self._rewrites.idioms(words)
        return words

    def then_phrase(self, words: Sequence[str]) -> tuple[int, int] | None:
        """Where a line says "by then", "at that point", "at the time" (`then_phrases`):
        the time of what was just told, which the context may fill in (its first and
        last word's places, the end excluded); None if it says none."""
        for phrase in self._then:
            k = find(words, phrase)
            if k >= 0:
                return k, k + len(phrase)
        return None

    def _mortals(self, pack: Pack, split: Mapping[str, list[str]]) -> frozenset[str]:
        """The people whose death the pack's facts tell ("after Lenin died", "Trotsky's
        death"): a line about one of them "toward the end" asks of his last days."""
        death = self.analyze("death", correct=False).terms
        if not death:
            return frozenset()
        said = {k[0] for k, canon in self.phrases.items() if canon == death[0] and len(k) == 1}
        out: set[str] = set()
        for fact in pack.facts:
            words = split.get(fact.answer) or split_words(fact.answer)
            if said.isdisjoint(map(stem, words)):
                continue
            out.update(
                name
                for term, name in self.bindings(fact.answer)
                if term == death[0] and self.entity_kinds.get(name) == "person"
            )
        return frozenset(out)

    def personal(self, word: str) -> bool:
        """Whether a word is a person: a personal pronoun or a person's name."""
        return self._rewrites.personal(word)

    def corrects(self, words: Sequence[str]) -> bool:
        """Whether a line opens by correcting the learner's own last question (see
        `LineRewrites.corrects`)."""
        return self._rewrites.corrects(words)

    def says_won(self, words: Sequence[str]) -> bool:
        """Whether words say someone was won over or taken in (`outcome_phrases`: "the
        programmes won over the pilots"): how something turned out, in a sentence."""
        return any(pair in self._outcome_phrases for pair in itertools.pairwise(words))

    def names_outcome(self, words: Sequence[str]) -> bool:
        """Whether words name how something turned out: "work", "last" ("did that last?",
        not "the last one"), "get anywhere", and such a phrase split by whom it was for,
        as English puts an object pronoun inside a phrasal verb: "did it get him
        anywhere?", "did they win them over?"."""
        split = ((words[k], words[k + 2]) for k in range(len(words) - 2) if words[k + 1] in OBJECTS)
        return (
            any(
                w in self.outcome_words
                for k, w in enumerate(words)
                if k == 0 or words[k - 1] != "the"
            )
            or any(pair in self._outcome_phrases for pair in itertools.pairwise(words))
            or any(pair in self._outcome_phrases for pair in split)
        )

    def _scan(self, words: list[str]) -> tuple[list[str], list[int], list[int]]:
        """Terms, phrases first and the longest match winning, and the words each spans
        (`words[starts[k]:ends[k]]`). Lean on purpose: every text of a pack comes here."""
        stems = [stem(w) for w in words]
        terms: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        longest, phrases, stopwords, skip = self._longest, self.phrases, self.stopwords, self._skip
        related = self._related  # holds only stems the pack never uses: content is as written
        i, count = 0, len(words)
        while i < count:
            longer = longest.get(stems[i])
            if longer:
                for n in range(min(longer, count - i), 0, -1):
                    canon = phrases.get(tuple(stems[i : i + n]))
                    if (
                        canon is not None
                        and n == 1
                        and stems[i] in self._sense_bound
                        and takes_no_object(words, i, stopwords, self._object_openers)
                    ):
                        canon = None  # "why did the works decline?": not "refuse"
                    if canon is not None and (n > 1 or words[i] not in stopwords):
                        if n == 1 and stems[i] in self._conversed:
                            canon = related[stems[i]][0]  # "won": the text's "awarded"
                        terms.append(canon)
                        starts.append(i)
                        i += n
                        ends.append(i)
                        break
                else:
                    longer = 0
            if not longer:
                if words[i] not in skip:
                    near = (
                        self._link_at(words, stems, i)
                        if stems[i] in self._used_stems
                        else related.get(stems[i])
                    )
                    terms.append(near[0] if near else stems[i])
                    starts.append(i)
                    ends.append(i + 1)
                i += 1
        return terms, starts, ends

    def question_type(self, words: list[str]) -> str | None:
        """The kind of answer a question asks for (see `QuestionKinds.question_type`)."""
        return self._kinds.question_type(words)

    def is_year(self, term: str) -> bool:
        """Whether a term is a year or a decade ('1924', '1920s')."""
        return is_year(term)

    def rare(self, word: str) -> bool:
        """Whether a word is less common than everyday English ('hatchet', 'gulls'; not
        'last', 'step', 'hand'); a word English's list does not hold is rare."""
        return self.ranks.get(word, _UNRANKED) > _EVERYDAY_RANK

    def everyday_word(self, term: str) -> str | None:
        """The pack's most everyday word of a term's stem ("continue" of "continu")."""
        return self._everyday.get(term)

    def generality(self, word: str) -> float:
        """How little a known word tells because it is everyday English ('people', 'came')."""
        rank = self.ranks.get(word)
        if rank is None or rank > 3000:
            return 1.0
        if rank <= 300:
            return 0.3
        return 0.5 if rank <= 1000 else 0.75

    def specificity(self, word: str) -> float:
        """How much an unknown word tells: rare words name things, common ones do not."""
        rank = self.ranks.get(word)
        if rank is None:
            return 1.0
        if rank <= 1000:
            return 0.25
        if rank <= 5000:
            return 0.5
        return 0.8


def _pack_texts(pack: Pack) -> Iterable[str]:
    for fact in pack.facts:
        yield fact.answer
        yield fact.source
        yield from fact.questions
        yield from fact.keywords
    for topic in pack.topics:
        yield topic.title
        yield topic.summary
    for entity in pack.entities:
        yield entity.name
        yield from entity.aliases
    yield from (" ".join(g) for g in pack.synonyms)
    for question in pack.dialogs.questions.values():  # a learner's answers use these words
        yield question.ask
        for e in question.expectations:
            yield from e.phrases
            yield from e.keywords
            yield from e.prompt.answers
        for m in question.misconceptions:
            yield from m.phrases
