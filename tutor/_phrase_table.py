"""The phrases a pack's analysis reads as one term: English's synonym groups and the
pack's own (which override them), its names and their aliases, and the other number of
a Latin or Greek word the text uses ("bacterium" of its "bacteria"). Built once per pack,
with the Analyzer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ._content import Pack
from ._text import split_words, stem

__all__ = ["PhraseTable", "entity_key", "latin_phrases"]

_MAX_PHRASE = 5
# Latin and Greek plurals English stemming leaves apart: singular ending, plural ending.
_LATIN = (("um", "a"), ("us", "i"), ("on", "a"), ("a", "ae"), ("ix", "ices"), ("ex", "ices"))
_LATIN_ENDS = tuple({end for pair in _LATIN for end in pair})


def entity_key(name: str) -> str:
    """The term an entity is indexed under: 'Mexico City' -> 'mexico_city'."""
    return "_".join(split_words(name))


@dataclass(slots=True)
class PhraseTable:
    """Stems of a phrase -> the term it is read as; the names' kinds and written forms."""

    stopwords: frozenset[str]
    entity_kinds: dict[str, str] = field(default_factory=dict)
    entity_names: dict[str, str] = field(default_factory=dict)  # term -> name as written
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    words: set[str] = field(default_factory=set)  # every word of every phrase

    @classmethod
    def of(
        cls, synonyms: Iterable[Sequence[str]], pack: Pack, stopwords: frozenset[str]
    ) -> PhraseTable:
        """English's synonym groups, then the pack's own (overriding them), then its names."""
        table = cls(stopwords)
        for group in synonyms:
            table._add_group(group)
        for group in pack.synonyms:  # the pack's own synonyms override everyday English
            table._add_group(group, override=True)
        for entity in pack.entities:
            key = entity_key(entity.name)
            table.entity_kinds[key] = entity.kind
            table.entity_names[key] = entity.name
            for name in (entity.name, *entity.aliases):
                table._add_phrase(name, key, override=True)
        return table

    def _add_group(self, group: Iterable[str], override: bool = False) -> None:
        members = list(group)
        canon = "_".join(stem(w) for w in split_words(members[0]))
        for member in members:
            self._add_phrase(member, canon, override)

    def _add_phrase(self, text: str, canon: str, override: bool) -> None:
        self.words.update(split_words(text))
        key = tuple(stem(w) for w in split_words(text))
        if not key or len(key) > _MAX_PHRASE:
            return
        if len(key) == 1 and split_words(text)[0] in self.stopwords:
            return
        if override or key not in self.phrases:
            self.phrases[key] = canon


def latin_phrases(
    vocabulary: Iterable[str], phrases: dict[tuple[str, ...], str]
) -> Iterator[tuple[str, ...]]:
    """Adds to `phrases` the other number of each Latin or Greek word a text uses
    ("bacterium" of its "bacteria", "fungus" of "fungi") as the same term (English stems
    keep them apart), and yields each phrase it adds."""
    for word in vocabulary:
        if len(word) >= 5 and word.endswith(_LATIN_ENDS):
            own_key = (stem(word),)
            for other in _latin_numbers(word):
                latin = (stem(other),)
                if latin not in phrases and own_key not in phrases:
                    phrases[latin] = own_key[0]
                    yield latin


def _latin_numbers(word: str) -> list[str]:
    """The other number of a word by the Latin and Greek endings ("bacteria" ->
    "bacterium", "bacteron"; "fungi" -> "fungus")."""
    out = []
    for one, many in _LATIN:
        if word.endswith(one):
            out.append(word[: -len(one)] + many)
        if word.endswith(many):
            out.append(word[: -len(many)] + one)
    return out
