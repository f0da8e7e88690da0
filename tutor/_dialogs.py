"""Dialog scripts: Socratic questions with expectations, hints and misconceptions.

`dialogs/*.yaml` (format v1, see docs) are parsed into frozen dataclasses and checked
against the pack's topics and facts, with errors that name the file, line and field.
This module only parses; the turn policy lives in `_dialogue`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ._content import _Doc, _id, _text, _texts, read_yaml

__all__ = [
    "QUESTION_KINDS",
    "Dialogs",
    "Expectation",
    "Misconception",
    "Prompt",
    "Question",
    "Script",
    "load_dialogs",
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

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError if none)."""
        return self.questions[question_id]

    def for_topic(self, topic: str) -> tuple[Question, ...]:
        """The questions of a topic, in the order they were written."""
        return tuple(q for q in self.questions.values() if q.topic == topic)

    def recap(self, topic: str) -> str:
        """The recap paragraph of a topic ('' when it has none)."""
        return next((s.recap for s in self.scripts if s.topic == topic and s.recap), "")


# --- loading --------------------------------------------------------------------------------

_TOP_KEYS = {"topic", "recap", "questions", "lesson"}
_QUESTION_KEYS = {"id", "ask", "kind", "facts", "expectations", "misconceptions"}
_EXPECTATION_KEYS = {"id", "phrases", "keywords", "hints", "prompt", "assertion"}
_MISCONCEPTION_KEYS = {"id", "phrases", "correction"}


def load_dialogs(files: Iterable[Path], topics: Iterable[str], facts: Iterable[str]) -> Dialogs:
    """Parse and check dialog files against the pack's topic and fact ids.

    Raises:
        ContentError: naming the file, line and field of the first problem found.
    """
    topic_ids = list(topics)
    fact_ids = frozenset(facts)
    scripts: list[Script] = []
    questions: dict[str, Question] = {}
    lesson: tuple[str, ...] | None = None
    for path in files:
        doc = read_yaml(path)
        if not doc.data:
            continue
        if not isinstance(doc.data, dict):
            raise doc.error((), "expected a mapping with `topic`, `recap` and `questions`")
        _known_keys(doc, (), doc.data, _TOP_KEYS)
        if "lesson" in doc.data:
            if lesson is not None:
                raise doc.error(("lesson",), "a second `lesson:` list; keep only one")
            lesson = _lesson(doc, topic_ids)
        if "topic" in doc.data or "questions" in doc.data:
            script = _script(doc, topic_ids, fact_ids, questions)
            scripts.append(script)
            for q in script.questions:
                questions[q.id] = q
    with_questions = [t for t in topic_ids if any(q.topic == t for q in questions.values())]
    if lesson is None:
        lesson = tuple(with_questions)
    return Dialogs(tuple(scripts), lesson, MappingProxyType(questions))


def _known_keys(doc: _Doc, path: tuple[Any, ...], obj: dict[str, Any], allowed: set[str]) -> None:
    for key in obj:
        if key not in allowed:
            raise doc.error(
                (*path, key), f"unknown field; expected one of {', '.join(sorted(allowed))}"
            )


def _lesson(doc: _Doc, topic_ids: list[str]) -> tuple[str, ...]:

    order = _texts(doc, doc.data, (), "lesson")
    if not order:
        raise doc.error(("lesson",), "empty; list the topic ids in the order to teach them")
    for i, topic in enumerate(order):
        if topic not in topic_ids:
            raise doc.error(("lesson", i), f"unknown topic {topic!r}")
        if topic in order[:i]:
            raise doc.error(("lesson", i), f"topic {topic!r} is listed twice")
    return order


def _script(
    doc: _Doc, topic_ids: list[str], fact_ids: frozenset[str], seen: dict[str, Question]
) -> Script:

    topic = _text(doc, doc.data, (), "topic")
    if topic not in topic_ids:
        raise doc.error(
            ("topic",), f"unknown topic {topic!r}; expected one of the knowledge topics"
        )
    raw = doc.data.get("questions")
    if not isinstance(raw, list) or not raw:
        raise doc.error(("questions",), "expected a non-empty list of questions")
    questions: list[Question] = []
    for i, item in enumerate(raw):
        q = _question(doc, ("questions", i), item, topic, fact_ids)
        if q.id in seen:
            raise doc.error(
                ("questions", i, "id"),
                f"duplicate question id {q.id!r} (also at {seen[q.id].where})",
            )
        if any(q.id == other.id for other in questions):
            raise doc.error(("questions", i, "id"), f"duplicate question id {q.id!r}")
        questions.append(q)
    return Script(topic, _text(doc, doc.data, (), "recap", required=False), tuple(questions))


def _question(
    doc: _Doc, path: tuple[Any, ...], raw: Any, topic: str, fact_ids: frozenset[str]
) -> Question:

    if not isinstance(raw, dict):
        raise doc.error(path, "expected a mapping (id, ask, kind, facts, expectations, ...)")
    _known_keys(doc, path, raw, _QUESTION_KEYS)
    kind = _text(doc, raw, path, "kind")
    if kind not in QUESTION_KINDS:
        raise doc.error((*path, "kind"), f"{kind!r}: expected one of {', '.join(QUESTION_KINDS)}")
    facts = _texts(doc, raw, path, "facts")
    if not facts:
        raise doc.error((*path, "facts"), "missing; list the fact ids the question rests on")
    for j, fact in enumerate(facts):
        if fact not in fact_ids:
            raise doc.error((*path, "facts", j), f"unknown fact id {fact!r}")
    raw_exps = raw.get("expectations")
    if not isinstance(raw_exps, list) or not raw_exps:
        raise doc.error((*path, "expectations"), "expected a list of 1-3 expectations")
    expectations = tuple(
        _expectation(doc, (*path, "expectations", j), e) for j, e in enumerate(raw_exps)
    )
    _unique(doc, path, "expectations", [e.id for e in expectations])
    raw_mis = raw.get("misconceptions") or []
    if not isinstance(raw_mis, list):
        raise doc.error((*path, "misconceptions"), "expected a list of misconceptions")
    misconceptions = tuple(
        _misconception(doc, (*path, "misconceptions", j), m) for j, m in enumerate(raw_mis)
    )
    _unique(doc, path, "misconceptions", [m.id for m in misconceptions])
    return Question(
        id=_id(doc, raw, path),
        topic=topic,
        ask=_text(doc, raw, path, "ask"),
        kind=kind,
        facts=facts,
        expectations=expectations,
        misconceptions=misconceptions,
        where=str(doc.where(*path)),
    )


def _unique(doc: _Doc, path: tuple[Any, ...], key: str, ids: list[str]) -> None:
    for j, item in enumerate(ids):
        if item in ids[:j]:
            raise doc.error((*path, key, j, "id"), f"duplicate id {item!r}")


def _expectation(doc: _Doc, path: tuple[Any, ...], raw: Any) -> Expectation:

    if not isinstance(raw, dict):
        raise doc.error(path, "expected a mapping (id, phrases, keywords, hints, prompt, ...)")
    _known_keys(doc, path, raw, _EXPECTATION_KEYS)
    phrases = _texts(doc, raw, path, "phrases")
    if not phrases:
        raise doc.error((*path, "phrases"), "missing; give 3-6 ways a learner might say it")
    hints = _texts(doc, raw, path, "hints")
    if len(hints) < 2:
        raise doc.error((*path, "hints"), "give a ladder of at least two hints, vaguer first")
    prompt = raw.get("prompt")
    if not isinstance(prompt, dict):
        raise doc.error((*path, "prompt"), "expected a mapping with `text` and `answers`")
    _known_keys(doc, (*path, "prompt"), prompt, {"text", "answers"})
    answers = _texts(doc, prompt, (*path, "prompt"), "answers")
    if not answers:
        raise doc.error((*path, "prompt", "answers"), "missing; give the cue word(s) it accepts")
    return Expectation(
        id=_id(doc, raw, path),
        phrases=phrases,
        keywords=_texts(doc, raw, path, "keywords"),
        hints=hints,
        prompt=Prompt(_text(doc, prompt, (*path, "prompt"), "text"), answers),
        assertion=_text(doc, raw, path, "assertion"),
    )


def _misconception(doc: _Doc, path: tuple[Any, ...], raw: Any) -> Misconception:

    if not isinstance(raw, dict):
        raise doc.error(path, "expected a mapping (id, phrases, correction)")
    _known_keys(doc, path, raw, _MISCONCEPTION_KEYS)
    phrases = _texts(doc, raw, path, "phrases")
    if not phrases:
        raise doc.error((*path, "phrases"), "missing; give the ways a learner voices it")
    return Misconception(
        id=_id(doc, raw, path),
        phrases=phrases,
        correction=_text(doc, raw, path, "correction"),
    )
