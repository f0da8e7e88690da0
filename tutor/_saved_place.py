"""Where a saved conversation stood, for the welcome of a learner who comes back: the
lesson's topic ("We were on topic 3 of 9 of the lesson: ...") or the quiz's question ("We
were on question 2 of 5 of a quiz."). Read from the conversation's dialogue, whose shape
the engine owns: anything that does not fit says nothing rather than something wrong."""

from __future__ import annotations

from typing import Any

from ._content import Pack
from ._render import topic_title

__all__ = ["saved_place"]


def saved_place(pack: Pack, dialogue: Any) -> str | None:
    """Where the saved lesson or quiz stands, in a sentence or two (None: neither)."""
    if not isinstance(dialogue, dict):
        return None
    lesson = _lesson_place(pack, dialogue.get("lesson"))
    quiz = _quiz_place(dialogue)
    if quiz is None:
        return None if lesson is None else f"We were on {lesson}."
    if lesson is None:
        return f"We were on {quiz}."
    return f"We were on {quiz}; after it, the lesson goes on ({lesson})."


def _lesson_place(pack: Pack, lesson: Any) -> str | None:
    """'topic 4 of 9 of the lesson: <title>', or None without a lesson under way."""
    if not isinstance(lesson, dict):
        return None
    topics, at = lesson.get("topics"), lesson.get("at")
    if not isinstance(topics, list) or not isinstance(at, int) or not 0 <= at < len(topics):
        return None
    # the topic in hand, if the lesson keeps one apart from the furthest reached
    topic = lesson["topic"] if isinstance(lesson.get("topic"), str) else topics[at]
    title = topic_title(pack, topic) or str(topic)
    n = topics.index(topic) + 1 if topic in topics else at + 1  # a weak topic come back to
    return f"topic {n} of {len(topics)} of the lesson: {title}"


def _quiz_place(dialogue: dict[str, Any]) -> str | None:
    """'question 2 of 5 of a quiz', or None unless a quiz question waits for an answer."""
    quiz, pending = dialogue.get("quiz"), dialogue.get("pending")
    if not isinstance(quiz, dict) or not isinstance(pending, dict) or pending.get("mode") != "quiz":
        return None
    n, queue = quiz.get("n"), quiz.get("queue")
    if not isinstance(n, int) or not isinstance(queue, list) or not 0 <= len(queue) < n:
        return None
    return f"question {n - len(queue)} of {n} of a quiz"
