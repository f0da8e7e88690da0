"""The text's own argument: the facts a question about the writer's view is answered from.

"What does the writer think made him win?", "what's the big takeaway of the essay?" ask
what the text argues, not what happened. An essay states its argument in two places: the
thesis closes its first paragraph, and its last paragraph concludes. Both are found by
their place in the source document, whatever the pack, and the facts citing them are the
argument (a pack whose facts cite no such sentence has none: nothing is boosted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from ._content import Fact, Pack
from ._source import Passage, sections

__all__ = ["ArgumentFacts", "argument_facts"]

_ENDS = 60  # lines read at each end of a long text
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _plain(text: str) -> str:
    """Text compared as a quote is: straight quotes, one space, no case."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def _paragraphs(text: str) -> list[list[Passage]]:
    """The text's paragraphs of sentences, in order (bullets and headings left out)."""
    out: list[list[Passage]] = []
    for section in sections(text):
        for p in section.passages:
            if p.kind != "sentence":
                continue
            if out and out[-1][-1].line == p.line:
                out[-1].append(p)
            else:
                out.append([p])
    return out


def _stating(paragraphs: list[list[Passage]]) -> list[str]:
    """The sentences that state the argument: the last of the first paragraph (the
    thesis), when it has more than one, and every sentence of the last paragraph."""
    if len(paragraphs) < 2:
        return []
    first, last = paragraphs[0], paragraphs[-1]
    thesis = [first[-1].text] if len(first) > 1 else []
    return [_plain(s) for s in [*thesis, *(p.text for p in last)]]


def argument_facts(pack: Pack) -> tuple[str, ...]:
    """The ids of the facts that cite the thesis or the conclusion of the pack's text, in
    the text's order (the thesis first)."""
    stating: list[str] = []
    for text in pack.sources:
        lines = text.splitlines()
        if len(lines) <= 2 * _ENDS:
            stating.extend(_stating(_paragraphs(text)))
        else:  # a long text is read at its two ends only: its middle states no argument
            head = _paragraphs("\n".join(lines[:_ENDS]))
            tail = _paragraphs("\n".join(lines[-_ENDS:]))
            stating.extend(_stating([*head[:1], *tail[-1:]]))
    return tuple(f.id for f in _citing(pack.facts, stating))


def _citing(facts: Iterable[Fact], sentences: list[str]) -> Iterable[Fact]:
    """The facts whose source is one of the sentences, or a piece of one."""
    if not sentences:
        return
    for fact in facts:
        source = _plain(fact.source)
        if source and any(source in s or s in source for s in sentences):
            yield fact


class ArgumentFacts(Sequence[str]):
    """`argument_facts(pack)`, found the first time it is asked for. Splitting the text
    into sentences (and importing the sentence splitter) was a third of making a Tutor's
    engine, in every process (`tutor ask` too), and only a line asking for the writer's
    view needs it. Threads racing to it both find the same ids; one tuple is kept."""

    def __init__(self, pack: Pack) -> None:
        self._pack = pack
        self._ids: tuple[str, ...] | None = None

    def _found(self) -> tuple[str, ...]:
        ids = self._ids
        if ids is None:
            ids = self._ids = argument_facts(self._pack)
        return ids

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...
    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        return self._found()[index]

    def __len__(self) -> int:
        return len(self._found())

    def __iter__(self) -> Iterator[str]:
        return iter(self._found())

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self._found()
