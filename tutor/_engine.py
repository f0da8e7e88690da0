"""What every session of a Tutor shares: the pack, its matcher and its dialogue scripts."""

from __future__ import annotations

from dataclasses import dataclass

from ._analyze import Analyzer
from ._content import Pack
from ._dialogue import Dialogue
from ._index import Index
from ._nearmiss import NearMiss
from ._smalltalk import SmallTalk
from ._text import language

__all__ = ["Engine"]


@dataclass(frozen=True, slots=True)
class Engine:
    """The read-only parts a Session works with, so it needs nothing private of a Tutor."""

    pack: Pack
    analyzer: Analyzer
    index: Index
    smalltalk: SmallTalk
    task_verbs: frozenset[str]
    dialogue: Dialogue
    nearmiss: NearMiss

    @classmethod
    def of(cls, pack: Pack, analyzer: Analyzer, index: Index) -> Engine:
        """The engine of a built pack (see `_cache.build`)."""
        smalltalk = SmallTalk(language()["smalltalk"])
        return cls(
            pack=pack,
            analyzer=analyzer,
            index=index,
            smalltalk=smalltalk,
            task_verbs=frozenset(language()["task_verbs"]),
            dialogue=Dialogue(pack, analyzer, index, smalltalk),
            nearmiss=NearMiss(pack, analyzer, index),
        )
