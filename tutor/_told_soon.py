"""A follow-up asking a deed by its own verb, which the text tells a sentence or two on.

"The second setback came in 1829, when Sorr began selling a cheap copy" "how did she
answer that?": the text goes on "She answered by stamping every bolt ...". The line's
only word of its own ("answer"; "react", "respond" and "reply" read as it) is in no
sentence near but that one, while what it carries of the conversation ("setback",
"1829") is in the last answer and the sentences around it, so the ranking finds the
last event again, or another sentence about it, and the deed asked is never told.

`ToldSoon` takes the first of the next few sentences whose own event is the deed the line
asks (a frame with that verb, a person or a group doing it), when the last answer tells no such deed
and the line names no one that sentence does not. Read from the line's analysis and the
pack's frames only: no word of any text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ._analyze import Analyzer
from ._content import Pack
from ._followup import FollowUp
from ._followup_shapes import DOERS
from ._frames import Frame
from ._index import STRICT_TYPES, Index
from ._person_genders import said_gender
from ._reading import PackReading

__all__ = ["ToldSoon"]

_SPAN = 3  # sentences after the last answer that may tell what was done about it
_ASKING = frozenset(["how", "what", "who", "when", "where", "why"])  # a question, not a claim
# who the line asks did it: "she" a person, "they" a person or a group ("the council")
_SUBJECTS: Mapping[str, frozenset[str]] = MappingProxyType(
    {"he": frozenset(["person"]), "she": frozenset(["person"]), "they": DOERS}
)


class ToldSoon(PackReading):
    """Finds the deed a follow-up asks by its own verb, told just after. Immutable."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
        genders: Mapping[str, str],
    ) -> None:
        """`genders`: whom the text says "she" or "he" of (see tutor/_person_genders.py)."""
        super().__init__(pack, analyzer, index, frames_of)
        self._genders = genders

    def deed(self, f: FollowUp) -> str | None:
        """The first of the few facts after the last answer with a frame whose verb is
        the one word the line asks in, done by someone (not one "she" cannot be); None
        when the line asks of no one by "he", "she" or "they" (one of them, who
        must be the doer), asks in more words of its own or none, names someone that fact
        does not, or the last answer tells that deed itself or gives the kind of thing
        asked (a span, a date)."""
        query, kinds = f.query, self._analyzer.entity_kinds
        if not f.last or _ASKING.isdisjoint(query.words[:2]):
            return None
        subjects = [_SUBJECTS[w] for w in query.words if w in _SUBJECTS]
        if len(subjects) != 1:
            return None  # "what did that cost him?": no one asked of as doing it
        own = [t for t, _ in query.surface if t not in kinds and t not in query.kind_terms]
        if len(own) != 1:
            return None
        verb = own[0]
        if any(fr.predicate == verb for fr in self._frames_of(f.last)):
            return None  # the last answer tells the deed: what it says of it is its own
        if query.qtype in STRICT_TYPES and self._index.offers(f.last, query.qtype):
            return None  # "how long had he served by then?" of "after thirty-one years"
        said = said_gender(f.pronouns)
        for fact in self._index.following(f.last, _SPAN):
            for frame in self._frames_of(fact):
                # the one "she" (or "they") asks of does it: not "strategy can triumph"
                doers = [d for d in frame.role("agent") if kinds.get(d) in subjects[0]]
                if frame.predicate != verb or not doers or frame.negated:
                    continue
                named = {n for names in frame.roles.values() for n in names}
                if not set(query.entities) <= named:
                    continue  # "how did Sorr answer?" of someone else's answer
                if said is not None and all(
                    self._genders.get(d) not in (None, said) for d in doers
                ):
                    continue  # "how did she answer?" of what a man did
                return fact
        return None
