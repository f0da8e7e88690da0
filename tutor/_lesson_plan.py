"""How a lesson is planned: which topic, and which of its questions, comes next.

The plan follows the learner, not a fixed list. Each topic of the lesson order gets a
first question; a learner who answers it well (a score of MASTERED or more, without
saying anything the text contradicts) moves on, one who struggles gets a second,
different question on the same topic, and the topic comes back later in the lesson,
once SPACING more topics have been taught (spaced practice). The lesson ends by
reviewing the topics that stayed weakest.

The lesson is plain data in the conversation, at `dialogue.lesson`, so a resumed session
continues it:

    topics   the lesson order (topic ids)
    at       index in `topics` of the furthest topic reached (-1 before the first):
             "Topic at+1 of len(topics)"
    topic    the topic in hand (a topic come back to may be an earlier one)
    visit    why it is in hand: "new" (first time), "again" (a second question after a
             weak answer), "back" (come back to, spaced), "review" (at the end)
    tries    questions asked on it in this visit
    asked    question ids asked in this lesson, oldest first
    results  topic id -> the score of the latest question on it in this lesson
    due      [topic id, value of `at` after which it comes back] for weak topics
    review   topic ids still to review at the end (None until the review starts)
    paused   a lesson question put aside while a quiz runs (None otherwise)
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from typing import Any

from ._dialogs import Dialogs, Question
from ._learner import MASTERED, Learner

__all__ = ["MAX_TRIES", "REVIEW", "SPACING", "LessonPlan", "Step", "new_lesson"]

MAX_TRIES = 2  # questions on a topic in its first visit before it is left for later
SPACING = 2  # topics taught before a weak one comes back
REVIEW = 2  # weakest topics reviewed at the end of a lesson
_VISITS = ("new", "again", "back", "review")


@dataclass(frozen=True, slots=True)
class Step:
    """The next question of a lesson, and why it is asked.

    Attributes:
        question: the question to ask.
        visit: "new", "again", "back" or "review" (see the module's docstring).
        number: the topic's place in the lesson order, from 1.
        total: topics in the lesson.
    """

    question: Question
    visit: str
    number: int
    total: int


def new_lesson(topics: Sequence[str]) -> dict[str, Any]:
    """A lesson through these topics that has not asked anything yet."""
    return {
        "topics": list(topics),
        "at": -1,
        "topic": None,
        "visit": "new",
        "tries": 0,
        "asked": [],
        "results": {},
        "due": [],
        "review": None,
        "paused": None,
    }


class LessonPlan:
    """The lesson policy for one pack's dialogs. Immutable; shared by all sessions."""

    def __init__(self, dialogs: Dialogs) -> None:
        self.dialogs = dialogs
        self._order = {qid: i for i, qid in enumerate(dialogs.questions)}

    def topics(self) -> list[str]:
        """The lesson order, keeping only topics that have questions."""
        return [t for t in self.dialogs.lesson if self.dialogs.for_topic(t)]

    def next(
        self, lesson: dict[str, Any], learner: Learner, score: float | None = None
    ) -> Step | None:
        """Record how the question in hand went (`score`: None when the learner skipped
        it) and choose the next step; None when the lesson is over.

        Changes `lesson` in place.
        """
        topic = lesson["topic"]
        if topic is not None:
            lesson["results"][topic] = 0.0 if score is None else round(score, 3)
            # a skipped question (no score) moves on: the learner asked to; the review
            # at the end still sees it as weak
            if score is not None and score < MASTERED and lesson["visit"] in ("new", "again"):
                if all(d[0] != topic for d in lesson["due"]):  # failed once: it comes back
                    lesson["due"].append([topic, lesson["at"] + SPACING])
                if lesson["tries"] < MAX_TRIES:
                    again = self._pick(topic, lesson, learner, fresh_only=True)
                    if again is not None:
                        return self._visit(lesson, topic, "again", again)
        return self._advance(lesson, learner)

    def _advance(self, lesson: dict[str, Any], learner: Learner) -> Step | None:
        topics: list[str] = lesson["topics"]
        due: list[list[Any]] = lesson["due"]
        just = lesson["topic"]
        if lesson["review"] is None:
            ready = next((d for d in due if d[1] <= lesson["at"]), None)
            if ready is None and lesson["at"] + 1 >= len(topics):
                # the last topic is taught: the rest come back now, never straight after
                # the topic itself
                ready = next((d for d in due if d[0] != just), None)
            if ready is not None:
                due.remove(ready)
                return self._visit(lesson, ready[0], "back", None, learner)
            while lesson["at"] + 1 < len(topics):
                lesson["at"] += 1
                topic = topics[lesson["at"]]
                if all(learner.mastered(q.id) for q in self.dialogs.for_topic(topic)):
                    lesson["results"][topic] = 1.0  # mastered before: passed over
                    continue
                return self._visit(lesson, topic, "new", None, learner)
            lesson["review"] = self._review(lesson)
        review: list[str] = lesson["review"]
        if not review:
            lesson["topic"] = None
            return None
        return self._visit(lesson, review.pop(0), "review", None, learner)

    def _review(self, lesson: dict[str, Any]) -> list[str]:
        """The weakest topics of the lesson, weakest first, to review at its end.

        A weak topic still due to come back (the last one taught) comes last, after
        another topic, so that it too comes back later rather than at once.
        """
        topics: list[str] = lesson["topics"]
        results: dict[str, float] = lesson["results"]
        weak = [t for t in topics if results.get(t, 0.0) < MASTERED]
        weak.sort(key=lambda t: results.get(t, 0.0))  # stable: lesson order on ties
        waiting = [d[0] for d in lesson["due"]]
        lesson["due"] = []
        if not waiting:
            return weak[:REVIEW]
        others = [t for t in weak if t not in waiting][: REVIEW - 1]
        if not others:  # nothing else is weak: the least strong other topic spaces it
            rest = [t for t in topics if t not in waiting]
            others = sorted(rest, key=lambda t: results.get(t, 0.0))[:1]
        return [*others, *waiting]

    def _visit(
        self,
        lesson: dict[str, Any],
        topic: str,
        visit: str,
        question: Question | None,
        learner: Learner | None = None,
    ) -> Step | None:
        if question is None:
            assert learner is not None
            question = self._pick(topic, lesson, learner, fresh_only=False)
        if question is None:  # a topic without questions: nothing to ask on it
            lesson["topic"] = None
            return self._advance(lesson, learner) if learner is not None else None
        lesson["tries"] = lesson["tries"] + 1 if visit == "again" else 1
        lesson["topic"], lesson["visit"] = topic, visit
        lesson["asked"].append(question.id)
        topics: list[str] = lesson["topics"]
        number = topics.index(topic) + 1 if topic in topics else lesson["at"] + 1
        return Step(question, visit, number, len(topics))

    def _pick(
        self, topic: str, lesson: dict[str, Any], learner: Learner, fresh_only: bool
    ) -> Question | None:
        """A question on the topic: one not asked in this lesson (unmastered, then least
        asked ever, then as authored), else the one asked longest ago."""
        candidates = self.dialogs.for_topic(topic)
        asked: list[str] = lesson["asked"]
        fresh = [q for q in candidates if q.id not in asked]
        if fresh:
            return min(
                fresh,
                key=lambda q: (
                    learner.mastered(q.id),
                    learner.times_asked(q.id),
                    self._order[q.id],
                ),
            )
        if fresh_only or not candidates:
            return None
        return min(candidates, key=lambda q: _last(asked, q.id))

    def checked(self, raw: Any, titles: Container[str]) -> dict[str, Any] | None:
        """A saved lesson checked against this pack (None when it cannot resume).

        Topics and questions the pack no longer has are dropped; a lesson saved before
        the plan kept more than `topics` and `at` resumes at the next topic.
        """
        if not isinstance(raw, dict) or not isinstance(raw.get("topics"), list):
            return None
        topics = [t for t in raw["topics"] if _known(t, titles) and self.dialogs.for_topic(t)]
        at = raw.get("at")
        if not topics or not isinstance(at, int) or not _whole(at, -1):
            return None
        lesson = new_lesson(topics)
        lesson["at"] = min(at, len(topics) - 1)
        topic = raw.get("topic")
        if _known(topic, topics):
            lesson["topic"] = topic
        elif lesson["at"] >= 0:
            lesson["topic"] = topics[lesson["at"]]
        if _known(raw.get("visit"), _VISITS):
            lesson["visit"] = raw["visit"]
        if _whole(raw.get("tries"), 0):
            lesson["tries"] = raw["tries"]
        lesson["asked"] = [q for q in _list(raw.get("asked")) if _known(q, self.dialogs.questions)]
        results = raw.get("results")
        if isinstance(results, dict):
            lesson["results"] = {
                t: float(v)
                for t, v in results.items()
                if t in topics and isinstance(v, (int, float)) and not isinstance(v, bool)
            }
        lesson["due"] = [
            [d[0], d[1]]
            for d in _list(raw.get("due"))
            if isinstance(d, list) and len(d) == 2 and _known(d[0], topics) and _whole(d[1], -1)
        ]
        review = raw.get("review")
        if isinstance(review, list):
            lesson["review"] = [t for t in review if _known(t, topics)]
        return lesson


def _last(asked: list[str], qid: str) -> int:
    """Where a question was last asked in the lesson (-1: never)."""
    return max((i for i, x in enumerate(asked) if x == qid), default=-1)


def _known(value: Any, known: Container[str]) -> bool:
    return isinstance(value, str) and value in known


def _whole(value: Any, least: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
