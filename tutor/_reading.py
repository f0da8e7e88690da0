"""What the readers of a follow-up share: one pack, its analyzer, its index, and who did
what in each fact (the claims' frames, read once). `Context`, `Around` and `Referents`
each read a different part of a follow-up against the same four."""

from __future__ import annotations

from collections.abc import Callable

from ._analyze import Analyzer
from ._content import Pack
from ._frames import Frame
from ._index import Index

__all__ = ["NEXT_SPAN", "PARTIES", "PackReading"]

NEXT_SPAN = 40  # the next of a kind ("and the next one?") may come parts later
PARTIES = frozenset(["person", "group"])  # who may stand on a side or against it


class PackReading:
    """The pack a follow-up reader reads against. Immutable; shared by every session."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        """`frames_of`: who did what in a fact (the claims' reading, read once)."""
        self._pack = pack
        self._analyzer = analyzer
        self._index = index
        self._frames_of = frames_of
        self._answer_terms: dict[str, frozenset[str]] = {}  # each fact's, on first need

    def answer_terms(self, fact_id: str) -> frozenset[str]:
        """The terms a fact's answer says (not its questions or keywords); kept (a lost
        race reads one twice)."""
        found = self._answer_terms.get(fact_id)
        if found is None:
            terms = self._analyzer.content_terms(self._pack.fact(fact_id).answer)[0]
            found = self._answer_terms.setdefault(fact_id, frozenset(terms))
        return found

    def _near(self, last: str) -> tuple[str, ...]:
        """The facts told a few dozen before or after one (a big pack is not read whole)."""
        index = self._index
        return index.preceding(last, NEXT_SPAN) + index.following(last, NEXT_SPAN)
