"""The last answer, rather than a refusal, for a follow-up asking a kind of thing it gives.

"If the water grows warmer than about 30 degrees Celsius, the polyps expel their algae"
"what temperature causes it?"; "... she burned her hand so badly that she could not hold
a pen for a month" "how long was she hurt for?". The line's own words ("temperature",
"hurt") are in no sentence of the text, and the last answer is weighed down
as told already, so the ranking finds nothing and the reply would be "the text doesn't
say". But the line points back at the last answer ("it", "she", "that"), names no one it
does not, asks of no other time or thing, and the last answer gives the very kind of
thing asked (a figure, a span of time, a sum, a doer) besides what the talk already
holds: that answer is what the line asks of. When it gives none, one of the next two
sentences of its part that holds every word of the line's own and gives that kind is
("they met at the Corn Hall" "how long did they talk?": "After three hours of talk
they agreed ..."); a sentence merely giving a figure or a name is no answer to a line
whose words it does not hold.

"Why?", "how?" and "what?" are left to the readings and the ranking: any sentence may
answer them, and the last one is no likelier to than the rest.

Only a drafted fact is read so: a written pack's questions say what each fact answers.
`Session` asks `fact` only when the turn would otherwise be a refusal for want of a
strong enough fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._analyze import Query
from ._followup import AMOUNT, MORE
from ._followup_shapes import TEMPORAL
from ._index import STRICT_TYPES
from ._last_answer import asks_someone_new
from ._reading import PackReading
from ._referents import PERSON_PRONOUNS, THING_PRONOUNS

__all__ = ["LastRescue"]

_BACK = PERSON_PRONOUNS | THING_PRONOUNS  # words pointing back at the last answer
_AND = "and"  # "and the old ones?": a fragment going on with the last answer
_TOLD_NEXT = 2  # sentences after the last answer that may go on to give what it does not


class LastRescue(PackReading):
    """Reads a would-be refusal against the last answer, for one pack. Immutable; shared."""

    def fact(self, said: Query, query: Query, context: Mapping[str, Any]) -> str | None:
        """The last answer's fact, when the follow-up `said` (`query`: as the talk filled it
        in) points back at it and asks a kind of thing it gives; None otherwise."""
        last = context.get("fact")
        if not isinstance(last, str) or last not in self._pack.by_id:
            return None
        if not self._pack.fact(last).draft or not query.leans:
            return None
        words = said.words
        if _BACK.isdisjoint(words) and words[:1] != (_AND,):
            return None  # a question of its own, not of what was just told
        if not set(said.entities) <= self._index.names(last):
            return None  # "what did Vell do?": of someone it does not name
        analyzer = self._analyzer
        if not (MORE.isdisjoint(words) and TEMPORAL.isdisjoint(words)):
            return None  # "who else?", "what happened after that?": something not told
        if not (analyzer.later_words.isdisjoint(words) and analyzer.ordinals.isdisjoint(words)):
            return None  # "what did she do later?", "and the second?": another event
        if asks_someone_new(analyzer, said, context):
            return None  # "who did instead?": not whom the last answer gave
        qtype = said.qtype
        if qtype not in STRICT_TYPES and qtype != "amount":
            return None  # "why?", "what?": any sentence may answer, this one is no likelier
        # what the talk already holds is no answer ("who took them?": not them again)
        persons = list(context.get("persons", []))[:1] if PERSON_PRONOUNS & set(words) else []
        besides = [*context.get("terms", []), *persons, *query.context]
        kinds = AMOUNT if qtype == "amount" else (qtype,)
        # the last answer, when it gives that kind besides what the talk holds
        if self._offers(last, kinds, besides):
            return last
        # or the text going on with it in its part, in every word of the line's own ("they
        # met at the chapel" "how long did they talk?": "After two days of talk they ...")
        own = self._own(said, query)
        topic = self._pack.fact(last).topic
        for fact_id in self._index.following(last, _TOLD_NEXT) if own else ():
            if self._pack.fact(fact_id).topic != topic:
                return None
            if own <= self._index.held(fact_id).keys():
                return fact_id if self._offers(fact_id, kinds, besides) else None
        return None

    def _offers(self, fact_id: str, kinds: tuple[str, ...], besides: list[str]) -> bool:
        return any(self._index.offers(fact_id, kind, besides=besides) for kind in kinds)

    def _own(self, said: Query, query: Query) -> set[str]:
        """The line's own words: not what it carries of the talk, the words asking which
        kind ("how long"), or names."""
        kinds = self._analyzer.entity_kinds
        return {
            t
            for t, _ in said.surface
            if t not in query.context and t not in said.kind_terms and t not in kinds
        }
