"""The hint ladder: judge a line as the answer to the pending question, and climb.

AutoTutor's frame: feedback (partial credit says how much is missing), then hint ->
prompt -> assertion for the first open point, then a recap and the next question. Every
statement is an attempt that gets a verdict and moves the ladder, and after MAX_TURNS
lines on one question the answer is told, so no learner goes round in circles.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ._asking import Asking, Host, open_expectations
from ._claim_elsewhere import thin
from ._claim_replies import ClaimReplies
from ._claims import ClaimCheck
from ._content import Pack
from ._dialogs import Expectation, Question
from ._index import Index
from ._judge import PARTIAL, Conflict, Judge
from ._learner import CONTRADICTED
from ._phrase_table import entity_key
from ._phrases import Voice
from ._planner import Planner
from ._recap import MAX_CORRECTED, casing, recap
from ._reply import Reply, Rung, Verdict
from ._text import fold, split_words
from ._utterance import Reader, Utterance

__all__ = ["MAX_TURNS", "Ladder"]

MAX_TURNS = 5  # learner turns on one question before the tutor says the answer and moves on
_MAX_SAID = 8  # lines kept per question (all that the learner said on it)
_GOES_ON = frozenset(["and", "but", "not", "no", "ok", "okay"])  # the learner's own talk on
_FRAGMENT_STARTS = frozenset(
    ["at", "in", "on", "with", "by", "from", "to", "into", "during", "after", "before", "about"]
)
_ALSO = frozenset(["too", "also", "just", "only", "either"])  # "bukharin too?"
_SHORT = 6  # words a question going on with "too" may have ("did Bukharin have a group too?")
_TERSE = 4  # words a search without a question mark may have ("exile year")
_NAMES_A_FACT = 0.75  # coverage at which an unjudged line is taken as a question about that fact
_SCORE = {"self": 1.0, "hint": 0.75, "prompt": 0.5}


class Ladder:
    """Answers to the pending question, judged and climbed. Immutable; shared by sessions."""

    def __init__(
        self,
        pack: Pack,
        index: Index,
        asking: Asking,
        planner: Planner,
        judge: Judge,
        replies: ClaimReplies,
        voice: Voice,
        reader: Reader,
    ) -> None:
        self.dialogs = pack.dialogs
        self.index = index
        self.asking = asking
        self.planner = planner
        self.judge = judge
        self.replies = replies
        self.claims = replies.claims
        self.voice = voice
        self.recall = reader.recall  # a line said earlier, as it was read then
        self._names = {entity_key(e.name): e.name for e in pack.entities}
        self._cased = casing(n for e in pack.entities for n in (e.name, *e.aliases))

    def _searches(self, said: Utterance, question: Question, free: bool = True) -> bool:
        """Whether a line that does not answer the question is a new question instead.

        A line that asks with a question word is one; a statement never is (it is an
        attempt, however far off), nor is a terse guess ending in "?" ("the army?"); a
        terse line naming a kind of answer ("exile year") is, and in free talk one that
        plainly names another fact ("nobel prize"): in a lesson or a quiz that is the
        learner's guess at the tutor's question ("the dairy" to "who turns the milk ...").
        """
        terse = len(said.words) <= _TERSE
        if said.asked and not (terse and self.claims.cues.question_starts.isdisjoint(said.words)):
            return True
        if not terse or self.claims.looks_like_claim(said):
            return False
        query = said.query
        if query.qtype in ("date", "place", "person", "number"):
            return True
        if said.asked or not free:
            return False  # "the army?" is a guess at the answer, unsure of itself
        hits = self.index.search(query, limit=1)
        return (
            bool(hits)
            and hits[0].coverage >= _NAMES_A_FACT
            and (hits[0].fact.id not in question.facts)
        )

    def _moves_on(self, said: Utterance, pending: Mapping[str, Any]) -> bool:
        """Whether a line off the question, said after an answer's follow-up question, goes
        on with the learner's own talk: a question in it ("the testament, what was in
        it"), or going on from the learner's last ("and the left opposition", "not that,
        the earlier one", "at his house?", "no, I mean ..."). Only a lesson or a quiz
        takes every such line as an attempt;
        a statement, "because ..." or a bare guess ("the army") is one anyway."""
        if pending["mode"] != "free" or self.claims.looks_like_claim(said):
            return False
        words = said.words
        if not words or _reasons(words):
            return False
        if said.asked and words[0] in _FRAGMENT_STARTS:
            return True  # "at his house?": a piece of the learner's last question
        if self.index.analyzer.corrects(said.tokens):
            return True  # "no, I mean out of the whole party": the learner's own, again
        # a question word opening the line or its last clause ("the testament, what was
        # in it"); one inside a statement ("his rise shows how strategy ...") asks nothing
        clause = len(words) - said.after_comma if said.after_comma else 0
        asks = self.index.analyzer.qwords
        return words[0] in asks or words[0] in _GOES_ON or words[clause] in asks

    def _plainly_asks(self, said: Utterance, pending: Mapping[str, Any]) -> bool:
        """Whether a line after an answer's follow-up question plainly asks something of
        the learner's own: it ends in a question word ("out of step with what", "so the
        weaker one won, how"), or is a short question going on with "too", "just" or
        "also" ("bukharin too?") or asked in surprise ("an ice axe??"). Asked, as the
        other tests are, only of a line near nothing the question expects (a right guess,
        "he feared him too?", is judged), and only in free talk: in a lesson or a quiz
        every line is an attempt."""
        words = said.words
        if pending["mode"] != "free" or _reasons(words):
            return False
        if len(words) >= 2 and words[-1] in self.index.analyzer.qwords:
            return True
        short = said.asked and len(words) <= _SHORT
        return short and (not _ALSO.isdisjoint(words) or said.text.rstrip().endswith("??"))

    def answer(self, host: Host, said: Utterance, rng: random.Random) -> Reply | None:
        """Judge a line as the answer to the pending question, and move the ladder.

        Every statement is an attempt: it gets a verdict and the next rung, so no learner
        goes round in circles. Only a line that asks (a search, "exile year?") is left
        for the session to answer, and the question then resumes.
        """
        text = said.text
        st = self.asking.state(host)
        p = st["pending"]
        q = self.dialogs.question(p["q"])
        filled, fixes = False, list[tuple[str, str]]()
        target = next((e for e in q.expectations if e.id == p["target"]), None)
        if p["waiting"] == "prompt" and target is not None:
            filled, fixes = self.judge.fills(target, q, said)
        # every line said on the question, as read when it was said
        lines = [*(self.recall(line) for line in p["said"]), said]
        j = self.judge.judge(q, lines)
        if filled and (j.wrong or j.misconception is not None):
            # "Trotsky built a loyal base" has the word, not the point; "he went to the
            # funeral" has a word for "move", but is a mix-up of another point
            filled = False
        open_before = open_expectations(p, q)
        newly = [e.id for e in open_before if e.id in j.covered]
        if filled and target is not None and target.id not in newly and target in open_before:
            newly.append(target.id)
        checked: ClaimCheck | None = None
        fill_in = p["waiting"] == "prompt" and not said.asked and len(said.words) <= _TERSE
        # true of another fact: neither an answer nor a mix-up ("True, but ...")
        elsewhere = bool(j.elsewhere) and not (newly or filled)
        if not (newly or j.misconception or j.conflict or filled or fill_in):
            asks = (
                said.foreign  # "qui a tué Trotsky ? 日本語": not the text's language
                or self._searches(said, q, p["mode"] == "free")
                or self._moves_on(said, p)
                or self._plainly_asks(said, p)
            )
            if j.relevance < PARTIAL and asks:
                return None  # a new question, never judged as a wrong answer
            if not (elsewhere or j.aside):
                checked = self._about_else(said, q, j.evidence >= PARTIAL)
        if (
            p["mode"] == "free"
            and checked is not None
            and not checked.right
            and j.evidence < PARTIAL
            and not {f.id for f in checked.facts} & set(q.facts)
        ):
            # a wrong claim about another part of the text ("Stalin was exiled in 1929"
            # while the follow-up after an answer asks why Trotsky's brilliance failed) is
            # no attempt at it: corrected as the claim it is (and counted so in the class
            # report), the question still waiting at its rung. In a lesson every
            # statement stays an attempt, so the ladder still climbs there.
            host.note(checked.facts[0])
            return self.replies.reply(checked, rng)
        p["turns"] += 1
        p["ignored"] = 0
        p["said"] = [line.text for line in lines[-_MAX_SAID:]]
        for eid in newly:
            how = "prompt" if filled and target is not None and eid == target.id else None
            p["covered"][eid] = how or ("self" if p["level"].get(eid, 0) == 0 else "hint")
        parts: list[str] = []
        spelling = [
            f
            for f in [*j.spelling, *(f for f in fixes if f not in j.spelling)]
            if _misspelt(*f) and f[1] in self._keys(q, newly)
        ]
        if spelling and (newly or filled):
            wrong, right = spelling[0]
            parts.append(self.voice.say("spelling", rng, wrong=wrong, right=right))
        open_now = open_expectations(p, q)
        if not open_now:
            echo = (
                _echo(text, self._keys(q, newly), fixes + list(j.spelling))
                if j.evidence >= PARTIAL
                else None
            )
            praise = self._praise(rng, echo, "praise")
            return self._finish(host, q, [praise, *parts], "correct", rng)
        verdict: Verdict
        # a known wrong idea gets its own correction, before any mix-up read from frames
        voiced = j.misconception.id if j.misconception is not None and not newly else None
        if voiced is not None and j.misconception is not None:
            self.asking.learner(host).met(voiced)
            verdict = "incorrect"
            opener = self.voice.say("neutral" if p["negative"] else "misconception", rng)
            parts = [opener, j.misconception.correction, *parts]
            _corrected(p, text, j.misconception.correction)
        elif j.conflict is not None and not newly:
            verdict = "incorrect"
            opener = self.voice.say("neutral" if p["negative"] else "misconception", rng)
            correction = self._conflict(j.conflict, q, p, rng)
            parts = [opener, correction, *parts]
            _corrected(p, text, correction)
        elif newly:
            verdict = "partial"
            echo = (
                _echo(text, self._keys(q, newly), fixes + list(j.spelling))
                if j.evidence >= PARTIAL
                else None
            )
            parts = [self._praise(rng, echo, "partial"), *parts, self._missing(open_now, rng)]
        elif j.aside and not elsewhere:
            verdict = "partial"  # its event, with someone it never names: not vouched for
            parts = [self.voice.say("aside", rng), *parts]
        elif checked is not None and not checked.right:
            verdict = "incorrect"  # a false statement: say what is true
            parts = [self.replies.reply(checked, rng).text, *parts]
            _corrected(p, text, checked.correction or checked.facts[0].answer)
        elif checked is not None or elsewhere:
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
            return replace(self.tell_all(host, q, parts, verdict, rng), misconception=voiced)
        return replace(self._climb(host, q, parts, verdict, rng), misconception=voiced)

    def _keys(self, q: Question, ids: list[str]) -> set[str]:
        """The key words of these expectations: the only words worth a spelling note."""
        return {
            w
            for e in q.expectations
            if e.id in ids
            for key in (*e.keywords, *e.prompt.answers)
            for w in split_words(key)
        }

    def _on(self, said: Utterance, q: Question) -> bool:
        """Whether the fact a line is most about is one the question rests on."""
        hits = self.index.search(said.query, limit=1)
        return bool(hits) and hits[0].fact.id in q.facts

    def _about_else(self, said: Utterance, q: Question, on_way: bool) -> ClaimCheck | None:
        """A statement checked as a claim when it answers nothing: false (corrected), or
        true of facts this question does not rest on ("True, but the question asks ...").
        None when it is true of the question's own facts, or the facts cannot tell.

        A line on the way to one of the question's points (`on_way`: "because he was
        still a threat to Stalin") is judged against that point, not corrected by a
        fact the question does not rest on: sharing a predicate with that fact ("feared
        Trotsky") is no mix-up of it, since others may well do the same; turning its
        who-did-what round ("Stalin was a threat to Trotsky") is."""
        if not (self.claims.looks_like_claim(said) or self.claims.states(said)):
            return None
        checked = self.claims.check(said)
        if checked is None or thin(said, checked, self.index.analyzer.entity_kinds):
            return None  # "only the party": a word a fact holds tells neither way
        own = {f.id for f in checked.facts} & set(q.facts)
        if checked.right and own:
            return None
        doers = [v for f in said.frames for v in f.role("agent")]
        if checked.right and on_way and doers and all(v[0] == "~" for v in doers):
            return None  # "he was still scared of Trotsky": "he" is whom the question asks of
        if not (checked.right or own or not on_way) and not self._turns_round(said, checked):
            return None
        return checked

    def _turns_round(self, said: Utterance, checked: ClaimCheck) -> bool:
        """Whether the line turns round who did what in a fact it was checked against:
        only that makes it a mix-up of a fact the question does not rest on."""
        return any(self.claims.turns_round(said, f) for f in checked.facts)

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
        kind = conflict.kind
        if kind == "negated" and not conflict.denied:
            kind = "affirmed"  # the text denies what the line says happened
        return self.voice.say(f"conflict_{kind}", rng, said=said, right=right, text=e.assertion)

    def _missing(self, open_now: list[Expectation], rng: random.Random) -> str:
        """Partial credit says how much is still missing; the next hint says what."""
        if len(open_now) == 1:
            return self.voice.say("missing", rng)
        return self.voice.say("missing_many", rng, n=_count(len(open_now)))

    def _praise(self, rng: random.Random, echo: str | None, key: str) -> str:
        # partial credit always says what was right; praise for a full answer only at times
        if echo and (key == "partial" or rng.random() < 0.5):
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
        p = self.asking.state(host)["pending"]
        asserted = False
        while True:
            open_now = open_expectations(p, q)
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

    def tell_all(
        self, host: Host, q: Question, parts: list[str], verdict: Verdict | None, rng: random.Random
    ) -> Reply:
        p = self.asking.state(host)["pending"]
        told = open_expectations(p, q)
        p["told"].extend(e.id for e in told)
        text = " ".join(e.assertion for e in told)
        if text:
            parts = [*parts, self.voice.say("assertion", rng, text=text)]
        return self._finish(host, q, parts, verdict, rng)

    def _finish(
        self, host: Host, q: Question, parts: list[str], verdict: Verdict | None, rng: random.Random
    ) -> Reply:
        """Score the question, recap when the learner needed help, and ask the next one.

        The score counts each point by how it was won (alone, after a hint, from a
        fill-in) less CONTRADICTED for every line that said the opposite of the text.
        """
        st = self.asking.state(host)
        p = st["pending"]
        learner = self.asking.learner(host)
        won = sum(_SCORE.get(p["covered"].get(e.id, ""), 0.0) for e in q.expectations)
        score = max(0.0, won / len(q.expectations) - CONTRADICTED * p["contradicted"])
        learner.scored(q, score, learner.sitting(st))
        learner.saw(q.facts)  # said by the learner or told by the tutor: seen either way
        mode = p["mode"]
        st["pending"] = None
        summary = self.dialogs.recap(q.topic)
        skipped = verdict is None and len(p["told"]) == len(q.expectations)
        if (summary or p["corrected"]) and (p["told"] or mode == "lesson") and not skipped:
            parts = [*parts, recap(q, p, summary, self.voice, rng, self._cased)]
        follow: str | None = None
        rung = _rung_of(p)
        if mode == "lesson":
            return replace(
                self.planner.lesson_step(
                    host, parts, verdict, q, rng, None if p.get("skipped") else score
                ),
                judged_question=q.id,
                rung=rung,
            )
        if not st["quiet"]:
            nxt = self.planner.next_question(host, q)
            if nxt is not None:
                self.asking.ask(host, nxt, "free")
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

    def dont_know(self, host: Host, rng: random.Random, opener: str) -> Reply:
        """Encouragement and the next rung: never a verdict of incorrect."""
        p = self.asking.state(host)["pending"]
        q = self.dialogs.question(p["q"])
        if p["mode"] == "quiz":
            return self.planner.quiz_answer(host, None, rng)
        p["turns"] += 1
        p["ignored"] = 0
        p["negative"] = False
        parts = [self.voice.say(opener, rng)] if opener else []
        if p["turns"] >= MAX_TURNS:
            return self.tell_all(host, q, parts, None, rng)
        return self._climb(host, q, parts, None, rng)

    def skip(self, host: Host, rng: random.Random) -> Reply:
        p = self.asking.state(host)["pending"]
        q = self.dialogs.question(p["q"])
        if p["mode"] == "quiz":
            return self.planner.quiz_answer(host, None, rng)
        told = open_expectations(p, q)
        p["told"].extend(e.id for e in told)
        p["skipped"] = True  # a lesson moves on from it rather than asking more
        text = " ".join(e.assertion for e in told)
        return self._finish(host, q, [self.voice.say("skipped", rng, text=text)], None, rng)


def _corrected(p: dict[str, Any], said: str, correction: str) -> None:
    """Remember a line the tutor corrected (for the recap); it counts against the score."""
    p["contradicted"] += 1
    p["corrected"] = [*p["corrected"], [said, correction]][-MAX_CORRECTED:]


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


_ECHO_MAX = 5  # words of the learner's that feedback quotes back


def _echo(text: str, keys: set[str], fixes: list[tuple[str, str]]) -> str | None:
    """What matters in the learner's line, in their words, to quote back: the stretch from
    the first key word they used to the last ("Stalin controled the apointments" ->
    "appointments"), spelt right; None when they used none, or when the stretch is long
    (one word of it would stand for all they said, and misread it)."""
    fixed = {w: right for w, right in fixes if _misspelt(w, right)}  # "lenins" stays
    words = text.split()
    said = [fixed.get(w, w) for w in (fold(w).strip('.,;:!?"()') for w in words)]
    hits = [i for i, w in enumerate(said) if w and any(not _misspelt(w, k) for k in keys)]
    if not hits:
        return None
    first, last = hits[0], hits[-1]
    if last - first >= _ECHO_MAX:
        return None  # "Yes: "politburo" is exactly the point" of three points said at length
    shown = [said[i] if said[i] != fold(w).strip('.,;:!?"()') else w for i, w in enumerate(words)]
    return " ".join(shown[first : last + 1]).strip('.,;:!?"()')


def _misspelt(said: str, right: str) -> bool:
    """Whether a word was misspelt, not just put in another form: "lenins", "Lenin's" and
    "lenin" are all Lenin; "appointment" is one of the "appointments"."""
    a, b = (w.lower().replace("'", "").replace("\u2019", "") for w in (said, right))
    return a != b and a not in (b + "s", b + "es") and b not in (a + "s", a + "es")


def _count(n: int) -> str:
    """A small count in words ("two"), as a sentence says it."""
    words = ("no", "one", "two", "three", "four", "five", "six")
    return words[n] if n < len(words) else str(n)


def _reasons(words: tuple[str, ...]) -> bool:
    """Whether a line gives a reason ("because he feared him"), as an attempt at a
    "why" does; "because of that" inside a question asks of one."""
    return any(w == "because" and words[k + 1 : k + 2] != ("of",) for k, w in enumerate(words))
