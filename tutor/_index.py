"""Ranking facts for a query: rarity-weighted term evidence, question type, fuzzy tie-break.

Built once per pack. A turn scores only the facts that share a term with the query (an
inverted index), and of a term too common to score all of its facts (a main character's
name in a big pack) only its champions: the facts that term alone would rank first. So a
turn's cost is bounded however big the pack grows.
"""

from __future__ import annotations

import heapq
import itertools
import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from ._analyze import AMOUNT_WORDS, Analyzer, Query
from ._content import Fact, Pack
from ._defines import defined_spans
from ._draft_lead_in import leads_in
from ._figures import COUNT
from ._meant_person import SINGULAR, meant_persons, tells_another
from ._offers import STRICT_TYPES, offered, titles
from ._reasons import Reasons
from ._roles import Roles
from ._text import split_words, stem

__all__ = ["STRICT_TYPES", "Hit", "Index", "rate_asked"]

# Field weights: what a fact says (answer, source, keywords) counts fully; the learner
# questions written for it count a little less, since they paraphrase.
_W_CORE = 1.0
_W_QUESTION = 0.9
_W_INHERITED = 0.75  # a drafted fact's keyword that its own sentence does not say
# A drafted sentence that opens on "it" or "they" ("It stays lit for fourteen hours", "Most
# of them had never worked in a mine") goes on about the thing the sentence before it
# named: that sentence's words are its words too, weakly. Not "he", "she" (drafting puts
# the person's name in), nor "this", "these" (a new topic as often: on a fresh draft of
# the essay they answered an off-topic line).
_LEANS = re.compile(
    r"(?:(?:most|many|some|all|few|none|each|one|both) of )?"
    r"(?:it|they|them)\b",
    re.IGNORECASE,
)
# ... and so does one whose verb's object is "it" ("Lindqvist ran it until 1990" after she
# set up a chess school): what "it" is, the sentence before names
_OBJECT_IT = re.compile(r"^(?:\S+ ){2,4}(?:it|them)\b")
# the thing a sentence brings in ("bought a flour mill on the river"): "a" and the words
# after it up to a word of place, time or purpose
_INTRODUCED = re.compile(
    r"\ban? ((?:[a-z-]+ ){0,3}?[a-z-]+)(?= (?:on|in|at|for|to|from|with|by|near|which|that)\b|[,.;]|$)"
)
_W_LEANS = 0.5
_YEAR = re.compile(r"1\d{3}|20\d{2}")  # a year's term ("1902"), which sets a passage's time
# A drafted fact's word in another part of speech that the text says elsewhere ("salty" of
# a fact saying "salt"; Analyzer.kin). Measured on a fresh draft of the essay asked the
# dev files' lines: 0.2 and 0.3 answer 5 more paraphrases than none, offtopic unchanged;
# 0.6 and 0.8 answer off-topic lines and outrank right facts.
_W_KIN = 0.3
# A drafted fact's word's synonym that the text says elsewhere ("land" of a fact saying
# "ground"; Analyzer.alike): a word the text says is never led by WordNet to another it
# says. Measured on the twenty-one bench drafts: 0.3 answers 2 more lines, breaks none;
# 0.5 answers 3 and breaks 2 (a rival holding the synonym outranks the literal fact).
_W_ALIKE = 0.3
# A drafted fact's noun's broader word that the text says elsewhere ("stone" of a fact
# saying "limestone"; Analyzer.kinds): a learner asks of a kind by the general word.
_W_KIND = 0.3
# "Eliza Penrose, the daughter of a Marrowgate draper": a drafted sentence that names a
# child tells the child's parent, which a learner asks as "her father", "his mother"
_CHILD_OF = re.compile(r"\b(?:son|sons|daughter|daughters|child|children) of\b")
_PARENTS = ("father", "mother", "parent")
# "handed the management of the firm to Rosalind", "was appointed in his place", "was
# succeeded by Tobias Weir": a drafted sentence telling a handing over tells who took over,
# as a learner asks it
_HANDED = re.compile(
    r"\bhand(?:ed|s)?\b(?:(?! to\b)[^.;]){0,60} to\b|\bin (?:his|her) place\b"
    r"|\bsucceeded (?:by|him|her|them)\b"
)
_TAKING_OVER = (("take", "over"), ("successor",))  # the terms a learner asks it by
# what such a sentence earns for them: measured on the fifteen bench drafts and the two
# devtexts19 drafts, 0.3 (as a word's other forms) answered none of the four lines it
# brought nearer; 0.6 answers all four, and no other reply changed
_W_HANDED = 0.6
# An answer that gives something its name: a quoted capitalised word, or "called",
# "known as", "named" before a capital.
_NAMING = re.compile(r"['\u2018\"][A-Z]|\b(?:called|known as|named|dubbed) [\u2018'\"]?[A-Z]")
_OFTEN = ("how", "often")
_RARELY = 0.7  # a fact saying no frequency, for "how often?": told otherwise, or not at all
# "how fast?", "how quickly?": a rate ("twelve times a minute"), which the answer tells
# without the asking word; so does "per" with a span of time ("flour per year")
_FAST = frozenset(["fast", "quickly", "rapidly"])
_UNRATED = 0.5  # a fact telling no rate, for a line asking one: it answers something else
_SPANS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "decade"])
_COINS = 0.1
_DEFINES = 0.45  # a drafted fact that says what the asked term is, for "what is X?"
_THE_WORD = re.compile(r"\b[Tt]he ([a-z]+)\b")  # "the barrier": a thing named before
_WORD = re.compile(r"[a-z]+")
_HEAD = 3  # letters of the shortest word "the X" may name a thing of the sentence before by
_SAYS = 0.3  # a drafted fact saying a few words of a line as they stand
_PHRASE = (2, 4)  # words of a line that may be a phrase of the text
_NAMES_ASKED = 0.3  # the same, when a word of the line asks which kind ("species")
_NAMES_ONE = 0.1  # a drafted fact naming one of the kind of thing a line asks which of
# a kind of thing and one of it by name: "bacteria such as Pseudomonas", "a ship called Fram"
# What a number counts: the word or two after it ("six locks", "about 2,000 boats").
_COUNTED = re.compile(rf"\b{COUNT}\s+([a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)
_COUNT_ASKS = (("how", "many"), ("number", "of"))  # "how many X?", "number of X"
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][a-z]*\s+$")  # a capitalised word just before
_SHIFTING = frozenset(["after", "later", "before", "earlier", "afterwards"])
# "what time of year ...?", "at what time ...?": a month, a season or an hour, not a year
_TIME_ASKED = frozenset([("what", "time"), ("which", "time"), ("time", "of")])
_TIME_ONLY = 0.85  # a fact telling a time of year or day and no date, for "when?"
# "how did ...?", "how could ...?": the word after "how" that asks by what means
_DOING = frozenset(["did", "do", "does", "could", "can", "would", "will", "was", "were"])
_COUNTS_THEM = 0.1  # a fact counting the very thing "how many X?" asks of
_COUNTS_OTHER = 0.7  # one whose numbers count other things ("22 metres" of "how many locks?")
_INSTANCE = re.compile(
    r"\b([a-z]+),? (?:such as|like|including|called|named|known as|mainly|mostly|chiefly|"
    r"notably|especially|namely) (?:the )?['\"\u2018]?[A-Z]"
)
_UNNAMED = 0.7  # a drafted fact that names none of the people a question names
# "why did she want it up a mountain?" with nothing said before: "she" is someone, and a
# drafted sentence naming nobody ("Moving it up the mountain took a summer") is not about
# her (drafting puts a name for each "he" and "she" of the text): it costs as _UNNAMED
# "where did he work?", "he" standing for Reddle: a drafted sentence naming someone else and
# not him tells another's deed (tutor/_meant_person.py)
_ANOTHERS = 0.7
_SOMEONE = SINGULAR
_WHY = 0.06  # a drafted fact that gives a cause or a purpose, for "why?"
_HOW = 0.06  # ... and one that tells what a thing was done with or by, for "how?"
# A line of this many terms or more is a paraphrase more than a question a draft wrote:
# what a drafted fact holds of it (coverage) counts more, how well one of its drafted
# questions fits it less. Those questions are made from the fact's own sentence, so a long
# line's fit to them repeats its coverage, and mostly favours the facts with a short one
# ("Who was Hannah Tregear?"); both weights sum to the usual 0.85.
_LONG_LINE = 4
_LONG_WEIGHTS = (0.75, 0.1)
_WHAT_IS = frozenset(["is", "are", "was", "were", "mean", "means", "meant"])
_NONE: frozenset[str] = frozenset()  # most kinds a fact offers nothing of: one empty set
_AT = frozenset(["in", "at", "inside"])  # "a meeting in the Corn Exchange": where it was
# Kinds of answer a fact may give without the words that mark them ("marked the final
# removal of a challenger" tells what a killing led to): a fact that marks it is preferred,
# one that does not is not ruled out.
# kinds an answer may tell in other words: missing them costs a share, never refuses
_SOFT_MISS = {"means": 0.7, "result": 0.7, "material": 0.6}
_SOFT_KINDS = frozenset(_SOFT_MISS)
_FUZZY_FRONT = 12  # candidates that get the fuzzy tie-break
# "how was he seen at first?": a fact told early in the text holds "at first" in part
# though it does not say so, the earlier the more (none past this share of the facts)
_EARLY_SHARE = 0.25
_EARLY_CREDIT = 0.5
_FIRST_TOLD = 0.1  # the fact first telling of a thing a line asks the start (date) of
_CONTEXT = 0.4  # weight of a term carried over from earlier turns
_SETTING = 0.5  # of a term said only in a clause setting the time ("after he was expelled")
_GRANTED = 0.25  # of one said only in a clause granting something ("even with all that")
_OWN_MISSING = 0.6  # a fact holding none of what the learner said this turn
# Facts a turn scores from full posting lists, rarest term first; a pack this small or
# smaller is always scored in full. A term with more facts than the budget has left
# adds only its champions, and the facts it shares with the next common term.
_BUDGET = 400
_CHAMPIONS = 64
_FIRST = operator.itemgetter(0)
_ROUNDING = 1.0 + 1e-9  # room for rounding in a bound on a rough score


@dataclass(frozen=True, slots=True)
class Hit:
    """A scored fact. `coverage` is the share of the query's evidence the fact holds;
    `own` the share of what the learner said this turn (not carried from earlier);
    `evidence` how much that is in all (rare words weigh more)."""

    fact: Fact
    score: float
    coverage: float
    own: float = 0.0
    evidence: float = 0.0  # the query weight the fact holds (coverage times the total)


# A fact's rough score: (partial, coverage, own, its index, the asked weight).
_Rough = tuple[float, float, float, int, float]


@dataclass(frozen=True, slots=True)
class _Variants:
    """A fact's question variants from the one holding least rarity up: bit k of each
    mask stands for the k-th, so a set of them is an int and its lowest bit the variant
    of the set that holds least (the one that fits a line best, of those holding as
    much of it)."""

    held: tuple[float, ...]  # each variant's total idf, in that order
    masks: Mapping[str, int]  # the variants holding each term
    untyped: int  # those asked no way in particular (a fact's keywords)
    typed: Mapping[str, int]  # those asked each way ("reason": "why ...?")
    every: int  # all of them


@dataclass(frozen=True, slots=True)
class _Doc:
    fact: Fact
    weights: Mapping[str, float]
    variants: tuple[frozenset[str], ...]
    variant_types: tuple[str | None, ...]
    coins: bool  # the answer gives something its name ("formed the 'Troika'", "known as")
    held: list[float]  # each variant's total idf, filled in once idf is known
    # terms it holds only as synonyms of its own words (Analyzer.alike): a word's rarity
    # is how many facts say it, so these count for no fact's idf
    alike: frozenset[str] = frozenset()
    # terms it holds only as the setting the sentence before gave it (its names, its
    # year): they are that sentence's words, so they count for no fact's idf either
    scene: frozenset[str] = frozenset()


class Index:
    """The pack's facts, ready to be ranked against learner queries."""

    def __init__(
        self, pack: Pack, analyzer: Analyzer, split: Mapping[str, list[str]] | None = None
    ) -> None:
        """`split`: pack texts already split into words (see `Analyzer`), to reuse."""
        self.analyzer = analyzer
        docs: list[_Doc] = []
        postings: dict[str, list[int]] = defaultdict(list)
        keywords: dict[str, list[str]] = {}  # a pack repeats its keywords: analyse each once
        self._heads = _heads(analyzer)
        self._name_cache: dict[str, list[str]] = {}
        # the names a drafted section's title gives ("Gannet Rock Light" of "The Keepers
        # of Gannet Rock Light"): what every sentence of that section is about
        self._subjects = {
            topic.id: [
                t for t in analyzer.content_terms(topic.title)[0] if t in analyzer.entity_kinds
            ]
            for topic in pack.topics
        }
        before: Fact | None = None
        for fact, after in itertools.zip_longest(pack.facts, pack.facts[1:]):
            doc = self._build(fact, keywords, split or {}, before, after)
            before = fact
            for term in doc.weights:
                postings[term].append(len(docs))
            docs.append(doc)
        self.docs = tuple(docs)
        self.postings = {t: tuple(ids) for t, ids in postings.items()}
        n = len(docs)
        said = Counter(
            t for doc in docs for t in doc.weights if t not in doc.alike and t not in doc.scene
        )
        self.idf = {t: math.log((n + 1) / (said[t] + 0.5)) for t in self.postings}
        self.max_idf = math.log((n + 1) / 0.5)
        idf = self.idf.__getitem__  # summed in C: some 500,000 terms at 10,000 facts
        for doc in docs:
            doc.held.extend(sum(map(idf, v)) for v in doc.variants)
        self._by_id = {d.fact.id: i for i, d in enumerate(docs)}
        # Filled on first use, one immutable tuple per common term: a lost race between
        # threads only computes the same tuple twice.
        self._champions: dict[str, tuple[int, ...]] = {}
        self._variants: dict[int, _Variants] = {}
        self._defines: dict[int, frozenset[str]] = {}
        self._instances: dict[int, frozenset[str]] = {}
        self._counted: dict[int, frozenset[str]] = {}
        self._made: dict[int, frozenset[str]] = {}
        self._said: dict[int, str] = {}
        self._offers: dict[int, Mapping[str, frozenset[str]]] = {}
        self._strings: dict[int, tuple[str, ...]] = {}
        self.roles = Roles(analyzer, [d.fact for d in docs], self.postings)
        self.reasons = Reasons(pack, analyzer, self)  # why each fact's deed was done
        start = analyzer.analyze("initially", correct=False).terms
        self._start = start[0] if start else None
        # Terms are plain words (ASCII, no spaces), so a variant's string, its terms sorted
        # and joined, is already in token-sorted order (see `search`).
        self._plain = all(_is_plain(t) for t in self.postings)

    def _build(
        self,
        fact: Fact,
        keyword_terms: dict[str, list[str]],
        split: Mapping[str, list[str]],
        before: Fact | None = None,
        after: Fact | None = None,
    ) -> _Doc:
        def content_terms(text: str, qtype: bool = False) -> tuple[list[str], str | None]:
            return self.analyzer.content_terms(text, qtype, split.get(text))

        answer = content_terms(_own_answer(fact, after))[0]
        # a drafted fact's answer is its source: read once
        core = [answer, answer if fact.source == fact.answer else content_terms(fact.source)[0]]
        for keyword in fact.keywords:
            if keyword not in keyword_terms:
                keyword_terms[keyword] = content_terms(keyword)[0]
            core.append(keyword_terms[keyword])
        weights: dict[str, float] = dict.fromkeys(itertools.chain.from_iterable(core), _W_CORE)
        scene: set[str] = set()  # see _Doc.scene
        if fact.draft:
            # a drafted fact's keywords carry its section's words and the names its
            # pronouns stand for: a word of the section alone is weaker evidence
            own = set(core[0]) if core[1] is core[0] else set(core[0]).union(core[1])
            kinds = self.analyzer.entity_kinds
            for terms in core[2:]:
                for term in terms:
                    if term not in own and term not in kinds:
                        weights[term] = _W_INHERITED
            # "the barrier" of a text about the Thames Barrier is that barrier
            for head in _THE_WORD.findall(fact.answer) if self._heads else ():
                named = self._heads.get(head)
                if named is not None:
                    weights.setdefault(named, _W_INHERITED)
            for named in self._subjects.get(fact.topic, ()):
                weights.setdefault(named, _W_INHERITED)
            # "the tannery" of a sentence naming the Fenwick Tannery: a name's own words
            for term in self._name_words(core[0]):
                weights.setdefault(term, _W_INHERITED)
            if before is not None and before.topic == fact.topic:
                for term in self._named_before(fact, before):
                    weights.setdefault(term, _W_INHERITED)
                object_it = _OBJECT_IT.match(fact.answer) is not None
                if object_it:  # "it": the new thing just named
                    for found in _INTRODUCED.findall(before.answer)[:1]:
                        for term in content_terms(found)[0]:
                            weights.setdefault(term, _W_INHERITED)
                if object_it or _LEANS.match(fact.answer):
                    for term in content_terms(before.answer)[0]:
                        weights.setdefault(term, _W_LEANS)
                # the sentence before sets the scene of one that names no one and no
                # year of its own: the names and year it says are this one's too ("...
                # at the Corn Exchange." "Around 400 people were inside.")
                if not any(t in kinds or _YEAR.fullmatch(t) for t in own):
                    for term in content_terms(before.answer)[0]:
                        if (term in kinds or _YEAR.fullmatch(term)) and term not in weights:
                            weights[term] = _W_LEANS
                            scene.add(term)
        if fact.draft and self.analyzer.said_phrasal:  # "gave way": see _said_phrasal
            for text in dict.fromkeys((fact.answer, fact.source)):
                for key in self.analyzer.said_phrasal_terms(text):
                    weights.setdefault(key, _W_CORE)
        if fact.draft and self.analyzer.kin:
            kin = self.analyzer.kin
            for term in [t for t, w in weights.items() if w == _W_CORE and t in kin]:
                for other in kin[term]:
                    weights.setdefault(other, _W_KIN)
        synonymous: set[str] = set()
        # a draft's words alike in the text, then the text's broader words for them
        tables = ((self.analyzer.alike, _W_ALIKE), (self.analyzer.kinds, _W_KIND))
        for table, weight in tables if fact.draft else ():
            for term in [t for t, w in weights.items() if w == _W_CORE and t in (table or ())]:
                for other in table[term]:
                    if other not in weights:
                        weights[other] = weight
                        synonymous.add(other)
        if fact.draft and _CHILD_OF.search(fact.answer):
            for term in _PARENTS:  # "the daughter of a draper" tells her father
                weights.setdefault(term, _W_KIN)
        if fact.draft and _HANDED.search(fact.answer):
            for words in _TAKING_OVER:  # "handed the foundry to his son": who took over
                taking = self.analyzer.phrases.get(tuple(stem(w) for w in words))
                if taking is not None:
                    weights.setdefault(taking, _W_HANDED)
        if fact.draft and titles(fact.answer):
            # "her book, The Patient Light, published ...": what the book was called
            for term in content_terms("called")[0]:
                weights.setdefault(term, _W_HANDED)
        for term in list(weights):  # a fact dated 1926 also answers "in the 1920s"
            if term.isdigit() and self.analyzer.is_year(term):
                weights.setdefault(term[:3] + "0s", _W_QUESTION)
        variants: list[frozenset[str]] = []
        types: list[str | None] = []
        for text in fact.questions:
            terms, qtype = content_terms(text, qtype=True)
            variants.append(frozenset(terms))
            types.append(qtype)
            for term in terms:
                weights.setdefault(term, _W_QUESTION)
        variants.append(frozenset(t for terms in core[2:] for t in terms))  # keywords
        types.append(None)
        return _Doc(
            fact=fact,
            weights=weights,
            variants=tuple(v for v in variants if v),
            variant_types=tuple(t for v, t in zip(variants, types, strict=True) if v),
            coins=_NAMING.search(fact.answer) is not None,
            held=[],
            alike=frozenset(t for t in synonymous if weights[t] in (_W_ALIKE, _W_KIND)),
            scene=frozenset(t for t in scene if weights[t] == _W_LEANS),
        )

    def _name_words(self, terms: Iterable[str]) -> list[str]:
        """The terms of the words of each name of two words or more among `terms` that
        is no person's ("tannery" of "Fenwick Tannery", "mountain" of "Orlen
        Mountains"): a sentence naming the thing says those words too."""
        found: list[str] = []
        kinds, names = self.analyzer.entity_kinds, self.analyzer.entity_names
        for term in terms:
            kind = kinds.get(term)
            if kind is None or kind == "person":
                continue
            name = names.get(term, "")
            if len(name.split()) >= 2:
                found.extend(t for t in self._name_terms(name) if t != term)
        return found

    def _named_by(self, names: frozenset[str], said: Set[str]) -> frozenset[str]:
        """The names a line asks of by a word of them ("where is the quay?" of Carrick
        Quay, see `_name_words`): the question names them, so they are no answer to it."""
        entity_names = self.analyzer.entity_names
        return frozenset(
            n for n in names if not said.isdisjoint(self._name_terms(entity_names.get(n, "")))
        )

    def _name_terms(self, name: str) -> list[str]:
        """A name's words read one by one (as a learner who names the thing by one of
        them: "the tannery"), each analysed once per pack."""
        found = self._name_cache.get(name)
        if found is None:
            found = [
                t
                for word in name.split()
                for t in self.analyzer.content_terms(word)[0]
                if t not in self.analyzer.entity_kinds
            ]
            self._name_cache[name] = found
        return found

    def _named_before(self, fact: Fact, before: Fact) -> list[str]:
        """What "the horn" of a drafted sentence was called in the sentence before it: the
        word it ends ("compressed-air foghorn") or the word before it ("the fog bell")."""
        heads = [
            h
            for h in dict.fromkeys(_THE_WORD.findall(fact.answer))
            if len(h) >= _HEAD and h not in self.analyzer.stopwords
        ]
        if not heads:
            return []
        said = _WORD.findall(before.answer.lower())
        found: list[str] = []
        for k, word in enumerate(said):
            for head in heads:
                if word == head and k > 0:
                    found.extend(self.analyzer.content_terms(said[k - 1])[0])
                elif word.endswith(head) and len(word) >= len(head) + _HEAD:
                    found.extend(self.analyzer.content_terms(word)[0])
        return found

    def _strings_of(self, i: int) -> tuple[str, ...]:
        """Fact `i`'s question variants as strings for the fuzzy tie-break, each its terms
        sorted and joined. Made on first need (a turn compares a dozen facts) and kept."""
        found = self._strings.get(i)
        if found is None:
            made = tuple(" ".join(sorted(v)) for v in self.docs[i].variants)
            found = self._strings.setdefault(i, made)
        return found

    def _offers_of(self, i: int) -> Mapping[str, frozenset[str]]:
        """What fact `i` offers of each strict kind of answer. Made on first need and kept
        (a turn asks it of a few candidates; made for every fact, it was a tenth of a big
        pack's load); a lost race between threads makes the same table twice."""
        found = self._offers.get(i)
        if found is None:
            found = self._offers.setdefault(i, offered(self.docs[i].fact, self.analyzer))
        return found

    def offers(self, fact_id: str, qtype: str | None, besides: Iterable[str] = ()) -> bool:
        """Whether a fact's answer names something of the kind asked, other than `besides`."""
        if qtype not in STRICT_TYPES:
            return True
        offered = self._offers_of(self._by_id[fact_id])
        if qtype == "duration":  # "a month after": how long after something, at least
            return bool((offered[qtype] | offered["shift"]) - set(besides))
        if qtype == "date":  # "in January", "at seven o'clock": when, short of a year
            return bool((offered[qtype] | offered["time"]) - set(besides))
        if qtype == "means":  # "a figure with limited appeal": what he was like, not how
            # (the ranking still weighs it as its means: see `search`)
            return bool(offered[qtype] - offered["described"] - set(besides))
        return bool(offered[qtype] - set(besides))

    def named_by(self, fact_id: str, kind: str, said: Set[str]) -> frozenset[str]:
        """The names of a kind a drafted fact offers that a line names by a word of them
        (`said`: its terms, less those asking which kind): "where is the quay?" of a fact
        at Ormond Quay asks of that quay, so naming it is no answer."""
        i = self._by_id[fact_id]
        offered = self._offers_of(i)[kind]
        if not offered or not self.docs[i].fact.draft:
            return _NONE
        return self._named_by(offered, said)

    def asked_as(self, fact_id: str, qtype: str, about: Collection[str] | None = None) -> bool:
        """Whether the pack writes a question of this kind for the fact ("Where ...?"):
        its author says the fact answers it, whatever words the answer uses. With `about`
        (a question's terms), only a question asked of the same thing counts: one naming
        no one the question does not, and sharing a word with it when it names no one;
        "Where was Trotsky during the funeral?" says where he was, not where the funeral
        was held, and "Where did the fight take place?" nothing of where Lenin died."""
        doc = self.docs[self._by_id[fact_id]]
        if about is None:
            return qtype in doc.variant_types
        kinds = self.analyzer.entity_kinds
        for variant, vtype in zip(doc.variants, doc.variant_types, strict=True):
            if vtype != qtype:
                continue
            names = {t for t in variant if t in kinds}
            if names - set(about):
                continue  # asked of someone else
            if names or not variant.isdisjoint(about):
                return True
        return False

    def asked_about(self, fact_id: str, term: str, qtype: str) -> bool:
        """Whether the pack's own questions of a kind for a fact use a term ("What
        sensitive information could Stalin see?"): its author says the fact answers it."""
        doc = self.docs[self._by_id[fact_id]]
        pairs = zip(doc.variants, doc.variant_types, strict=True)
        return any(term in v for v, t in pairs if t == qtype)

    def lists(self, fact_id: str) -> bool:
        """Whether a fact's answer is a list of names ("Turkey, France, Norway and
        Mexico") or of dated steps ("in 1926, ... in 1927, ... in 1929"): it says which
        came first or last."""
        dates = self._offers_of(self._by_id[fact_id])["date"]
        return len(dates) >= 2 or bool(
            self.listed(fact_id, "person") | self.listed(fact_id, "place")
        )

    def listed(self, fact_id: str, kind: str) -> frozenset[str]:
        """The names of a kind a fact's answer lists one after another, if any."""
        offers = self._offers_of(self._by_id[fact_id])
        return offers["number"] & offers[kind]

    def offered(self, fact_id: str, kind: str) -> frozenset[str]:
        """What a fact's answer names of a strict kind ("place": the places it names)."""
        return self._offers_of(self._by_id[fact_id])[kind]

    def sites(self, fact_id: str) -> frozenset[str]:
        """The names a drafted fact's answer puts right after "in" or "at" (and "the")
        that the draft took for a thing's ("called a public meeting in the Corn
        Exchange"): where its event was, a building's name the draft could not tell from
        a thing's. Not offered as places to the search (a line that moves on to another
        event would find it); read of the fact a line already leans on or was given."""
        fact = self.docs[self._by_id[fact_id]].fact
        if not fact.draft:
            return _NONE
        kinds = self.analyzer.entity_kinds
        words, spans = self.analyzer.words_and_spans(fact.answer)
        return frozenset(
            term
            for term, k in spans
            if kinds.get(term) == "thing"
            and k >= 1
            and (words[k - 1] in _AT or (k >= 2 and words[k - 1] == "the" and words[k - 2] in _AT))
        )

    def places_left(self, fact_id: str) -> frozenset[str]:
        """The places a fact's answer names as ones left ("from the Soviet Union"): no
        answer to where someone went."""
        text = self.docs[self._by_id[fact_id]].fact.answer.lower()
        names = self.analyzer.entity_names
        return frozenset(
            p
            for p in self.offered(fact_id, "place")
            if re.search(
                rf"\b(?:from|out of) (?:the )?{re.escape(names.get(p, p).lower())}\b", text
            )
        )

    def names(self, fact_id: str) -> frozenset[str]:
        """The people, places and named things a fact's answer itself names."""
        offers = self._offers_of(self._by_id[fact_id])
        return offers["person"] | offers["place"] | offers["name"]

    def held(self, fact_id: str) -> Mapping[str, float]:
        """The terms a fact holds, with their field weights."""
        return self.docs[self._by_id[fact_id]].weights

    def held_alike(self, fact_id: str) -> frozenset[str]:
        """The terms a drafted fact holds only as its own words' synonyms or kinds ("stone"
        of a sentence saying "marble"): held through a word of like meaning."""
        return self.docs[self._by_id[fact_id]].alike

    def inherited(self, fact_id: str, term: str) -> bool:
        """Whether a fact holds a term only as its paragraph's (a drafted fact's keyword
        from a sentence before it or its section's title), not said by itself."""
        weight = self.docs[self._by_id[fact_id]].weights.get(term)
        return weight in (_W_INHERITED, _W_LEANS)

    def position(self, fact_id: str) -> int:
        """The index of a fact in `docs`."""
        return self._by_id[fact_id]

    def following(self, fact_id: str, span: int) -> tuple[str, ...]:
        """The facts told after one, in the text's order, at most `span` of them."""
        at = self._by_id[fact_id]
        return tuple(d.fact.id for d in self.docs[at + 1 : at + 1 + span])

    def preceding(self, fact_id: str, span: int) -> tuple[str, ...]:
        """The facts told before one, nearest first, at most `span` of them."""
        at = self._by_id[fact_id]
        return tuple(d.fact.id for d in reversed(self.docs[max(0, at - span) : at]))

    def term_weight(self, term: str, word: str | None = None, short: bool = False) -> float:
        """How much evidence a query term carries: rare terms more than common ones.

        Rarity in the pack (idf) is tempered by rarity in English: 'people' in a
        question says less than 'purge', however rarely the pack uses either.
        """
        idf = self.idf.get(term)
        if idf is not None:
            return idf * (self.analyzer.generality(word) if word else 1.0)
        specificity = self.analyzer.specificity(word) if word else 1.0
        return self.max_idf * min(1.0, specificity * (2.0 if short else 1.0))

    def weights(self, query: Query) -> dict[str, float]:
        """How much each of a query's terms counts (see `term_weight`)."""
        words = dict(query.surface)
        for t in query.idioms:  # "go on": as everyday as the "continue" it stands for
            if t not in words:
                word = self.analyzer.everyday_word(t)
                if word is not None:
                    words[t] = word
        # No filler in a short question standing alone: every word counts.
        short = len(query.terms) <= 3 and not query.leans
        weights = {
            t: self.term_weight(t, words.get(t), short) * (_CONTEXT if t in query.context else 1.0)
            for t in query.terms
        }
        for t in query.setting:  # "before he took over": when, not what is asked
            weights[t] *= _GRANTED if t in query.granted else _SETTING
        return weights

    def search(
        self, query: Query, boost: Mapping[str, float] | None = None, limit: int = 5
    ) -> list[Hit]:
        """The best facts for a query, best first. `boost` adds to chosen facts' scores."""
        weights = self.weights(query)
        total = sum(weights.values())
        candidates = self._candidates(query.terms)
        if boost:
            candidates.update(self._by_id[f] for f in boost if f in self._by_id)
        if not candidates or total <= 0:
            return []
        items = list(weights.items())
        idf = self.idf
        strict = query.qtype if query.qtype in STRICT_TYPES else None
        carried = query.context
        own_total = sum(w for t, w in items if t not in carried)
        # "how often does the comet come back?": a fact saying how often ("every 101 years");
        # "often" asks, as "long" does in "how long": the answer does not say it
        often = _OFTEN in itertools.pairwise(query.words)
        kind_terms = query.kind_terms & weights.keys()
        if often:
            kind_terms |= {t for t, w in query.surface if w == _OFTEN[1]}
        early = self._start if self._start in weights and self._start not in carried else None
        early_span = max(1.0, _EARLY_SHARE * len(self.docs))
        # a line asking a rate asks how much in a span, not what the thing is (`defined`)
        rated = rate_asked(query.words)
        if rated:
            kind_terms |= {t for t, w in query.surface if w in rated} & weights.keys()
        # a term alone, or "what is X?": the sentence saying what it is (drafted facts)
        defined = set(query.terms) - query.kind_terms if _asks_what(query) and not rated else None
        kinds_of = self.analyzer.entity_kinds
        people = {e for e in query.entities if kinds_of[e] == "person"}
        # "she" on a line that leans on nothing: someone, though the line names no one
        someone = not people and not query.leans and not _SOMEONE.isdisjoint(query.pronouns)
        # "where did he work?" after an answer about Reddle: whom "he" stands for (a person
        # the line holds but does not name), whose facts a drafted text names him in
        meant = meant_persons(query, kinds_of)
        # "which bacterium ...?", "denitrifying bacteria": a kind of thing, one of it wanted
        which = (
            set(query.terms) - set(query.entities) - query.kind_terms
            if query.qtype in (None, "thing") and not query.leans
            else None
        )
        # "seabird species": a word that asks which kind, so naming one counts for more
        names_one = (
            _NAMES_ASKED
            if which and not self.analyzer.kind_asking.isdisjoint(kind_terms)
            else _NAMES_ONE
        )
        # "how long after that did it crack?": a time counted from another answers it
        shifted = strict == "duration" and not _SHIFTING.isdisjoint(query.words)
        timely = strict == "date" and not _TIME_ASKED.isdisjoint(itertools.pairwise(query.words))
        # "how did they ...?" asks by what means; "how packed was it?" asks how much
        by_means = query.qtype == "manner" and any(
            a == "how" and b in _DOING for a, b in itertools.pairwise(query.words)
        )
        # "how many locks?": the thing counted, which a fact saying "six locks" counts
        counted = _counted_term(query) if query.qtype == "number" else None
        # "settlement amount": a sum or a count, whichever the fact gives
        amount = query.qtype == "amount" and any(
            w in AMOUNT_WORDS for t, w in query.surface if t in query.kind_terms
        )
        # a few words with no question word, said as the text says them ("first used")
        phrase = _phrase(query)
        soft = query.soft
        # a word the line calls a name by, which a fact naming that one need not say
        called = [(t, key) for t, key in query.called if t in weights]
        qtype = query.qtype
        docs = self.docs
        offers_of = self._offers_of
        fit_of = self._fit
        long_line = len(query.terms) >= _LONG_LINE and not carried
        unasked = weights.keys() - kind_terms  # the line's terms that ask of no kind
        push, swap = heapq.heappush, heapq.heapreplace

        def rough(i: int, have: list[tuple[str, float, float]]) -> _Rough:
            """A fact's score before the fuzzy tie-break: how much of the query it holds
            (`coverage`), and how well its best question variant fits the query."""
            doc = docs[i]
            held_weights = doc.weights
            # a word naming the kind of answer ("members") counts if the fact says it, and
            # is not missed if it does not: the answer gives the members themselves
            asked = total
            if kind_terms and (strict != "name" or offers_of(i)["name"]):
                asked -= sum(weights[t] for t in kind_terms if t not in held_weights)
            if called:  # "the duchess": a fact naming Imarra does not lack "duchess"
                asked -= sum(
                    weights[t]
                    for t, key in called
                    if t not in held_weights and key in held_weights and t not in kind_terms
                )
            # (a line softens none of its terms mostly: times 1.0 changes no figure)
            if len(have) == 1:  # the sum of one, without a generator
                t, w, _ = have[0]
                held = w * held_weights[t] * soft.get(t, 1.0) if soft else w * held_weights[t]
            elif soft:
                held = sum(w * held_weights[t] * soft.get(t, 1.0) for t, w, _ in have)
            else:
                held = sum(w * held_weights[t] for t, w, _ in have)
            if early and early not in held_weights and i == first:
                held += weights[early] * _EARLY_CREDIT  # where the text first tells of it
            elif early and early not in held_weights and i < early_span:
                held += weights[early] * _EARLY_CREDIT * (1.0 - i / early_span)
            coverage = held / asked if asked > 0 else 0.0  # "members?" alone asks nothing
            own = coverage
            if carried and own_total > 0:
                own = sum(w * held_weights[t] for t, w, _ in have if t not in carried) / own_total
                if own == 0.0 and not (strict and offers_of(i)[strict]):
                    # "why did that matter?" wants more than the last topic again; "when did
                    # that start?" is answered by a fact that gives the date
                    coverage *= _OWN_MISSING
            precision = fit_of(i, have, total, qtype) if have else 0.0
            draft = doc.fact.draft
            if long_line and draft:
                partial = _LONG_WEIGHTS[0] * coverage + _LONG_WEIGHTS[1] * precision
            else:
                partial = 0.6 * coverage + 0.25 * precision
            if often and not offers_of(i)["frequency"]:
                partial *= _RARELY
            if rated and not offers_of(i)["rate"]:
                partial *= _UNRATED
            if strict in _SOFT_KINDS:  # a means or a result may be told in other words
                partial *= 1.0 if offers_of(i)[strict] else _SOFT_MISS[strict]
            elif strict:
                offers = offers_of(i)
                offered = offers[strict]
                if shifted:  # "how long after that?": "a month after it was hung"
                    offered = offered | offers["shift"]
                elif strict == "date":  # "what time (of year)?": a month, a season, an
                    # hour, and no year; "when?" one of them too, if less than a date
                    times = offers["time"]
                    if timely or (times and not offered):
                        partial *= 1.0 if timely else _TIME_ONLY
                        offered = times
                if draft and offered:  # "which port?" asks; "the quay" names
                    offered = offered - self._named_by(offered, unasked)
                partial *= _type_fit(offered, weights)
                if strict == "name" and doc.coins:
                    partial += _COINS  # "what was the alliance called?": the fact naming it
            elif amount:
                gives = offers_of(i)
                partial *= _type_fit(gives["number"] | gives["money"], weights)
            if defined and defined <= self._defines_of(i):
                partial += _DEFINES
            if phrase and draft and phrase in self._said_of(i):
                partial += _SAYS  # "first used" of "the barrier was first used in 1982"
            if which and draft and not which.isdisjoint(self._instances_of(i)):
                partial += names_one  # "which bacterium ...?": "bacteria such as Nitrobacter"
            if strict == "material" and not self._made_of(i).isdisjoint(weights):
                partial += _COUNTS_THEM  # "what are the gates made of?": "wooden gates"
            if counted and (not people or not people.isdisjoint(held_weights)):
                # "how many locks?": "a flight of six locks", not "22 metres" (of whom
                # the line asks, if it names someone)
                counts = self._counted_of(i)
                if counted in counts:
                    partial += _COUNTS_THEM
                elif counts:
                    partial *= _COUNTS_OTHER
            if i == first:
                partial += _FIRST_TOLD  # "when did the boycott start?": where it is first told
            if qtype == "reason" and draft and self.reasons.own(doc.fact.id):
                partial += _WHY  # "why ...?": "had to cast it outside because the roof ..."
            elif by_means and draft and offers_of(i)["means"]:
                partial += _HOW  # "how did they win?": "through long winter training"
            if people and draft and people.isdisjoint(held_weights):
                # "how old was Agnes when ...?": a drafted sentence that never names her
                # (though it has a number) is not about her
                partial *= _UNNAMED
            elif someone and draft and not offers_of(i)["person"]:
                partial *= _UNNAMED
            elif meant and draft and tells_another(offers_of(i)["person"], meant):
                partial *= _ANOTHERS  # another's sentence: "Hilda Brannock, working in ..."
            return (partial, coverage, own, i, asked)

        # What each candidate holds of the query, term by term in the query's order; the
        # facts holding one term only are grouped by it.
        have_of: dict[int, list[tuple[str, float, float]]] = {i: [] for i in candidates}
        for t, w in items:
            ids = self.postings.get(t)
            if ids is None:
                continue
            entry = (t, w, idf[t])
            if len(ids) <= len(candidates):
                for i in ids:
                    have = have_of.get(i)
                    if have is not None:
                        have.append(entry)
            else:  # a common term of a big pack: look only at the candidates
                for i in candidates:
                    if t in docs[i].weights:
                        have_of[i].append(entry)
        # "when did the boycott start?": the start of a thing is where the text first
        # tells of it with a date, wherever that is (not a claim's "at first": who allied)
        first = (
            self._first_telling(query, have_of, early, kind_terms)
            if early and strict == "date"
            else None
        )
        front = max(limit, _FUZZY_FRONT)
        best: list[_Rough] = []  # the front runners, a heap with the worst on top
        alone: dict[str, list[int]] = {}
        if len(have_of) <= front:  # every candidate is a front runner: none to bound
            best = [rough(i, have) for i, have in have_of.items()]
            heapq.heapify(best)
        else:
            for i, have in have_of.items():
                if len(have) == 1:
                    alone.setdefault(have[0][0], []).append(i)
                else:  # kept if among the best `front` (`_keep`, without a call)
                    item = rough(i, have)
                    if len(best) < front:
                        push(best, item)
                    elif item > best[0]:
                        swap(best, item)
        # A fact holding one term of the query scores at most what that term alone can
        # give it: all its weight, and a variant made of that term only (a variant's
        # total idf is at least the term's). Below the front runners, it is not scored.
        # With kind terms the asked weight varies by fact: no bound then.
        names = (_COINS if strict == "name" else 0.0) + (_DEFINES if defined else 0.0)
        names += (names_one if which else 0.0) + (_SAYS if phrase else 0.0)
        names += _COUNTS_THEM if counted else 0.0
        names += _WHY if qtype == "reason" else 0.0
        names += _HOW if by_means else 0.0
        names += _FIRST_TOLD if first is not None else 0.0
        bounds: list[tuple[float, str, list[int]]] = []
        for t, group in alone.items():
            w, rarity = weights[t], idf[t]
            held = w * soft.get(t, 1.0) + (weights[early] * _EARLY_CREDIT if early else 0.0)
            share, fit = held / total, rarity / (rarity + (total - w))
            bound = 0.6 * share + 0.25 * fit
            if long_line:
                bound = max(bound, _LONG_WEIGHTS[0] * share + _LONG_WEIGHTS[1] * fit)
            bounds.append((bound * _ROUNDING + names, t, group))
        bounds.sort(key=_FIRST, reverse=True)
        lead = weights[early] * _EARLY_CREDIT if early else 0.0
        variants = self._variants

        def ceiling(i: int, t: str, w: float, rarity: float) -> float:
            """The most fact `i`, holding the line's term `t` alone, can score (`rough`):
            its own weight for the term, the fit of its least variant holding it, what it
            offers of the kind asked, and only what it may add. Each figure is no smaller
            than rough's and goes through the same steps (rounding keeps the order), so a
            fact below the front runners by it could not have joined them."""
            doc = docs[i]
            held = w * doc.weights[t] * soft.get(t, 1.0) if soft else w * doc.weights[t]
            share = (held + lead) / total
            table = variants.get(i)
            if table is None:
                table = self._variants_of(i)
            holding = table.masks.get(t, 0)  # the least variant holding it
            least = table.held[(holding & -holding).bit_length() - 1] if holding else 0.0
            fit = rarity / (least + (total - w)) if holding else 0.0
            draft = doc.fact.draft
            if long_line and draft:
                top = _LONG_WEIGHTS[0] * share + _LONG_WEIGHTS[1] * fit
            else:
                top = 0.6 * share + 0.25 * fit
            if strict in _SOFT_KINDS:
                top *= 1.0 if offers_of(i)[strict] else _SOFT_MISS[strict]
            elif strict:
                offers = offers_of(i)
                offered = offers[strict]
                if shifted:
                    offered = offered | offers["shift"]
                elif strict == "date":
                    times = offers["time"]
                    if timely or (times and not offered):
                        top *= 1.0 if timely else _TIME_ONLY
                        offered = times
                top *= _type_fit(offered, weights)  # the names a line asks of left in
            top *= _ROUNDING
            if strict == "name" and doc.coins:
                top += _COINS
            if defined and defined <= self._defines_of(i):
                top += _DEFINES
            if draft:
                top += (_SAYS if phrase else 0.0) + (names_one if which else 0.0)
            if strict == "material" or counted:
                top += _COUNTS_THEM
            if i == first:
                top += _FIRST_TOLD
            if draft and (qtype == "reason" or by_means):
                top += _WHY if qtype == "reason" else _HOW
            return top

        for bound, t, group in bounds:
            if not kind_terms and len(best) >= front and bound < best[0][0]:
                break
            w, rarity = weights[t], idf[t]
            for i in group:
                if not kind_terms and len(best) >= front and ceiling(i, t, w, rarity) < best[0][0]:
                    continue  # it could not join the front runners
                item = rough(i, have_of[i])
                if len(best) < front:
                    push(best, item)
                elif item > best[0]:
                    swap(best, item)
        # Fuzzy similarity only breaks ties among the front runners: it is the costly part,
        # so it is left out for those that could not reach the best `limit` with it.
        said_of = self.roles.said_of(query)
        named = set(query.entities)
        runners = []
        for partial, coverage, own, i, asked in best:
            doc = docs[i]
            if said_of:  # "when did Stalin die?" is not answered by Trotsky's death
                others = self.roles.of_others(i, said_of, named)
                lost = sum(weights[t] * doc.weights[t] for t in others)
                coverage -= lost / asked
                partial -= 0.6 * lost / asked
            lift = boost.get(doc.fact.id, 0.0) if boost else 0.0
            most = partial + 0.15 + lift  # a similarity of 1 at most: a true bound
            runners.append((most, partial, lift, coverage, own, i, asked))
        runners.sort(key=_FIRST, reverse=True)
        query_string = " ".join(sorted(query.terms))
        # token_sort_ratio sorts each string's words before comparing them: with strings
        # already sorted (plain terms: byte order is code point order) plain ratio gives
        # the same figure, in a third of the time
        plain = self._plain and all(_is_plain(t) for t in query.terms)
        scorer = fuzz.ratio if plain else fuzz.token_sort_ratio
        scored = []
        lowest: list[float] = []  # the best `limit` scores so far, a heap: the worst on top
        for most, partial, lift, coverage, own, i, asked in runners:
            if len(lowest) >= limit and lowest[0] > most:
                break  # this and every one after it rank below the best `limit`
            doc = docs[i]
            similarity = process.extractOne(query_string, self._strings_of(i), scorer=scorer)
            score = partial + 0.15 * (similarity[1] / 100.0 if similarity else 0.0)
            if boost:
                score += lift
            scored.append((-score, doc.fact.id, doc.fact, coverage, own, asked))
            _keep(lowest, score, limit)
        scored.sort(key=_first_two)
        return [
            Hit(fact, min(-score, 1.0), coverage, own, coverage * asked)
            for score, _, fact, coverage, own, asked in scored[:limit]
        ]

    def _fit(
        self, i: int, have: list[tuple[str, float, float]], total: float, qtype: str | None
    ) -> float:
        """How well fact `i`'s best question variant fits the query: Jaccard-like, a
        variant that says exactly what was asked, no more, no less (`total - said`: the
        asked weight the variant lacks); asked the same way ("why" for "why") counts more.

        `have` is (term, weight, idf) for each query term the fact holds. The variants
        are parted by which of those terms they hold, each part's sums taken in `have`'s
        order; of a part, only the variant holding least rarity can fit best, of those
        asked the same way and of the others (see `_Variants`)."""
        table = self._variants.get(i)
        if table is None:
            table = self._variants_of(i)
        masks, held = table.masks, table.held
        same = table.every if qtype is None else table.untyped | table.typed.get(qtype, 0)
        if len(have) == 1:  # three in four facts scored: one part
            t, w, rarity = have[0]
            holding = masks.get(t, 0)
            best = 0.0
            asked_way = holding & same
            if asked_way:
                best = rarity / (held[(asked_way & -asked_way).bit_length() - 1] + (total - w))
            other_way = holding ^ asked_way
            if other_way:
                j = (other_way & -other_way).bit_length() - 1
                fit = rarity / (held[j] + (total - w)) * 0.8
                if fit > best:
                    best = fit
            return best
        parts = [(0.0, 0.0, table.every)]  # (rarity held, weight held, the variants)
        for t, w, rarity in have:
            holding = masks.get(t, 0)
            if not holding:
                continue
            split = []
            for got, said, part in parts:
                inside = part & holding
                if inside:
                    split.append((got + rarity, said + w, inside))
                    part ^= inside
                if part:
                    split.append((got, said, part))
            parts = split
        best = 0.0
        for got, said, part in parts:
            if not got:
                continue
            asked_way = part & same
            if asked_way:  # the least variant of the part asked the same way
                fit = got / (held[(asked_way & -asked_way).bit_length() - 1] + (total - said))
                if fit > best:
                    best = fit
            other_way = part ^ asked_way
            if other_way:
                j = (other_way & -other_way).bit_length() - 1
                fit = got / (held[j] + (total - said)) * 0.8
                if fit > best:
                    best = fit
        return best

    def _variants_of(self, i: int) -> _Variants:
        """Fact `i`'s question variants as bit masks (see `_Variants`). Made on first
        need and kept; a lost race between threads makes the same table twice."""
        found = self._variants.get(i)
        if found is None:
            doc = self.docs[i]
            held = doc.held
            ranks = sorted(range(len(held)), key=lambda j: (held[j], j))
            masks: dict[str, int] = {}
            typed: dict[str, int] = {}
            untyped = 0
            for rank, j in enumerate(ranks):
                bit = 1 << rank
                for t in doc.variants[j]:
                    masks[t] = masks.get(t, 0) | bit
                vtype = doc.variant_types[j]
                if vtype is None:
                    untyped |= bit
                else:
                    typed[vtype] = typed.get(vtype, 0) | bit
            made = _Variants(
                tuple(held[j] for j in ranks), masks, untyped, typed, (1 << len(ranks)) - 1
            )
            found = self._variants.setdefault(i, made)
        return found

    def _defines_of(self, i: int) -> frozenset[str]:
        """The terms drafted fact `i` says what they are (see `_defines`; none for a
        reviewed fact). Made on first need, for a term asked alone, and kept."""
        found = self._defines.get(i)
        if found is None:
            fact = self.docs[i].fact
            spans = defined_spans(fact.answer) if fact.draft else []
            found = frozenset(t for span in spans for t in self.analyzer.content_terms(span)[0])
            found |= self.analyzer.says_what(fact.id)  # "its lawyer, Simon Tarrant"
            found = self._defines.setdefault(i, found or _NONE)
        return found

    def says_what(self, fact_id: str, query: Query) -> bool:
        """Whether a drafted fact says what a line asking "what is X?" or "who was X?"
        asks of ("its lawyer, Simon Tarrant"): of two facts naming X, the one that
        answers, however close their scores."""
        if not _asks_what(query):
            return False
        defined = set(query.terms) - query.kind_terms
        return bool(defined) and defined <= self._defines_of(self._by_id[fact_id])

    def says(self, fact_id: str, query: Query) -> bool:
        """Whether a drafted fact says a few words of a line with no question word as
        they stand ("first used" of "the barrier was first used in 1982")."""
        phrase = _phrase(query)
        i = self._by_id[fact_id]
        return bool(phrase) and self.docs[i].fact.draft and phrase in self._said_of(i)

    def _said_of(self, i: int) -> str:
        """Fact `i`'s answer as its words, spaced, for finding a phrase in it; kept."""
        found = self._said.get(i)
        if found is None:
            made = (
                " "
                + " ".join(self.analyzer.plain_words(split_words(self.docs[i].fact.answer)))
                + " "
            )
            found = self._said.setdefault(i, made)
        return found

    def _made_of(self, i: int) -> frozenset[str]:
        """The terms fact `i` puts a material before ("wooden gates", "brick walls"):
        what it says they are made of. Made on first need, and kept."""
        found = self._made.get(i)
        if found is None:
            words = split_words(self.docs[i].fact.answer.lower())
            materials = self.analyzer.material_words
            said = " ".join(b for a, b in itertools.pairwise(words) if a in materials)
            found = frozenset(self.analyzer.content_terms(said)[0]) if said else _NONE
            found = self._made.setdefault(i, found or _NONE)
        return found

    def _first_telling(
        self,
        query: Query,
        have_of: Mapping[int, list[tuple[str, float, float]]],
        start: str,
        kind_terms: frozenset[str],
    ) -> int | None:
        """The first fact in the text's order that holds every term of a question asking
        when something started but the word "start" (and the kind asked), and offers a
        date; None if the line has no such term or no fact holds them."""
        others = {t for t in query.terms if t != start and t not in kind_terms}
        if not others:
            return None
        strict = query.qtype
        holders = (
            i
            for i, have in have_of.items()
            if others <= {t for t, _, _ in have} and (strict is None or self._offers_of(i)[strict])
        )
        return min(holders, default=None)

    def _counted_of(self, i: int) -> frozenset[str]:
        """The terms fact `i` puts a number before ("six locks", "about 240 members"):
        what it counts. Made on first need, for a "how many" question, and kept."""
        found = self._counted.get(i)
        if found is None:
            answer = self.docs[i].fact.answer
            said = [m.group(1) for m in _COUNTED.finditer(answer) if not _names_number(answer, m)]
            found = frozenset(t for words in said for t in self.analyzer.content_terms(words)[0])
            found = self._counted.setdefault(i, found or _NONE)
        return found

    def _instances_of(self, i: int) -> frozenset[str]:
        """The kinds of thing drafted fact `i` names one of ("bacteria such as
        Pseudomonas", "a ship called the Fram"; none for a reviewed fact). Made on first
        need, for a line asking which one, and kept."""
        found = self._instances.get(i)
        if found is None:
            fact = self.docs[i].fact
            kinds = _INSTANCE.findall(fact.answer) if fact.draft else []
            found = frozenset(t for kind in kinds for t in self.analyzer.content_terms(kind)[0])
            found = self._instances.setdefault(i, found or _NONE)
        return found

    def _candidates(self, terms: tuple[str, ...]) -> set[int]:
        """The facts worth scoring: all that hold a rare term, the best of common ones."""
        postings = self.postings
        known = sorted((t for t in terms if t in postings), key=lambda t: len(postings[t]))
        candidates: set[int] = set()
        common: list[str] = []
        for term in known:
            if len(candidates) + len(postings[term]) <= _BUDGET:
                candidates.update(postings[term])
            else:
                common.append(term)
        for term in common:
            candidates.update(self._champions_of(term))
        if len(common) >= 2:  # facts that hold several common terms together
            shared = set(postings[common[0]])
            for term in common[1:]:
                shared.intersection_update(postings[term])
                if len(shared) <= _BUDGET:
                    candidates.update(shared)
                    break
        return candidates

    def _champions_of(self, term: str) -> tuple[int, ...]:
        """The facts a query of this term alone would rank first (its best few)."""
        found = self._champions.get(term)
        if found is None:
            idf = self.idf[term]

            def solo(i: int) -> tuple[float, int]:
                doc = self.docs[i]
                best = max(
                    (
                        idf / held
                        for v, held in zip(doc.variants, doc.held, strict=True)
                        if term in v and held
                    ),
                    default=0.0,
                )
                return (-(0.6 * doc.weights[term] + 0.25 * best), i)

            found = tuple(sorted(self.postings[term], key=solo)[:_CHAMPIONS])
            # setdefault is one atomic step: threads racing here all keep the first value
            found = self._champions.setdefault(term, found)
        return found


def _is_plain(term: str) -> bool:
    """Whether a term is one printable ASCII word with no space (as the analyzer makes them;
    a term from an edited saved state may be anything)."""
    return bool(term) and term.isascii() and term.isprintable() and " " not in term


def _keep(best: list[Any], item: Any, size: int) -> None:
    """Keep `item` if it is among the best `size` seen (a heap, the worst on top)."""
    if len(best) < size:
        heapq.heappush(best, item)
    elif item > best[0]:
        heapq.heapreplace(best, item)


def _first_two(item: tuple[float, str, Fact, float, float, float]) -> tuple[float, str]:
    return item[0], item[1]


def _own_answer(fact: Fact, after: Fact | None) -> str:
    """What a fact's answer says of its own: a drafted sentence that only leads in to the
    next one ("Then came the first great setback.") answers with that one after it, which
    is the next fact's answer and its evidence (tutor/_draft_lead_in.py). Read once, the
    next fact's words stay as rare as the text makes them, and a line asking what that
    sentence tells reaches it, not the lead-in shown with it. Not a sentence announcing an
    event by its rank, whose time or place is the event's too ("The most famous night
    came on 3 November 1887. The schooner ... struck the reef")."""
    if after is None or not fact.draft or fact.answer == fact.source:
        return fact.answer
    own = fact.answer.removesuffix(after.answer)
    if own == fact.answer or not own.endswith(" ") or not leads_in(own):
        return fact.answer  # "The worst year came in 1974. ...": its year is the event's
    return own.rstrip()


def _heads(analyzer: Analyzer) -> dict[str, str]:
    """The last word of each name of two words or more that is no person's ("barrier" of
    "Thames Barrier"), when one name alone ends so: the entity "the barrier" stands for."""
    found: dict[str, set[str]] = defaultdict(set)
    for key, name in analyzer.entity_names.items():
        words = name.split()
        if len(words) >= 2 and words[-1].isalpha() and analyzer.entity_kinds[key] != "person":
            found[words[-1].lower()].add(key)
    return {head: next(iter(keys)) for head, keys in found.items() if len(keys) == 1}


def _counted_term(query: Query) -> str | None:
    """The first term within two words after "how many" or "number of" ("the number of
    farms", "number of shafts"): what the question counts."""
    words = query.words
    at = next((k for k in range(len(words) - 1) if words[k : k + 2] in _COUNT_ASKS), None)
    if at is None:
        return None
    return next((t for t, k in query.spans if at + 2 <= k <= at + 3), None)


def _names_number(text: str, found: re.Match[str]) -> bool:
    """Whether a number found in a text is a word of a name, not a count: capitalised
    after a capitalised word ("the Number Four pit", "Apollo Eleven crew")."""
    start = found.start()
    return text[start].isupper() and bool(_CAPITAL_BEFORE.search(text, 0, start))


def _phrase(query: Query) -> str:
    """A line of two to four words with no question word, no pronoun and a term, spaced
    for finding in a fact's words (see `Index.says`); else empty."""
    if query.qtype is not None or query.leans or query.pronouns or not query.terms:
        return ""
    if not _PHRASE[0] <= len(query.words) <= _PHRASE[1]:
        return ""
    return " " + " ".join(query.words) + " "


def _asks_what(query: Query) -> bool:
    """Whether a line asks what its terms are: a term or two alone ("short week"), or
    "what is X?" / "what does X mean?" / "who was X?"."""
    if query.context or query.leans or not 0 < len(query.terms) <= 2:
        return False
    words = query.words
    if query.qtype is None:
        return not query.pronouns
    if query.qtype == "person":  # "who was Nell Garrow?": what she was
        return words[:1] == ("who",) and bool(_WHAT_IS & set(words[1:2])) and bool(query.entities)
    return query.qtype == "thing" and words[:1] == ("what",) and bool(_WHAT_IS & set(words[1:3]))


def rate_asked(words: Sequence[str]) -> frozenset[str]:
    """The words of a line that ask for a rate, which the answer does not say: "fast" of
    "how fast?", "year" of "flour per year"; none if it asks for no rate."""
    asked = {b for a, b in itertools.pairwise(words) if a == "how" and b in _FAST}
    asked |= {
        b for a, b in itertools.pairwise(words) if a == "per" and b.removesuffix("s") in _SPANS
    }
    return frozenset(asked)


def _type_fit(offered: frozenset[str], asked: Mapping[str, float]) -> float:
    """How well a fact can answer a who/where/when/how-many question.

    The answer must be something the question does not already name: "Who attacked
    Trotsky?" is not answered by a fact whose only person is Trotsky.
    """
    if offered - asked.keys():
        return 1.0
    return 0.85 if offered else 0.6
