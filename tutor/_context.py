"""The conversation so far, read into a follow-up: which role of the last event "how?",
"why?", "against whom?" or "did it work?" asks for, what it should not be told again,
and what a question assumes (whom "he" and "they" mean is `Referents`' part).

Sessions keep the conversation as plain data (`ConversationState`); this reads a new
question's analysis against it and says what to remember after an answer. It holds
nothing of any one conversation, so one is shared by every session of a pack.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ._analyze import Analyzer, Query
from ._around import Around
from ._content import Fact, Pack
from ._followup import CONTINUATIONS, MORE, FollowUp, Leaning
from ._followup_readers import Readers
from ._followup_shapes import GENERAL, TEMPORAL, Shapes
from ._frames import Frame
from ._index import STRICT_TYPES, Index
from ._last_event import LastEvent
from ._list_items import list_item, position_of
from ._reading import PackReading
from ._referents import PERSON_PRONOUNS, THING_PRONOUNS, Referents
from ._text import split_words

__all__ = ["Context"]

_TOLD_AGAIN = -1.0  # "what else?", "was that the only one?": never what was told
_NOT_AGAIN = -0.1  # a follow-up leaning on the last answer wants something new
_RECENT = 3  # answers told before the last one that a follow-up does not want again
_CLAUSE_WORDS = 4  # words after one of them read as the event it assumes
_DOER_SPAN = 4  # the doer of an event told without one is named a few facts before, if at all
_SIBLING = 0.1  # a fact told beside the last one, as another part of the same whole
_PART = 0.6  # share of a fact's terms a fact linking to it holds to be telling it too
_DEGREE = frozenset(["more", "less", "most", "least"])  # "what matters less?" of "X than Y"
_MEASURES = frozenset(["number", "duration", "money", "distance"])  # asked of a figure
_PREPOSITIONS = frozenset(["in", "on", "at", "with", "for", "from", "about", "into", "against"])


@lru_cache(maxsize=256)
def _under_by(surname: str) -> re.Pattern[str]:
    """'under' or 'by' within three words before a name: 'Under Mayor Ilse Kerr'."""
    return re.compile(rf"\b(?:[Uu]nder|[Bb]y)\s+(?:\S+\s+){{0,2}}{re.escape(surname)}\b")


class Context(PackReading):
    """Reads follow-ups against the last answer for one pack. Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        super().__init__(pack, analyzer, index, frames_of)
        self._around = Around(pack, analyzer, index, frames_of)
        self._referents = Referents(pack, analyzer, index, frames_of)
        self._event = LastEvent(pack, analyzer, index, frames_of)
        self._shapes = Shapes(analyzer)
        r = Readers(pack, analyzer, index, frames_of, self._around, self._event, self._shapes)
        self._readers = r
        self._leaning = Leaning(pack, analyzer, index, frames_of, self._referents, self._shapes)
        # The readings of a follow-up that may find the fact it asks, in the order they
        # are tried (each reader's docstring says why it stands where it does): the first
        # that finds a fact answers the line. Adding a kind of follow-up is adding one.
        self._readings: tuple[Callable[[FollowUp], str | None], ...] = (
            r.came_of,
            r.used,
            r.contrasted,
            r.opposed,
            r.content,
            r.next_one,
            r.someone_new,
            r.who_they_were,
            r.why_not,
            r.newcomer,
            r.fate,
            r.deed_named_for,
            r.deed,
            r.reason,
            r.means,
            r.doer,
            r.sequel,
            self._last_again,
            r.someone_else,
        )
        linked_from: dict[str, list[str]] = {}  # fact -> the facts that link to it
        for fact in pack.facts:
            for other in fact.related:
                linked_from.setdefault(other, []).append(fact.id)
        self._linked_from = linked_from

    def resolve(
        self, query: Query, context: Mapping[str, Any], told: Sequence[str]
    ) -> tuple[Query, dict[str, float], str | None]:
        """Fill in what "he", "it" or a bare "when?" refers to from the last turns.

        "he"/"him" stand for the person the conversation is about; "it"/"that", a bare
        question ("when?", "why?") and a fragment ("and out of the party?") carry on the
        last topic, a new name replacing the old one of its kind. A bare question asking
        for something the last fact states gets that fact back; otherwise a question
        leaning on the conversation wants something it has not just been told.

        Returns the query with what it leans on filled in, score boosts for facts, and
        the fact to give again, if any.
        """
        if not context:
            return query, {}, None
        f = self._leaning.read(query, context)
        boost = f.boost
        again = None
        if f.last:
            self._neighbours(f)
            again = next((found for read in self._readings if (found := read(f)) is not None), None)
            if again is None:
                self._not_again(f)
        query = f.query
        if f.leans and MORE & set(query.words):
            for fact_id in told:
                boost[fact_id] = boost.get(fact_id, 0.0) + _TOLD_AGAIN
        elif f.leans and again is None:
            # nor what was told a turn or two before: the talk has moved on from it
            for fact_id in told[-_RECENT:]:
                if fact_id != context.get("fact"):
                    boost[fact_id] = min(boost.get(fact_id, 0.0), 0.0) + _NOT_AGAIN
        terms = f.terms
        carried = frozenset(terms) - set(query.terms) - set(f.persons[:1])
        changed = terms != list(query.terms)
        query = replace(
            query, terms=tuple(dict.fromkeys(terms)), context=carried, leans=changed or f.leans
        )
        return query, boost, again

    def _neighbours(self, f: FollowUp) -> None:
        """Weigh up the facts the last answer leads to, and a part of the same whole that
        names a newcomer: "and how did he paint Trotsky?" after "Stalin used Lenin's
        image" ("Stalin exploited the Lenin cult: ..." names Trotsky)."""
        last, boost = f.last, f.boost
        new = set(f.query.entities) - self._index.names(last)
        for sibling in self._siblings(last) if f.carries_on and new else ():
            if new & self._index.names(sibling):
                boost[sibling] = _SIBLING
        for related in self._pack.fact(last).related:
            boost[related] = 0.1 if f.carries_on else 0.04

    def _last_again(self, f: FollowUp) -> str | None:
        """The last answer again, when it holds what a line asks and nothing above found
        a fact nearer: "when?" right after a fact that gives the date; "and the Left?" of
        an answer about Bukharin that tells of the Left too; "which was the last one?"
        after a list; "afraid of what?"; "and what matters less?"; "how long had he served
        by then?"; "how old was she?" after "she died ..., aged seventy-seven". After the
        readings of a fact near (they name what the line asks beyond the last answer);
        before the same question of someone new (which it answers too, when it names
        them)."""
        query, last, pronouns = f.query, f.last, f.pronouns
        # "who was Zinoviev?" "what about Kamenev?": the answer names them both
        also = f.fragment and set(query.entities) <= self._index.names(last)
        if (
            (f.bare and f.gives)
            or (also and bool(query.entities) and (f.swapped or not query.qtype))
            or self._listed(f)
            or self._echo(query, last)
            or self._other_side(query, last)  # "and what matters less?"
            or (f.gives and self._at_that_time(query, last))  # "how long had he served by then?"
            # "how old was she?" after "she died ..., aged seventy-seven": of the one
            # just told, all in the last answer's words and of the kind it gives
            or (f.gives and bool(pronouns & PERSON_PRONOUNS) and self._all_held(query, last))
        ):
            return last
        return None

    def _listed(self, f: FollowUp) -> bool:
        """Whether "which was the last one?" after a list asks the list again, which
        says: asked with the ordinal and nothing new, or everyday words only."""
        query, last = f.query, f.last
        ordinals, generality = self._analyzer.ordinals, self._analyzer.generality
        return bool(
            not f.outcome
            and not query.entities
            and not ordinals.isdisjoint(query.words)
            and (f.leans or all(w in ordinals or generality(w) <= 0.5 for w in query.words))
            and self._index.lists(last)
            # "where to first?" after a list of dated steps: not a place it lists
            and (
                query.qtype not in STRICT_TYPES
                or self._index.offers(last, query.qtype, besides=f.besides)
            )
        )

    def _not_again(self, f: FollowUp) -> None:
        """When no reading found a fact, weigh the last answer down for a line that asks
        of something else: "what about the photos?" after "he rewrote history"; "why did
        that matter?" (something new); "who was his ally by then?" (another event at its
        time). The same question of someone new is weighed down by its reading."""
        query, last, boost = f.query, f.last, f.boost
        if f.swapped:
            pass
        elif f.fragment and self._another_thing(query, last):
            boost[last] = -0.5  # "what about the photos?": of them, not that answer
        elif f.leans and not f.gives and not self._other_part(query, f.context, last):
            boost[last] = _NOT_AGAIN  # "why did that matter?" wants something new
        elif self._then_else(query, last):  # "who was his ally by then?": another
            boost[last] = _NOT_AGAIN  # event at its time, not the one just told

    def _siblings(self, fact_id: str) -> list[str]:
        """The facts told beside one as parts of the same whole: those another fact links
        to along with it (the items of the list that links to each, say), not itself."""
        pack, told = self._pack, self._readers.answer_terms

        def part(of: str, fact: str) -> bool:  # the whole tells most of what the part does
            own = told(fact)
            return len(own & told(of)) >= _PART * len(own)

        return [
            s
            for parent in self._linked_from.get(fact_id, ())
            if part(parent, fact_id)
            for s in pack.fact(parent).related
            if s != fact_id and part(parent, s)
        ]

    def _other_part(self, query: Query, context: Mapping[str, Any], last: str) -> bool:
        """Whether a follow-up asks of a part of the last answer the last question did
        not ask of, in the answer's own words: "what was the Troika?" "what did they say
        about Trotsky?", "... cost him crucial support" "did that cost him?"."""
        own = set(query.terms) - set(context.get("terms", [])) - query.kind_terms
        return bool(own) and own <= self._index.held(last).keys()

    def _all_held(self, query: Query, last: str) -> bool:
        """Whether the last answer holds every term a line says of its own."""
        if query.entities or query.qtype not in _MEASURES:  # "how old", "how long", ...
            return False  # not "who did he ally with?", "no, Trotsky: where did he go?"
        if not self._analyzer.later_words.isdisjoint(query.words):
            return False  # "how many were there later?" asks past the last answer
        own = set(query.terms) - query.context - query.kind_terms
        return bool(own) and own <= self._index.held(last).keys()

    def _echo(self, query: Query, last: str) -> bool:
        """Whether a line asks again of a part of the last answer, the question word left
        in place ("afraid of what?", "his role in what?", "triumph over what?"): its
        words are all the last answer's, so the answer is there."""
        words = [w for w in query.words if w not in CONTINUATIONS or w in self._analyzer.qwords]
        at = next((k for k, w in enumerate(words) if w in self._analyzer.qwords), None)
        if not at or len(words) - at > 2:  # the question word first: not an echo
            return False
        answer = " ".join(split_words(self._pack.fact(last).answer.lower()))
        if query.terms and set(query.terms) <= self._index.held(last).keys():
            return True
        if query.terms:
            # "in what subjects?" after "gave her lessons in geometry and mechanics": the
            # one word before the question word said in the last answer, a noun after it
            # naming what fills it (not a kind the text marks: "in what year?" asks a date)
            return (
                at == 1
                and words[0] in _PREPOSITIONS
                and query.qtype in (None, "thing")
                and len(query.terms) == 1
                and not query.entities
                and f" {words[0]} " in f" {answer} "
            )
        # "and not through what?": only little words, said in the last answer
        return f" {' '.join(words[:at])} " in f" {answer} "

    def _other_side(self, query: Query, last: str) -> bool:
        """Whether a line asks only for a side of the comparison the last answer makes:
        "and what matters less?" after "... depends more on alliances than on charisma"
        (a word of degree, at most one word of its own, no name; "what more?" alone asks
        for others)."""
        words = set(query.words)
        if _DEGREE.isdisjoint(words) or query.entities or len(query.terms) != 1:
            return False
        return " than " in f" {self._pack.fact(last).answer.lower()} "

    def _at_that_time(self, query: Query, last: str) -> bool:
        """Whether a line asks of the last answer's event at its time, in its words:
        "how long had he served by then?" ("at the time", "at that point"; not "then"
        alone, which may mean "so"): a figure, or in the answer's words. "Who was his ally
        by then?" asks of something else at that time, in a word the answer lacks."""
        at = self._analyzer.then_phrase(query.words)
        if at is None:
            return False
        if query.qtype in _MEASURES:  # "how long had he served by then?": a figure of it
            return True
        is_year = self._analyzer.is_year
        inside = {t for t, k in query.spans if at[0] <= k < at[1]}  # "time", "point"
        own = set(query.terms) - query.context - query.kind_terms - set(query.entities) - inside
        return {t for t in own if not is_year(t)} <= self._index.held(last).keys()

    def _another_thing(self, query: Query, last: str) -> bool:
        """Whether a fragment names a thing of its own the last answer does not hold:
        "what about the photos?" after "he rewrote history" asks the last question of
        the photos (the same question of something else, as "and Stalin?" of someone)."""
        kinds = self._analyzer.entity_kinds
        own = [t for t in query.terms if t not in kinds and t not in query.kind_terms]
        held = self._index.held(last)
        return bool(own) and not any(t in held for t in own)

    def _then_else(self, query: Query, last: str) -> bool:
        """Whether a line asks of something at the time of the last answer's event that
        the answer does not hold ("who was his ally by then?", "did it seem important at
        the time?"): its year, filled in for "by then", is no reason to tell it again."""
        then = self._analyzer.then_phrase(query.words) is not None
        return then and not self._at_that_time(query, last)

    def untold_deed(self, said: Query, context: Mapping[str, Any]) -> str:
        """What "what did she do with it?" or "... there?" asks when the text tells
        nothing she did with the thing or at the place the last answer told of, in her
        words ("what she did with it"), or "who were they?" when no sentence near names
        the people the answer told of by a plural word; "" when it does, or the line
        asks otherwise."""
        last = context.get("fact")
        if not isinstance(last, str) or last not in self._pack.by_id:
            return ""
        if self._readers.asks_who_unnamed(said, last):  # "who were they?" of "all his rivals"
            doers = self._readers.doers(last)
            if doers and self._around.named_dealt_with(last, doers) is None:
                return "who they were"
            return ""
        if not self._shapes.asks_deed(said) or not self._readers.beyond(said, last):
            return ""
        persons = list(context.get("persons", []))
        doers = persons[:1] if set(said.pronouns) & PERSON_PRONOUNS else list(said.entities[:1])
        if not doers or self._around.deed_after(last, doers, True) is not None:
            return ""
        words = said.words
        at = words.index("do") if "do" in words else words.index("to")
        who = next((w for w in words[1:at] if w in PERSON_PRONOUNS), "they")
        return " ".join(("what", who, "did", *words[at + 1 :]))

    def list_item(self, said: Query, fact_id: str) -> tuple[str, str] | None:
        """The ordinal a line asks by and the item of the list a fact's answer gives at
        that place: "which one came first?" after four countries is the first of them,
        "what year was the middle one?" after three dated steps the second step; None
        when the line names someone, asks yes or no ("did that last?"), or the answer is
        no list split cleanly into items."""
        analyzer, words = self._analyzer, said.words
        if said.entities or not words or words[0] in analyzer.yes_no:
            return None
        if not TEMPORAL.isdisjoint(words):  # "what happened after the last one?"
            return None
        position = position_of(words, analyzer.ordinal_positions)
        if position is None or not self._index.lists(fact_id):
            return None
        word = next(w for w in words if w in analyzer.ordinal_positions)
        answer, names = self._pack.fact(fact_id).answer, analyzer.entity_names
        for kind in ("place", "person"):
            if listed := self._index.listed(fact_id, kind):
                found = list_item(answer, [names.get(n, n) for n in listed], position, False)
                return (word, found) if found else None
        years = sorted(self._index.offered(fact_id, "date"))
        found = list_item(answer, years, position, True)
        return (word, found) if found else None

    def defines(self, context: Mapping[str, Any]) -> bool:
        """Whether the last answer says what a term means ("'Bonapartism', that is, ...")."""
        last = context.get("fact")
        defines = self._analyzer.defines
        if not isinstance(last, str) or last not in self._pack.by_id or defines is None:
            return False
        return defines.search(self._pack.fact(last).answer.lower()) is not None

    def remembered(self, query: Query, fact: Fact) -> dict[str, Any]:
        """What the conversation is about after a fact answered a question (see
        `Referents.remembered`)."""
        return self._referents.remembered(query, fact)

    def untold_of_last(self, said: Query, context: Mapping[str, Any], fact_id: str) -> str:
        """What a bare "when?", "where?" or "why?" asks that the text does not tell of the
        last event, if the best fact for it tells another: "what happened to Bukharin?"
        "when?" is not answered by the date of his alliance (a different event), "why?"
        by a fact that gives no reason. "" if none."""
        asked = {"date": "when", "place": "where", "reason": "why"}.get(said.qtype or "")
        last = context.get("fact")
        if asked is None or not isinstance(last, str) or last not in self._pack.by_id:
            return ""
        if not self._shapes.bare(said) or said.entities:
            return ""
        if asked == "why":  # no reason in the last fact nor one it points to (the Context
            # would have given it): one the ranking found must give one
            return "" if self._around.gives_reason(fact_id) else asked
        if fact_id == last or self._index.offers(last, said.qtype):
            return ""
        main = [f.predicate for f in self._frames_of(last) if f.predicate][:1]  # its verb
        events = set(main)
        told = {f.predicate for f in self._frames_of(fact_id) if f.predicate}
        # "who did he ally with then?" "when?": the alliance asked about, whichever
        # fact answered the who
        kinds = self._analyzer.entity_kinds
        held = self._index.held(fact_id)
        if any(t in held for t in context.get("terms", []) if t not in kinds):
            return ""
        if events.isdisjoint(told) and self._same_deed(last, fact_id):
            return ""  # "assassinated by Mercader", "attacked ... by Mercader": one deed
        return asked if events and events.isdisjoint(told) else ""

    def _same_deed(self, last: str, other: str) -> bool:
        """Whether two facts the pack links tell one deed in other words: the same doers
        acting on the same people ("Trotsky was assassinated by Mercader", "Trotsky was
        attacked with an ice axe ... by Mercader"), so the place or date one gives is the
        other's. Unlinked facts with the same people may tell two deeds (an alliance and
        a break) and never count."""
        pack = self._pack
        if other not in pack.fact(last).related and last not in pack.fact(other).related:
            return False

        def deeds(fact_id: str) -> set[tuple[frozenset[str], frozenset[str]]]:
            return {
                (frozenset(f.role("agent")), frozenset(f.role("patient")))
                for f in self._frames_of(fact_id)
                if f.role("agent") and f.role("patient")
            }

        return not deeds(last).isdisjoint(deeds(other))

    def doer_nearby(self, said: Query, context: Mapping[str, Any]) -> str | None:
        """The fact before the last one that names who did what the last one tells with
        no doer, when "by whom?" or "who did it?" asks for them: "Trotsky was accused of
        Bonapartism" names only him, so the text does not say who accused him; a sentence
        or two before, the Troika "worked to portray Trotsky as arrogant". None when the
        last fact names someone besides those it happened to, or nothing near does."""
        last = context.get("fact")
        if said.qtype != "person" or said.entities or not isinstance(last, str):
            return None
        if last not in self._pack.by_id or self._passive(said.words):
            return None
        at = next((k for k, w in enumerate(said.words) if w in ("who", "whom")), 0)
        if [w for w in said.words[:at] if w not in CONTINUATIONS] not in ([], ["by"]):
            return None  # "to whom?", "with whom?": another role than the doer's
        general = self._analyzer.generality
        frames = self._frames_of(last)
        event = {f.predicate for f in frames if f.predicate}
        own = [t for t, w in said.surface if t not in event and general(w) > GENERAL]
        # "who was spreading that?": a doing to the thing just told, in words of the
        # line's own that the last answer holds none of, asks who did it too
        held = self._index.held(last)
        done_to_it = bool(set(said.pronouns) & THING_PRONOUNS) and not any(t in held for t in own)
        if own and not done_to_it:
            return None  # "who had a Menshevik past?" asks something of its own
        if not MORE.isdisjoint(said.words):
            return None  # "who else was accused?": another of those it happened to
        kinds = self._analyzer.entity_kinds
        doers = ("person", "group")
        undergo = {p for f in frames for p in f.role("patient") if kinds.get(p) in doers}
        # someone named as the doer of one of its events (not as whose vision it was), or
        # under whom or by whom it was done ("Under Mayor Kerr, the hall was pulled down")
        named = {a for f in frames for a in f.role("agent") if kinds.get(a) in doers}
        answer = self._pack.fact(last).answer
        for n in self._index.names(last):
            written = self._analyzer.entity_names.get(n, "").split()
            if kinds.get(n) in doers and written and _under_by(written[-1]).search(answer):
                named.add(n)
        if not undergo or named - undergo:
            return None
        for fact_id in self._index.preceding(last, _DOER_SPAN):
            for frame in self._frames_of(fact_id):
                agents = {a for a in frame.role("agent") if kinds.get(a) in doers}
                if agents - undergo and undergo & set(frame.role("patient")):
                    return fact_id
        return None

    def _passive(self, words: Sequence[str]) -> bool:
        """Whether "who ...?" asks whom it happened to ("who was accused?"), not who did it
        ("who was behind it?", "by whom was he accused?", "who was spreading that?")."""
        verb = words[2] if len(words) > 2 else ""
        doing = len(verb) > 4 and verb.endswith("ing") and verb != "being"  # "was spreading"
        return (
            words[1:2] in (("was",), ("were",), ("got",), ("is",))
            and "by" not in words
            and "behind" not in words
            and not doing
        )

    def motive_of(self, said: Query, context: Mapping[str, Any], fact_id: str) -> str | None:
        """What the doer of the last event knew or noticed, told next to it, when "why?"
        or "why did he do that?" is answered best by the last fact and it gives no
        reason ("Oates left the tent" "why?": "Oates ... knew that he was slowing his
        friends"); None otherwise (see `LastEvent.motive`)."""
        last = context.get("fact")
        if said.qtype != "reason" or fact_id != last or self._around.gives_reason(fact_id):
            return None
        return self._event.motive(fact_id)

    def gives_reason(self, fact_id: str) -> bool:
        """Whether a fact says why (a cause, a reason word, a purpose: see Around)."""
        return self._around.gives_reason(fact_id)

    def kept_question(self, query: Query) -> frozenset[str]:
        """What "what about Kamenev?" keeps of the last question ("who killed ...?"):
        its words other than names, which an answer about Kamenev must hold too."""
        words = query.words
        kinds = self._analyzer.entity_kinds
        own = set(query.terms) - query.context
        # "and Kamenev?": a name and nothing else asked goes on with the last question too
        names_only = words[:1] == ("and",) and bool(own) and all(t in kinds for t in own)
        about = words[:2] == ("what", "about") or words[:2] == ("how", "about") or names_only
        if not about or not query.entities or not query.leans:
            return frozenset()
        return frozenset(t for t in query.context if t not in kinds)

    def asks_untold(self, query: Query, fact_id: str) -> bool:
        """Whether a yes-or-no follow-up asks in words of its own that the fact holds
        none of: "was he executed?" after Bukharin is not answered by a fact that only
        names him, whatever the conversation carried."""
        if query.qtype is not None:
            return False
        analyzer = self._analyzer
        own = [t for t, w in query.surface if analyzer.generality(w) > 0.5]
        held = self._index.held(fact_id)
        said = own + list(query.entities)  # "did Stalin stay loyal to him?" names Stalin
        return bool(own) and not any(t in held or t in query.soft for t in said)

    def assumes_untold(self, query: Query, context: Mapping[str, Any]) -> bool:
        """Whether a question rests on an event the text tells only of others: "who took
        over after Stalin died?", "how did Kamenev die?" (the text tells of Lenin's and
        Trotsky's deaths)."""
        words = query.words
        kinds = self._analyzer.entity_kinds
        people = [e for e in query.entities if kinds[e] == "person"]
        # "how did Zinoviev and Kamenev die?": the text tells of others' deaths only
        events = self._analyzer.life_events
        lives = [(t, name) for t, name in query.bound if t in events and kinds[name] == "person"]
        if not lives and words[:1] in (("when",), ("how",)) and words[2:3] in (("he",), ("they",)):
            # "when did they die?": whom "they" was read as (not in the learner's words);
            # "he" may be anyone just named ("who killed Trotsky?" "when did he die?"),
            # so all of them must be untold
            meant = [t for t in query.terms if kinds.get(t) == "person" and t not in people]
            if words[2] == "he":
                meant = list(context.get("persons", []))
            own = {t for t, _ in query.surface} & events
            lives = [(t, name) for t in own for name in meant]
        if lives and all(self._index.roles.told_of(t, name) is False for t, name in lives):
            return True
        for k, word in enumerate(words):
            if word not in TEMPORAL:
                continue
            said = list(words[k + 1 : k + 1 + _CLAUSE_WORDS])
            if len(people) == 1:  # "who succeeded Stalin after he died?": he is Stalin
                name_words = people[0].split("_")
                said = [x for w in said for x in (name_words if w in ("he", "she") else [w])]
            for term, name in self._analyzer.bindings_of(said):
                once = term in self._analyzer.life_events  # a death, not a journey
                person = self._analyzer.entity_kinds[name] == "person"
                if once and person and self._index.roles.told_of(term, name) is False:
                    return True
        return False
