"""A job's verb that is part of a term of the text: "draw kiln", "play house", "write-up".

A line opening with a verb of a job ("draw me a picture", "write my essay") asks the
tutor to do something it cannot, and is refused. But a text may use such a verb as the
first word of one of its own terms: a lime text's "draw kiln", a theatre's "play house", a
report's "write-up". A keyword line opening with that term ("draw kiln inventor") asks
about it, not for a drawing. Here the pack's own pairs are found once: a job's verb as the
text writes it, followed by a content word (or joined by a hyphen to any word); a line
whose verb and next word make such a pair is no job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from ._content import Pack
from ._text import fold, split_words, stem

__all__ = ["TaskTerms"]

_HYPHENED = re.compile(r"\b([a-z]+)-([a-z]+)\b")


class TaskTerms:
    """The pairs of a pack's text that open with a job's verb (immutable)."""

    def __init__(self, pack: Pack, verbs: frozenset[str], stopwords: frozenset[str]) -> None:
        pairs: set[tuple[str, str]] = set()
        hyphened: set[tuple[str, str]] = set()
        for text in _texts(pack):
            words = split_words(text)
            for first, second in pairwise(words):
                if first in verbs and second not in stopwords and second.isalpha():
                    pairs.add((first, stem(second)))
            for m in _HYPHENED.finditer(fold(text)):
                if m.group(1) in verbs:
                    hyphened.add((m.group(1), m.group(2)))
        self._pairs = frozenset(pairs)
        self._hyphened = frozenset(hyphened)

    def opens(self, text: str, words: tuple[str, ...], at: int) -> bool:
        """Whether the job's verb at `words[at]` opens a term of the text: its next word
        follows it there too ("draw kiln"), or the line joins the two with a hyphen as the
        text does ("write-up")."""
        if at + 1 >= len(words):
            return False
        verb, after = words[at], words[at + 1]
        if (verb, stem(after)) in self._pairs:
            return True
        if (verb, after) in self._hyphened:
            return f"{verb}-{after}" in fold(text)
        return False


def _texts(pack: Pack) -> Iterable[str]:
    """The pack's own sentences: each fact's answer and source passage."""
    for fact in pack.facts:
        yield fact.answer
        if fact.source:
            yield fact.source
