"""Dialog scripts: Socratic questions with expectations, hints and misconceptions.

`dialogs/*.yaml` are checked by the loader (the JSON Schema, then references to topics
and facts, all with file:line errors); this module turns the checked data into frozen
dataclasses. The turn policy lives in `_dialogue`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = [
    "QUESTION_KINDS",
    "Dialogs",
    "Expectation",
    "Misconception",
    "Prompt",
    "Question",
    "Script",
    "build_dialogs",
]

QUESTION_KINDS = ("why", "how", "what", "who", "when", "where")


@dataclass(frozen=True, slots=True)
class Prompt:
    """A fill-in sentence whose blank is the cue word of an expectation."""

    text: str
    answers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Expectation:
    """One point a good answer covers, with the ladder that leads a learner to it."""

    id: str
    phrases: tuple[str, ...]
    keywords: tuple[str, ...]
    hints: tuple[str, ...]
    prompt: Prompt
    assertion: str


@dataclass(frozen=True, slots=True)
class Misconception:
    """A wrong idea a learner may voice, and what the tutor says to correct it."""

    id: str
    phrases: tuple[str, ...]
    correction: str


@dataclass(frozen=True, slots=True)
class Question:
    """A Socratic question the tutor asks, resting on facts of one topic."""

    id: str
    topic: str
    ask: str
    kind: str
    facts: tuple[str, ...]
    expectations: tuple[Expectation, ...]
    misconceptions: tuple[Misconception, ...]
    where: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Script:
    """The questions of one topic and the recap said when one of them is done."""

    topic: str
    recap: str
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class Dialogs:
    """All dialog scripts of a pack, and the order a lesson walks the topics in."""

    scripts: tuple[Script, ...] = ()
    lesson: tuple[str, ...] = ()
    questions: Mapping[str, Question] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False
    )
    # Looked up every turn (what to ask next): made once here, not by a scan each time.
    _by_topic: Mapping[str, tuple[Question, ...]] = field(init=False, compare=False, repr=False)
    _order: Mapping[str, int] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        by_topic: dict[str, list[Question]] = {}
        for q in self.questions.values():
            by_topic.setdefault(q.topic, []).append(q)
        object.__setattr__(self, "_by_topic", {t: tuple(qs) for t, qs in by_topic.items()})
        object.__setattr__(self, "_order", {q: i for i, q in enumerate(self.questions)})

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError if none)."""
        return self.questions[question_id]

    def for_topic(self, topic: str) -> tuple[Question, ...]:
        """The questions of a topic, in the order they were written."""
        return self._by_topic.get(topic, ())

    def position(self, question_id: str) -> int:
        """Where a question was written among all of the pack's (KeyError if unknown)."""
        return self._order[question_id]

    def recap(self, topic: str) -> str:
        """The recap paragraph of a topic ('' when it has none)."""
        return next((s.recap for s in self.scripts if s.topic == topic and s.recap), "")


# --- building from checked data ------------------------------------------------------------


def build_dialogs(docs: Sequence[tuple[str, Mapping[str, Any]]], topics: Iterable[str]) -> Dialogs:
    """Dialogs from (where, data) of each dialog file, already checked by the loader.

    Without a `lesson:` list the lesson walks the topics that have questions, in the
    order of the knowledge topics.
    """
    scripts: list[Script] = []
    questions: dict[str, Question] = {}
    lesson: tuple[str, ...] | None = None
    for where, data in docs:
        if "lesson" in data:
            lesson = tuple(_strs(data["lesson"]))
        if "topic" in data:
            topic = str(data["topic"])
            script = Script(
                topic,
                _str(data.get("recap")),
                tuple(
                    _question(raw, topic, f"{where} questions[{i}]")
                    for i, raw in enumerate(data.get("questions") or [])
                ),
            )
            scripts.append(script)
            questions.update((q.id, q) for q in script.questions)
    if lesson is None:
        lesson = tuple(t for t in topics if any(q.topic == t for q in questions.values()))
    return Dialogs(tuple(scripts), lesson, MappingProxyType(questions))


def _str(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(_str(v) for v in value or [])


def _question(raw: Mapping[str, Any], topic: str, where: str) -> Question:
    return Question(
        id=str(raw["id"]),
        topic=topic,
        ask=_str(raw["ask"]),
        kind=str(raw["kind"]),
        facts=_strs(raw.get("facts")),
        expectations=tuple(_expectation(e) for e in raw.get("expectations") or []),
        misconceptions=tuple(
            Misconception(str(m["id"]), _strs(m.get("phrases")), _str(m.get("correction")))
            for m in raw.get("misconceptions") or []
        ),
        where=where,
    )


def _expectation(raw: Mapping[str, Any]) -> Expectation:
    prompt = raw.get("prompt") or {}
    return Expectation(
        id=str(raw["id"]),
        phrases=_strs(raw.get("phrases")),
        keywords=_strs(raw.get("keywords")),
        hints=_strs(raw.get("hints")),
        prompt=Prompt(_str(prompt.get("text")), _strs(prompt.get("answers"))),
        assertion=_str(raw.get("assertion")),
    )
