"""A fact the scaffold drafts from one passage, before it is written out as YAML.

Its own module because every stage of the drafting pipeline (tutor/_scaffold.py) reads
or fills it: the questions' and the answers' passes, the knowledge files, the dialogs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DraftFact"]


@dataclass(slots=True)
class DraftFact:
    """A fact drafted from one passage."""

    id: str
    answer: str
    source: str
    questions: list[str]
    keywords: list[str]
    date: str | None
    related: list[str] = field(default_factory=list)
    topic: int = 0  # index of the section it belongs to
    sentence: str = ""  # the passage with its pronouns resolved
    subject_person: bool = False  # its subject names a person ("Who ...?" asks for it)
