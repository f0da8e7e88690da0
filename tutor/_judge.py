"""Judging a learner's answer to a Socratic question against its expectations.

An answer is scored against every expectation and misconception of the question, using
all that the learner has said on it: phrases and the assertion are compared as sets of
canonical terms (stems and synonyms, so wording may vary) weighted by how rare each term
is in the pack (`_judge_weigh`), and keywords add evidence. Words one or two letters away
from a word the question expects count, and are reported so the tutor can say "check
your spelling".

Shared words are not enough: each line is also read as frames (who did what, see
`_judge_conflict`) and compared with the expectation's own (`_judge_ready` reads a
question once). A line that states a point wrongly is a `Conflict`, and the tutor
corrects it. Before that, a line true of another fact of the pack (`_claim_elsewhere`)
is neither a mix-up nor evidence: it is true, but about something else.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ._analyze import Analyzer
from ._claim_elsewhere import Told
from ._content import Pack
from ._dialogs import Expectation, Misconception, Question
from ._frames import Framer
from ._index import Index
from ._judge_conflict import ASIDE, Conflict, Conflicts
from ._judge_ready import NOT, Preparation, Prepared
from ._judge_weigh import COVERED, PARTIAL, Weigher
from ._phrases import Cues
from ._text import split_words
from ._utterance import Utterance

__all__ = ["COVERED", "PARTIAL", "Conflict", "Judge", "Judgement"]

_STATEMENT = 3  # words of the shortest line that states something without a doer
_MISCONCEPTION = 0.75  # share of a misconception phrase a line must hold to voice it
_UNTOLD = Told()


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
        self._told = told
        self.analyzer = analyzer
        self.dialogs = pack.dialogs
        self._prep = Preparation(pack, analyzer, cues, framer)
        self._weigh = Weigher(analyzer, index, pack.dialogs)
        self._conflicts = Conflicts(analyzer, cues, framer, self._weigh)
        self._questions = self._prep.questions
        # a line said on a question is judged again at every later turn on it
        self._heard = lru_cache(maxsize=4096)(self._hear)
        self._wrong = lru_cache(maxsize=4096)(self._wrong_in)

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
        return self._prep.denial_read(terms, out, self._prep.denied(said)), tuple(fixes)

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
            if (c := self._conflicts.conflict(p, terms, said, prepared, ready.people)) is not None
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
            {p.exp.id: 0.0 if p.exp.id in wrong else self._weigh.score(p, terms) for p in prepared}
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
            scores[p.exp.id] = self._weigh.score(p, have)
        last_terms = heard[-1][0] if heard else frozenset()
        last_wrong = conflicts[-1] if conflicts else {}
        last_scores = own[-1] if own else {p.exp.id: 0.0 for p in prepared}
        # a line "aside" of a point is no evidence for it, but no mix-up to correct
        aside = tuple(k for k, c in last_wrong.items() if c.kind == ASIDE)
        last_wrong = {k: c for k, c in last_wrong.items() if c.kind != ASIDE}
        conflict = next(iter(last_wrong.values()), None)
        facts = max(
            (self._weigh.cover(f, last_terms) for f in self._questions[question.id].facts),
            default=0.0,
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

    def _other(
        self, question: Question, prepared: Sequence[Prepared], line: Utterance
    ) -> tuple[str, ...]:
        """The facts outside the question a line states truly, when it tells none of
        the question's points: true, but no answer (and no evidence) here."""
        if self._conflicts.tells(line, prepared):
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
            self._weigh.score(p, terms) >= COVERED for p in prepared if p.exp.id not in wrong
        ):
            return ()
        if self._misconception(question, line, terms) is not None:
            return ()  # a wrong idea the question knows ("it was published"), not a truth
        doers = [v for f in line.frames for v in f.role("agent")]
        if (
            doers
            and all(v[0] == "~" for v in doers)
            and any(self._weigh.score(p, terms) >= PARTIAL for p in prepared)
        ):
            # "he was still scared of Trotsky": the check cannot tell who "he" is, and
            # another fact's doer ("Zinoviev and Kamenev feared Trotsky") may match; in an
            # answer on the way to a point, "he" is whom the question is about
            return ()
        return confirmed

    def _answers_here(
        self, question: Question, prepared: Sequence[Prepared], line: Utterance, told: Told
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
        if not any(
            self._weigh.score(p, terms) >= COVERED for p in prepared if p.exp.id not in wrong
        ):
            return False
        said = frozenset(line.query.terms) - NOT
        ours = self._weigh.cover(said, frozenset().union(*self._questions[question.id].facts))
        theirs = max(self._weigh.cover(said, self._prep.fact_terms(f)) for f in told.elsewhere)
        return ours >= theirs

    def _idea(
        self,
        question: Question,
        prepared: Sequence[Prepared],
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
                self._weigh.cover(terms, p.all_terms)
                for p in prepared
                if scores[p.exp.id] >= COVERED
            )
            if held >= found[2]:
                return None  # the line also says right things: it is not that idea
        return found[0]

    def _misconception(
        self, question: Question, line: Utterance, terms: frozenset[str]
    ) -> tuple[Misconception, float, float] | None:
        """The wrong idea a line voices most nearly: (it, the share of its phrase the
        line holds, the share of the line the phrase holds), or None."""
        negated = self._prep.denied(line)
        best: tuple[Misconception, float, float] | None = None
        kinds = self.analyzer.entity_kinds
        said_people = {t for t in terms if kinds.get(t) == "person"}
        for m, wanted, m_negated in self._questions[question.id].misconceptions:
            if negated != m_negated or not wanted:
                continue
            people = {t for t in wanted if kinds.get(t) == "person"}
            if people and said_people and not people & said_people:
                continue  # "Trotsky was famous" is not the idea that *Stalin* was popular
            score = self._weigh.cover(wanted, terms)
            share = self._weigh.cover(terms, wanted)  # and the idea is most of what the line says
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
