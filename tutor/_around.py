"""The facts the text tells around one: what came of its event, why, by what means,
what is in the thing it names, and the sentence a contrast sets it against.

A follow-up that asks a role of the last answer ("did it work?", "why?", "what did it
say?", "and Trotsky, by comparison?") is answered from these, found by the text's order,
its links and its frames. The Context decides which role a line asks; this finds the fact.
Each kind of finding has its own module, and `Around` is all of them over one pack:
- `_around_sides`: who stood with or against whom ("against whom?", "who were they?");
- `_around_contrast`: what the text sets against a fact ("and Trotsky, by comparison?");
- `_around_fates`: what befell someone ("what happened to him?", "how did it end?");
- `_around_causes`: why, by what means, what came of it ("why?", "did it work?");
- `_around_things`: what a thing held or met ("what did it say?", "since when?").
"""

from __future__ import annotations

from collections.abc import Callable

from ._analyze import Analyzer
from ._around_causes import Causes
from ._around_contrast import Contrasts
from ._around_fates import Fates
from ._around_sides import Sides
from ._around_things import Things
from ._content import Pack
from ._frames import Frame
from ._index import Index
from ._steps import Steps

__all__ = ["Around"]


class Around(Sides, Contrasts, Fates, Causes, Things):
    """Finds the fact that tells a role of another's event, for one pack. Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        super().__init__(pack, analyzer, index, frames_of)
        self.steps = Steps(pack, analyzer, index)  # the steps of a process, by their place
