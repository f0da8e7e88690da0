"""What the dialogue keeps in a conversation: the question it waits for, a lesson, a quiz.

All of it is plain data in the session's state (so a resumed session continues where it
was); this module makes it, checks a saved one against the pack, and asks a question
into it. The ladder, the planner and the follow-ups all read and write it through here.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Container, MutableMapping
from dataclasses import dataclass
from typing import Any

from ._content import Fact, Pack
from ._dialogs import Expectation, Question
from ._lazy_random import LazyRandom
from ._learner import Learner
from ._lesson_plan import LessonPlan
from ._recap import MAX_CORRECTED
from ._reply import Reply

__all__ = ["Asking", "Host", "open_expectations"]


@dataclass(frozen=True, slots=True)
class Host:
    """What the dialogue needs from the session that runs it.

    Attributes:
        state: the conversation's data (changed in place).
        learner: the learner model's data (changed in place).
        note: remember that a fact was told (context for "he", "tell me more").
        answer: the session's answer to a question line (a quiz answers the questions
            it held back once it is over).
    """

    state: MutableMapping[str, Any]
    learner: MutableMapping[str, Any]
    note: Callable[[Fact], None]
    answer: Callable[[str], Reply] | None = None


def _known(value: Any, known: Container[str]) -> bool:
    """Whether a value from a saved state is one of the known ids (safe for any JSON)."""
    return isinstance(value, str) and value in known


def _fresh() -> dict[str, Any]:
    return {"pending": None, "quiet": False, "lesson": None, "quiz": None, "sitting": None}


def open_expectations(p: dict[str, Any], q: Question) -> list[Expectation]:
    """The points of a pending question neither said by the learner nor told yet."""
    return [e for e in q.expectations if e.id not in p["covered"] and e.id not in p["told"]]


class Asking:
    """The dialogue's state for one pack: made, checked on resume, asked into. Immutable."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.dialogs = pack.dialogs
        self.titles = {t.id: t.title for t in pack.topics}
        self.plan = LessonPlan(pack.dialogs)

    def state(self, host: Host) -> dict[str, Any]:
        """The dialogue state (created on first use; `checked` has checked a resumed one)."""
        st = host.state.get("dialogue")
        if not isinstance(st, dict):
            st = host.state["dialogue"] = _fresh()
        return st

    def learner(self, host: Host) -> Learner:
        return Learner(host.learner, self.dialogs)

    @staticmethod
    def rng(host: Host) -> random.Random:
        """The turn's random choices: the same seed and turn give the same reply."""
        return LazyRandom(f"{host.state.get('seed', 0)}:{host.state.get('turn', 0)}")

    def ask(self, host: Host, question: Question, mode: str) -> None:
        """Wait for the learner's answer to a question (free, in a lesson or in a quiz)."""
        p = self._pending_defaults(question.id)
        p["mode"] = mode
        self.state(host)["pending"] = p
        self.learner(host).asked(question)

    # --- a saved state, checked -----------------------------------------------------------

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
            sitting = raw.get("sitting")
            if isinstance(sitting, int) and not isinstance(sitting, bool) and sitting > 0:
                st["sitting"] = sitting
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
        p["corrected"] = [
            [x[0], x[1]]
            for x in p["corrected"]
            if isinstance(x, list) and len(x) == 2 and all(isinstance(y, str) for y in x)
        ][-MAX_CORRECTED:]
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

    def _checked_lesson(self, raw: Any) -> dict[str, Any] | None:
        lesson = self.plan.checked(raw, self.titles)
        if lesson is not None and isinstance(raw, dict):
            lesson["paused"] = self._checked_pending(raw.get("paused"))
        return lesson

    def _checked_quiz(self, quiz: Any) -> dict[str, Any] | None:
        if not isinstance(quiz, dict) or not isinstance(quiz.get("queue"), list):
            return None
        n, score = quiz.get("n"), quiz.get("score")
        if not isinstance(n, int) or isinstance(n, bool) or not isinstance(score, (int, float)):
            return None
        queue = [q for q in quiz["queue"] if _known(q, self.dialogs.questions)]
        held = quiz.get("held")
        held = [x for x in held if isinstance(x, str)] if isinstance(held, list) else []
        return {"queue": queue, "n": n, "score": float(score), "held": held}

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
            "corrected": [],  # [what the learner said, the correction], for the recap
            "contradicted": 0,  # lines that said the opposite of the question's facts
        }
