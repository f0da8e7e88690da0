"""The Socratic turn policy: ask, listen, judge, and guide with the hint ladder.

A Session hands each learner line here first (`before`), and every reply it makes on its
own afterwards (`after`), so this module decides when a line answers the pending
question, when it asks something new (answered, then the question resumes), and what to
ask next. The ladder follows AutoTutor's frame: feedback (partial credit says how much is
missing), then hint -> prompt -> assertion, then a recap and the next question. All state
lives in the session's plain data (the conversation's "dialogue" and the learner model),
so a resumed session continues where it was.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Container, MutableMapping
from dataclasses import dataclass, replace
from typing import Any

from ._analyze import Analyzer, entity_key
from ._claims import ClaimCheck, Claims
from ._content import Fact, Pack
from ._dialogs import Expectation, Question
from ._index import Index
from ._judge import PARTIAL, Conflict, Judge
from ._learner import Learner
from ._phrases import cues, voice
from ._progress import progress_of
from ._reply import Kind, Reply, Rung, Verdict
from ._text import YEAR
from ._utterance import Utterance

__all__ = ["MAX_TURNS", "Dialogue", "Host"]

MAX_TURNS = 5  # learner turns on one question before the tutor says the answer and moves on
_PARK_LIMIT = 2  # a free follow-up the learner talks past this often is dropped
_QUIZ_DEFAULT, _QUIZ_MAX = 5, 20
_MAX_SAID = 8  # lines kept per question (all that the learner said on it)
_TERSE = 4  # words a search without a question mark may have ("exile year")
_NAMES_A_FACT = 0.75  # coverage at which an unjudged line is taken as a question about that fact
_WH = frozenset(["who", "whom", "whose", "what", "when", "where", "why", "how", "which"])
_AUX = frozenset(
    [
        "did",
        "does",
        "do",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "can",
        "could",
        "would",
        "will",
        "should",
        "happened",
    ]
)
_BE_HAVE = frozenset(["was", "were", "is", "are", "has", "have", "had", "happened"])
_SUBJECTS = frozenset(
    ["he", "she", "it", "they", "the", "a", "an", "his", "her", "their", "that", "this", "i", "you"]
)
_SUBORDINATE = frozenset(["when", "where", "how", "after", "once", "while", "as"])
_LEADS = frozenset(["and", "so", "but", "ok", "okay", "then", "well", "also", "oh", "hmm"])
_SCORE = {"self": 1.0, "hint": 0.75, "prompt": 0.5}


@dataclass(frozen=True, slots=True)
class Host:
    """What the dialogue needs from the session that runs it.

    Attributes:
        state: the conversation's data (changed in place).
        learner: the learner model's data (changed in place).
        note: remember that a fact was told (context for "he", "tell me more").
    """

    state: MutableMapping[str, Any]
    learner: MutableMapping[str, Any]
    note: Callable[[Fact], None]


def _known(value: Any, known: Container[str]) -> bool:
    """Whether a value from a saved state is one of the known ids (safe for any JSON)."""
    return isinstance(value, str) and value in known


def _fresh() -> dict[str, Any]:
    return {"pending": None, "quiet": False, "lesson": None, "quiz": None}


class Dialogue:
    """The tutoring policy for one pack. Immutable; shared by all sessions."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index) -> None:
        self.pack = pack
        self.dialogs = pack.dialogs
        self.analyzer = analyzer
        self.index = index
        self.cues = cues()
        self.voice = voice().speaking_of(pack.document)
        self.judge = Judge(pack, analyzer, index, self.cues)
        self.claims = Claims(pack, analyzer, index, self.dialogs, self.cues)
        self._order = {f.id: i for i, f in enumerate(pack.facts)}
        self._time_terms = frozenset(
            t for w in self.cues.time_words for t in analyzer.analyze(w, correct=False).terms
        )
        self._years = {f.id: y for f in pack.facts if (y := _first_year(f)) is not None}
        titles = {t.id: t.title for t in pack.topics}
        self._titles = titles
        self._names = {entity_key(e.name): e.name for e in pack.entities}
        # a claim corrected with a script's own words voiced that script's misconception
        self._misconception_of = {
            m.correction: m.id for q in self.dialogs.questions.values() for m in q.misconceptions
        }

    # --- state -------------------------------------------------------------------------------

    def _st(self, host: Host) -> dict[str, Any]:
        """The dialogue state (created on first use; `checked` has checked a resumed one)."""
        st = host.state.get("dialogue")
        if not isinstance(st, dict):
            st = host.state["dialogue"] = _fresh()
        return st

    def checked(self, raw: Any) -> dict[str, Any]:
        """A saved conversation's dialogue checked against this pack, as new data.

        A save may be old, edited by hand, or from before the pack changed (a question
        or topic renamed): whatever does not fit is dropped, never trusted.
        """
        st = _fresh()
        if isinstance(raw, dict):
            st["quiet"] = raw.get("quiet") is True
            st["pending"] = self._checked_pending(raw.get("pending"))
            st["lesson"] = self._checked_lesson(raw.get("lesson"))
            st["quiz"] = self._checked_quiz(raw.get("quiz"))
        return st

    def _checked_pending(self, p: Any) -> dict[str, Any] | None:
        if not isinstance(p, dict) or not _known(p.get("q"), self.dialogs.questions):
            return None
        p = dict(p)  # the saved state is not ours to change
        question = self.dialogs.question(p["q"])
        expectations = {e.id for e in question.expectations}
        fresh = self._pending_defaults(question.id)
        for key, value in fresh.items():
            if not isinstance(p.get(key), type(value)) or isinstance(p.get(key), bool) != (
                isinstance(value, bool)
            ):
                p[key] = value
        p["said"] = [x for x in p["said"] if isinstance(x, str)]
        p["told"] = [x for x in p["told"] if _known(x, expectations)]
        p["covered"] = {
            k: v for k, v in p["covered"].items() if k in expectations and isinstance(v, str)
        }
        p["level"] = {
            k: v
            for k, v in p["level"].items()
            if k in expectations and isinstance(v, int) and not isinstance(v, bool)
        }
        if not _known(p["mode"], ("free", "lesson", "quiz")):
            p["mode"] = "free"
        if p["target"] and not _known(p["target"], expectations):
            p["target"] = ""
        return {k: p[k] for k in fresh}

    def _checked_lesson(self, lesson: Any) -> dict[str, Any] | None:
        if not isinstance(lesson, dict) or not isinstance(lesson.get("topics"), list):
            return None
        at = lesson.get("at")
        topics = [
            t for t in lesson["topics"] if _known(t, self._titles) and self.dialogs.for_topic(t)
        ]
        if not topics or not isinstance(at, int) or isinstance(at, bool):
            return None
        return {"topics": topics, "at": max(-1, min(at, len(topics) - 1))}

    def _checked_quiz(self, quiz: Any) -> dict[str, Any] | None:
        if not isinstance(quiz, dict) or not isinstance(quiz.get("queue"), list):
            return None
        n, score = quiz.get("n"), quiz.get("score")
        if not isinstance(n, int) or isinstance(n, bool) or not isinstance(score, (int, float)):
            return None
        queue = [q for q in quiz["queue"] if _known(q, self.dialogs.questions)]
        return {"queue": queue, "n": n, "score": float(score)}

    def _pending_defaults(self, qid: str) -> dict[str, Any]:
        return {
            "q": qid,
            "mode": "free",
            "said": [],
            "covered": {},
            "told": [],
            "level": {},
            "turns": 0,
            "negative": False,
            "waiting": "question",
            "target": "",
            "text": self.dialogs.question(qid).ask,
            "ignored": 0,
        }

    def _learner(self, host: Host) -> Learner:
        return Learner(host.learner, self.dialogs)

    def _rng(self, host: Host) -> random.Random:
        return random.Random(f"{host.state.get('seed', 0)}:{host.state.get('turn', 0)}")

    def pending(self, host: Host) -> str | None:
        """The question the tutor waits for, as last said (None when it waits for nothing)."""
        p = self._st(host)["pending"]
        return None if p is None else str(p["text"])

    # --- the hooks the session calls -------------------------------------------------------------

    def before(self, host: Host, said: Utterance) -> Reply | None:
        """A reply to a line that belongs to the dialogue, or None to let the session answer.

        Reads the line's one analysis (cue, small talk, question mark, terms); the claim
        and the judge still read its text, whose commas and tags they weigh.
        """
        st = self._st(host)
        rng = self._rng(host)
        text, cue = said.text, said.cue
        p = st["pending"]
        if cue == "lesson":
            return self.lesson(host, "", rng)
        if cue == "quiz":
            return self.quiz(host, "", rng)
        if cue in ("tell_more", "who_else", "what_next"):
            return self._context(host, cue, rng)
        if p is None:
            if cue in ("skip", "dont_know"):
                return self._offer(host, rng)
            if said.intent is not None:
                return None  # "that was really helpful" is thanks, not a claim to check
            if self.claims.looks_like_claim(text):
                return self._claim(text, rng)
            return None
        if cue == "skip":
            return self._skip(host, rng)
        if cue == "dont_know":
            return self._dont_know(host, rng, "encourage")
        if said.intent is not None or self._asks(said):
            return None
        _, marked = self.claims.core(text)
        # "..., right?" while a question waits is a claim to check; "so he was ..." without
        # a question mark is more likely the learner's answer, judged below
        if marked and said.asked and self.claims.looks_like_claim(text):
            checked = self._claim(text, rng)
            if checked is not None:
                return checked
        if p["mode"] == "quiz":
            return self._quiz_answer(host, text, rng)
        return self._answer(host, said, rng)

    def after(self, host: Host, reply: Reply) -> Reply:
        """Attach the question the tutor waits for to any reply of the turn.

        A reply that already carries a follow-up (a hint, the next question) is kept; an
        answer given while a question is pending resumes it; a fresh answer gets a
        follow-up question on its topic unless the learner asked for quiet.
        """
        st = self._st(host)
        learner = self._learner(host)
        if reply.kind in ("answer", "correction"):
            learner.saw(reply.fact_ids)
        p = st["pending"]
        if reply.kind == "clarify" and p is not None:
            p["turns"] += 1  # a line on the question too; the learner's answer to it decides
        if reply.follow_up is not None or reply.kind == "clarify":
            return reply  # a clarifying question is what the tutor waits for now
        if p is not None:
            if p["mode"] == "free" and reply.kind in (
                "answer",
                "correction",
                "fallback",
                "clarify",
            ):
                p["ignored"] += 1
                if p["ignored"] >= _PARK_LIMIT:
                    st["pending"] = None
                    p = None
            if p is not None and reply.kind != "command":
                p["turns"] += 1  # an aside is a line on the question too
            if p is not None and p["turns"] >= MAX_TURNS:
                # five lines without an answer: say it and move on, nobody goes round
                q = self.dialogs.question(p["q"])
                done = self._tell_all(host, q, [], None, self._rng(host))
                text = f"{reply.text} {done.text}".strip()
                return replace(reply, text=text, follow_up=done.follow_up)
            if p is not None:
                resume = self.voice.say("resume", self._rng(host))
                return replace(reply, follow_up=f"{resume} {p['text']}")
        if reply.kind != "answer" or st["quiet"] or not reply.fact_ids:
            return reply
        if reply.fact_ids[0] not in self.pack.by_id:
            return reply
        topic = self.pack.fact(reply.fact_ids[0]).topic
        question = learner.choose(self.dialogs.for_topic(topic), avoid=learner.last_asked())
        if question is None:
            return reply
        self._ask(host, question, "free")
        return replace(reply, follow_up=question.ask)

    def pose(self, host: Host, question_id: str) -> Reply:
        """Ask one dialog question now; the learner's next line is judged against it.

        Raises:
            KeyError: the pack has no dialog question with this id.
        """
        question = self.dialogs.question(question_id)
        self._ask(host, question, "free")
        return Reply("", "question", follow_up=question.ask, fact_ids=question.facts)

    # --- recognising a new question ---------------------------------------------------------------

    def _asks(self, line: Utterance) -> bool:
        """Whether a line asks something (rather than answering the tutor's question)."""
        said = list(line.words)
        opener = said[:1]
        while said and said[0] in _LEADS:
            said = said[1:]
        if not said or "because" in said:
            return False  # "is it because he ...?" is a tentative answer
        asked = line.asked
        if not asked and len(said) > _TERSE and said[0] in _SUBORDINATE and said[1] not in _AUX:
            return False  # "when Lenin died, Stalin ..." tells; "when did Lenin die" asks
        if opener in (["and"], ["also"]) and asked:
            return True  # "and Bukharin?" goes on to another question
        if said[0] in self.cues.question_starts and not (
            said[0] in ("is", "was", "were", "are", "had", "has", "have") and len(said) < 3
        ):
            return True
        # "... when did he die": a question inside the line; "... decide who was appointed"
        # is a relative clause of a statement: "was" then no subject
        for i, (w, n) in enumerate(itertools.pairwise(said)):
            if w in _WH and n in _AUX:
                subject = said[i + 2 : i + 3]
                if asked or n not in _BE_HAVE or (subject and subject[0] in _SUBJECTS):
                    return True
        return False

    def _searches(self, said: Utterance, question: Question) -> bool:
        """Whether a line that does not answer the question is a new question instead.

        A line ending in "?" is one; a statement never is (it is an attempt, however far
        off); a terse line naming a kind of answer ("exile year") or plainly another fact
        ("nobel prize") is.
        """
        if said.asked:
            return True
        if len(said.words) > _TERSE or self.claims.looks_like_claim(said.text):
            return False
        query = said.query
        if query.qtype in ("date", "place", "person", "number"):
            return True
        hits = self.index.search(query, limit=1)
        return (
            bool(hits)
            and hits[0].coverage >= _NAMES_A_FACT
            and (hits[0].fact.id not in question.facts)
        )

    # --- asking ---------------------------------------------------------------------------------------

    def _ask(self, host: Host, question: Question, mode: str) -> None:
        p = self._pending_defaults(question.id)
        p["mode"] = mode
        self._st(host)["pending"] = p
        self._learner(host).asked(question)

    def _open(self, p: dict[str, Any], q: Question) -> list[Expectation]:
        return [e for e in q.expectations if e.id not in p["covered"] and e.id not in p["told"]]

    def _next_question(self, host: Host, after: Question) -> Question | None:
        """A question on the same topic, else on the next topic in lesson order."""
        learner = self._learner(host)
        same = learner.choose(self.dialogs.for_topic(after.topic), avoid=after.id)
        if same is not None:
            return same
        order = list(self.dialogs.lesson) or [t.id for t in self.pack.topics]
        start = order.index(after.topic) + 1 if after.topic in order else 0
        for topic in order[start:] + order[:start]:
            found = learner.choose(self.dialogs.for_topic(topic), avoid=after.id)
            if found is not None:
                return found
        return None

    # --- the ladder -------------------------------------------------------------------------------------

    def _answer(self, host: Host, said: Utterance, rng: random.Random) -> Reply | None:
        """Judge a line as the answer to the pending question, and move the ladder.

        Every statement is an attempt: it gets a verdict and the next rung, so no learner
        goes round in circles. Only a line that asks (a search, "exile year?") is left
        for the session to answer, and the question then resumes.
        """
        text = said.text
        st = self._st(host)
        p = st["pending"]
        q = self.dialogs.question(p["q"])
        filled, fixes = False, list[tuple[str, str]]()
        target = next((e for e in q.expectations if e.id == p["target"]), None)
        if p["waiting"] == "prompt" and target is not None:
            filled, fixes = self.judge.fills(target, q, text)
        lines = [*p["said"], text]
        j = self.judge.judge(q, lines)
        if filled and p["target"] in j.wrong:
            filled = False  # "Trotsky built a loyal base" has the word, not the point
        open_before = self._open(p, q)
        newly = [e.id for e in open_before if e.id in j.covered]
        if filled and target is not None and target.id not in newly and target in open_before:
            newly.append(target.id)
        checked: ClaimCheck | None = None
        if not (newly or j.misconception or j.conflict or filled):
            if j.relevance < PARTIAL and self._searches(said, q):
                return None  # a new question, never judged as a wrong answer
            checked = self._about_else(text, q)
        p["turns"] += 1
        p["ignored"] = 0
        p["said"] = lines[-_MAX_SAID:]
        for eid in newly:
            how = "prompt" if filled and target is not None and eid == target.id else None
            p["covered"][eid] = how or ("self" if p["level"].get(eid, 0) == 0 else "hint")
        parts: list[str] = []
        spelling = list(j.spelling) + [f for f in fixes if f not in j.spelling]
        if spelling and (newly or filled):
            wrong, right = spelling[0]
            parts.append(self.voice.say("spelling", rng, wrong=wrong, right=right))
        open_now = self._open(p, q)
        if not open_now:
            praise = self._praise(rng, j.echo, "praise")
            return self._finish(host, q, [praise, *parts], "correct", rng)
        verdict: Verdict
        voiced = (
            j.misconception.id
            if j.misconception is not None and j.conflict is None and not newly
            else None
        )
        if j.conflict is not None and not newly:
            verdict = "incorrect"
            opener = self.voice.say("neutral" if p["negative"] else "misconception", rng)
            parts = [opener, self._conflict(j.conflict, q, p, rng), *parts]
        elif voiced is not None and j.misconception is not None:
            self._learner(host).met(voiced)
            verdict = "incorrect"
            opener = self.voice.say("neutral" if p["negative"] else "misconception", rng)
            parts = [opener, j.misconception.correction, *parts]
        elif newly:
            verdict = "partial"
            parts = [self._praise(rng, j.echo, "partial"), *parts, self._missing(open_now, rng)]
        elif checked is not None and not checked.right:
            verdict = "incorrect"  # a false statement: say what is true
            parts = [self.claim_reply(checked, rng).text, *parts]
        elif checked is not None:
            verdict = "incorrect"  # true, but not an answer to this question
            parts = [self.voice.say("elsewhere", rng, ask=q.ask), *parts]
        elif j.evidence >= PARTIAL or filled or (j.relevance >= PARTIAL and self._on(said, q)):
            verdict = "partial"
            parts = [self.voice.say("partial", rng), *parts]
        else:
            verdict = "incorrect"
            parts = [self.voice.say("neutral" if p["negative"] else "negative", rng), *parts]
        p["negative"] = verdict == "incorrect" and not p["negative"]
        if p["turns"] >= MAX_TURNS:
            return replace(self._tell_all(host, q, parts, verdict, rng), misconception=voiced)
        return replace(self._climb(host, q, parts, verdict, rng), misconception=voiced)

    def _on(self, said: Utterance, q: Question) -> bool:
        """Whether the fact a line is most about is one the question rests on."""
        hits = self.index.search(said.query, limit=1)
        return bool(hits) and hits[0].fact.id in q.facts

    def _about_else(self, text: str, q: Question) -> ClaimCheck | None:
        """A statement checked as a claim when it answers nothing: false (corrected), or
        true of facts this question does not rest on ("True, but the question asks ...").
        None when it is true of the question's own facts, or the facts cannot tell."""
        if not (self.claims.looks_like_claim(text) or self.claims.states(text)):
            return None
        checked = self.claims.check(text)
        if checked is None or (checked.right and {f.id for f in checked.facts} & set(q.facts)):
            return None
        return checked

    def _conflict(
        self, conflict: Conflict, q: Question, p: dict[str, Any], rng: random.Random
    ) -> str:
        """Say who did what: the expectation's own assertion, after naming the mix-up."""
        e = next(e for e in q.expectations if e.id == conflict.expectation)
        if e.id not in p["told"]:
            p["told"].append(e.id)  # it has been said now; the ladder moves on
        names = self._names
        said = " and ".join(names.get(x, x) for x in conflict.said)
        right = " and ".join(names.get(x, x) for x in conflict.right)
        return self.voice.say(
            f"conflict_{conflict.kind}", rng, said=said, right=right, text=e.assertion
        )

    def _missing(self, open_now: list[Expectation], rng: random.Random) -> str:
        """Partial credit says how much is still missing; the next hint says what."""
        if len(open_now) == 1:
            return self.voice.say("missing", rng)
        return self.voice.say("missing_many", rng, n=_count(len(open_now)))

    def _praise(self, rng: random.Random, echo: str | None, key: str) -> str:
        if echo and rng.random() < 0.5:
            return self.voice.say(f"{key}_echo", rng, echo=echo)
        return self.voice.say(key, rng)

    def _hint_reply(
        self, parts: list[str], ask: str, verdict: Verdict | None, q: Question, rung: Rung
    ) -> Reply:
        return Reply(
            " ".join(x for x in parts if x),
            "hint",
            follow_up=ask,
            verdict=verdict,
            fact_ids=q.facts,
            judged_question=q.id,
            rung=rung,
        )

    def _climb(
        self, host: Host, q: Question, parts: list[str], verdict: Verdict | None, rng: random.Random
    ) -> Reply:
        """The next rung for the first open expectation; assert it when the ladder is spent."""
        p = self._st(host)["pending"]
        asserted = False
        while True:
            open_now = self._open(p, q)
            if not open_now:
                return self._finish(host, q, parts, verdict, rng)
            e = open_now[0]
            level = p["level"].get(e.id, 0)
            p["level"][e.id] = level + 1
            if level < len(e.hints):
                p["waiting"], p["target"], p["text"] = "hint", e.id, e.hints[level]
                rung: Rung = "assertion" if asserted else "hint"
                return self._hint_reply(parts, e.hints[level], verdict, q, rung)
            if level == len(e.hints):
                p["waiting"], p["target"], p["text"] = "prompt", e.id, e.prompt.text
                parts = [*parts, self.voice.say("prompt_intro", rng)]
                rung = "assertion" if asserted else "prompt"
                return self._hint_reply(parts, e.prompt.text, verdict, q, rung)
            asserted = True
            p["told"].append(e.id)
            parts = [*parts, self.voice.say("assertion", rng, text=e.assertion)]

    def _tell_all(
        self, host: Host, q: Question, parts: list[str], verdict: Verdict | None, rng: random.Random
    ) -> Reply:
        p = self._st(host)["pending"]
        told = self._open(p, q)
        p["told"].extend(e.id for e in told)
        text = " ".join(e.assertion for e in told)
        if text:
            parts = [*parts, self.voice.say("assertion", rng, text=text)]
        return self._finish(host, q, parts, verdict, rng)

    def _finish(
        self, host: Host, q: Question, parts: list[str], verdict: Verdict | None, rng: random.Random
    ) -> Reply:
        """Score the question, recap when the learner needed help, and ask the next one."""
        st = self._st(host)
        p = st["pending"]
        learner = self._learner(host)
        score = sum(_SCORE.get(p["covered"].get(e.id, ""), 0.0) for e in q.expectations)
        learner.scored(q, score / len(q.expectations))
        if p["told"]:
            learner.saw(q.facts)
        mode = p["mode"]
        st["pending"] = None
        recap = self.dialogs.recap(q.topic)
        skipped = verdict is None and len(p["told"]) == len(q.expectations)
        if recap and (p["told"] or mode == "lesson") and not skipped:
            parts = [*parts, self.voice.say("recap", rng, text=recap)]
        follow: str | None = None
        rung = _rung_of(p)
        if mode == "lesson":
            return replace(
                self._lesson_step(host, parts, verdict, q, rng), judged_question=q.id, rung=rung
            )
        if not st["quiet"]:
            nxt = self._next_question(host, q)
            if nxt is not None:
                self._ask(host, nxt, "free")
                parts = [*parts, self.voice.say("next_question", rng)]
                follow = nxt.ask
        return Reply(
            " ".join(x for x in parts if x),
            "feedback",
            follow,
            verdict=verdict,
            fact_ids=q.facts,
            judged_question=q.id,
            rung=rung,
        )

    def _dont_know(self, host: Host, rng: random.Random, opener: str) -> Reply:
        """Encouragement and the next rung: never a verdict of incorrect."""
        p = self._st(host)["pending"]
        q = self.dialogs.question(p["q"])
        if p["mode"] == "quiz":
            return self._quiz_answer(host, "", rng)
        p["turns"] += 1
        p["ignored"] = 0
        p["negative"] = False
        parts = [self.voice.say(opener, rng)] if opener else []
        if p["turns"] >= MAX_TURNS:
            return self._tell_all(host, q, parts, None, rng)
        return self._climb(host, q, parts, None, rng)

    def _skip(self, host: Host, rng: random.Random) -> Reply:
        p = self._st(host)["pending"]
        q = self.dialogs.question(p["q"])
        if p["mode"] == "quiz":
            return self._quiz_answer(host, "", rng)
        told = self._open(p, q)
        p["told"].extend(e.id for e in told)
        text = " ".join(e.assertion for e in told)
        return self._finish(host, q, [self.voice.say("skipped", rng, text=text)], None, rng)

    def _offer(self, host: Host, rng: random.Random) -> Reply:
        """Something to think about when the learner has nothing to ask."""
        question = self._pick_weakest(host)
        if question is None:
            return Reply(self.voice.say("no_questions", rng), "smalltalk")
        self._ask(host, question, "free")
        return Reply(self.voice.say("encourage", rng), "hint", follow_up=question.ask)

    def _pick_weakest(self, host: Host) -> Question | None:
        learner = self._learner(host)
        order = list(self.dialogs.lesson) or [t.id for t in self.pack.topics]
        for topic in learner.weakest_topics(order):
            found = learner.choose(self.dialogs.for_topic(topic), avoid=learner.last_asked())
            if found is not None:
                return found
        return None

    # --- claims ------------------------------------------------------------------------------------------

    def _claim(self, text: str, rng: random.Random) -> Reply | None:
        checked = self.claims.check(text)
        if checked is None:
            return None
        return self.claim_reply(checked, rng)

    def claim_reply(self, checked: ClaimCheck, rng: random.Random) -> Reply:
        """Confirm a right claim (kind answer) or state the right fact (kind correction)."""
        ids = tuple(f.id for f in checked.facts)
        if checked.right:
            body = checked.facts[0].answer
            return Reply(self.voice.say("confirm", rng, text=body), "answer", fact_ids=ids)
        body = checked.correction or " ".join(dict.fromkeys(f.answer for f in checked.facts[:2]))
        return Reply(
            self.voice.say("correct_claim", rng, text=body),
            "correction",
            fact_ids=ids,
            misconception=self._misconception_of.get(checked.correction),
        )

    # --- context: tell me more, who else, what next ---------------------------------------------------------

    def _context(self, host: Host, cue: str, rng: random.Random) -> Reply:
        context = host.state.get("context") or {}
        last = context.get("fact") if isinstance(context, dict) else None
        last = last if isinstance(last, str) else None
        told = set(host.state.get("told") or [])
        if last is None or last not in self.pack.by_id:
            if cue == "what_next":
                fresh = next((f for f in self.pack.facts if f.id not in told), None)
                if fresh is not None:
                    return self._tell(host, fresh, "more", rng)
            return Reply(self.voice.say("nothing_yet", rng), "smalltalk")
        fact = self.pack.fact(last)
        if cue == "tell_more":
            found = self._more(fact, told)
            if found is None:
                return Reply(self.voice.say("no_more", rng), "fallback")
            return self._tell(host, found, "more", rng)
        if cue == "who_else":
            found = self._who_else(fact, context, told)
            if found is None:
                return Reply(self.voice.say("who_else_none", rng), "fallback")
            return self._tell(host, found, "", rng)
        following = self._following(fact)
        if following is None:
            return Reply(self.voice.say("next_none", rng), "fallback")
        return self._tell(host, following, "", rng)

    def _tell(self, host: Host, fact: Fact, key: str, rng: random.Random) -> Reply:
        host.note(fact)
        text = self.voice.say(key, rng, text=fact.answer) if key else fact.answer
        return Reply(text, "answer", fact_ids=(fact.id,))

    def _more(self, fact: Fact, told: set[str]) -> Fact | None:
        """A related fact not told yet, else the next untold one of the same topic."""
        said = {fact.answer}
        for fid in fact.related:
            other = self.pack.fact(fid)
            if fid not in told and other.answer not in said:
                return other
        same = [f for f in self.pack.facts if f.topic == fact.topic]
        start = same.index(fact) if fact in same else 0
        for other in same[start + 1 :] + same[:start]:
            if other.id not in told and other.answer not in said:
                return other
        return None

    def _who_else(self, fact: Fact, context: dict[str, Any], told: set[str]) -> Fact | None:
        """A fact naming a person the last answer did not, on the same subject."""
        known = set(self._people(fact))
        kinds = self.analyzer.entity_kinds
        # what the learner asked about ("ally"), else what the last answer was about
        terms = [
            t
            for t in context.get("terms", [])
            if isinstance(t, str) and t not in kinds and t not in self._time_terms
        ]
        if not terms:
            said = self.analyzer.analyze(fact.answer, correct=False).terms
            terms = [t for t in said if t not in known]
        query = self.analyzer.analyze("", correct=False)
        query = replace(query, terms=tuple(terms), qtype="person")
        hits = self.index.search(query, limit=10)
        related = set(fact.related)
        hits.sort(key=lambda h: (-(h.score + (0.1 if h.fact.id in related else 0.0)), h.fact.id))
        for hit in hits:
            if hit.fact.id != fact.id and set(self._people(hit.fact)) - known:
                return hit.fact
        return None

    def _people(self, fact: Fact) -> list[str]:
        kinds = self.analyzer.entity_kinds
        found = self.analyzer.analyze(f"{fact.answer} {fact.source}", correct=False).entities
        return [e for e in found if kinds.get(e) == "person"]

    def _following(self, fact: Fact) -> Fact | None:
        """What happened next: the next dated fact when this one has a year, else the next
        fact in the order of the text (texts are not always told in time order)."""
        i = self._order[fact.id]
        year = self._years.get(fact.id)
        if year is not None:
            later = [
                (y, self._order[fid], fid)
                for fid, y in self._years.items()
                if y > year or (y == year and self._order[fid] > i)
            ]
            for _, _, fid in sorted(later):
                other = self.pack.fact(fid)
                if other.answer != fact.answer and other.source != fact.source:
                    return other
        for other in self.pack.facts[i + 1 :]:
            if other.answer != fact.answer and other.source != fact.source:
                return other
        return None

    # --- commands ----------------------------------------------------------------------------------------------

    def command(self, host: Host, text: str) -> Reply | None:
        """A reply to a /command, or None for a command the dialogue does not know."""
        parts = text[1:].split(maxsplit=1)
        name = parts[0].lower() if parts else ""
        arg = parts[1].strip() if len(parts) > 1 else ""
        st = self._st(host)
        rng = self._rng(host)
        if name in ("help", "h", "?"):
            example = self.pack.facts[0].questions[0] if self.pack.facts else ""
            return Reply(self.voice.say("help", rng, example=example), "command")
        if name == "topics":
            return Reply(self._topics(), "command")
        if name == "progress":
            return Reply(self._progress(host), "command")
        if name == "quiet":
            st["quiet"] = not st["quiet"]
            key = "quiet_on" if st["quiet"] else "quiet_off"
            if st["quiet"] and st["pending"] is not None and st["pending"]["mode"] == "free":
                st["pending"] = None
            return Reply(self.voice.say(key, rng), "command")
        if name == "lesson":
            return self.lesson(host, arg, rng)
        if name == "quiz":
            return self.quiz(host, arg, rng)
        if name in ("hint", "skip"):
            if st["pending"] is None:
                return Reply(self.voice.say("no_pending", rng), "command")
            if name == "skip":
                return self._skip(host, rng)
            return self._dont_know(host, rng, "hint")
        return None

    def _topics(self) -> str:
        titles = [f"{i}. {t.title}" for i, t in enumerate(self.pack.topics, start=1)]
        return self.voice.say("topics", random.Random(0), titles="; ".join(titles))

    def _progress(self, host: Host) -> str:
        """The learner's progress in a sentence (the figures of `Tutor.progress`)."""
        progress = progress_of(self.pack, host.learner)
        rows = [
            f"{t.title}: {t.mastery:.0%} ({t.mastered} of {_counted(t.questions)})"
            for t in progress.topics
            if t.questions
        ]
        head = f"Your progress ({progress.facts_seen} of {progress.facts} facts seen)"
        if not rows:
            return head + ". There are no questions in this pack yet."
        return head + ": " + "; ".join(rows) + "."

    # --- lessons --------------------------------------------------------------------------------------------------

    def lesson(self, host: Host, arg: str, rng: random.Random) -> Reply:
        """Start (or with "stop", end) a guided lesson through the topics in lesson order."""
        st = self._st(host)
        if arg.lower() in ("stop", "end", "off", "quit"):
            st["lesson"] = None
            if st["pending"] is not None and st["pending"]["mode"] == "lesson":
                st["pending"] = None
            return Reply("OK, lesson stopped. Ask me anything.", "lesson")
        topics = [t for t in self.dialogs.lesson if self.dialogs.for_topic(t)]
        if not topics:
            return Reply(self.voice.say("lesson_empty", rng), "lesson")
        st["lesson"] = {"topics": topics, "at": -1}
        st["quiz"] = None
        st["pending"] = None
        return self._lesson_step(host, [self.voice.say("lesson_start", rng)], None, None, rng)

    def _lesson_step(
        self,
        host: Host,
        parts: list[str],
        verdict: Verdict | None,
        done: Question | None,
        rng: random.Random,
    ) -> Reply:
        """Move the lesson to its next topic and ask that topic's weakest question."""
        st = self._st(host)
        lesson = st["lesson"]
        kind: Kind = "lesson" if done is None else "feedback"
        facts = done.facts if done is not None else ()
        if lesson is None:
            return Reply(" ".join(parts), kind, verdict=verdict, fact_ids=facts)
        lesson["at"] += 1
        topics: list[str] = lesson["topics"]
        if lesson["at"] >= len(topics):
            st["lesson"] = None
            parts = [*parts, self.voice.say("lesson_done", rng)]
            return Reply(" ".join(parts), kind, verdict=verdict, fact_ids=facts)
        topic = topics[lesson["at"]]
        learner = self._learner(host)
        candidates = self.dialogs.for_topic(topic)
        question = learner.choose(candidates, avoid=learner.last_asked()) or min(
            candidates, key=lambda q: (learner.times_asked(q.id), q.id != candidates[0].id)
        )
        self._ask(host, question, "lesson")
        title = self._titles.get(topic, topic)
        parts = [
            *parts,
            self.voice.say("lesson_topic", rng, n=lesson["at"] + 1, total=len(topics), title=title),
        ]
        return Reply(
            " ".join(parts),
            kind,
            follow_up=question.ask,
            verdict=verdict,
            fact_ids=facts,
        )

    # --- quizzes ------------------------------------------------------------------------------------------------------

    def quiz(self, host: Host, arg: str, rng: random.Random) -> Reply:
        """Start a quiz of N questions across topics, weakest topics first."""
        st = self._st(host)
        try:
            n = int(arg) if arg else _QUIZ_DEFAULT
        except ValueError:
            return Reply("Usage: /quiz [N], e.g. /quiz 5.", "command")
        n = max(1, min(n, _QUIZ_MAX, len(self.dialogs.questions)))
        if not self.dialogs.questions:
            return Reply(self.voice.say("no_questions", rng), "command")
        queue = self._quiz_questions(host, n)
        st["lesson"] = None
        st["quiz"] = {"queue": [q.id for q in queue[1:]], "n": len(queue), "score": 0.0}
        self._ask(host, queue[0], "quiz")
        text = self.voice.say("quiz_start", rng, n=_counted(len(queue)))
        return Reply(text, "quiz", follow_up=queue[0].ask)

    def _quiz_questions(self, host: Host, n: int) -> list[Question]:
        """N questions spread over the topics, weakest topics and questions first."""
        learner = self._learner(host)
        order = list(self.dialogs.lesson) or [t.id for t in self.pack.topics]
        topics = learner.weakest_topics(order)
        chosen: list[Question] = []
        while len(chosen) < n:
            added = False
            for topic in topics:
                pool = [q for q in self.dialogs.for_topic(topic) if q not in chosen]
                if not pool or len(chosen) >= n:
                    continue
                unmastered = [q for q in pool if not learner.mastered(q.id)] or pool
                best = min(
                    unmastered, key=lambda q: (learner.times_asked(q.id), learner.score(q.id))
                )
                chosen.append(best)
                added = True
            if not added:
                break
        return chosen

    def _quiz_answer(self, host: Host, text: str, rng: random.Random) -> Reply:
        """One quiz answer: a verdict, the answer when it was not right, then the next."""
        st = self._st(host)
        p = st["pending"]
        q = self.dialogs.question(p["q"])
        quiz = st["quiz"] or {"queue": [], "n": 1, "score": 0.0}
        j = self.judge.judge(q, [text]) if text else None
        verdict: Verdict | None
        if j is not None and len(j.covered) == len(q.expectations):
            verdict, gained, parts = "correct", 1.0, [self.voice.say("quiz_right", rng)]
        else:
            missing = [e for e in q.expectations if j is None or e.id not in j.covered]
            told = " ".join(e.assertion for e in missing)
            # half a point for being on the way, never for saying a point wrongly
            some = j is not None and (bool(j.covered) or (j.relevance >= PARTIAL and not j.wrong))
            verdict = ("partial" if some else "incorrect") if j is not None else None
            gained = 0.5 if some else 0.0
            key = "quiz_partial" if some else "quiz_wrong" if j is not None else "quiz_told"
            parts = [self.voice.say(key, rng, text=told)]
        self._learner(host).scored(q, gained)
        if verdict != "correct":
            self._learner(host).saw(q.facts)
        quiz["score"] = float(quiz.get("score", 0.0)) + gained
        st["pending"] = None
        rung: Rung | None = None if verdict == "correct" else "assertion"  # the answer is told
        if quiz["queue"]:
            nxt = self.dialogs.questions.get(quiz["queue"].pop(0))
            if nxt is not None:
                st["quiz"] = quiz
                self._ask(host, nxt, "quiz")
                return Reply(
                    " ".join(parts),
                    "feedback",
                    nxt.ask,
                    verdict,
                    q.facts,
                    judged_question=q.id,
                    rung=rung,
                )
        st["quiz"] = None
        score = f"{quiz['score']:g}"
        parts.append(self.voice.say("quiz_done", rng, score=score, n=quiz.get("n", 1)))
        return Reply(
            " ".join(parts), "feedback", None, verdict, q.facts, judged_question=q.id, rung=rung
        )


def _rung_of(p: dict[str, Any]) -> Rung | None:
    """The highest rung a question needed: an assertion, else the way its points were won."""
    if p["told"]:
        return "assertion"
    how = set(p["covered"].values())
    if "prompt" in how:
        return "prompt"
    if "hint" in how:
        return "hint"
    return None


def _count(n: int) -> str:
    """A small count in words ("two"), as a sentence says it."""
    words = ("no", "one", "two", "three", "four", "five", "six")
    return words[n] if n < len(words) else str(n)


def _first_year(fact: Fact) -> int | None:
    """The year a fact is dated by (its `date`, else the first year its answer names)."""
    for text in (fact.date or "", fact.answer):
        found = YEAR.search(text)
        if found:
            return int(found.group(1))
    return None


def _counted(n: int, word: str = "question") -> str:
    """'1 question', '5 questions'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
