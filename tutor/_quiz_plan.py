"""Which questions a quiz asks: a sample across all topics, weighted to what is weak.

Each session's seed draws its own sample (weighted sampling without replacement, the
Efraimidis-Spirakis keys), so two quizzes rarely match; a question weighs more the lower
the learner's score on it, and a question answered right in this sitting or the last
one is left out (the quiz is shorter if need be) unless every question was. The sample
takes one question per topic before a second from any.
"""

from __future__ import annotations

import random
from collections.abc import Container

from ._dialogs import Dialogs, Question
from ._learner import Learner

__all__ = ["quiz_questions"]

_LEAST_WEIGHT = 0.2  # a question the learner has fully mastered weighs this (1.0 unknown)


def quiz_questions(
    dialogs: Dialogs, learner: Learner, n: int, rng: random.Random, lately: Container[str]
) -> list[Question]:
    """Up to `n` questions for a quiz; `lately` holds ids answered right lately."""
    questions = list(dialogs.questions.values())
    fresh = [q for q in questions if q.id not in lately]
    keys = {q.id: rng.random() ** (1.0 / _weight(learner, q)) for q in questions}
    if fresh:  # a shorter quiz rather than one that asks again what was just right
        return _spread(sorted(fresh, key=lambda q: -keys[q.id]), n)
    # every question was answered right lately: ask the ones right longest ago
    right = {q.id: learner.data["questions"].get(q.id, {}).get("right", 0) for q in questions}
    return _spread(sorted(questions, key=lambda q: (right[q.id], -keys[q.id])), n)


def _weight(learner: Learner, q: Question) -> float:
    return max(_LEAST_WEIGHT, 1.0 - learner.score(q.id))


def _spread(ranked: list[Question], n: int) -> list[Question]:
    """The first `n` of a ranking, taking one question per topic in each round."""
    chosen: list[Question] = []
    left = list(ranked)
    while left and len(chosen) < n:
        seen: set[str] = set()
        for q in list(left):
            if q.topic in seen:
                continue
            seen.add(q.topic)
            chosen.append(q)
            left.remove(q)
            if len(chosen) == n:
                break
    return chosen
