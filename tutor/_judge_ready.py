"""A Socratic question prepared for judging: what each of its expectations and wrong
ideas says, as terms and as frames (who does what, and whom its "he" stands for).

A question is read once, the first time a learner answers it, and the reading is shared
by every later turn of every session; the judging itself (`_judge`) only compares a
line with it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ._analyze import Analyzer
from ._content import Pack
from ._dialogs import Expectation, Misconception, Question
from ._frames import Frame, Framer
from ._once import Once
from ._phrases import Cues
from ._text import split_words
from ._utterance import Utterance

__all__ = ["NOT", "Expected", "Preparation", "Prepared", "Ready"]

NOT = frozenset(["~not"])  # stands for a negation in a phrase and in what the learner says


@dataclass(frozen=True, slots=True)
class Expected:
    """An expectation's frames: who does what in it, and whom its "he" stands for."""

    he: str | None
    frames: tuple[Frame, ...]
    he_does: bool  # whether "he" does its event (its texts' doer), not whom it is done to
    negated: bool  # some phrase of it is itself a denial ("it was not inevitable")
    people: frozenset[str]  # everyone its texts name (and whom its "he" stands for)
    denies: tuple[bool, ...]  # per phrase (as prepared): whether it denies what it tells
    assertion_clauses: tuple[tuple[frozenset[str], bool], ...]  # terms, denies?
    words: tuple[frozenset[str], ...]  # per phrase (as prepared): its words


@dataclass(frozen=True, slots=True)
class Prepared:
    """An expectation prepared: its phrases, keywords, assertion and prompt answers as
    terms, and its frames."""

    exp: Expectation
    expected: Expected
    phrases: tuple[frozenset[str], ...]
    keywords: frozenset[str]
    assertion: frozenset[str]
    answers: tuple[frozenset[str], ...]
    all_terms: frozenset[str] = frozenset()  # every term it says, in any of its texts
    written: frozenset[str] = frozenset()  # its phrases' terms as written ("refus" kept)


@dataclass(frozen=True, slots=True)
class Ready:
    """A question prepared for judging: what each expectation and misconception says."""

    prepared: tuple[Prepared, ...]
    misconceptions: tuple[tuple[Misconception, frozenset[str], bool], ...]  # terms, negated?
    facts: tuple[frozenset[str], ...]  # the terms of each of its facts
    words: tuple[str, ...]  # its longer words, for near-miss spellings
    people: frozenset[str] = frozenset()  # everyone its points and facts name


class Preparation:
    """Prepares a pack's questions for judging, each on first need. Immutable but for
    what it has read; shared by all sessions."""

    def __init__(self, pack: Pack, analyzer: Analyzer, cues: Cues, framer: Framer) -> None:
        self.pack = pack
        self.analyzer = analyzer
        self.cues = cues
        self.framer = framer
        self.dialogs = pack.dialogs
        # Each question is prepared the first time it is judged: a lesson asks a few of a
        # drafted pack's hundred, and a big pack loads faster.
        self.questions: Mapping[str, Ready] = Once(self._ready, self.dialogs.questions)

    def _ready(self, qid: str) -> Ready:
        """A question's expectations, misconceptions, facts and words, prepared."""
        q = self.dialogs.questions[qid]
        prepared = [self._prepare(e, q) for e in q.expectations]
        words: set[str] = set()
        for e in q.expectations:
            for text in (*e.phrases, *e.keywords, *e.prompt.answers, e.assertion):
                words.update(w for w in split_words(text) if w.isalpha() and len(w) >= 4)
        # A wrong idea voiced about a topic is that idea whichever of the topic's questions
        # is asked: "Stalin was the most famous Bolshevik" gets corrected, never encouraged
        # because it shares words with the question in hand. Its own come first.
        others = tuple(
            m
            for o in self.dialogs.for_topic(q.topic)
            if o.id != q.id
            for m in self._own_misconceptions(o)
        )
        return Ready(
            prepared=tuple(self._distinct(p, prepared) for p in prepared),
            misconceptions=self._own_misconceptions(q) + others,
            facts=(facts := tuple(self.fact_terms(fid) for fid in q.facts)),
            words=tuple(sorted(words)),
            people=frozenset(
                {t for f in facts for t in f if self.analyzer.entity_kinds.get(t) == "person"}
            ).union(*(p.expected.people for p in prepared)),
        )

    def _own_misconceptions(
        self, q: Question
    ) -> tuple[tuple[Misconception, frozenset[str], bool], ...]:
        """Its wrong ideas' phrases, each read as a learner's line is ("they admired
        Stalin" tells a feeling towards him there, as the learner who says it means)."""
        said = self.analyzer.analyze_words
        return tuple(
            (m, frozenset(said(split_words(p)).terms), self.negated(p))
            for m in q.misconceptions
            for p in m.phrases
        )

    def _frames_of(self, e: Expectation, q: Question) -> Expected:
        """The frames of an expectation's phrases, prompt (filled in) and assertion.

        Its phrases say "he": the person its own prompt, assertion and hints name most,
        else the person its question names.
        """
        kinds = self.analyzer.entity_kinds
        filled = e.prompt.text.replace("____", e.prompt.answers[0] if e.prompt.answers else "")
        own = (filled, e.assertion, *e.hints)
        # whom it is about: who does things in its own texts, else whom they name most
        doers: Counter[str] = Counter()
        named: Counter[str] = Counter()
        for text in own:
            for f in self.framer.read(text):
                doers.update(a for a in f.role("agent") if kinds.get(a) == "person")
            named.update(self.analyzer.analyze(text, correct=False).entities)
        named.update(self.analyzer.analyze(q.ask, correct=False).entities)
        ranked = [p for p, _ in (*doers.most_common(), *named.most_common())]
        he = next((p for p in ranked if kinds.get(p) == "person"), None)
        frames: list[Frame] = []
        for text in (*e.phrases, filled, e.assertion):
            frames.extend(self.framer.read(text, he=he))
        people = {
            t
            for text in (*e.phrases, *own)
            for t in self.analyzer.analyze(text, correct=False).entities
            if kinds.get(t) == "person"
        }
        return Expected(
            assertion_clauses=tuple(
                (self.terms(c), self.framer.denies(c)) for c in self.framer.clauses(e.assertion)
            ),
            words=tuple(frozenset(split_words(t)) for t in e.phrases if self.terms(t)),
            # as a learner's clause is weighed against it: denials that reach its terms
            # ("he waited and did nothing" denies nothing it tells)
            denies=tuple(
                self.framer.denies(text, self.terms(text)) for text in e.phrases if self.terms(text)
            ),
            people=frozenset(people | ({he} if he else set())),
            he=he,
            he_does=he is not None and he in doers,
            frames=tuple(f for f in frames if f.predicate),
            negated=any(self.negated(text) for text in e.phrases),
        )

    def fact_terms(self, fid: str) -> frozenset[str]:
        """The terms of a fact's answer and source (as `Ready.facts` holds them)."""
        fact = self.pack.fact(fid)
        return self.terms(f"{fact.answer} {fact.source}")

    def terms(self, text: str, correct: bool = False) -> frozenset[str]:
        return frozenset(self.analyzer.analyze(text, correct=correct).terms)

    def negated(self, text: str) -> bool:
        return any(w in self.cues.negations for w in split_words(text))

    def denied(self, said: Utterance) -> bool:
        """Whether a learner's line says a negation (as `_negated` of its words as split)."""
        return any(w in self.cues.negations for w in said.tokens)

    def _prepare(self, e: Expectation, q: Question) -> Prepared:
        return Prepared(
            exp=e,
            expected=self._frames_of(e, q),
            # "it was not inevitable" is not said by "it was always going to happen"
            phrases=tuple(
                t
                for t in (
                    self.denial_read(self.terms(text), split_words(text), self.negated(text))
                    for text in e.phrases
                )
                if t - NOT
            ),
            keywords=frozenset(t for k in e.keywords for t in self.terms(k)),
            assertion=self.terms(e.assertion),
            answers=tuple(t for t in (self.terms(a) for a in e.prompt.answers) if t),
            all_terms=self.terms(" ".join((*e.phrases, *e.keywords, e.assertion, e.prompt.text))),
            written=frozenset(t for text in e.phrases for t in self.terms(text)),
        )

    def _distinct(self, p: Prepared, all_: list[Prepared]) -> Prepared:
        """The assertion's terms without those naming the question's other expectations.

        An assertion restates context ("the pamphlets painted him greedy"); saying one
        expectation must not count as saying its neighbour.
        """
        others: set[str] = set()
        for o in all_:
            if o is not p:
                others |= o.keywords | o.written
        return replace(p, assertion=p.assertion - others)

    def denial_read(
        self, terms: frozenset[str], words: Sequence[str], negated: bool
    ) -> frozenset[str]:
        """A text's terms, with `NOT` when it denies (`negated`: it says "not", "never"
        ...). A verb that denies the verb after it ("refused to build", "declined to
        mobilize", "failed to act") is read as a plain negation: said that way or with
        "not", the point is the same, and a learner seldom picks the text's own verb;
        "never refused to" denies nothing."""
        denials = self.cues.negative_verbs
        verbs = [w for w, after in itertools.pairwise(words) if after == "to" and w in denials]
        dropped = {t for w in verbs for t in self.analyzer.terms_as_written(w)}
        if (len(verbs) + negated) % 2:
            return terms - dropped | NOT
        return terms - dropped - NOT
