"""What the tutor says in one turn: a frozen, JSON-friendly record."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

__all__ = ["Kind", "Reply", "Rung", "Verdict"]

Kind = Literal[
    "answer",
    "correction",
    "clarify",
    "fallback",
    "feedback",
    "hint",
    "smalltalk",
    "command",
    "lesson",
    "quiz",
    "question",
]
Verdict = Literal["correct", "partial", "incorrect"]
Rung = Literal["hint", "prompt", "assertion"]


@dataclass(frozen=True, slots=True)
class Reply:
    """The tutor's reply to one learner turn.

    Attributes:
        text: what the tutor says now, without the follow-up question.
        kind: what happened: "answer" (from the facts), "correction" (a wrong claim put
            right), "clarify" (which of two things was meant), "fallback" (the text does
            not say), "feedback" and "hint" (on an answer to the tutor's question),
            "lesson" (a lesson started, moved on or stopped), "quiz" (a quiz started),
            "question" (a question posed by `Session.pose`), "smalltalk", and "command"
            (help, topics, progress and other /commands).
        follow_up: the question the tutor now waits for an answer to, if any.
        verdict: the judgement of a learner's answer (feedback and hint replies only).
        fact_ids: the facts the reply rests on.
        confidence: how sure the tutor is that it understood, from 0 to 1.
        question_id: the id of the dialog question `follow_up` asks (None when nothing
            is asked, or the follow-up is a clarifying question): an app can store it.
        judged_question: the id of the dialog question the learner's line was judged
            against (the one the tutor was waiting for), if any.
        rung: how far up the hint ladder the tutor went: on a hint, the rung it gives
            now; on the feedback that closes a question, "assertion" when the tutor had
            to state any of the answer, else the highest rung the learner needed.
        misconception: the id of the scripted wrong idea the tutor corrected.
        near: on a fallback, the fact closest to what was asked (what the text lacks).

    The last four let an educator's report say what happened in a turn without
    replaying the engine.
    """

    text: str
    kind: Kind
    follow_up: str | None = None
    verdict: Verdict | None = None
    fact_ids: tuple[str, ...] = ()
    confidence: float = 1.0
    question_id: str | None = None
    judged_question: str | None = None
    rung: Rung | None = None
    misconception: str | None = None
    near: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The reply as plain JSON-serialisable data."""
        data = asdict(self)
        data["fact_ids"] = list(self.fact_ids)
        return data
