"""Lessons and quizzes: which question to ask next, and keeping a quiz's score.

A lesson walks the topics in the pack's lesson order and asks each topic's weakest
question; a quiz asks N questions across topics, weakest first, and tells the answer
after each. The ladder hands a finished question here to ask the next one.
"""

from __future__ import annotations

import random

from ._asking import Asking, Host
from ._content import Pack
from ._dialogs import Question
from ._judge import PARTIAL, Judge
from ._phrases import Voice
from ._reply import Kind, Reply, Rung, Verdict

__all__ = ["Planner"]

_QUIZ_DEFAULT, _QUIZ_MAX = 5, 20


class Planner:
    """What to ask next, in free talk, a lesson or a quiz. Immutable; shared by sessions."""

    def __init__(self, pack: Pack, asking: Asking, judge: Judge, voice: Voice) -> None:
        self.pack = pack
        self.dialogs = pack.dialogs
        self.asking = asking
        self.judge = judge
        self.voice = voice

    def next_question(self, host: Host, after: Question) -> Question | None:
        """A question on the same topic, else on the next topic in lesson order."""
        learner = self.asking.learner(host)
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

    def offer(self, host: Host, rng: random.Random) -> Reply:
        """Something to think about when the learner has nothing to ask."""
        question = self._pick_weakest(host)
        if question is None:
            return Reply(self.voice.say("no_questions", rng), "smalltalk")
        self.asking.ask(host, question, "free")
        return Reply(self.voice.say("encourage", rng), "hint", follow_up=question.ask)

    def _pick_weakest(self, host: Host) -> Question | None:
        learner = self.asking.learner(host)
        order = list(self.dialogs.lesson) or [t.id for t in self.pack.topics]
        for topic in learner.weakest_topics(order):
            found = learner.choose(self.dialogs.for_topic(topic), avoid=learner.last_asked())
            if found is not None:
                return found
        return None

    # --- lessons --------------------------------------------------------------------------------------------------

    def lesson(self, host: Host, arg: str, rng: random.Random) -> Reply:
        """Start (or with "stop", end) a guided lesson through the topics in lesson order."""
        st = self.asking.state(host)
        if arg.lower() in ("stop", "end", "off", "quit"):
            st["lesson"] = None
            if st["pending"] is not None and st["pending"]["mode"] == "lesson":
                st["pending"] = None
            return Reply("OK, lesson stopped. Ask me anything.", "lesson")
        if st["lesson"] is not None:  # under way, in this sitting or a saved one: go on
            return self._lesson_resume(host, rng)
        topics = [t for t in self.dialogs.lesson if self.dialogs.for_topic(t)]
        if not topics:
            return Reply(self.voice.say("lesson_empty", rng), "lesson")
        st["lesson"] = {"topics": topics, "at": -1}
        st["quiz"] = None
        st["pending"] = None
        return self.lesson_step(host, [self.voice.say("lesson_start", rng)], None, None, rng)

    def _lesson_resume(self, host: Host, rng: random.Random) -> Reply:
        """The lesson where it stopped: its topic, and the question it waits for (asked
        again in full after a hint), else the next topic's."""
        st = self.asking.state(host)
        lesson, p = st["lesson"], st["pending"]
        if p is None or p["mode"] != "lesson" or lesson["at"] < 0:
            return self.lesson_step(host, [self.voice.say("lesson_resume", rng)], None, None, rng)
        topics: list[str] = lesson["topics"]
        # the topic in hand, if the lesson keeps one apart from the furthest reached
        topic = lesson.get("topic") or topics[lesson["at"]]
        title = self.asking.titles.get(topic, topic)
        parts = [
            self.voice.say("lesson_resume", rng),
            self.voice.say("lesson_topic", rng, n=lesson["at"] + 1, total=len(topics), title=title),
        ]
        ask = self.dialogs.question(p["q"]).ask
        if p["text"] != ask:  # a hint or a fill-in was the last thing asked
            parts.append(self.voice.say("repeat_with_rung", rng, ask=ask))
        return Reply(" ".join(parts), "lesson", follow_up=str(p["text"]))

    def lesson_step(
        self,
        host: Host,
        parts: list[str],
        verdict: Verdict | None,
        done: Question | None,
        rng: random.Random,
    ) -> Reply:
        """Move the lesson to its next topic and ask that topic's weakest question."""
        st = self.asking.state(host)
        lesson = st["lesson"]
        kind: Kind = "lesson" if done is None else "feedback"
        facts = done.facts if done is not None else ()
        if lesson is None:
            return Reply(" ".join(parts), kind, verdict=verdict, fact_ids=facts)
        topics: list[str] = lesson["topics"]
        learner = self.asking.learner(host)
        question = None
        while question is None:  # a topic whose questions are all mastered is passed over
            lesson["at"] += 1
            if lesson["at"] >= len(topics):
                st["lesson"] = None
                parts = [*parts, self.voice.say("lesson_done", rng)]
                return Reply(" ".join(parts), kind, verdict=verdict, fact_ids=facts)
            topic = topics[lesson["at"]]
            question = learner.choose(self.dialogs.for_topic(topic), avoid=learner.last_asked())
        self.asking.ask(host, question, "lesson")
        title = self.asking.titles.get(topic, topic)
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
        st = self.asking.state(host)
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
        self.asking.ask(host, queue[0], "quiz")
        text = self.voice.say("quiz_start", rng, n=_counted(len(queue)))
        return Reply(text, "quiz", follow_up=queue[0].ask)

    def _quiz_questions(self, host: Host, n: int) -> list[Question]:
        """N questions spread over the topics, weakest topics and questions first."""
        learner = self.asking.learner(host)
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

    def quiz_answer(self, host: Host, text: str, rng: random.Random) -> Reply:
        """One quiz answer: a verdict, the answer when it was not right, then the next."""
        st = self.asking.state(host)
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
        self.asking.learner(host).scored(q, gained)
        if verdict != "correct":
            self.asking.learner(host).saw(q.facts)
        quiz["score"] = float(quiz.get("score", 0.0)) + gained
        st["pending"] = None
        rung: Rung | None = None if verdict == "correct" else "assertion"  # the answer is told
        if quiz["queue"]:
            nxt = self.dialogs.questions.get(quiz["queue"].pop(0))
            if nxt is not None:
                st["quiz"] = quiz
                self.asking.ask(host, nxt, "quiz")
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


def _counted(n: int, word: str = "question") -> str:
    """'1 question', '5 questions'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
