"""Judging a learner's answer to a Socratic question against its expectations.

An answer is scored against every expectation and misconception of the question, using
all that the learner has said on it: phrases and the assertion are compared as sets of
canonical terms (stems and synonyms, so wording may vary) weighted by how rare each term
is in the pack, and keywords add evidence. Words one or two letters away from a word the
question expects count, and are reported so the tutor can say "check your spelling".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ._analyze import Analyzer
from ._content import Pack
from ._dialogs import Expectation, Misconception, Question
from ._index import Index
from ._phrases import Cues
from ._text import split_words

__all__ = ["COVERED", "PARTIAL", "Judge", "Judgement"]

COVERED = 0.6  # an expectation scored this high counts as said
PARTIAL = 0.3  # evidence this strong shows the learner is on the way to it
_NOT = frozenset(["~not"])  # stands for a negation in a phrase and in what the learner says
_MISCONCEPTION = 0.75  # share of a misconception phrase a line must hold to voice it
_ASSERTION_GAIN = 1.3  # an assertion is long; holding most of it is as good as a phrase
_KEYWORD_GAIN = 0.5  # evidence one rare keyword gives (two make an expectation said)


@dataclass(frozen=True, slots=True)
class Judgement:
    """How an answer stands against a question.

    Attributes:
        scores: expectation id -> evidence from 0 to 1, over everything said so far.
        covered: ids of expectations the learner has said (score >= COVERED).
        misconception: a wrong idea voiced in the latest line, if any.
        spelling: (learner's word, the word it stands for) for near-miss spellings.
        relevance: how much the latest line is about this question at all (0-1).
        echo: the learner's own words worth quoting back, if short.
    """

    scores: dict[str, float]
    covered: tuple[str, ...]
    misconception: Misconception | None
    spelling: tuple[tuple[str, str], ...]
    relevance: float
    echo: str | None


@dataclass(frozen=True, slots=True)
class _Prepared:
    exp: Expectation
    phrases: tuple[frozenset[str], ...]
    keywords: frozenset[str]
    assertion: frozenset[str]
    answers: tuple[frozenset[str], ...]


class Judge:
    """Scores answers for one pack. Immutable; shared by all sessions."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index, cues: Cues) -> None:
        dialogs = pack.dialogs
        self.analyzer = analyzer
        self.index = index
        self.cues = cues
        self._cap = index.max_idf * 0.8
        self._prepared: dict[str, tuple[_Prepared, ...]] = {}
        self._misconceptions: dict[str, tuple[tuple[Misconception, frozenset[str], bool], ...]] = {}
        self._facts: dict[str, tuple[frozenset[str], ...]] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        self._word_of: dict[str, str] = {}  # term -> a word it comes from, to weigh unknown terms
        for q in dialogs.questions.values():
            for e in q.expectations:
                for text in (*e.phrases, *e.keywords, e.assertion):
                    for word in split_words(text):
                        for term in analyzer.analyze(word, correct=False).terms:
                            self._word_of.setdefault(term, word)
            prepared = [self._prepare(e) for e in q.expectations]
            self._prepared[q.id] = tuple(self._distinct(p, prepared) for p in prepared)
            self._misconceptions[q.id] = tuple(
                (m, self._terms(p), self._negated(p)) for m in q.misconceptions for p in m.phrases
            )
            self._facts[q.id] = tuple(
                self._terms(f"{pack.fact(fid).answer} {pack.fact(fid).source}") for fid in q.facts
            )
            words: set[str] = set()
            for e in q.expectations:
                for text in (*e.phrases, *e.keywords, *e.prompt.answers, e.assertion):
                    words.update(w for w in split_words(text) if w.isalpha() and len(w) >= 4)
            self._words[q.id] = tuple(sorted(words))

    # --- preparation -----------------------------------------------------------------------

    def _terms(self, text: str, correct: bool = False) -> frozenset[str]:
        return frozenset(self.analyzer.analyze(text, correct=correct).terms)

    def _negated(self, text: str) -> bool:
        return any(w in self.cues.negations for w in split_words(text))

    def _prepare(self, e: Expectation) -> _Prepared:
        return _Prepared(
            exp=e,
            # "it was not inevitable" is not said by "it was always going to happen"
            phrases=tuple(
                t | _NOT if self._negated(text) else t
                for text, t in ((text, self._terms(text)) for text in e.phrases)
                if t
            ),
            keywords=frozenset(t for k in e.keywords for t in self._terms(k)),
            assertion=self._terms(e.assertion),
            answers=tuple(t for t in (self._terms(a) for a in e.prompt.answers) if t),
        )

    def _distinct(self, p: _Prepared, all_: list[_Prepared]) -> _Prepared:
        """The assertion's terms without those naming the question's other expectations.

        An assertion restates context ("the pamphlets painted him greedy"); saying one
        expectation must not count as saying its neighbour.
        """
        others: set[str] = set()
        for o in all_:
            if o is not p:
                others |= o.keywords.union(*o.phrases)
        return replace(p, assertion=p.assertion - others)

    def weight(self, term: str) -> float:
        """How much a term tells: rare terms in the pack more than common ones."""
        return min(self.index.term_weight(term, self._word_of.get(term)), self._cap)

    def _cover(
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

    # --- hearing the learner ---------------------------------------------------------------

    def hear(self, question: Question, text: str) -> tuple[frozenset[str], list[tuple[str, str]]]:
        """The terms of one line, with near-miss spellings of the question's words fixed."""
        fixes: list[tuple[str, str]] = []
        expected = self._words.get(question.id, ())
        words: list[str] = []
        for word in split_words(text):
            words.extend(self.analyzer.respellings.get(word, (word,)))
        out: list[str] = []
        for word in words:
            fixed = self._near(word, expected)
            if fixed is None:
                corrected = self.analyzer.correct(word)
                if corrected != word and corrected in expected:
                    fixed = corrected
            if fixed is not None and fixed != word:
                fixes.append((word, fixed))
                out.append(fixed)
            else:
                out.append(word)
        terms = self._terms(" ".join(out), correct=True)
        return (terms | _NOT if self._negated(text) else terms), fixes

    def _near(self, word: str, expected: Sequence[str]) -> str | None:
        if len(word) < 4 or not word.isalpha() or word in expected:
            return None
        if word in self.analyzer.vocabulary or word in self.analyzer.stopwords:
            return None
        rank = self.analyzer.ranks.get(word)
        if rank is not None and rank <= 20000:
            return None  # a real everyday word, not a slip of the keyboard
        limit = 1 if len(word) <= 6 else 2
        found = process.extract(word, expected, scorer=OSA.distance, score_cutoff=limit, limit=3)
        if not found:
            return None
        best = min(found, key=lambda c: (c[1], c[0][0] != word[0], c[0]))
        return str(best[0])

    # --- judging -------------------------------------------------------------------------------

    def judge(self, question: Question, lines: Sequence[str]) -> Judgement:
        """Score everything the learner has said on a question (latest line last)."""
        heard = [self.hear(question, line) for line in lines]
        have: set[str] = set()
        for terms, _ in heard:
            have |= terms
        last_terms = heard[-1][0] if heard else frozenset()
        scores = {p.exp.id: self._score(p, have) for p in self._prepared[question.id]}
        last_scores = {p.exp.id: self._score(p, last_terms) for p in self._prepared[question.id]}
        facts = max((self._cover(f, last_terms) for f in self._facts[question.id]), default=0.0)
        relevance = max([*last_scores.values(), facts * 0.8])
        misconception = self._misconception(question, lines[-1] if lines else "", last_terms)
        if misconception is not None and max(last_scores.values()) >= COVERED:
            misconception = None  # the line also says right things: it is not that idea
        spelling = tuple(dict.fromkeys(fix for _, fixes in heard[-1:] for fix in fixes))
        covered = tuple(k for k, v in scores.items() if v >= COVERED)
        last = " ".join(_trim(lines[-1].split())).rstrip(".!?,;") if lines else ""
        echo = last if 0 < len(last.split()) <= 8 and max(last_scores.values()) >= PARTIAL else None
        return Judgement(
            scores=scores,
            covered=covered,
            misconception=misconception[0] if misconception else None,
            spelling=spelling,
            relevance=round(relevance, 3),
            echo=echo,
        )

    def _score(self, p: _Prepared, have: frozenset[str] | set[str]) -> float:
        phrase = max((self._cover(t, have) for t in p.phrases), default=0.0)
        keywords = _KEYWORD_GAIN * sum(
            min(1.0, self.weight(t) / (0.5 * self.index.max_idf)) for t in p.keywords if t in have
        )
        assertion = _ASSERTION_GAIN * self._cover(p.assertion, have, names=0.3)
        return round(min(1.0, max(phrase, min(keywords, 0.9), assertion)), 3)

    def _misconception(
        self, question: Question, line: str, terms: frozenset[str]
    ) -> tuple[Misconception, float] | None:
        negated = self._negated(line)
        best: tuple[Misconception, float] | None = None
        kinds = self.analyzer.entity_kinds
        said_people = {t for t in terms if kinds.get(t) == "person"}
        for m, wanted, m_negated in self._misconceptions[question.id]:
            if negated != m_negated or not wanted:
                continue
            people = {t for t in wanted if kinds.get(t) == "person"}
            if people and said_people and not people & said_people:
                continue  # "Trotsky was famous" is not the idea that *Stalin* was popular
            score = self._cover(wanted, terms)
            share = self._cover(terms, wanted)  # and the idea is most of what the line says
            enough = 0.3 if len(wanted) > 1 else 0.7  # one word alone proves little
            if score >= _MISCONCEPTION and share >= enough and (best is None or score > best[1]):
                best = (m, score)
        return best

    def fills(
        self, expectation: Expectation, question: Question, text: str
    ) -> tuple[bool, list[tuple[str, str]]]:
        """Whether a line fills the blank of an expectation's prompt (and spelling fixes)."""
        prepared = next(p for p in self._prepared[question.id] if p.exp.id == expectation.id)
        terms, fixes = self.hear(question, text)
        if any(answer <= terms for answer in prepared.answers):
            return True, fixes
        words = split_words(text)
        for answer in expectation.prompt.answers:
            target = split_words(answer)
            if len(target) == 1 and _close(target[0], words):
                right = target[0]
                wrong = next(w for w in words if _close(right, [w]))
                return True, [(wrong, right)] if wrong != right else []
        return False, fixes


_FILLERS = frozenset(["and", "so", "but", "well", "um", "uh", "ok", "okay", "also", "then", "oh"])


def _trim(said: list[str]) -> list[str]:
    """The learner's words without leading fillers ("and he ..." -> "he ..."), to echo."""
    while said and said[0].lower().strip(",.") in _FILLERS:
        said = said[1:]
    return said


def _close(target: str, words: Sequence[str]) -> bool:
    limit = 0 if len(target) < 4 else 1 if len(target) <= 6 else 2
    return any(OSA.distance(target, w, score_cutoff=limit) <= limit for w in words)
