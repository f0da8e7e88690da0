"""A learner's progress with a pack, read from their learner state alone: per topic
mastery, facts seen, misconceptions met, and what to study next. The faces show it;
an app gets the same figures from `Tutor.progress`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._content import Pack
from ._learner import Learner, checked_learner

__all__ = ["TOPIC_DONE", "Progress", "TopicProgress", "progress_of"]

TOPIC_DONE = 0.8  # mastery at which a topic is no longer suggested for study


@dataclass(frozen=True, slots=True)
class TopicProgress:
    """One topic of the pack, as far as this learner has got with it.

    Attributes:
        id: the topic's id.
        title: its title.
        mastery: the mean of the learner's best scores on its questions, 0 to 1.
        questions: how many dialog questions it has (0: mastery cannot grow).
        mastered: how many of them the learner has answered well.
        facts: how many facts it has.
        facts_seen: how many of them the learner has been told.
    """

    id: str
    title: str
    mastery: float
    questions: int
    mastered: int
    facts: int
    facts_seen: int


@dataclass(frozen=True, slots=True)
class Progress:
    """A learner's progress with one pack.

    Attributes:
        topics: every topic, in the pack's order.
        overall: the mean mastery over topics with questions (None before the learner
            has answered any of the tutor's questions: being asked one is not an answer;
            or when no topic has questions).
        facts_seen: facts of the pack the learner has been told.
        facts: facts in the pack.
        misconceptions: ids of the misconceptions the learner has voiced, most often
            voiced first.
        next_topic: the id of the topic to study next (the weakest one, earliest in the
            pack among equals), or None when every topic with questions is mastered.
        answered: the pack's questions the learner has answered (or skipped).
        right: how many of them their latest answer got right.
    """

    topics: tuple[TopicProgress, ...]
    overall: float | None
    facts_seen: int
    facts: int
    misconceptions: tuple[str, ...]
    next_topic: str | None
    answered: int = 0
    right: int = 0


def progress_of(pack: Pack, learner: Mapping[str, Any]) -> Progress:
    """The progress a learner model's data shows with this pack (ids it no longer has
    are ignored)."""
    model = Learner(checked_learner(learner), pack.dialogs)
    seen = {f for f, rec in model.data["facts"].items() if rec["seen"] and f in pack.by_id}
    topics = []
    for topic in pack.topics:
        questions = pack.dialogs.for_topic(topic.id)
        facts = [f.id for f in pack.facts if f.topic == topic.id]
        topics.append(
            TopicProgress(
                id=topic.id,
                title=topic.title,
                mastery=round(model.mastery(topic.id) or 0.0, 3),
                questions=len(questions),
                mastered=sum(1 for q in questions if model.mastered(q.id)),
                facts=len(facts),
                facts_seen=sum(1 for f in facts if f in seen),
            )
        )
    taught = [t for t in topics if t.questions]
    known = set(pack.dialogs.questions.values())
    met = {m.id for q in known for m in q.misconceptions if m.id in model.data["misconceptions"]}
    counts = model.data["misconceptions"]
    open_topics = [t for t in taught if t.mastery < TOPIC_DONE]
    answered = [q.id for q in known if model.answered(q.id)]
    return Progress(
        topics=tuple(topics),
        overall=(
            round(sum(t.mastery for t in taught) / len(taught), 3) if taught and answered else None
        ),
        facts_seen=len(seen),
        facts=len(pack.facts),
        misconceptions=tuple(sorted(met, key=lambda m: (-counts[m], m))),
        next_topic=min(open_topics, key=lambda t: t.mastery).id if open_topics else None,
        answered=len(answered),
        right=sum(1 for q in answered if model.mastered(q)),
    )
