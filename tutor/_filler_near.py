"""Whether a sentence gives the kind of answer a line asks for beside the line's own words.

"How far could that early machine squirt water?" shares one word with "... and it could
throw a jet of water about 120 feet": the distance the line asks for stands right after
it. A sentence that gives a distance elsewhere ("twenty miles from the coast", far from
"water") is not singled out by it. The question turn lets a drafted sentence that is the
only one giving the asked kind answer on less evidence when the filler stands so
(tutor/_singled.py); this module reads the positions, nothing else.
"""

from __future__ import annotations

from ._analyze import Analyzer, Query
from ._content import Fact
from ._index import Index

__all__ = ["filler_near"]

# How many content words apart the filler and a word of the line may stand: a clause
# ("began in June 1793", "throw a jet of water about 120 feet"), not the sentence's
# other half.
_REACH = 3


def filler_near(analyzer: Analyzer, index: Index, query: Query, fact: Fact) -> bool:
    """Whether `fact` names something of the kind `query` asks for (not a word of
    the line) within `_REACH` content words of a word of the line it holds that is
    neither a name, nor a word asking the kind, nor one reached through WordNet ("price"
    -> "valued": the dictionary's link, not the learner's word)."""
    if query.qtype is None:
        return False
    kinds = ("number", "money") if query.qtype == "amount" else (query.qtype,)
    fillers = [f for k in kinds for f in index.offered(fact.id, k) if f not in query.terms]
    if not fillers:
        return False
    said = analyzer.content_terms(fact.answer)[0]
    own = {
        t
        for t in query.terms
        if t not in query.entities and t not in query.kind_terms and t not in query.soft
    }
    at_own = [k for k, t in enumerate(said) if t in own]
    if not at_own:
        return False
    filler_terms = {t for f in fillers for t in analyzer.content_terms(f)[0]} - own
    at_filler = [k for k, t in enumerate(said) if t in filler_terms]
    return any(abs(a - b) <= _REACH for a in at_own for b in at_filler)
