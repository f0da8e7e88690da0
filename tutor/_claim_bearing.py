"""Whether the facts a membership claim is corrected with bear on it at all.

"A was a member of X" may be corrected with a fact that shares X's name and says nothing
of A ("the expulsion of Trotsky from the Politburo" for "Bukharin was in the Politburo"),
or names A and says nothing of X. Such a fact neither denies the claim nor tells what is
true instead: the text does not say it. Where no fact lists X's members (`Members`
decides those), a correction of "A was a member of X" (or "in", "part of", "one of" X)
bears on it only when one of its facts names both A and X; otherwise the verdict is
"untold" (the text doesn't say that; what it says nearby). The shape's words are English
grammar (`_TIE`, `_BETWEEN`), not any text's.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._claim_members import Members
from ._claim_reading import PARTIES, ClaimCheck, ClaimReader
from ._text import stem

__all__ = ["Bearing"]

# verdicts whose fact is chosen for the role the claim gives, not for the claim's words
_KEPT = frozenset(["script", "members", "swapped", "untold"])
_TIE = frozenset(["member", "members", "part", "in", "inside"])  # "a member of X", "in X"
_BETWEEN = frozenset(["a", "an", "the", "of", "one", "also", "just", "really", "actually"])
_GROUP_HELD = 0.5  # of the group's words a fact must hold to tell of it
_NOT_GROUPS = frozenset(["person", "place", "date"])  # "in Mexico" puts no one in a group


class Bearing:
    """Turns a membership correction whose facts do not bear on it into "untold".
    Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader, members: Members) -> None:
        self.reader = reader
        self.kinds = reader.kinds
        self.members = members
        self._be = frozenset(reader.cues.state_verbs)

    def check(self, words: Sequence[str], found: ClaimCheck) -> ClaimCheck:
        """The correction as found, or "untold" when none of its facts names both the
        person the claim puts in a group and that group."""
        if found.right or found.reason in _KEPT or found.correction:
            return found
        tie = self._tie(words)
        if tie is None:
            return found
        who, group = tie
        for fact in found.facts:
            held, denied = self.reader.held(fact)
            told = held | denied
            if who in told and self.reader.share(group, told) >= _GROUP_HELD:
                return found
        return ClaimCheck(False, found.facts, "untold")

    def _tie(self, words: Sequence[str]) -> tuple[str, frozenset[str]] | None:
        """(person, the group's terms) of "A was a member of X", "A was in X", "A was
        part of the X"; None for any other shape, a place ("in Mexico"), or a group whose
        members a fact lists."""
        stems = tuple(stem(w) for w in words)
        mentions = sorted(self.reader.mentions(stems), key=lambda m: m[1])
        if not mentions:
            return None
        who, start, end = mentions[0]
        if start != 0 or self.kinds.get(who) not in PARTIES:
            return None
        if end >= len(words) or words[end] not in self._be:
            return None
        at = end + 1
        while at < len(words) and words[at] in _TIE | _BETWEEN:
            at += 1
        if _TIE.isdisjoint(words[end + 1 : at]) or at >= len(words):
            return None
        group = frozenset(self.reader.query(words[at:]).terms)
        if not group or any(self.kinds.get(t) in _NOT_GROUPS for t in group):
            return None
        if not group.isdisjoint(self.members.lists):
            return None  # `Members` decides who was in it
        return who, group
