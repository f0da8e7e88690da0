"""Questions the text answers only nearly: it tells of the person and the event, not of
what is asked.

"What illness did Lenin die of?" shares Lenin, illness and death with "Trotsky missed
Lenin's funeral due to illness", and a bag of words takes that for the answer. It is not:
the illness there is Trotsky's. A tutor that answers it teaches something false; an honest
one says the text does not say, and what it does say nearby. Each check reads the
question's analysis against the best fact and names what the fact does not give; the
checks live by what they look at (`_gap_untold`, `_gap_role`, `_gap_thing`, `_gap_sequel`,
`_gap_kin`) and are asked here in one order, the first gap found winning.
"""

from __future__ import annotations

from collections.abc import Callable

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._gap import Gap
from ._gap_filled import Filled
from ._gap_kin import KinAsked
from ._gap_role import AskedRole
from ._gap_sequel import Sequel
from ._gap_thing import AskedThing
from ._gap_untold import Untold
from ._index import Index

__all__ = ["Gap", "NearMiss"]


class NearMiss:
    """Reads a question's analysis against the fact that matched it best."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index) -> None:
        untold = Untold(pack, analyzer, index)
        role = AskedRole(pack, analyzer, index)
        thing = AskedThing(pack, analyzer, index)
        sequel = Sequel(pack, analyzer, index)
        self._index = index
        kin = KinAsked(pack, analyzer, index)
        self._filled = Filled(pack, analyzer, index)
        self._untold = untold
        self._sequel = sequel
        # the order decides which gap a question with several is told of
        self._checks: tuple[Callable[[Query, Fact], Gap | None], ...] = (
            sequel.during,  # first: what it finds answers, from the next sentence
            untold.undefined,
            untold.meaning,
            role.office,
            role.origin,
            role.no_one_else,
            untold.stranger,
            untold.never_named,
            untold.unconfirmed,
            untold.absent,
            untold.unheld_of,
            untold.kin_untold,
            untold.unintroduced,
            role.where_when,
            untold.owned_only,
            untold.death_untold,
            role.kind,
            sequel.after,
            sequel.became,
            thing.whose,
            thing.variety,
            thing.one_of_many,
            role.died_of,
            role.cause_of_cause,
            role.why_one_of_many,
            role.why_untold,
            thing.owner,
            thing.member_unnamed,
            thing.name_unsaid,
            thing.unnamed,
            role.nobody,
            kin.kin,  # last: the checks before it say what they find in their own words
        )
        # the checks finding something the question names that the text never tells of
        # (a name, a term, a tie of kin, someone's origin, someone only as an owner or an
        # office): no
        # sentence naming another in the asked role makes up for it ("who was Napoleon?"
        # of "Bonapartism"); the other checks' gaps the sentence itself may fill
        self._of_names = frozenset(
            (
                untold.undefined,
                untold.meaning,
                role.origin,
                role.no_one_else,
                untold.stranger,
                untold.never_named,
                untold.absent,
                untold.unheld_of,
                untold.kin_untold,
                untold.unintroduced,
                untold.owned_only,
                untold.death_untold,
                kin.kin,
                # the one asked is in the sentence but by office only ("the prior of Saint
                # Anne", "her husband"): the others it names are not that one
                thing.member_unnamed,
                thing.name_unsaid,
            )
        )

    def gap(self, query: Query, fact: Fact) -> Gap | None:
        """What `query` asks that `fact` does not give, or None when the fact answers it."""
        if self._index.says_what(fact.id, query):
            # "what was the Grent bench?" of "The Grent bench was a long oak workbench":
            # the sentence says what the thing asked of is; nothing of it is lacking
            return None
        for check in self._checks:
            found = check(query, fact)
            if found is not None:
                # a check may read a lack the sentence does not have: the sentence it
                # would show names the one asked, in the question's own event
                filled = found.instead is None and check not in self._of_names
                if filled and self._filled.answers(query, fact):
                    return None
                return found
        return None

    def untold_about(self, name: str) -> Gap:
        """The gap of a question about someone the answer does not tell of."""
        return self._untold.about(name)

    def follows(self, query: Query, fact: Fact) -> bool | None:
        """For a question about what came after an event, whether a fact itself says
        "after ..." of that event (see `Sequel.follows`); None for other questions."""
        return self._sequel.follows(query, fact)
