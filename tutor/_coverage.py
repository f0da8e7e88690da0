"""What a pack leaves out: source sentences no fact cites, thin facts, topics without dialog.

Coverage is advice for the educator, not an error: a pack can be useful while it covers
part of its text. It reads a loaded Pack only.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._content import Fact, Pack, Topic, normalise_quote
from ._source import Passage, passages

__all__ = ["MIN_QUESTIONS", "Coverage", "coverage", "format_coverage"]

MIN_QUESTIONS = 3  # fewer ways to ask than this, and learners' own wordings miss the fact


@dataclass(frozen=True, slots=True)
class Coverage:
    """What a pack covers of its source and of its own facts.

    Attributes:
        passages: every sentence and bullet of the source documents.
        uncited: those that no fact's `source:` quotes.
        few_questions: facts with fewer than MIN_QUESTIONS questions (or still marked TODO).
        no_follow_up: facts that no Socratic question rests on.
        no_dialog: topics without a Socratic question.
    """

    passages: tuple[Passage, ...]
    uncited: tuple[Passage, ...]
    few_questions: tuple[Fact, ...]
    no_follow_up: tuple[Fact, ...]
    no_dialog: tuple[Topic, ...]

    @property
    def cited_share(self) -> float:
        """The share of the source's passages that some fact cites."""
        if not self.passages:
            return 1.0
        return 1 - len(self.uncited) / len(self.passages)


def coverage(pack: Pack) -> Coverage:
    """Measure a loaded pack against its source document and its dialog scripts."""
    quotes = [normalise_quote(f.source) for f in pack.facts]
    every = tuple(p for text in pack.sources for p in passages(text))
    uncited = tuple(
        p
        for p in every
        if not any(q in normalise_quote(p.text) or normalise_quote(p.text) in q for q in quotes)
    )
    asked_facts: set[str] = set()
    asked_topics: set[str] = set()
    for question in pack.dialogs.questions.values():
        asked_facts.update(question.facts)
        asked_topics.add(question.topic)
    return Coverage(
        passages=every,
        uncited=uncited,
        few_questions=tuple(
            f
            for f in pack.facts
            if len(f.questions) < MIN_QUESTIONS or any("TODO" in q for q in f.questions)
        ),
        no_follow_up=tuple(f for f in pack.facts if f.id not in asked_facts),
        no_dialog=tuple(t for t in pack.topics if t.id not in asked_topics),
    )


def format_coverage(report: Coverage) -> str:
    """The report as text: a summary, then each list with where to fix it."""
    n = len(report.passages)
    lines = [
        f"source passages cited by a fact: {n - len(report.uncited)}/{n} "
        f"({report.cited_share:.0%})",
    ]
    sections = (
        (
            "Passages of the source that no fact cites",
            [f"line {p.line}: {p.text}" for p in report.uncited],
        ),
        (
            f"Facts with fewer than {MIN_QUESTIONS} questions, or draft ones marked TODO",
            [f"{f.where}: {f.id}" for f in report.few_questions],
        ),
        (
            "Facts that no Socratic question rests on, so the tutor never follows them up",
            [f"{f.where}: {f.id}" for f in report.no_follow_up],
        ),
        ("Topics without a Socratic question", [f"{t.id}: {t.title}" for t in report.no_dialog]),
    )
    for title, items in sections:
        if items:
            lines += ["", f"{title} ({len(items)}):", *(f"  {item}" for item in items)]
    return "\n".join(lines)
