"""Judging a learner's answer to a Socratic question against its expectations.

An answer is scored against every expectation and misconception of the question, using
all that the learner has said on it: phrases and the assertion are compared as sets of
canonical terms (stems and synonyms, so wording may vary) weighted by how rare each term
is in the pack, and keywords add evidence. Words one or two letters away from a word the
question expects count, and are reported so the tutor can say "check your spelling".

Shared words are not enough: each line is also read as frames (who did what, see
`_frames`) and compared with the expectation's own. A line that puts the wrong person in
the event ("Trotsky controlled the appointments"), swaps who did what to whom, or denies
it ("Stalin never controlled appointments") says nothing right about that expectation,
however many words it shares with it: it is a `Conflict`, and the tutor corrects it.
Before that, a line true of another fact of the pack (`_claim_elsewhere`) is neither a
mix-up nor evidence: it is true, but about something else.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ._analyze import Analyzer
from ._claim_elsewhere import Told
from ._content import Pack
from ._dialogs import Expectation, Misconception, Question
from ._frames import Frame, Framer
from ._index import Index
from ._once import Once
from ._phrases import Cues
from ._text import split_words
from ._utterance import HE, Utterance

__all__ = ["COVERED", "PARTIAL", "Conflict", "Judge", "Judgement"]

COVERED = 0.6  # an expectation scored this high counts as said
PARTIAL = 0.3  # evidence this strong shows the learner is on the way to it
_NOT = frozenset(["~not"])  # stands for a negation in a phrase and in what the learner says
_STATEMENT = 3  # words of the shortest line that states something without a doer
_MISCONCEPTION = 0.75  # share of a misconception phrase a line must hold to voice it
_ASSERTION_GAIN = 1.3  # an assertion is long; holding most of it is as good as a phrase
_KEYWORD_GAIN = 0.5  # evidence one rare keyword gives (two make an expectation said)
_NOT_WEIGHT = 0.5  # what a negation weighs in a phrase: it must be there, but says little
_PARTIES = ("person", "group")  # who can do things: what a role conflict is about
_UNTOLD = Told()
ASIDE = "aside"  # a conflict kind: no evidence for the point, but nothing to correct


@dataclass(frozen=True, slots=True)
class Conflict:
    """A line that states an expectation's event wrongly.

    Attributes:
        expectation: the id of the expectation the line gets wrong.
        kind: "role" (someone else did it), "swapped" (who did what to whom turned round),
            "negated" (the line denies what the text says happened), "stranger" (someone
            the point never names did it, where the point names no doer) or "aside"
            (someone it never names is in it, beside whom it is about: no evidence for
            the point, and nothing to correct).
        said: the entities the line puts in the role ("trotsky").
        right: the entities the text puts there ("stalin").
        denied: of a "negated" conflict, whether the line is the denial ("he never
            controlled appointments") rather than the text ("he went to the funeral"
            where the text says he missed it): the correction says which happened.
    """

    expectation: str
    kind: str
    said: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    denied: bool = True


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
        conflict: how the latest line states an expectation wrongly, if it does.
        wrong: every expectation the latest line states wrongly (its conflicts).
        evidence: the latest line's best score on any one expectation (0-1).
        elsewhere: the facts outside the question the latest line states truly: true,
            but no answer to this question (and so neither credited nor corrected).
        aside: the expectations the latest line tells with someone in them they never
            name, beside whom they are about: neither credited nor corrected.
    """

    scores: dict[str, float]
    covered: tuple[str, ...]
    misconception: Misconception | None
    spelling: tuple[tuple[str, str], ...]
    relevance: float
    echo: str | None
    conflict: Conflict | None = None
    evidence: float = 0.0
    wrong: tuple[str, ...] = ()  # ids of the expectations the latest line states wrongly
    elsewhere: tuple[str, ...] = ()
    aside: tuple[str, ...] = ()  # ids it tells with someone they never name (no evidence)


@dataclass(frozen=True, slots=True)
class _Expected:
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
class _Prepared:
    exp: Expectation
    expected: _Expected
    phrases: tuple[frozenset[str], ...]
    keywords: frozenset[str]
    assertion: frozenset[str]
    answers: tuple[frozenset[str], ...]
    all_terms: frozenset[str] = frozenset()  # every term it says, in any of its texts
    written: frozenset[str] = frozenset()  # its phrases' terms as written ("refus" kept)


@dataclass(frozen=True, slots=True)
class _Ready:
    """A question prepared for judging: what each expectation and misconception says."""

    prepared: tuple[_Prepared, ...]
    misconceptions: tuple[tuple[Misconception, frozenset[str], bool], ...]  # terms, negated?
    facts: tuple[frozenset[str], ...]  # the terms of each of its facts
    words: tuple[str, ...]  # its longer words, for near-miss spellings
    people: frozenset[str] = frozenset()  # everyone its points and facts name


class Judge:
    """Scores answers for one pack. Immutable; shared by all sessions."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        cues: Cues,
        framer: Framer,
        told: Callable[[Utterance, Collection[str]], Told] | None = None,
    ) -> None:
        """`told(line, the question's facts)`: what a line states truly (`Elsewhere.told`);
        without it every line is judged by its words and frames alone."""
        dialogs = pack.dialogs
        self._told = told
        self.pack = pack
        self.analyzer = analyzer
        self.index = index
        self.cues = cues
        self.dialogs = dialogs
        self._cap = index.max_idf * 0.8
        self.framer = framer
        # the terms of the verbs that deny the verb after them ("refused to ...")
        self._denial_terms = frozenset(
            t for w in self.cues.negative_verbs for t in analyzer.terms_as_written(w)
        )
        self._word_of: dict[str, str] = {}  # term -> a word it comes from, to weigh unknown terms
        seen: set[str] = set()  # a word read again would set no term anew
        for q in dialogs.questions.values():
            for e in q.expectations:
                for text in (*e.phrases, *e.keywords, e.assertion):
                    for word in split_words(text):
                        if word not in seen:
                            seen.add(word)
                            for term in analyzer.terms_as_written(word):
                                self._word_of.setdefault(term, word)
        # Each question is prepared the first time it is judged: a lesson asks a few of a
        # drafted pack's hundred, and a big pack loads faster.
        self._questions: Mapping[str, _Ready] = Once(self._ready, dialogs.questions)
        # a line said on a question is judged again at every later turn on it
        self._heard = lru_cache(maxsize=4096)(self._hear)
        self._wrong = lru_cache(maxsize=4096)(self._wrong_in)
        self._weights = lru_cache(maxsize=16384)(self._weight)

    # --- preparation -----------------------------------------------------------------------

    def _ready(self, qid: str) -> _Ready:
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
        return _Ready(
            prepared=tuple(self._distinct(p, prepared) for p in prepared),
            misconceptions=self._own_misconceptions(q) + others,
            facts=(facts := tuple(self._fact_terms(fid) for fid in q.facts)),
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
            (m, frozenset(said(split_words(p)).terms), self._negated(p))
            for m in q.misconceptions
            for p in m.phrases
        )

    def _frames_of(self, e: Expectation, q: Question) -> _Expected:
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
        return _Expected(
            assertion_clauses=tuple(
                (self._terms(c), self.framer.denies(c)) for c in self.framer.clauses(e.assertion)
            ),
            words=tuple(frozenset(split_words(t)) for t in e.phrases if self._terms(t)),
            # as a learner's clause is weighed against it: denials that reach its terms
            # ("he waited and did nothing" denies nothing it tells)
            denies=tuple(
                self.framer.denies(text, self._terms(text))
                for text in e.phrases
                if self._terms(text)
            ),
            people=frozenset(people | ({he} if he else set())),
            he=he,
            he_does=he is not None and he in doers,
            frames=tuple(f for f in frames if f.predicate),
            negated=any(self._negated(text) for text in e.phrases),
        )

    def _fact_terms(self, fid: str) -> frozenset[str]:
        """The terms of a fact's answer and source (as `_Ready.facts` holds them)."""
        fact = self.pack.fact(fid)
        return self._terms(f"{fact.answer} {fact.source}")

    def _terms(self, text: str, correct: bool = False) -> frozenset[str]:
        return frozenset(self.analyzer.analyze(text, correct=correct).terms)

    def _negated(self, text: str) -> bool:
        return any(w in self.cues.negations for w in split_words(text))

    def _denied(self, said: Utterance) -> bool:
        """Whether a learner's line says a negation (as `_negated` of its words as split)."""
        return any(w in self.cues.negations for w in said.tokens)

    def _prepare(self, e: Expectation, q: Question) -> _Prepared:
        return _Prepared(
            exp=e,
            expected=self._frames_of(e, q),
            # "it was not inevitable" is not said by "it was always going to happen"
            phrases=tuple(
                t
                for t in (
                    self._denial_read(self._terms(text), split_words(text), self._negated(text))
                    for text in e.phrases
                )
                if t - _NOT
            ),
            keywords=frozenset(t for k in e.keywords for t in self._terms(k)),
            assertion=self._terms(e.assertion),
            answers=tuple(t for t in (self._terms(a) for a in e.prompt.answers) if t),
            all_terms=self._terms(" ".join((*e.phrases, *e.keywords, e.assertion, e.prompt.text))),
            written=frozenset(t for text in e.phrases for t in self._terms(text)),
        )

    def _distinct(self, p: _Prepared, all_: list[_Prepared]) -> _Prepared:
        """The assertion's terms without those naming the question's other expectations.

        An assertion restates context ("the pamphlets painted him greedy"); saying one
        expectation must not count as saying its neighbour.
        """
        others: set[str] = set()
        for o in all_:
            if o is not p:
                others |= o.keywords | o.written
        return replace(p, assertion=p.assertion - others)

    def weight(self, term: str) -> float:
        """How much a term tells (see `_weight`; cached per Judge)."""
        return self._weights(term)

    def _weight(self, term: str) -> float:
        """How much a term tells: rare terms in the pack more than common ones; a
        negation little ("never" alone does not say that he never mobilized)."""
        if term in _NOT:
            return _NOT_WEIGHT
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

    def hear(
        self, question: Question, said: Utterance
    ) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
        """The terms of one line, with near-miss spellings of the question's words fixed."""
        return self._heard(question.id, said)

    def _hear(
        self, qid: str, said: Utterance
    ) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
        fixes: list[tuple[str, str]] = []
        ready = self._questions.get(qid)
        expected = ready.words if ready is not None else ()
        out: list[str] = []
        for word in said.plain:
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
        terms = frozenset(self.analyzer.analyze_words(out).terms)
        return self._denial_read(terms, out, self._denied(said)), tuple(fixes)

    def _denial_read(
        self, terms: frozenset[str], words: Sequence[str], negated: bool
    ) -> frozenset[str]:
        """A text's terms, with `_NOT` when it denies (`negated`: it says "not", "never"
        ...). A verb that denies the verb after it ("refused to build", "declined to
        mobilize", "failed to act") is read as a plain negation: said that way or with
        "not", the point is the same, and a learner seldom picks the text's own verb;
        "never refused to" denies nothing."""
        denials = self.cues.negative_verbs
        verbs = [w for w, after in itertools.pairwise(words) if after == "to" and w in denials]
        dropped = {t for w in verbs for t in self.analyzer.terms_as_written(w)}
        if (len(verbs) + negated) % 2:
            return terms - dropped | _NOT
        return terms - dropped - _NOT

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

    def told(self, question: Question, said: Utterance) -> Told:
        """What a line states truly, and whether that is about the question's facts."""
        return _UNTOLD if self._told is None else self._told(said, question.facts)

    def _wrong_in(self, qid: str, said: Utterance) -> dict[str, Conflict]:
        """expectation id -> how one line states it wrongly (cached: a line said on a
        question is judged again at every later turn on it). A line whose frames a fact
        confirms, or true of another fact, states nothing wrongly, whatever names it
        shares with the point."""
        if self.told(self.dialogs.questions[qid], said).no_mix_up:
            return {}
        terms, _ = self._heard(qid, said)
        ready = self._questions[qid]
        prepared = ready.prepared
        return {
            p.exp.id: c
            for p in prepared
            if (c := self._conflict(p, terms, said, prepared, ready.people)) is not None
        }

    def judge(self, question: Question, lines: Sequence[Utterance]) -> Judgement:
        """Score everything the learner has said on a question (latest line last)."""
        prepared = self._questions[question.id].prepared
        other = [self._other(question, prepared, line) for line in lines]
        heard = [
            (frozenset[str](), ()) if o else self.hear(question, line)
            for line, o in zip(lines, other, strict=True)
        ]
        # a line that states an expectation wrongly is no evidence for it
        conflicts = [self._wrong(question.id, line) for line in lines]
        own = [
            {p.exp.id: 0.0 if p.exp.id in wrong else self._score(p, terms) for p in prepared}
            for (terms, _), wrong in zip(heard, conflicts, strict=True)
        ]
        # nor is a line that voices a wrong idea, for any of them
        ideas = [
            self._idea(question, prepared, line, terms, scores)
            for line, (terms, _), scores in zip(lines, heard, own, strict=True)
        ]
        scores: dict[str, float] = {}
        for p in prepared:
            have: set[str] = set()
            for (terms, _), wrong, idea in zip(heard, conflicts, ideas, strict=True):
                if p.exp.id not in wrong and idea is None:
                    have |= terms
            scores[p.exp.id] = self._score(p, have)
        last_terms = heard[-1][0] if heard else frozenset()
        last_wrong = conflicts[-1] if conflicts else {}
        last_scores = own[-1] if own else {p.exp.id: 0.0 for p in prepared}
        # a line "aside" of a point is no evidence for it, but no mix-up to correct
        aside = tuple(k for k, c in last_wrong.items() if c.kind == ASIDE)
        last_wrong = {k: c for k, c in last_wrong.items() if c.kind != ASIDE}
        conflict = next(iter(last_wrong.values()), None)
        facts = max(
            (self._cover(f, last_terms) for f in self._questions[question.id].facts), default=0.0
        )
        relevance = max([*last_scores.values(), facts * 0.8])
        misconception = ideas[-1] if ideas else None
        elsewhere = other[-1] if other else ()
        if conflict is not None and max(last_scores.values()) >= COVERED:
            conflict = None  # "Stalin, not Trotsky, controlled them": right after all
        spelling = tuple(dict.fromkeys(fix for _, fixes in heard[-1:] for fix in fixes))
        covered = tuple(k for k, v in scores.items() if v >= COVERED)
        last = " ".join(_trim(lines[-1].text.split())).rstrip(".!?,;") if lines else ""
        echo = last if 0 < len(last.split()) <= 8 and max(last_scores.values()) >= PARTIAL else None
        return Judgement(
            scores=scores,
            covered=covered,
            misconception=misconception,
            spelling=spelling,
            relevance=round(relevance, 3),
            echo=echo,
            conflict=conflict,
            evidence=max(last_scores.values(), default=0.0),
            wrong=tuple(last_wrong),
            elsewhere=elsewhere,
            aside=aside,
        )

    # --- who did what ------------------------------------------------------------------------

    def _conflict(
        self,
        p: _Prepared,
        terms: frozenset[str],
        line: Utterance,
        siblings: Sequence[_Prepared] = (),
        known: frozenset[str] = frozenset(),
    ) -> Conflict | None:
        """How a line states this expectation's event wrongly, if it is about it at all
        (`known`: everyone the question's points and facts name)."""
        expected = p.expected
        clausal = self._clausal(p, expected, line, siblings, known)
        frames = line.frames
        if clausal is not None or not expected.frames or not frames:
            return clausal
        kinds = self.analyzer.entity_kinds
        names = frozenset(t for t in terms if t in kinds)
        about = self._score(p, terms - names - _NOT)
        if about < PARTIAL:
            return None  # the line is about something else
        first_party = next((t for t in line.query.terms if kinds.get(t) in _PARTIES), None)
        for said in frames:
            same = [f for f in expected.frames if self._same_event(said, f)]
            # a pronoun may mean anyone: only a name the learner says can be the wrong one
            agents = self._parties(said.role("agent"))
            patients = self._parties(said.role("patient"))
            if agents and self._right_for_another(said, agents, siblings):
                continue  # "Trotsky focused on theory, and Stalin ...": another point, right
            if same:
                right = _union(self._parties(f.role("agent")) for f in same)
                if right and first_party in right and first_party not in patients:
                    continue  # it names the right doer first: a muddled reading, not a mix-up
                if said.role("recipient") or any(f.role("recipient") for f in same):
                    # "A sided with B" is "B sided with A": partners may be either, and
                    # both sides must say who the two are
                    if not agents or not all(self._parties(f.role("agent")) for f in same):
                        continue
                    agents += self._parties(said.role("recipient"))
                    right += _union(self._parties(f.role("recipient")) for f in same)
                done_to = _union(self._parties(f.role("patient")) for f in same)
                if agents and right and not set(agents) & set(right) and self._alike(agents, right):
                    kind = "swapped" if set(agents) & set(done_to) else "role"
                    return Conflict(p.exp.id, kind, agents, right)
                wrong_patient = (
                    patients
                    and done_to
                    and not set(patients) & set(done_to)
                    and self._alike(patients, done_to)
                )
                if wrong_patient and set(patients) & set(right):
                    return Conflict(p.exp.id, "swapped", patients, done_to)
                if all(f.negated != said.negated for f in same):
                    return Conflict(p.exp.id, "negated", denied=said.negated)
            elif (
                said.negated
                and said.predicate in p.all_terms
                and about >= COVERED
                and not expected.negated
                and not any(f.negated for f in expected.frames)
            ):
                return Conflict(p.exp.id, "negated")
        return None

    def _clausal(
        self,
        p: _Prepared,
        expected: _Expected,
        line: Utterance,
        siblings: Sequence[_Prepared],
        known: frozenset[str] = frozenset(),
    ) -> Conflict | None:
        """A clause of the line that says the expectation's point wrongly as a whole:
        with the opposite polarity ("it is not true that he used purges"; "he did
        mobilize" where it says he did not), or of someone it never names ("Lenin erased
        him from the photos")."""
        kinds = self.analyzer.entity_kinds
        for clause in line.clauses:
            terms = frozenset(clause.query.terms) - _NOT
            people = [t for t in clause.query.terms if kinds.get(t) == "person"]
            score = self._score(p, terms)
            # someone the point never names; where it names no doer, someone the whole
            # question never names either, unless put where the one it is about stands
            # ("Mercader attacked him with an ice axe" is no stranger to "who killed
            # Trotsky, and how?"; Lenin would be, and so is Stalin as the one attacked)
            named = expected.people
            if not expected.he_does:
                done_to = {v for f in line.frames for v in f.role("patient")}
                named = named | (known - done_to)
            strangers = [t for t in people if t not in named]
            # someone it never names, as the first person named (the doer, mostly), in a
            # clause about this point more than any other
            mine = score >= PARTIAL and all(score >= self._score(o, terms) for o in siblings)
            if (
                mine
                and expected.he
                and strangers
                and people[0] in strangers
                and self._tells_event(clause.query.terms, expected)
            ):
                # someone else in its event: in the place of its doer, who is not named
                # ("Stalin underestimated the machinery"); or as the doer of a point that
                # names none ("Lenin erased him from the photos"); or beside the one it
                # is about, as a doer it cannot vouch for ("Stalin's side called Trotsky
                # disloyal"): no evidence then, and no correction either
                if expected.he not in people:
                    kind = "role" if expected.he_does else "stranger"
                    return Conflict(p.exp.id, kind, tuple(strangers), (expected.he,))
                if not expected.he_does:
                    return Conflict(p.exp.id, ASIDE, tuple(strangers))
            if score < COVERED:
                continue  # not about this point
            # its polarity against that of the phrase it says most nearly (of two terms
            # or more, names and all, sharing most words), else against the assertion's;
            # counting only denials that reach what that phrase says
            said = frozenset(clause.tokens)
            near = [
                (len(said & words), no, t)
                for t, words, no in zip(p.phrases, expected.words, expected.denies, strict=True)
                if (len(t - _NOT) >= 2 or len(said & words) >= 3)
                and self._cover(t - _NOT, terms) >= COVERED
            ]
            most = max((n[0] for n in near), default=0)
            best = [n for n in near if n[0] == most]
            if not best:
                # the clause of the assertion it says most nearly (two shared terms at least)
                shared, held, no = max(
                    ((len(a & terms), a, d) for a, d in expected.assertion_clauses),
                    key=lambda x: x[0],
                    default=(0, frozenset(), False),
                )
                if shared >= 2 and self._opposed(clause.query.words, held, no):
                    return Conflict(p.exp.id, "negated", denied=not no)
            elif all(self._opposed(clause.query.words, t, no) for _, no, t in best):
                return Conflict(p.exp.id, "negated", denied=not best[0][1])

        return None

    def _opposed(self, words: Sequence[str], terms: frozenset[str], denies: bool) -> bool:
        """Whether a clause says the opposite of a text (of these terms) that denies what
        it tells or not: a denial that reaches the text's terms against none, or a clause
        with no denial at all against a denying text ("he went to the funeral" against
        "he missed the funeral"). A clause that denies another verb of its own ("he did not
        go to the funeral") may say the same as a denying text in other words: unsure,
        so never the opposite."""
        # a denying verb reaches the terms it denies ("never refused to compromise")
        denied = self.framer.denies_words(words, terms | self._denial_terms)
        if denies and not denied and self.framer.denies_words(words):
            return False
        return denied != denies

    @staticmethod
    def _tells_event(terms: Iterable[str], expected: _Expected) -> bool:
        """Whether a clause names one of the expectation's events (a predicate of its
        frames): only then can someone it never names be the wrong one in it. "Stalin
        understood the bureaucracy" is no mix-up of "Trotsky ignored the bureaucracy",
        however many words the two share."""
        predicates = {f.predicate for f in expected.frames}
        return not predicates.isdisjoint(terms)

    def _other(
        self, question: Question, prepared: Sequence[_Prepared], line: Utterance
    ) -> tuple[str, ...]:
        """The facts outside the question a line states truly, when it tells none of
        the question's points: true, but no answer (and no evidence) here."""
        if self._tells(line, prepared):
            return ()  # one of its points, in the words of a fact ranked higher
        if len(line.words) < _STATEMENT and not any(f.roles for f in line.frames):
            return ()  # "appointments": a word or two, no statement, is neither true nor false
        told = self.told(question, line)
        if told.elsewhere:
            return () if self._answers_here(question, prepared, line, told) else told.elsewhere
        confirmed = told.confirmed
        if not confirmed or set(confirmed) & set(question.facts):
            return ()
        # only the claim check vouches for it: true of another fact if it says no point
        # of the question, rightly or wrongly
        terms, _ = self.hear(question, line)
        wrong = self._wrong(question.id, line)
        if any(c.kind != ASIDE for c in wrong.values()) or any(
            self._score(p, terms) >= COVERED for p in prepared if p.exp.id not in wrong
        ):
            return ()
        if self._misconception(question, line, terms) is not None:
            return ()  # a wrong idea the question knows ("it was published"), not a truth
        doers = [v for f in line.frames for v in f.role("agent")]
        if (
            doers
            and all(v[0] == "~" for v in doers)
            and any(self._score(p, terms) >= PARTIAL for p in prepared)
        ):
            # "he was still scared of Trotsky": the check cannot tell who "he" is, and
            # another fact's doer ("Zinoviev and Kamenev feared Trotsky") may match; in an
            # answer on the way to a point, "he" is whom the question is about
            return ()
        return confirmed

    def _answers_here(
        self, question: Question, prepared: Sequence[_Prepared], line: Utterance, told: Told
    ) -> bool:
        """Whether a line true of another fact by its words alone answers this question
        all the same: a summary fact may tell the question's points in one sentence
        ("first the Politburo in 1926, then the party in 1927 ..."). It does when it says
        one of the points and the question's own facts hold its words as fully as the
        other fact does. A line whose frames tell who did what as another fact tells it
        is about that fact, whatever words it shares with a point."""
        if told.framed:
            return False
        terms, _ = self.hear(question, line)
        wrong = self._wrong(question.id, line)
        if not any(self._score(p, terms) >= COVERED for p in prepared if p.exp.id not in wrong):
            return False
        said = frozenset(line.query.terms) - _NOT
        ours = self._cover(said, frozenset().union(*self._questions[question.id].facts))
        theirs = max(self._cover(said, self._fact_terms(f)) for f in told.elsewhere)
        return ours >= theirs

    def _tells(self, line: Utterance, prepared: Sequence[_Prepared]) -> bool:
        """Whether a frame of the line is one of the expectations' events, told as they
        tell it: done to the same thing ("controlled the party machinery"), by the same
        doers (or a pronoun), denied or not alike."""
        kinds = self.analyzer.entity_kinds
        for said in line.frames:
            things = {v for v in said.role("patient") if v not in kinds and v[0] != "~"}
            if not things:
                continue  # "the party won": too little to tell one event from another
            for p in prepared:
                # the doers it names, or whom the point is about for its "he"
                he = {p.expected.he} if p.expected.he and HE in said.role("agent") else set()
                agents = set(self._parties(said.role("agent"))) | he
                for held in p.expected.frames:
                    doers = set(self._parties(held.role("agent")))
                    if (
                        said.predicate == held.predicate
                        and things & set(held.role("patient"))
                        and said.negated == held.negated
                        and (agents & doers if doers else not agents)
                        and self._same_parties(said, held, "patient")
                    ):
                        return True
        return False

    def _same_parties(self, said: Frame, held: Frame, role: str) -> bool:
        """Whether two frames may have the same people in a role (one may not say)."""
        mine, theirs = set(self._parties(said.role(role))), set(self._parties(held.role(role)))
        return not (mine and theirs) or bool(mine & theirs)

    def _right_for_another(
        self, said: Frame, agents: Sequence[str], siblings: Sequence[_Prepared]
    ) -> bool:
        """Whether a clause tells another expectation's event with its own doers: in an
        answer making two points, each is not a mix-up of the other."""
        return any(
            self._same_event(said, f) and set(agents) <= set(self._parties(f.role("agent")))
            for o in siblings
            for f in o.expected.frames
        )

    def _same_event(self, said: Frame, held: Frame) -> bool:
        """Whether two frames tell of one event: one predicate, and what else the line
        says in its roles (besides who) is held too ("looked like a bureaucrat" is not
        "looked like the successor")."""
        if said.predicate != held.predicate:
            return False
        kinds = self.analyzer.entity_kinds
        mine = {v for r in said.roles.values() for v in r if v not in kinds and v[0] != "~"}
        if not mine:
            return True
        theirs = {v for r in held.roles.values() for v in r}
        return bool(mine & theirs)

    def _alike(self, a: Sequence[str], b: Sequence[str]) -> bool:
        """Whether two sets of parties compare: people with people, groups with groups."""
        kinds = self.analyzer.entity_kinds
        return bool({kinds.get(x) for x in a} & {kinds.get(x) for x in b})

    def _parties(self, values: Sequence[str]) -> tuple[str, ...]:
        """The people and groups among a role's fillers."""
        kinds = self.analyzer.entity_kinds
        return tuple(dict.fromkeys(v for v in values if kinds.get(v) in _PARTIES))

    def _phrase(self, p: _Prepared, have: frozenset[str] | set[str]) -> float:
        """How much of its nearest phrase a line holds: a phrase that tells something of
        people is not said by their names alone ("Stalin with Zinoviev and Kamenev"
        says nothing of dropping them)."""
        kinds = self.analyzer.entity_kinds
        return max(
            (
                self._cover(t, have)
                for t in p.phrases
                if (not (told := {x for x in t if x not in kinds} - _NOT) or told & have)
                and not _opposite(t, have)
            ),
            default=0.0,
        )

    def _score(self, p: _Prepared, have: frozenset[str] | set[str]) -> float:
        phrase = self._phrase(p, have)
        keywords = _KEYWORD_GAIN * sum(
            min(1.0, self.weight(t) / (0.5 * self.index.max_idf)) for t in p.keywords if t in have
        )
        assertion = _ASSERTION_GAIN * self._cover(p.assertion, have, names=0.3)
        return round(min(1.0, max(phrase, min(keywords, 0.9), assertion)), 3)

    def _idea(
        self,
        question: Question,
        prepared: Sequence[_Prepared],
        line: Utterance,
        terms: frozenset[str],
        scores: Mapping[str, float],
    ) -> Misconception | None:
        """The wrong idea a line voices, if any: not one the facts confirm, nor one the
        line says beside a right point, unless the idea holds more of what the line says
        ("Lenin chose Stalin as his successor" shares only a synonym with "Stalin should
        be replaced", and all of "Lenin chose Stalin")."""
        found = self._misconception(question, line, terms)
        told = self.told(question, line)
        if found is None or (told.facts and (told.framed or found[1] < 1.0)):
            # the facts confirm it: no wrong idea, whatever its words; but the claim
            # check's word match alone does not outweigh all of a known wrong idea
            # ("it was published" shares a word with some fact)
            return None
        if max(scores.values(), default=0.0) >= COVERED:
            held = max(
                self._cover(terms, p.all_terms) for p in prepared if scores[p.exp.id] >= COVERED
            )
            if held >= found[2]:
                return None  # the line also says right things: it is not that idea
        return found[0]

    def _misconception(
        self, question: Question, line: Utterance, terms: frozenset[str]
    ) -> tuple[Misconception, float, float] | None:
        """The wrong idea a line voices most nearly: (it, the share of its phrase the
        line holds, the share of the line the phrase holds), or None."""
        negated = self._denied(line)
        best: tuple[Misconception, float, float] | None = None
        kinds = self.analyzer.entity_kinds
        said_people = {t for t in terms if kinds.get(t) == "person"}
        for m, wanted, m_negated in self._questions[question.id].misconceptions:
            if negated != m_negated or not wanted:
                continue
            people = {t for t in wanted if kinds.get(t) == "person"}
            if people and said_people and not people & said_people:
                continue  # "Trotsky was famous" is not the idea that *Stalin* was popular
            score = self._cover(wanted, terms)
            share = self._cover(terms, wanted)  # and the idea is most of what the line says
            enough = 0.3 if len(wanted) > 1 else 0.7  # one word alone proves little
            if score >= _MISCONCEPTION and share >= enough and (best is None or score > best[1]):
                best = (m, score, share)
        return best

    def fills(
        self, expectation: Expectation, question: Question, said: Utterance
    ) -> tuple[bool, list[tuple[str, str]]]:
        """Whether a line fills the blank of an expectation's prompt (and spelling fixes)."""
        prepared = next(
            p for p in self._questions[question.id].prepared if p.exp.id == expectation.id
        )
        terms, fixes = self.hear(question, said)
        if any(answer <= terms for answer in prepared.answers):
            return True, list(fixes)
        words = said.tokens
        for answer in expectation.prompt.answers:
            target = split_words(answer)
            if len(target) == 1 and _close(target[0], words):
                right = target[0]
                wrong = next(w for w in words if _close(right, [w]))
                return True, [(wrong, right)] if wrong != right else []
        return False, list(fixes)


def _opposite(phrase: frozenset[str], have: frozenset[str] | set[str]) -> bool:
    """Whether what a line says is all in a phrase, with the other polarity: "it worked
    very well" says the opposite of "it did not work", not part of it."""
    if ("~not" in phrase) == ("~not" in have):
        return False
    said = set(have) - _NOT
    return bool(said) and said <= phrase - _NOT


def _union(groups: Iterable[Sequence[str]]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for group in groups:
        out.update(dict.fromkeys(group))
    return tuple(out)


_FILLERS = frozenset(["and", "so", "but", "well", "um", "uh", "ok", "okay", "also", "then", "oh"])


def _trim(said: list[str]) -> list[str]:
    """The learner's words without leading fillers ("and he ..." -> "he ..."), to echo."""
    while said and said[0].lower().strip(",.") in _FILLERS:
        said = said[1:]
    return said


def _close(target: str, words: Sequence[str]) -> bool:
    if not target.isalpha():
        return target in words  # 1922 is not a misspelling of 1924
    limit = 0 if len(target) < 4 else 1 if len(target) <= 6 else 2
    return any(OSA.distance(target, w, score_cutoff=limit) <= limit for w in words)
