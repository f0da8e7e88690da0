"""A yes-or-no question that dates an event wrongly ("was Trotsky killed in 1930?"): the
text tells the event with another year, so the reply is a clear "no" with the right one,
as the same words stated as a claim get ("Trotsky was killed in 1930" is corrected),
not "I can't find that exactly" beside the fact that settles it."""

from __future__ import annotations

from ._analyze import Analyzer, Query
from ._claim_reading import ClaimCheck
from ._claim_slots import Slots
from ._index import Index

__all__ = ["wrong_year"]


def wrong_year(analyzer: Analyzer, index: Index, slots: Slots, query: Query) -> ClaimCheck | None:
    """The correction of a yes-or-no question naming one year, when the fact telling the
    rest of it (its event, of its people: the claim's year check) gives another year;
    None when the question is no such one or the text does not settle it. The fact must
    hold every other word of the question: "was Bukharin executed in 1938?" is not
    answered "no" by the year of another event of his."""
    words = query.words
    if query.qtype is not None or not words or words[0] not in analyzer.yes_no:
        return None
    years = [t for t in query.terms if analyzer.is_year(t)]
    if len(years) != 1 or len(query.terms) < 3:  # a name and a deed besides the year
        return None
    checked = slots.slot(query, years[0], "date", None)
    if checked is None or checked.right:
        return None
    held = index.held(checked.facts[0].id)
    rest = [t for t in query.terms if t != years[0]]
    return checked if all(t in held for t in rest) else None
