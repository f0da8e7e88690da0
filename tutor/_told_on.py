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
  the kind) and at least one of them: the line's words are all told of the one event;
- no other fact holds every word of the line and gives the kind itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ._analyze import Query
from ._content import Fact, Pack
from ._index import Hit, Index
from ._offers import STRICT_TYPES

__all__ = ["ToldOn"]

# Facts after the scene within which the text goes on with the same event: a drafted
# paragraph is its sentences and, overlapping them, pairs of sentences ("the crews cut
# by hand ... So that the company could keep its contracts, ... the firm lost $38,000")
_SPAN = 4
_AMOUNTS = ("number", "money")  # what answers "how much"
_SCENE = 0.5  # share of the line's evidence the scene holds: the bulk of what it asks of


class ToldOn:
    """Finds the sentence a scene's question is answered by (immutable; shared)."""

    def __init__(self, pack: Pack, index: Index, gives_reason: Callable[[str], bool]) -> None:
        self._pack = pack
        self._index = index
        self._gives_reason = gives_reason

    def answer(self, query: Query, hits: Sequence[Hit]) -> Fact | None:
        """The later sentence that answers what the best fact, a scene, does not (see the
        module's docstring), or None."""
        if not hits or query.leans or query.context or not self._asks_kind(query.qtype):
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
            if all(t in told or t in query.kind_terms for t in lacking) and any(
                t in told for t in lacking
            ):
                return fact
        return None

    @staticmethod
    def _asks_kind(qtype: str | None) -> bool:
        """Whether a question asks for a kind of answer a sentence gives or does not."""
        return qtype in STRICT_TYPES or qtype in ("reason", "amount")

    def _gives(self, fact_id: str, query: Query) -> bool:
        """Whether a fact gives the kind of answer asked, other than what the line names."""
        if query.qtype == "reason":  # "The cause was found to be sparks ...": says it
            held = self._index.held(fact_id)
            return self._gives_reason(fact_id) or any(t in held for t in query.kind_terms)
        if query.qtype == "amount":
            return any(self._index.offers(fact_id, k, query.terms) for k in _AMOUNTS)
        return self._index.offers(fact_id, query.qtype, besides=query.terms)
