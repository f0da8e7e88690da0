"""A name a drafted text gives, and finding the text's names again in any passage.

The name finder (`find_entities`) makes these once per text; every later reader of the
draft (descriptions, pronouns, questions, the pack's entity list) looks them up in its
sentences with one `NameFinder`, so the record and the lookup sit apart from the finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ._text import split_words

__all__ = ["DraftEntity", "NameFinder"]


@dataclass(slots=True, eq=False)  # one entity is one name: compared by identity
class DraftEntity:
    """A name found in the text, with a guessed kind and the short forms learners use."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    sure: bool = True  # False: the kind is a guess from weak evidence
    shared: bool = False  # its surname alias names other people of the text too


class NameFinder:
    """Finds known names in a passage in one pass (names keyed by their first word)."""

    def __init__(self, entities: Iterable[DraftEntity]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], DraftEntity]]] = {}
        for entity in entities:
            for form in (entity.name, *entity.aliases):
                words = tuple(split_words(form))
                if words:
                    self._by_first.setdefault(words[0], []).append((words, entity))
        for forms in self._by_first.values():
            forms.sort(key=lambda f: -len(f[0]))

    def find(self, words: Sequence[str]) -> list[tuple[int, DraftEntity]]:
        """(word position, entity) for each name in a folded word list, longest match first."""
        return [(i, entity) for i, _, entity in self.spans(words)]

    def spans(self, words: Sequence[str]) -> list[tuple[int, int, DraftEntity]]:
        """(first word, word count, entity) for each name in a folded word list."""
        out: list[tuple[int, int, DraftEntity]] = []
        i = 0
        while i < len(words):
            for form, entity in self._by_first.get(words[i], ()):
                if tuple(words[i : i + len(form)]) == form:
                    out.append((i, len(form), entity))
                    i += len(form)
                    break
            else:
                i += 1
        return out
