"""A question the text answers over two sentences: one sets the scene, a later one in its
paragraph says what is asked.

"Who called the meeting in March 2009?" of "In March 2009, eleven households met in the
grange hall ..." and, next, "The meeting was called by Marta Ilves": the first sentence
holds the line's date and its meeting and ranks first, yet names no one; the second holds
what the first lacks ("called") and names her. "What was the cause of the fire in the
drying shed in 1868?" of "In 1868 a fire broke out in the drying shed" and, two sentences
on, "The cause was found to be sparks ...". A drafted fact is one sentence (or two), so a
text that tells an event over several splits the question between them, and the tutor
said it did not know, or gave the scene for the answer.

The sentence told on answers in the scene's stead when:

- the scene is a drafted fact that does not give the kind of answer asked (a person for
  "who", a sum for "how much", a reason for "why" or "the cause of"), and holds the
  bulk of the line and every name it says (the line is of its event);
- the later sentence is in the same part, a few facts on; it gives that kind, and holds
  every word of the line the scene lacks (the word naming the kind aside, when it gives
  the kind; one everyday word, "fixed", may be the learner's own) and at least one of
  them: the line's words are all told of the one event;
- no other fact holds every word of the line and gives the kind itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._gap_thing import AskedThing
from ._index import Hit, Index
from ._offers import STRICT_TYPES

__all__ = ["ToldOn"]

# Facts after the scene within which the text goes on with the same event: a drafted
# paragraph is its sentences and, overlapping them, pairs of sentences ("the crews cut
# by hand ... So that the company could keep its contracts, ... the firm lost $38,000")
_SPAN = 4
_AMOUNTS = ("number", "money")  # what answers "how much"
# rank in English of the commonest words (as `_everyday`): one of the line's words the
# scene lacks may be the learner's own for the event and held by neither sentence
_EVERYDAY = 3000
_SCENE = 0.5  # share of the line's evidence the scene holds: the bulk of what it asks of


class ToldOn:
    """Finds the sentence a scene's question is answered by (immutable; shared)."""

    def __init__(
        self, pack: Pack, analyzer: Analyzer, index: Index, gives_reason: Callable[[str], bool]
    ) -> None:
        self._pack = pack
        self._analyzer = analyzer
        self._index = index
        self._gives_reason = gives_reason
        self._thing = AskedThing(pack, analyzer, index)

    def answer(self, query: Query, hits: Sequence[Hit]) -> Fact | None:
        """The later sentence that answers what the best fact, a scene, does not (see the
        module's docstring), or None."""
        if not hits or query.leans or query.context or not self._asks_kind(query):
            return None
        scene = hits[0].fact
        if not scene.draft or self._gives(scene.id, query):
            return None
        held = self._index.held(scene.id)
        lacking = [t for t in query.terms if t not in held]
        if not lacking or hits[0].coverage < _SCENE or any(t in query.entities for t in lacking):
            return None  # "Malvey distance from Kestwick": not of the scene's Malvey
        if any(
            self._gives(h.fact.id, query)
            and all(t in self._index.held(h.fact.id) or t in query.kind_terms for t in query.terms)
            for h in hits[1:]
        ):
            return None  # a fact answers it whole
        for later in self._index.following(scene.id, _SPAN):
            fact = self._pack.fact(later)
            if fact.topic != scene.topic:
                break
            if fact.answer == scene.answer or not self._gives(later, query):
                continue
            told = self._index.held(later)
            untold = [t for t in lacking if t not in told and t not in query.kind_terms]
            if any(t in told for t in lacking) and (
                not untold or (len(untold) == 1 and self._everyday(query, untold[0]))
            ):
                return fact
        return None

    def _asks_kind(self, query: Query) -> bool:
        """Whether a question asks for a kind of answer a sentence gives or does not: a
        person, a date, a sum, a reason, or the thing "which repair ship" names."""
        if query.qtype == "thing":
            return self._head_term(query) is not None
        return query.qtype in STRICT_TYPES or query.qtype in ("reason", "amount")

    def _head_term(self, query: Query) -> str | None:
        """The term of the noun a "which X" question asks for, if the line says one."""
        word = self._thing.head(query) if query.words[:1] == ("which",) else None
        terms = self._analyzer.analyze(word, correct=False).terms if word else ()
        return terms[0] if len(terms) == 1 and terms[0] in query.terms else None

    def _everyday(self, query: Query, term: str) -> bool:
        """Whether a term is said as one of the commonest words of English ("fixed"): the
        learner's own word for the event, which the sentence telling it may not use."""
        word = dict(query.surface).get(term)
        rank = self._analyzer.ranks.get(word) if word else None
        return rank is not None and rank <= _EVERYDAY

    def _gives(self, fact_id: str, query: Query) -> bool:
        """Whether a fact gives the kind of answer asked, other than what the line names."""
        if query.qtype == "reason":  # "The cause was found to be sparks ...": says it
            held = self._index.held(fact_id)
            return self._gives_reason(fact_id) or any(t in held for t in query.kind_terms)
        if query.qtype == "thing":  # "which repair ship ...?": one naming a ship
            return self._head_term(query) in self._index.held(fact_id)
        if query.qtype == "amount":
            return any(self._index.offers(fact_id, k, query.terms) for k in _AMOUNTS)
        return self._index.offers(fact_id, query.qtype, besides=query.terms)
