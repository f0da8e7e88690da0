"""What a person did or met with next, when a follow-up asks what happened to them.

"Who was Jonas Pell?" "In 1764 a merchant named Jonas Pell built an iron works ..."
"What happened to him?" asks what came next in his story. The fate reader first looks
for something that befalls him (he is what a later event is done to: "he was elected
mayor"); when nothing near does, the learner still asks for his story to go on, and the
last answer again would tell nothing new: the next sentence of its part that has him do
or undergo anything ("Jonas Pell offered cheap iron bells to poor parishes") does.
"""

from __future__ import annotations

from collections.abc import Callable

from ._analyze import Analyzer
from ._content import Pack
from ._frames import Frame
from ._index import Index
from ._text import only_as_owner

__all__ = ["next_event_of"]

_SPAN = 3  # sentences on: his story goes on soon after, if in that part of the text
_ROLES = ("agent", "patient")


def next_event_of(
    pack: Pack,
    index: Index,
    analyzer: Analyzer,
    frames_of: Callable[[str], tuple[Frame, ...]],
    last: str,
    who: str,
) -> str | None:
    """The next fact after `last`, in its part, that has `who` do or undergo something
    (not one naming them only as an owner: "Pell's warehouse"); None when none does."""
    topic = pack.fact(last).topic
    name = analyzer.entity_names.get(who, who).split()[-1].lower()
    for fact in index.following(last, _SPAN):
        if pack.fact(fact).topic != topic:
            return None
        if only_as_owner(pack.fact(fact).answer, name):
            continue
        if any(who in frame.roles.get(role, ()) for frame in frames_of(fact) for role in _ROLES):
            return fact
    return None
