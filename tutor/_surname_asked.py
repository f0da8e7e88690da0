"""A surname two people of the text share, asked alone: which of them is meant.

"Who was Reel?" of a text naming Walter Reel and his daughter Agnes Reel names neither:
docs/authoring.md gives a surname as an alias only when no other entity shares it, so the
word reaches no one, and the best fact holding it is a guess between the two. Asked so,
the tutor asks back which of them ("Do you mean Walter Reel or Agnes Reel?"), unless the
conversation is about one of them already: then "what did Reel do next?" after Walter is
read as "what did Walter Reel do next?". A word the text also writes as a common word
("a reel of thread") is no surname alone.
Built once per pack and immutable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._analyze import Query
from ._content import Pack
from ._phrase_table import entity_key
from ._text import split_words

__all__ = ["SharedSurnames"]


class SharedSurnames:
    """The people of a pack who share a surname no entity owns as an alias."""

    __slots__ = ("_owners", "_stop")

    def __init__(self, pack: Pack, stopwords: frozenset[str]) -> None:
        """`stopwords`: the words a bare surname may follow ("who was Reel", "did Reel");
        after any other ("Elias Reel") it is part of a name the text may not give."""
        self._stop = stopwords
        owned = {
            " ".join(split_words(form))
            for entity in pack.entities
            for form in (entity.name, *entity.aliases)
        }
        by_last: dict[str, list[str]] = {}
        for entity in pack.entities:
            words = split_words(entity.name)
            if entity.kind == "person" and len(words) >= 2:
                by_last.setdefault(words[-1], []).append(entity.name)
        common = _written_plain(pack, frozenset(by_last))
        self._owners: dict[str, tuple[str, ...]] = {
            last: tuple(names)
            for last, names in by_last.items()
            if len(names) >= 2 and last not in owned and last not in common
        }

    def spelt_out(self, text: str, query: Query, talked_of: Sequence[str]) -> str | None:
        """The line with a bare surname written as the full name of the one of its people
        the conversation is about (`talked_of`: entity keys, the latest first), when the
        line names none of them; else None."""
        for k, word in enumerate(query.words):
            names = self._owners.get(word)
            if names is None or (k and query.words[k - 1] not in self._stop):
                continue
            keys = {entity_key(n): n for n in names}
            if set(keys).intersection(query.entities):
                return None
            one = next((keys[p] for p in talked_of if p in keys), None)
            if one is None:
                return None
            bare = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
            spelt = bare.sub(one, text, count=1)
            return spelt if spelt != text else None
        return None

    def asked(self, query: Query, talked_of: Sequence[str]) -> tuple[str, ...]:
        """The full names of the people a line's bare surname may mean, when it names none
        of them and the conversation (`talked_of`: entity keys) is about none of them;
        else ()."""
        if not self._owners:
            return ()
        for k, word in enumerate(query.words):
            names = self._owners.get(word)
            if names is None or (k and query.words[k - 1] not in self._stop):
                continue
            keys = {entity_key(n) for n in names}
            if keys.intersection(query.entities) or keys.intersection(talked_of):
                return ()
            return names
        return ()


def _written_plain(pack: Pack, surnames: frozenset[str]) -> frozenset[str]:
    """The surnames the text also writes in lowercase, as a common word."""
    plain: set[str] = set()
    for fact in pack.facts:
        for word in fact.source.split():
            own = word.strip(".,;:!?\"'()")
            if own.islower() and own in surnames:
                plain.add(own)
    return frozenset(plain)
