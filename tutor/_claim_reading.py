"""Reading a text for a claim check: what every check of a claim compares.

A text (a fact's answer or source, or a claim's words) is read into its words, the
names it mentions, the relation words it uses ("sided with" / "feared") and the terms it
asserts or denies (a negation's reach, a negating affix: "disloyal" denies "loyal").
Facts are read the first time a claim concerns them and kept; the verdict the checks
return and the thresholds they share live here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._frames import Frame, Framer
from ._index import Index
from ._once import Once
from ._phrases import Cues
from ._phrases import words as folded_words
from ._text import CLAUSE as _CLAUSE
from ._text import stem

__all__ = [
    "BREAK",
    "CLOSE",
    "DETERMINERS",
    "MIN_COVERAGE",
    "PARTIES",
    "SUPPORT_COVERAGE",
    "ClaimCheck",
    "ClaimReader",
    "Reading",
    "past",
]

MIN_COVERAGE = 0.5  # share of a clause's evidence a fact must hold to be what it is about
SUPPORT_COVERAGE = 0.75  # a claim with no slot to check is confirmed only when this close
CLOSE = 0.85  # facts scoring within this share of the best are all considered
BREAK = ","  # where a claim's line breaks a clause, among its words (`_with_breaks`)
PARTIES = ("person", "group")
DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "some", "one"])
_HYPOTHETICAL = tuple([m, "have"] for m in ("could", "would", "might", "may"))
_SCOPE = 3  # content words a negation reaches
_AFFIXED = 8192  # words whose negating affix is kept (see `ClaimReader._affix_base_of`)
_CLAUSE_WORDS = frozenset([BREAK, "but", "though", "while", "whereas"])  # as `_CLAUSE`


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """The verdict on a claim.

    Attributes:
        right: whether the facts support the claim (False: they contradict it).
        facts: the facts the verdict rests on, the one to state first.
        reason: which test decided ("slot", "relation", "polarity", "time", "script",
            "match"), for tests and debugging.
        correction: the text to say instead of a fact's answer (a dialog script's own).
    """

    right: bool
    facts: tuple[Fact, ...]
    reason: str
    correction: str = ""


@dataclass(frozen=True, slots=True)
class Reading:
    """A text read for comparison: its words, names, classes and what it denies."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    mentions: tuple[tuple[str, int, int], ...]  # (entity, start, end) in words
    positive: frozenset[str]
    negative: frozenset[str]
    classes: frozenset[tuple[int, int]]  # (relation pair index, side 0/1)
    negated: bool  # a negation or a negative verb occurs anywhere
    relation_terms: frozenset[str]  # terms of the relation words ("failed", "sided with")


class ClaimReader:
    """Reads texts and a pack's facts for the claim checks. Immutable; shared by all."""

    def __init__(
        self, pack: Pack, analyzer: Analyzer, index: Index, cues: Cues, framer: Framer
    ) -> None:
        self.pack = pack
        self.analyzer = analyzer
        self.index = index
        self.cues = cues
        self.framer = framer
        self.kinds = analyzer.entity_kinds
        # the most stems a name's phrase starting with each stem has (see `mentions`)
        reach: dict[str, int] = {}
        for phrase, canon in analyzer.phrases.items():
            if phrase and canon in self.kinds:
                reach[phrase[0]] = max(reach.get(phrase[0], 0), len(phrase))
        self._reach = reach
        # a clause's words are asked of one by one, and the same words recur
        self._affix_base = lru_cache(maxsize=_AFFIXED)(self._affix_base_of)
        relations = tuple(
            tuple(tuple(tuple(_stem_or_star(w) for w in p) for p in side) for side in pair)
            for pair in cues.relations
        )
        by_first: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
        wild: list[tuple[int, int, tuple[str, ...]]] = []
        for r, pair in enumerate(relations):
            for side, phrases in enumerate(pair):
                for phrase in phrases:
                    if phrase and phrase[0] != "*":
                        by_first.setdefault(phrase[0], []).append((r, side, phrase))
                    elif phrase:
                        wild.append((r, side, phrase))
        self._by_first = {k: tuple(v) for k, v in by_first.items()}
        self._wild_first = tuple(wild)
        # Facts are read on first use: a claim concerns a few facts, and a big pack loads fast.
        self.facts: Mapping[str, Reading] = Once(
            lambda fid: self.read(pack.fact(fid).answer), pack.by_id
        )
        self.sources: Mapping[str, Reading] = Once(self._read_source, pack.by_id)
        self.frames: Mapping[str, tuple[Frame, ...]] = Once(
            lambda fid: self.framer.of_fact(
                pack.fact(fid).answer, pack.fact(fid).source, pack.fact(fid).frame
            ),
            pack.by_id,
        )
        # the same, a list of names that commas cut read as one party ("Stalin, Zinoviev
        # and Kamenev formed ..."): what a claim's doers are compared with; the talk's
        # context keeps `frames`, whose reading its follow-ups were tuned on
        self.listed: Mapping[str, tuple[Frame, ...]] = Once(
            lambda fid: self.framer.of_fact(
                pack.fact(fid).answer, pack.fact(fid).source, pack.fact(fid).frame, lists=True
            ),
            pack.by_id,
        )

    def _read_source(self, fact_id: str) -> Reading:
        """A fact's source passage; its keywords say what it is about, plainly."""
        fact = self.pack.fact(fact_id)
        said = self.read(fact.source)
        keywords = self.terms(folded_words(" ".join(fact.keywords)))
        extra = frozenset(keywords) - said.negative - self.facts[fact_id].negative
        return replace(said, positive=said.positive | extra)

    def negation_in(self, text: str) -> bool:
        """Whether a text holds a negation or a negative verb."""
        return self.denies(folded_words(text))

    def denies(self, words: Sequence[str]) -> bool:
        """Whether words hold a negation or a negative verb."""
        return any(w in self.cues.negations or w in self.cues.negative_verbs for w in words)

    def read(self, text: str) -> Reading:
        """Words, names, relation classes and asserted/denied terms of a text."""
        return self._reading(folded_words(c) for c in _CLAUSE.split(text))

    def read_words(self, words: Sequence[str]) -> Reading:
        """`read` of a claim's words, split where its line breaks a clause (`_with_breaks`)
        and at "but", "though", "while", "whereas", as `read` splits a text."""
        clauses: list[list[str]] = [[]]
        for word in words:
            if word in _CLAUSE_WORDS:
                clauses.append([])
            else:
                clauses[-1].append(word)
        return self._reading(clauses)

    def _reading(self, clauses: Iterable[Sequence[str]]) -> Reading:
        words: list[str] = []
        positive: set[str] = set()
        negative: set[str] = set()
        negated = False
        for clause in clauses:
            cw = list(clause)
            words.extend(cw)
            pos, neg, was_negated = self._polarity(cw)
            positive |= pos
            negative |= neg
            negated = negated or was_negated
        stems = tuple(stem(w) for w in words)
        spans = self.class_spans(stems)
        at = {i for i, _, _ in spans}
        return Reading(
            words=tuple(words),
            stems=stems,
            mentions=self.mentions(stems),
            positive=frozenset(positive),
            negative=frozenset(negative),
            classes=frozenset((r, side) for _, r, side in spans),
            negated=negated,
            relation_terms=frozenset(self.terms([w for i, w in enumerate(words) if i in at])),
        )

    def terms(self, words: Sequence[str]) -> list[str]:
        """The terms of words as written (no spelling fixed)."""
        return list(self.analyzer.analyze_words(words, correct=False).terms)

    def _polarity(self, words: list[str]) -> tuple[set[str], set[str], bool]:
        """Terms a clause asserts and terms it denies (within a negation's reach)."""
        cues = self.cues
        positive: set[str] = set()
        negative: set[str] = set()
        negated = False
        # "it could have damaged him" says what might have been, neither way
        words = next(
            (words[:k] for k in range(len(words) - 1) if words[k : k + 2] in _HYPOTHETICAL),
            words,
        )
        i = next(
            (k for k, w in enumerate(words) if w in cues.negations or w in cues.negative_verbs),
            None,
        )
        if i is None:
            head, tail = words, []
        else:
            negated = True
            end = next(
                (k for k in range(i + 1, len(words)) if words[k] in cues.scope_breaks),
                len(words),
            )
            head, tail = words[:i] + words[end:], words[i + 1 : end]
        for w in head + tail:
            base = self._affix_base(w)
            if base:
                negative.update(self.terms([base]))
        plain = [w for w in head if not self._affix_base(w)]
        positive.update(self.terms(plain))
        tail_terms = self.terms([w for w in tail if not self._affix_base(w)])
        negative.update(tail_terms[:_SCOPE])
        positive.update(tail_terms[_SCOPE:])
        return positive, negative, negated

    def _affix_base_of(self, word: str) -> str | None:
        """The word a negating affix denies ("disloyal" -> "loyal"), if it is one."""
        known = self.analyzer.vocabulary
        ranks = self.analyzer.ranks
        for prefix in self.cues.negating_prefixes:
            base = word[len(prefix) :]
            if word.startswith(prefix) and len(base) >= 4 and (base in known or base in ranks):
                return base
        for suffix in self.cues.negating_suffixes:
            base = word[: -len(suffix)]
            if word.endswith(suffix) and len(base) >= 4 and (base in known or base in ranks):
                return base
        return None

    def mentions(self, stems: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
        """(entity, start, end) of each name in stems, longest first."""
        out = []
        reach = self._reach
        i = 0
        while i < len(stems):
            # a stem no name's phrase starts with is passed over at once
            for n in range(min(5, reach.get(stems[i], 0), len(stems) - i), 0, -1):
                canon = self.analyzer.phrases.get(stems[i : i + n])
                if canon in self.kinds:
                    out.append((canon, i, i + n))
                    i += n
                    break
            else:
                i += 1
        return tuple(out)

    def class_spans(
        self, stems: Sequence[str], lo: int = 0, hi: int | None = None
    ) -> list[tuple[int, int, int]]:
        """(position, relation pair, side) of each relation word in stems[lo:hi], in order."""
        hi = len(stems) if hi is None else hi
        found: set[tuple[int, int, int]] = set()
        for i in range(lo, hi):
            # only phrases that can start here: those opening with this stem, or with "*"
            for r, side, phrase in (*self._by_first.get(stems[i], ()), *self._wild_first):
                n = len(phrase)
                if i + n <= hi and all(
                    p in ("*", s) for p, s in zip(phrase, stems[i : i + n], strict=True)
                ):
                    found.add((i, r, side))
        return sorted(found)

    def held(self, fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
        """The terms a fact (its answer, source and keywords) asserts, and those it denies."""
        reading, source = self.facts[fact.id], self.sources[fact.id]
        positive = reading.positive | source.positive
        negative = reading.negative | source.negative
        return positive - negative, negative - positive

    def share(self, wanted: frozenset[str], have: frozenset[str]) -> float:
        """The share of `wanted`'s weight (rare terms count more) that `have` holds."""
        total = sum(self.index.term_weight(t) for t in wanted)
        got = sum(self.index.term_weight(t) for t in wanted if t in have)
        return got / total if total else 0.0

    def query(self, words: Sequence[str], names: frozenset[str] = frozenset()) -> Query:
        """A claim's words as a query: spelling fixed but for `names`, light verbs left out."""
        light = self.cues.light_verbs
        fixed = [
            w if w in names else self.analyzer.correct(w)
            for w in words
            if w not in light and w != BREAK
        ]
        return self.analyzer.analyze_words(fixed, correct=False)


def past(word: str) -> bool:
    """Whether a word looks like a past form ("exiled"): a claim's verb."""
    return len(word) > 4 and word.endswith("ed")


def _stem_or_star(word: str) -> str:
    return "*" if word == "*" else stem(word)
