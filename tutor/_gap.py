"""What a question asks that the best fact does not give (a Gap), and what every near-miss
check reads: the pack, its analysis and index, and how each name is written.

The checks are grouped by what they look at (`_gap_untold`: names and terms the text never
tells of; `_gap_role`: the kind of answer asked; `_gap_thing`: the thing asked for and
whose it is; `_gap_sequel`: what came after an event; `_gap_kin`: a tie of kin asked of
someone); `_nearmiss` asks them in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._analyze import Analyzer
from ._clauses import ASKS, TIME_WORDS, clause_end
from ._content import Fact, Pack
from ._index import Index
from ._text import fold

__all__ = ["ASKS", "Checks", "Gap", "owners_in", "time_clauses"]


@dataclass(frozen=True, slots=True)
class Gap:
    """What a question asks that the best fact does not give.

    Attributes:
        asked: the asked part in the learner's words ("how long", "which illness",
            "what happened to Mercader after that"), for the reply.
        instead: a later fact that answers "what happened after ..." when the text tells
            one; the reply then answers with it.
        elsewhere: whether another fact may hold what this one lacks (a person it never
            names), so a runner-up is worth reading before saying the text does not say.
    """

    asked: str
    instead: Fact | None = None
    elsewhere: bool = False


class Checks:
    """What the near-miss checks of one pack share (immutable; shared by all sessions)."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index) -> None:
        self._pack = pack
        self._analyzer = analyzer
        self._index = index
        self._names = analyzer.entity_names

    def _spelt(self, name: str) -> list[str]:
        """The words a name is written in ("13th Party Congress": three)."""
        return self._names.get(name, name).split()


def owners_in(text: str) -> frozenset[str]:
    """The words a text writes as owners ("Lenin's" -> "lenin")."""
    return frozenset(m.lower() for m in re.findall(r"(\w+)['\u2019]s\b", fold(text)))


def time_clauses(words: Sequence[str]) -> frozenset[int]:
    """The positions of words in clauses that set a time ("who was his rival after Lenin
    died?"): what they name is when, not what is asked."""
    return frozenset(
        at
        for k, word in enumerate(words)
        if word in TIME_WORDS and k > 0
        for at in range(k + 1, clause_end(words, k))
    )
