"""A follow-up as it leans on the last answer, read once for every reading of it: whom
its pronouns stand for (`Referents`), what it carries of the last question, whether it
is bare ("when?"), a fragment ("and Stalin?") or the same question of someone new, and
what the last answer gives it. The readings (tutor/_followup_readers.py, `LastAnswer`)
then take this, never the line again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ._analyze import Analyzer, Query
from ._content import Pack
from ._followup_shapes import Shapes
from ._frames import Frame
from ._index import STRICT_TYPES, Index
from ._reading import PackReading
from ._referents import IT, THING_PRONOUNS, Referents

__all__ = ["AMOUNT", "CONTINUATIONS", "MORE", "FollowUp", "Leaning"]

AMOUNT = ("money", "number")  # the kinds "how much?" asks: a sum or a count
MORE = frozenset(["other", "else", "more", "another", "only", "besides"])  # "only" asks for others
# "including Bukharin?" asks, as "and Bukharin?" does, the last question of one more
CONTINUATIONS = frozenset(["and", "so", "but", "also", "what", "how", "including"])
_LEFT = frozenset(["from", "of", "out"])  # "from where?", "out of where?": the place left


@dataclass(slots=True)
class FollowUp:
    """A line as it leans on the last answer, read once (`Context.resolve`) and then by
    each reading in turn. A reading that finds a fact may reshape the question it answers
    (`query`); one may weigh the last answer down (`boost`)."""

    query: Query
    context: Mapping[str, Any]  # the conversation (see `ConversationState`)
    last: str  # the fact the last answer gave ("" when none)
    terms: list[str]  # the line's terms with what it carries from the last question
    pronouns: set[str]
    persons: Sequence[str]  # whom "he" may stand for, likeliest first
    bare: bool  # "when?", "why?": a question word and nothing of its own
    fragment: bool  # "and out of the party?", "what about Trotsky?": the last question again
    leans: bool  # it goes on from the last answer, whatever it asks
    swapped: bool  # "and Stalin?" after a question about Trotsky
    old: list[str]  # whom the last question asked about, when swapped
    carries_on: bool  # "and ...", "why?", "it": it goes on to what the last answer leads to
    besides: list[str] = field(default_factory=list)  # what the last answer gives beyond
    outcome: bool = False  # "what came of it?": beyond what was just said
    gives: bool = False  # the last answer gives the kind of thing asked, beyond `besides`
    boost: dict[str, float] = field(default_factory=dict)


_THEN = "then"  # "how old was he then?": at the time the last question set, not "then why?"


class Leaning(PackReading):
    """Reads what a follow-up leans on, for one pack. Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
        referents: Referents,
        shapes: Shapes,
    ) -> None:
        super().__init__(pack, analyzer, index, frames_of)
        self._referents = referents
        self._shapes = shapes
        # the terms of "first", "second", "last": the place a question asks for, which
        # "and the second one?" asks anew ("first" reads as "start")
        places = [*analyzer.ordinal_positions, *analyzer.last_words]
        self._ordinal_terms = frozenset(analyzer.analyze(" ".join(places), correct=False).terms)
        self._ordinals = frozenset(places)

    def read(self, query: Query, context: Mapping[str, Any]) -> FollowUp:
        """A line read against the conversation, once for every reading: whom its
        pronouns stand for, what it carries of the last question, how it goes on from
        the last answer, and what that answer gives it."""
        kinds = self._analyzer.entity_kinds
        query, said = self._referents.read(query, context)
        terms, pronouns, persons = list(said.terms), set(said.pronouns), said.persons
        asks = self._shapes.asks(query)
        bare = self._shapes.bare(query)
        dies = not self._analyzer.life_events.isdisjoint(query.terms)
        if query.qtype == "manner" and (bare or dies or pronouns & THING_PRONOUNS):
            # "how?", "how did he do it?", "how did he die?": by what means
            query = replace(query, qtype="means")
        # "and out of the party?", and "what about Trotsky?": the last question again
        fragment = (
            bool(query.words)
            and query.words[0] in CONTINUATIONS
            and (query.qtype is None or not asks or query.words[1:2] == ("about",))
            and len(query.terms) <= 2
        )
        swapped = False  # "and Stalin?" after a question about Trotsky
        old: list[str] = []  # whom it asked about then
        last = context.get("fact")
        last = last if isinstance(last, str) and last in self._pack.by_id else ""
        if bare or fragment or pronouns & THING_PRONOUNS:
            replaced = {kinds[e] for e in query.entities}
            # "and two years later?" after "when did he get the job?": another time, so
            # what happened then, to whoever was asked of, not the job again
            is_year = self._analyzer.is_year
            asked_then = context.get("terms", [])
            moved = any(is_year(t) and t not in asked_then for t in query.terms)
            # "where to?" after "banished from Ostrel": somewhere else than the place left
            left: frozenset[str] = frozenset()
            to_where = bare and query.qtype == "place" and not _LEFT.intersection(query.words)
            if to_where and last:
                left = self._index.places_left(last)
            # "what spray did they use?" "Velotrin, ..." "who sold it?": "it" is the thing
            # named in answer, and the words that asked for it ask no more
            named_it = bool(pronouns & IT) and any(
                kinds.get(t) not in (None, "person") for t in context.get("things", [])
            )
            # "what was his first alliance?" "and his second one?": the place asked anew
            reordered = not self._ordinals.isdisjoint(query.words)
            # "and what did he say of Trotsky in all that?" after "how did Stalin use
            # Lenin after he died?": a line naming something of its own leans on what
            # was asked, not on when it was set ("what did he do about it?" names nothing
            # new, a bare "when?" or "and X?" asks the last question again, and "how old
            # was he then?" asks of that very time)
            own = set(query.terms) - set(asked_then) - query.kind_terms
            at_then = _THEN in query.words[1:]
            new_ask = own and not (bare or fragment or at_then)
            timed = set(context.get("setting", [])) if new_ask else set()
            for t in asked_then:
                if t in timed:
                    continue
                if (moved and (is_year(t) or t not in kinds)) or t in left:
                    continue
                if reordered and t in self._ordinal_terms:
                    continue
                if named_it and t not in kinds:
                    continue
                if kinds.get(t) not in replaced:
                    terms.append(t)
                elif t not in query.entities:
                    swapped = True
                    old.append(t)
            if query.qtype == "result" and query.kind_terms:  # "did that last?": the
                # alliance the answer told of, with Bukharin, not only what was asked
                terms.extend(g for g in context.get("given", []) if kinds.get(g) not in replaced)
        # "and what was his weakness by comparison?" goes on from the last answer
        goes_on = bool(query.words) and query.words[0] in ("and", "so", "but", "also")
        # "was anyone convinced?" asks how the last thing turned out, naming nothing new
        how_it_went = query.qtype == "result" and not set(query.terms) - query.kind_terms
        leans = bare or fragment or bool(pronouns) or goes_on or how_it_went
        # Going on from the last answer ("and ...", "what about ...", "why?") points to
        # what it leads to; a question of its own ("where was he killed?") less so.
        carries_on = bare or fragment or goes_on or bool(pronouns & THING_PRONOUNS)
        f = FollowUp(
            query=query,
            context=context,
            last=last,
            terms=terms,
            pronouns=pronouns,
            persons=persons,
            bare=bare,
            fragment=fragment,
            leans=leans,
            swapped=swapped,
            old=old,
            carries_on=carries_on,
        )
        if last:
            # the last fact gives what is asked only if it names something not asked
            # before ("who were they against?" does not want the same two names again)
            f.outcome = query.qtype == "result" and self._analyzer.names_outcome(query.words)
            f.besides = list(context.get("terms", []))
            if bare and query.qtype == "place" and not _LEFT.intersection(query.words):
                f.besides += self._index.places_left(last)  # "where to?" after "exiled from"
            # "how much?": a sum or a count, either of which the last answer may give
            asked = AMOUNT if query.qtype == "amount" else (query.qtype,)
            f.gives = (
                all(kind in STRICT_TYPES for kind in asked)
                and not f.outcome  # "what came of it?" asks beyond what was just said
                and any(self._index.offers(last, kind, besides=f.besides) for kind in asked)
            )
            if query.qtype == "place" and not f.gives and not f.outcome:
                f.gives = bool(self._index.sites(last) - set(f.besides))  # "in the Corn Exchange"
        return f
