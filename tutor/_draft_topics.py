"""The topics of a draft pack: a section per heading, or, in a text without any, a
paragraph each, titled by what its opening sentence is about.

The first cut of the drafting pipeline (tutor/_scaffold.py), apart because how a text is
divided does not depend on what its sentences say.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._draft_names import DraftEntity
from ._draft_titles import paragraph_titles
from ._source import Passage, sections

__all__ = ["draft_topics", "titled_topics"]


def draft_topics(text: str) -> list[tuple[str, list[Passage]]]:
    """(title, passages) per topic: a section per heading; without headings, a paragraph."""
    parts = [s for s in sections(text) if s.passages]
    if len(parts) > 1 or not parts:
        return [(s.title or "Introduction", s.passages) for s in parts]
    # one section, titled or not: its title is the document's, and its paragraphs the
    # topics a lesson walks ("How Cheese Is Made" over nine paragraphs is nine steps)
    paragraphs: dict[int, list[Passage]] = {}
    line = 0
    for passage in parts[0].passages:  # a list stays with the paragraph that opens it
        if passage.kind == "sentence" or passage.intro is None:
            line = passage.line if passage.kind == "sentence" else line or passage.line
        paragraphs.setdefault(line, []).append(passage)
    if len(paragraphs) == 1:
        return [(parts[0].title or "Introduction", parts[0].passages)]
    return [("", group) for group in paragraphs.values()]


def titled_topics(
    topics: list[tuple[str, list[Passage]]], entities: Sequence[DraftEntity]
) -> list[tuple[str, list[Passage]]]:
    """The topics, a paragraph's (untitled) named by what its opening sentence is about."""
    if any(title for title, _ in topics):
        return topics
    names = [[e.name, *e.aliases] for e in entities]
    titles = paragraph_titles(
        [" ".join(p.text for p in group) for _, group in topics],
        [group[0].text for _, group in topics],
        names,
    )
    return [(title, group) for title, (_, group) in zip(titles, topics, strict=True)]
