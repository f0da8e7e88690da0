"""The learner model: what a learner has seen, been asked and got right, kept in plain data.

It is the data of a `LearnerState`, so that it round-trips through JSON; this module
only reads and updates that dict and decides what is weakest, so the tutor can
ask about it next.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

from ._dialogs import Dialogs, Question

__all__ = ["CONTRADICTED", "MASTERED", "Learner", "checked_learner", "new_learner"]

MASTERED = 0.75  # a question scored this high is not asked again as a follow-up
CONTRADICTED = 0.25  # what saying the opposite of a question's facts takes off its score


def new_learner() -> dict[str, Any]:
    """An empty learner model."""
    return {"facts": {}, "questions": {}, "history": [], "misconceptions": {}}


def checked_learner(raw: Any) -> dict[str, Any]:
    """A saved learner model with anything broken or missing reset (older saves resume)."""
    data = new_learner()
    if not isinstance(raw, Mapping):
        return data
    facts = raw.get("facts")
    if isinstance(facts, Mapping):
        for fid, rec in facts.items():
            if isinstance(fid, str) and isinstance(rec, Mapping):
                data["facts"][fid] = {
                    k: int(rec[k]) if isinstance(rec.get(k), int) else 0
                    for k in ("seen", "asked", "correct")
                }
    questions = raw.get("questions")
    if isinstance(questions, Mapping):
        for qid, rec in questions.items():
            if isinstance(qid, str) and isinstance(rec, Mapping):
                asked = rec.get("asked")
                score = rec.get("score")
                data["questions"][qid] = {
                    "asked": asked if isinstance(asked, int) else 0,
                    "score": float(score) if isinstance(score, (int, float)) else 0.0,
                }
                answered = rec.get("answered")  # absent in saves from before it was kept
                if _whole(answered):
                    data["questions"][qid]["answered"] = answered
                right = rec.get("right")
                if _whole(right):
                    data["questions"][qid]["right"] = right
    history = raw.get("history")
    if isinstance(history, list):
        data["history"] = [q for q in history if isinstance(q, str)][-200:]
    met = raw.get("misconceptions")
    if isinstance(met, Mapping):
        data["misconceptions"] = {
            k: n for k, n in met.items() if isinstance(k, str) and isinstance(n, int) and n > 0
        }
    sitting = raw.get("sitting")
    if _whole(sitting) and sitting:  # kept only once there is one: a new learner is as was
        data["sitting"] = sitting
    return data


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class Learner:
    """A view on one learner's model (a dict inside the session state) and its pack."""

    def __init__(self, data: MutableMapping[str, Any], dialogs: Dialogs) -> None:
        self.data = data
        self.dialogs = dialogs

    # --- recording -------------------------------------------------------------------------

    def _fact(self, fact_id: str) -> dict[str, int]:
        rec: dict[str, int] = self.data["facts"].setdefault(
            fact_id, {"seen": 0, "asked": 0, "correct": 0}
        )
        return rec

    def saw(self, fact_ids: Iterable[str]) -> None:
        """The learner was told these facts."""
        for fid in fact_ids:
            self._fact(fid)["seen"] += 1

    def asked(self, question: Question) -> None:
        """The tutor asked this question."""
        rec = self.data["questions"].setdefault(question.id, {"asked": 0, "score": 0.0})
        rec["asked"] += 1
        self.data["history"] = [*self.data["history"], question.id][-200:]
        for fid in question.facts:
            self._fact(fid)["asked"] += 1

    def scored(self, question: Question, score: float, sitting: int | None = None) -> None:
        """The learner finished a question with this score (0-1), as the judge was sure of it.

        The latest score is kept, not the best: it is the newest evidence of what the
        learner knows, so a question once right and now skipped is no longer mastered.
        A right answer remembers its sitting, so a quiz in the next one avoids it.
        """
        rec = self.data["questions"].setdefault(question.id, {"asked": 0, "score": 0.0})
        rec["score"] = round(min(1.0, max(0.0, score)), 3)
        rec["answered"] = int(rec.get("answered", 0)) + 1
        if score >= MASTERED:
            if sitting is not None:
                rec["right"] = sitting
            for fid in question.facts:
                self._fact(fid)["correct"] += 1

    def contradicted(self, question_id: str) -> None:
        """The learner said the opposite of what a question's facts say: lower its score."""
        rec = self.data["questions"].get(question_id)
        if rec is not None:
            rec["score"] = round(max(0.0, rec["score"] - CONTRADICTED), 3)

    def sitting(self, conversation: MutableMapping[str, Any]) -> int:
        """The number of the sitting a conversation is (a new one when it has none yet).

        `conversation` is the conversation's dialogue data, which keeps its number.
        """
        number = conversation.get("sitting")
        saved = self.data.get("sitting")
        last = saved if isinstance(saved, int) and _whole(saved) else 0
        if isinstance(number, int) and _whole(number) and number <= last:
            return number
        self.data["sitting"] = conversation["sitting"] = last + 1
        return last + 1

    def right_lately(self, sitting: int) -> set[str]:
        """Ids of the questions answered right in this sitting or the one before it."""
        return {
            qid
            for qid, rec in self.data["questions"].items()
            if _whole(rec.get("right")) and rec["right"] >= sitting - 1
        }

    def met(self, misconception_id: str) -> None:
        """The learner voiced this misconception."""
        met: dict[str, int] = self.data["misconceptions"]
        met[misconception_id] = met.get(misconception_id, 0) + 1

    # --- reading -----------------------------------------------------------------------------

    def score(self, question_id: str) -> float:
        """The learner's best score on a question (0 when never answered)."""
        rec = self.data["questions"].get(question_id)
        return float(rec["score"]) if rec else 0.0

    def times_asked(self, question_id: str) -> int:
        """How often the tutor has asked this question."""
        rec = self.data["questions"].get(question_id)
        return int(rec["asked"]) if rec else 0

    def answered(self, question_id: str) -> bool:
        """Whether the learner has finished this question (asked is not answered: the
        tutor's next question is recorded when it is asked). A save from before answers
        were counted shows one by its score."""
        rec = self.data["questions"].get(question_id)
        return bool(rec) and (int(rec.get("answered", 0)) > 0 or float(rec["score"]) > 0)

    def mastered(self, question_id: str) -> bool:
        """Whether the learner has shown they know the answer."""
        return self.score(question_id) >= MASTERED

    def mastery(self, topic: str) -> float | None:
        """The mean best score over a topic's questions (None when it has none)."""
        questions = self.dialogs.for_topic(topic)
        if not questions:
            return None
        return sum(self.score(q.id) for q in questions) / len(questions)

    def last_asked(self) -> str | None:
        """The id of the question asked most recently."""
        history: list[str] = self.data["history"]
        return history[-1] if history else None

    def choose(self, candidates: Iterable[Question], avoid: str | None = None) -> Question | None:
        """The question to ask next: never `avoid` or a mastered one; unasked, then weakest.

        Ties keep the authored order, so a lesson asks a topic's questions as written.
        """
        position = self.dialogs.position
        pool = [q for q in candidates if q.id != avoid and not self.mastered(q.id)]
        if not pool:
            return None
        return min(pool, key=lambda q: (self.times_asked(q.id), self.score(q.id), position(q.id)))

    def weakest_topics(self, topics: Iterable[str]) -> list[str]:
        """Topics with questions, weakest first (ties in the given order)."""
        ranked = [(m, i, t) for i, t in enumerate(topics) if (m := self.mastery(t)) is not None]
        return [t for _, _, t in sorted(ranked)]
