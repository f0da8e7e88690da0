"""Lessons and quizzes: which question to ask next, and keeping a quiz's score.

A lesson follows the learner (`_lesson_plan`: more questions on a topic they struggle
with, weak topics come back later and are reviewed at the end); a quiz asks a seeded
sample across all topics (`_quiz_plan`), closed-book: a content question during it is
held and answered when it ends, and a lesson it interrupts is paused and resumed. The
ladder hands a finished question here, with its score, to ask the next one.
"""

from __future__ import annotations

import random

from ._asking import Asking, Host
from ._content import Pack
from ._dialogs import Question
from ._judge import PARTIAL, Judge
from ._lesson_plan import Step, new_lesson
from ._phrases import Voice
from ._quiz_plan import quiz_questions
from ._reply import Kind, Reply, Rung, Verdict
from ._utterance import Utterance

__all__ = ["Planner"]

_QUIZ_DEFAULT, _QUIZ_MAX = 5, 20
_HELD_MAX = 3  # content questions a quiz holds back to answer at its end
_STOP = ("stop", "end", "off", "quit")  # "/lesson stop", "/quiz stop"


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
        """Start (or with "stop", end) a guided lesson through the topics in lesson order.
        A quiz under way is never dropped for it: the quiz is finished or stopped first."""
        st = self.asking.state(host)
        if arg.lower() in _STOP:
            st["lesson"] = None
            if st["pending"] is not None and st["pending"]["mode"] == "lesson":
                st["pending"] = None
            return Reply("OK, lesson stopped. Ask me anything.", "lesson")
        at = self.quiz_at(host)
        if at is not None:  # a quiz waits for an answer: never dropped without a word
            follow = str(st["pending"]["text"])
            paused = st["lesson"] is not None and st["lesson"].get("paused") is not None
            key = "quiz_before_paused_lesson" if paused else "quiz_before_lesson"
            return Reply(self.voice.say(key, rng, at=at[0], n=at[1]), "quiz", follow)
        if st["lesson"] is not None:  # under way, in this sitting or a saved one: go on
            return self._lesson_resume(host, rng)
        topics = self.asking.plan.topics()
        if not topics:
            return Reply(self.voice.say("lesson_empty", rng), "lesson")
        st["lesson"] = new_lesson(topics)
        st["quiz"] = None
        st["pending"] = None
        return self.lesson_step(host, [self.voice.say("lesson_start", rng)], None, None, rng)

    def _lesson_resume(self, host: Host, rng: random.Random) -> Reply:
        """The lesson where it stopped: its topic, and the question it waits for (asked
        again in full after a hint), else the next topic's."""
        st = self.asking.state(host)
        lesson = st["lesson"]
        if lesson["paused"] is not None:  # "teach me" during a quiz: back to the lesson
            st["pending"], st["quiz"], lesson["paused"] = lesson["paused"], None, None
        p = st["pending"]
        if p is None or p["mode"] != "lesson" or lesson["at"] < 0:
            return self.lesson_step(host, [self.voice.say("lesson_resume", rng)], None, None, rng)
        topics: list[str] = lesson["topics"]
        # the topic in hand, if the lesson keeps one apart from the furthest reached
        topic = lesson.get("topic") or topics[lesson["at"]]
        title = self.asking.titles.get(topic, topic)
        n = topics.index(topic) + 1 if topic in topics else lesson["at"] + 1
        parts = [
            self.voice.say("lesson_resume", rng),
            self.voice.say("lesson_topic", rng, n=n, total=len(topics), title=title),
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
        score: float | None = None,
    ) -> Reply:
        """Ask the lesson's next question, as the plan chooses from how `done` went
        (`score`: None when it was skipped); end the lesson when the plan is done."""
        st = self.asking.state(host)
        lesson = st["lesson"]
        kind: Kind = "lesson" if done is None else "feedback"
        facts = done.facts if done is not None else ()
        if lesson is None:
            return Reply(" ".join(parts), kind, verdict=verdict, fact_ids=facts)
        step = self.asking.plan.next(lesson, self.asking.learner(host), score)
        if step is None:
            st["lesson"] = None
            parts = [*parts, self.voice.say("lesson_done", rng)]
            return Reply(" ".join(parts), kind, verdict=verdict, fact_ids=facts)
        self.asking.ask(host, step.question, "lesson")
        parts = [*parts, self._announce(step, rng)]
        return Reply(
            " ".join(parts),
            kind,
            follow_up=step.question.ask,
            verdict=verdict,
            fact_ids=facts,
        )

    def _announce(self, step: Step, rng: random.Random) -> str:
        title = self.asking.titles.get(step.question.topic, step.question.topic)
        key = {"again": "lesson_again", "back": "lesson_back", "review": "lesson_review"}
        return self.voice.say(
            key.get(step.visit, "lesson_topic"), rng, n=step.number, total=step.total, title=title
        )

    # --- quizzes ------------------------------------------------------------------------------------------------------

    def quiz(self, host: Host, arg: str, rng: random.Random) -> Reply:
        """Start a quiz of N questions sampled across topics; a lesson under way waits.
        A quiz under way is never dropped for a new one: "/quiz stop" ends it first."""
        st = self.asking.state(host)
        if arg.lower() in _STOP:
            return self.quiz_stop(host, rng)
        at = self.quiz_at(host)
        if at is not None:
            follow = str(st["pending"]["text"])
            return Reply(self.voice.say("quiz_running", rng, at=at[0], n=at[1]), "quiz", follow)
        try:
            n = int(arg) if arg else _QUIZ_DEFAULT
        except ValueError:
            n = 0
        if n < 1:  # "/quiz five", "/quiz 0", "/quiz -5": a size the learner can fix
            return Reply("Usage: /quiz [N], e.g. /quiz 5.", "command")
        n = max(1, min(n, _QUIZ_MAX, len(self.dialogs.questions)))
        if not self.dialogs.questions:
            return Reply(self.voice.say("no_questions", rng), "command")
        learner = self.asking.learner(host)
        lately = learner.right_lately(learner.sitting(st))
        queue = quiz_questions(self.dialogs, learner, n, rng, lately)
        parts = [self.voice.say("quiz_start", rng, n=_counted(len(queue)))]
        lesson = st["lesson"]
        pending = st["pending"]
        if lesson is not None:
            if pending is not None and pending["mode"] == "lesson":
                lesson["paused"] = pending
            parts.append(self.voice.say("lesson_paused", rng))
        st["quiz"] = {"queue": [q.id for q in queue[1:]], "n": len(queue), "score": 0.0, "held": []}
        self.asking.ask(host, queue[0], "quiz")
        return Reply(" ".join(parts), "quiz", follow_up=queue[0].ask)

    def quiz_at(self, host: Host) -> tuple[int, int] | None:
        """(the question it is on, its length) of a quiz under way; None: no quiz waits."""
        st = self.asking.state(host)
        quiz, p = st["quiz"], st["pending"]
        if quiz is None or p is None or p["mode"] != "quiz":
            return None
        n = int(quiz.get("n", 1))
        return max(1, n - len(quiz.get("queue", []))), n

    def quiz_stop(self, host: Host, rng: random.Random) -> Reply:
        """End a quiz before its last question: the score so far, the questions it held
        back answered, and a lesson it paused taken up again."""
        st = self.asking.state(host)
        at = self.quiz_at(host)
        if at is None:
            return Reply(self.voice.say("no_quiz", rng), "command")
        quiz = st["quiz"]
        st["quiz"] = st["pending"] = None
        score = f"{float(quiz.get('score', 0.0)):g}"
        parts = [self.voice.say("quiz_stopped", rng, score=score, n=_counted(at[0] - 1, "answer"))]
        parts.extend(self._held_answers(host, quiz.get("held", []), rng))
        follow = self._resume_lesson(host, parts, rng)
        return Reply(" ".join(parts), "quiz", follow)

    def closed_book(self, host: Host, rng: random.Random) -> Reply:
        """/hint during a quiz: none is given (it is closed-book); the question stays."""
        p = self.asking.state(host)["pending"]
        return Reply(self.voice.say("quiz_no_hint", rng), "quiz", follow_up=str(p["text"]))

    def hold(self, host: Host, said: Utterance, rng: random.Random) -> Reply:
        """A question asked during a quiz: noted, to answer when the quiz is over (the
        state keeps its text; the session recalls its analysis then)."""
        st = self.asking.state(host)
        quiz = st["quiz"]
        text = said.text
        if quiz is not None and text not in quiz["held"] and len(quiz["held"]) < _HELD_MAX:
            quiz["held"].append(text)
        p = st["pending"]
        follow = None if p is None else str(p["text"])
        return Reply(self.voice.say("quiz_held", rng), "quiz", follow_up=follow)

    def quiz_answer(self, host: Host, said: Utterance | None, rng: random.Random) -> Reply:
        """One quiz answer (None: skipped, or "I don't know"): a verdict, the answer when
        it was not right, then the next.

        Only an answer the judge is sure of scores: every point said and nothing said
        that the text contradicts (a wrong who-did-what, a known misconception).
        """
        st = self.asking.state(host)
        p = st["pending"]
        q = self.dialogs.question(p["q"])
        quiz = st["quiz"] or {"queue": [], "n": 1, "score": 0.0, "held": []}
        j = self.judge.judge(q, [said]) if said is not None else None
        learner = self.asking.learner(host)
        verdict: Verdict | None
        contradicts = j is not None and bool(j.wrong or j.conflict or j.misconception)
        if j is not None and len(j.covered) == len(q.expectations) and not contradicts:
            verdict, gained, parts = "correct", 1.0, [self.voice.say("quiz_right", rng)]
        else:
            missing = [e for e in q.expectations if j is None or e.id not in j.covered]
            told = " ".join(e.assertion for e in missing or q.expectations)
            # half a point for being on the way, never for saying a point wrongly
            some = j is not None and not contradicts and (bool(j.covered) or j.relevance >= PARTIAL)
            verdict = ("partial" if some else "incorrect") if j is not None else None
            gained = 0.5 if some else 0.0
            key = "quiz_partial" if some else "quiz_wrong" if j is not None else "quiz_told"
            if j is not None and j.elsewhere and not j.covered:
                key = "quiz_elsewhere"  # true, but of something else: not "not quite"
            if j is not None and j.misconception is not None and not j.covered:
                learner.met(j.misconception.id)
                told = f"{j.misconception.correction} {told}"
            parts = [self.voice.say(key, rng, text=told)]
        learner.scored(q, gained, learner.sitting(st))
        learner.saw(q.facts)  # said by the learner or told now: seen either way
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
        parts.extend(self._held_answers(host, quiz.get("held", []), rng))
        follow = self._resume_lesson(host, parts, rng)
        return Reply(
            " ".join(parts), "feedback", follow, verdict, q.facts, judged_question=q.id, rung=rung
        )

    def _held_answers(self, host: Host, held: list[str], rng: random.Random) -> list[str]:
        """The answers to the questions held back during a quiz, now that it is over."""
        if host.answer is None:
            return []
        out = []
        for said in held:
            reply = host.answer(said)
            out.append(self.voice.say("quiz_held_answer", rng, said=said, text=reply.text))
        return out

    def _resume_lesson(self, host: Host, parts: list[str], rng: random.Random) -> str | None:
        """Take up a lesson a quiz paused: its question again, or its next step."""
        st = self.asking.state(host)
        lesson = st["lesson"]
        if lesson is None:
            return None
        paused, lesson["paused"] = lesson["paused"], None
        if paused is not None:
            st["pending"] = paused
            topic = self.dialogs.question(paused["q"]).topic
            topics: list[str] = lesson["topics"]
            n = topics.index(topic) + 1 if topic in topics else lesson["at"] + 1
            title = self.asking.titles.get(topic, topic)
            parts.append(self.voice.say("lesson_resumed", rng, n=n, total=len(topics), title=title))
            return str(paused["text"])
        reply = self.lesson_step(host, [], None, None, rng)
        parts.append(reply.text)
        return reply.follow_up


def _counted(n: int, word: str = "question") -> str:
    """'1 question', '5 questions'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
