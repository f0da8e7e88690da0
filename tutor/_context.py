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
from itertools import pairwise
from typing import Any

from ._analyze import Analyzer, Query
from ._around import Around
from ._clauses import clause_end
from ._content import Fact, Pack
from ._followup import CONTINUATIONS, MORE, FollowUp, Leaning
from ._followup_readers import Readers
from ._followup_shapes import GENERAL, TEMPORAL, Shapes
from ._frames import Frame
from ._index import STRICT_TYPES, Index
from ._last_answer import NOT_AGAIN, LastAnswer
from ._last_event import LastEvent, shift
from ._list_items import list_item, position_of
from ._near_next import near_next
from ._reading import PackReading
from ._referents import PERSON_PRONOUNS, THING_PRONOUNS, Referents
from ._role_followups import RoleFollowUps
from ._still_told import still_told
from ._text import split_words
from ._told_soon import ToldSoon

__all__ = ["Context"]

_TOLD_AGAIN = -1.0  # "what else?", "was that the only one?": never what was told
_RECENT = 3  # answers told before the last one that a follow-up does not want again
_CLAUSE_WORDS = 4  # words after one of them read as the event it assumes
_DOER_SPAN = 4  # the doer of an event told without one is named a few facts before, if at all
_SIBLING = 0.1  # a fact told beside the last one, as another part of the same whole
_PART = 0.6  # share of a fact's terms a fact linking to it holds to be telling it too
_LIST_SPAN = 6  # a list's lead is told a few facts before its items, if at all
_TOLD_NEXT = 2  # sentences after the last answer that may tell the role it does not give
# (an aside may stand between: "A new lens arrived. The old one had ... The new one was
# shipped from a Paris maker")
_DATED_SPAN = 2  # sentences before an undated one that may date the events it goes on with
_SOON_AFTER = 3  # sentences after the last answer still about its event, if in its part
_AFTER = frozenset(["after", "once", "since"])  # "what became of him after ...?"
# prepositions a question may open with before its question word ("in what years?")
_OPENING = frozenset(["in", "on", "at", "from", "by", "since", "until", "till"])
_JUST_TOLD = frozenset([("that",), ("this",), ("it",)])  # "after that?": the event just told
_OBJECTS = frozenset(["him", "her", "them"])  # "what did Stalin do to them next?"
_MORE_OF = frozenset(["what", "which", "who", "any", "anything", "something", "and"])


def _asks_more(words: Sequence[str]) -> bool:
    """Whether a line asks for more of what was just told: "what else", "which other",
    "anything else", not "what everyone else thought"."""
    return any(w in MORE and (k == 0 or words[k - 1] in _MORE_OF) for k, w in enumerate(words))


def _the_other(words: Sequence[str]) -> bool:
    """Whether a line asks for "the other" of two and nothing else more ("and the other
    partner?", "what did the other one do?"): the second of a pair the last answer may
    have named already, not something untold as "who else?" asks."""
    more = [k for k, w in enumerate(words) if w in MORE]
    return (
        len(more) == 1 and words[more[0]] == "other" and more[0] > 0 and words[more[0] - 1] == "the"
    )


@lru_cache(maxsize=256)
def _under_by(surname: str) -> re.Pattern[str]:
    """'under' or 'by' within three words before a name: 'Under Mayor Ilse Kerr'."""
    return re.compile(rf"\b(?:[Uu]nder|[Bb]y)\s+(?:\S+\s+){{0,2}}{re.escape(surname)}\b")


# words of the present, against the past event told: "where is it now?"
_NOW = frozenset(["now", "today", "nowadays", "currently"])
# a sentence telling what its deed followed: "changed his view after the meeting"
_FOLLOWED = re.compile(r"\b(?:after|once|when|as soon as)\b", re.IGNORECASE)


class Context(PackReading):
    """Reads follow-ups against the last answer for one pack. Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
        roles: RoleFollowUps | None = None,
        around: Around | None = None,
        genders: Mapping[str, str] | None = None,
    ) -> None:
        """`roles`, `around` and `genders`: the pack's role follow-ups, the facts around
        one and whom its text says "she" or "he" of, when another part has read them
        already (the dialogue's follow-up cues use the same)."""
        super().__init__(pack, analyzer, index, frames_of)
        self._around = around or Around(pack, analyzer, index, frames_of)
        self._referents = Referents(pack, analyzer, index, frames_of, genders)
        self._event = LastEvent(pack, analyzer, index, frames_of)
        self._shapes = Shapes(analyzer)
        r = Readers(
            pack,
            analyzer,
            index,
            frames_of,
            self._around,
            self._event,
            self._shapes,
            self._referents.genders,
        )
        self._readers = r
        self._last_answer = LastAnswer(pack, analyzer, index, frames_of)
        self._leaning = Leaning(pack, analyzer, index, frames_of, self._referents, self._shapes)
        self._roles = roles or RoleFollowUps(pack, analyzer, index, frames_of)
        told_soon = ToldSoon(pack, analyzer, index, frames_of, self._referents.genders)
        # The readings of a follow-up that may find the fact it asks, in the order they
        # are tried (each reader's docstring says why it stands where it does): the first
        # that finds a fact answers the line. Adding a kind of follow-up is adding one.
        self._readings: tuple[Callable[[FollowUp], str | None], ...] = (
            r.ending,
            r.dealt_in_end,
            r.purpose,
            r.seeming,
            r.belied,
            r.came_of,
            r.heeded,
            r.used,
            r.contrasted,
            r.opposed,
            r.content,
            r.next_one,
            r.bound,
            r.someone_new,
            r.who_they_were,
            r.why_not,
            r.let_down,
            r.newcomer,
            r.thing_fate,
            r.fate,
            r.deed_named_for,
            r.deed,
            self._by_role,
            r.reason,
            r.means,
            r.doer,
            self._rest_of_whole,
            told_soon.deed,
            r.sequel,
            self._last_answer.again,
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
                self._last_answer.weigh_down(f)
        query = f.query
        if f.leans and MORE & set(query.words) and not _the_other(query.words):
            for fact_id in told:
                boost[fact_id] = boost.get(fact_id, 0.0) + _TOLD_AGAIN
        elif f.leans and again is None:
            # nor what was told a turn or two before: the talk has moved on from it
            for fact_id in told[-_RECENT:]:
                if fact_id != context.get("fact"):
                    boost[fact_id] = min(boost.get(fact_id, 0.0), 0.0) + NOT_AGAIN
        if again is None and f.last and self._goes_on(f):
            # a drafted text's next sentences, in the same part: what it goes on to tell
            lifts = near_next(f.last, self._index.following, lambda i: self._pack.fact(i).topic)
            for fact_id, lift in lifts.items():
                boost[fact_id] = boost.get(fact_id, 0.0) + lift
        terms = f.terms
        carried = frozenset(terms) - set(query.terms) - set(f.persons[:1])
        changed = terms != list(query.terms)
        query = replace(
            query, terms=tuple(dict.fromkeys(terms)), context=carried, leans=changed or f.leans
        )
        return query, boost, again

    def _goes_on(self, f: FollowUp) -> bool:
        """Whether a line leaning on a drafted answer asks what the text goes on to tell:
        why ("why did he want it?", when the answer gives no cause itself), how it turned
        out ("did it sell?"), or what came after it ("what happened after that?"),
        not a figure or a date of its own ("how long did she run it after ...?")."""
        query = f.query
        if not f.leans or not self._pack.fact(f.last).draft or query.qtype in STRICT_TYPES:
            return False
        if query.qtype == "reason":
            return not self._around.gives_reason(f.last)
        if query.qtype == "result":
            return True
        # "after that", "after this": what follows the event just told; not a bare
        # "later" ("what did she build there later?"), which may be years and pages on
        words = query.words
        later = self._analyzer.later_words
        return any(w in later and words[k + 1 :] in _JUST_TOLD for k, w in enumerate(words))

    def still_told(self, query: Query, context: Mapping[str, Any]) -> str | None:
        """The last answer again for a follow-up no fact answers, when it holds the kind
        the line asks ("what temperature?" after "... warmer than 30 degrees"): see
        tutor/_still_told.py. Read only once the search found nothing."""
        if not context:
            return None
        return still_told(self._analyzer, self._index, self._leaning.read(query, context))

    def _by_role(self, f: FollowUp) -> str | None:
        """ "what did Stalin do after that?", "who else besides him?": a doer's next or
        earlier deed, or the others in the last answer's role (`RoleFollowUps`). After
        the deeds a line names itself, before "why?" and "how?" of the last event."""
        return self._roles.read(f.query, f.context, f.last, self._done_to(f))

    def _done_to(self, f: FollowUp) -> list[str]:
        """Whom "to them", "to him" in a line stands for ("what did Stalin do to them
        next?"): the people its pronoun brought in, not those it names."""
        words = f.query.words
        if not any(a == "to" and b in _OBJECTS for a, b in pairwise(words)):
            return []
        kinds, named = self._analyzer.entity_kinds, set(f.query.entities)
        return [t for t in f.terms if kinds.get(t) == "person" and t not in named]

    def _rest_of_whole(self, f: FollowUp) -> str | None:
        """ "what else did it let him do?", "what other things did they do?" after one
        item of a list: the whole it is an item of, which tells the others (a fact
        linking to it that tells most of it, of no one and nothing the line names but
        what it holds). After the readings of a role of the last event."""
        query = f.query
        if not f.leans or not _asks_more(query.words):
            return None
        own = set(self._shapes.own_terms(query))
        # a fact linking to it, or (a draft's list names its items in order) told before it
        linked: Sequence[str] = self._linked_from.get(f.last, ())
        wholes: list[str] = [*linked, *self._index.preceding(f.last, _LIST_SPAN)]
        for whole in dict.fromkeys(wholes):
            held = self._index.held(whole)
            told = self._readers.answer_terms(f.last)
            if len(told & self._readers.answer_terms(whole)) < _PART * len(told):
                continue  # it links to the item, but tells no list holding it
            if own <= held.keys() and set(query.entities) <= self._index.names(whole):
                return whole
        return None

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

    def step(self, said: Query, context: Mapping[str, Any]) -> tuple[str, ...]:
        """The facts telling the steps of a process a line asks for by their place:
        "what's the third stage of the breeding programme?", "and the last one?" after a
        step, "and after that stage?", "how many steps are there?", "what are the stages
        of ...?" (`Steps.asked`); none when it asks no step so."""
        last = context.get("fact")
        last = last if isinstance(last, str) and last in self._pack.by_id else None
        return self._around.steps.asked(said, last)

    def untold_outcome(self, said: Query, context: Mapping[str, Any]) -> tuple[str, str] | None:
        """What "did it work?", "what was the point of that?" or "how did people react?"
        asks when no sentence near the last answer tells it (no reading found one), in
        words for the reply, and the sentence the text goes on with in that part, which
        the reply offers as what it does say; None when the line asks otherwise, or the
        part ends there."""
        last = context.get("fact")
        if not isinstance(last, str) or last not in self._pack.by_id:
            return None
        shapes = self._shapes
        if shapes.asks_purpose(said):
            asked = "outright what it was for"
        elif shapes.asks_reaction(said):
            asked = "outright how people took it"
        elif shapes.asks_came_of(said):
            asked = "outright what came of it"
        elif shapes.asks_happened(said) and self._readers.tells_wish(last):
            asked = "outright whether it happened"
        else:
            return None
        following = self._around.next_in_part(last)
        if following is not None and asked.endswith("was for") and self.gives_reason(following):
            return None  # "Then they are grafted." "what's it for?": the next one says
        return (asked, following) if following is not None else None

    def ended(self, said: Query) -> str | None:
        """The fact telling how things ended for the one a line names, all told: "how did
        things turn out for Bukharin in the end?" is the last the text tells of him
        ("Stalin later moved against Bukharin as well"), "how did Trotsky end up?" his
        death (`Shapes.ended_for`, `Around.end_of`). None when the line asks otherwise."""
        who = self._shapes.ended_for(said)
        end = self._around.end_of(who) if who is not None else None
        if end is not None and self._is_the_event(said, end):
            return None  # "what became of Dravel after he lost the case?" of the case itself
        return end

    def _is_the_event(self, said: Query, fact_id: str) -> bool:
        """Whether a fact holds a word of the clause a line asks what came after ("after
        he lost the court case"): it tells that event, not what became of them after it
        (the near-miss checks read such a line: `Sequel.after`)."""
        words = said.words
        cut = next((k for k, w in enumerate(words) if w in _AFTER and k > 0), None)
        if cut is None:
            return False
        inside = range(cut + 1, clause_end(words, cut))
        clause = {t for t, at in said.spans if at in inside and t not in said.entities}
        return not clause.isdisjoint(self._index.held(fact_id))

    def fate_untold(
        self, said: Query, context: Mapping[str, Any], fact_id: str
    ) -> tuple[str, str] | None:
        """What "what happened to it later?" or "what became of him in the end?" asks
        when the best fact is the last answer again (no reading found what befell them
        later), in words for the reply, and the sentence to offer instead: the one the
        text goes on with in that part, else the last answer. None when the line asks
        otherwise, or another fact answers it: the last answer is never what became of
        them later, and saying it again would pass it off as that."""
        last = context.get("fact")
        if not isinstance(last, str) or last not in self._pack.by_id:
            return None
        if fact_id != last and not self._told_before(fact_id, last):
            return None
        at, moved = self._shapes.later_fate(said)
        if moved is None:
            return None
        names, words = self._analyzer.entity_names, said.words
        if words[moved] == "end" and words[moved - 2 : moved] in (("in", "the"), ("at", "the")):
            moved -= 2  # "what happened to them in the end?": to "them"
        whom = [names.get(e, e) for e in said.entities][:1] or list(words[at + 2 : moved])
        befell = " ".join(said.words[at : at + 2])  # "happened to", "became of"
        asked = f"what {befell} {' '.join(whom)} after that"
        return asked, self._around.next_in_part(last) or last

    def _told_before(self, fact_id: str, last: str) -> bool:
        """Whether a fact is told before the last one and dated no later: what it tells
        came before, so it is no later fate ("Reed first worked with Pike" is not what
        happened to Pike after he was dropped)."""
        index = self._index
        if index.position(fact_id) > index.position(last):
            return False
        then = [int(y) for y in index.offered(fact_id, "date") if y.isdigit()]
        now = [int(y) for y in index.offered(last, "date") if y.isdigit()]
        return not (then and now and min(then) > max(now))  # told before, but later on

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
        `Referents.remembered`), and which way in time the question moved ("before the
        cut": -1), which "and after it?" may turn back."""
        return {
            **self._referents.remembered(query, fact),
            "shift": shift(self._analyzer, query.words),
        }

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
        if asked != "why" and not _NOW.isdisjoint(said.words):
            return ""  # "where is it now?": where the thing is today, not where it was done
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

    def dated_before(self, said: Query, context: Mapping[str, Any]) -> str | None:
        """The sentence a sentence or two before the last one, in its part, that dates the
        events the last one goes on with, when a bare "when was that?" asks the date of a
        sentence that gives none ("In 1887 a peat cutter struck oak planks. A doctor came
        to see the find ..."; the essay's "By 1926, Stalin formed a new alliance ...
        Together, Stalin and Bukharin's Right Opposition marginalized the Left"): the reply
        says the text gives no date of its own and shows that one. None when the last
        answer gives a date, moves on in time ("Later ..."), or no dated sentence stands
        right before it in its part."""
        last = context.get("fact")
        if said.qtype != "date" or said.entities or not self._shapes.bare(said):
            return None
        if not isinstance(last, str) or last not in self._pack.by_id:
            return None
        fact, index = self._pack.fact(last), self._index
        if fact.date or index.offers(last, "date"):
            return None
        if not self._analyzer.later_words.isdisjoint(split_words(fact.answer.lower())):
            return None  # "Years later ...": not the time told before
        for other in index.preceding(last, _DATED_SPAN):
            if self._pack.fact(other).topic != fact.topic:
                return None
            if self._pack.fact(other).date or index.offers(other, "date"):
                return other
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

    def reason_beside(self, said: Query, context: Mapping[str, Any], fact_id: str) -> str | None:
        """The sentence beside a fact that says why its deed was done (`Reasons.beside`:
        "This was because ...", "The barn had leaked ...", "Oates ... knew that he was
        slowing his friends"), when "why?" or "why did he do that?" is answered best by
        the last fact, or "why were electric lights fitted?" by a drafted one, and it
        gives no reason of its own; None otherwise. A hand-written fact is taken at its
        word, as AskedRole's `why_untold` takes it."""
        last = context.get("fact")
        if said.qtype != "reason" or self._around.gives_reason(fact_id):
            return None
        if fact_id != last:
            # asked outright: a deed told with what it followed ("He changed his view
            # after the meeting") is told with its occasion; a belief beside it may be
            # why he did the opposite before
            fact = self._pack.fact(fact_id)
            if not fact.draft or _FOLLOWED.search(fact.answer):
                return None
        return self._index.reasons.beside(fact_id)

    def role_told_next(self, query: Query, context: Mapping[str, Any], fact_id: str) -> str | None:
        """The sentence the text goes on with, when a follow-up asks a role of the last
        event (who, how, when, how much) that the last answer does not give, the ranking
        found no fact but that answer, and one of the next two sentences of its part (an
        aside may stand between) gives one: "the fund asked them to raise £5,000 more"
        "how did they raise it?" is told next,
        "The parish met that sum within a year through jumble sales"; "who kept it
        going?" after "the paper shrank in the war", by "His niece ... kept the paper
        going". None otherwise (the reply then says what the text does not tell).
        `query` is the line as the conversation filled it in ("how did they do it?"
        asks the means)."""
        last = context.get("fact")
        if fact_id != last or query.qtype not in STRICT_TYPES or not query.leans:
            return None
        if query.qtype == "person":
            # "who did they beat?" of "... beating Kettering": a team, a town or a firm
            # gives a who as well, and the next sentence's person is no answer
            return None
        words = [w for w in query.words if w not in CONTINUATIONS or w in self._analyzer.qwords]
        if words[:1] and words[0] in _OPENING and words[1:2] and words[1] in self._analyzer.qwords:
            words = words[1:]  # "in what years?", "by when?": the question word asks
        if not words or words[0] not in self._analyzer.qwords:
            return None  # "was he the favourite?" asks yes or no of him
        if not MORE.isdisjoint(query.words) or not TEMPORAL.isdisjoint(query.words):
            return None  # "who else?", "what happened after that?": other readings' part
        # what the line refers to is no answer ("how did she do it?": not her again)
        persons = context.get("persons", []) if PERSON_PRONOUNS & set(query.pronouns) else []
        besides = [*context.get("terms", []), *persons[:1], *query.context]
        if self._index.offers(last, query.qtype, besides=besides):
            return None
        fact = self._pack.fact(last)
        for other in self._index.following(last, _TOLD_NEXT):
            if self._pack.fact(other).topic != fact.topic:
                return None
            if self._index.offers(other, query.qtype, besides=besides):
                return other
        return None

    def told_soon_after(self, context: Mapping[str, Any], fact_id: str) -> bool:
        """Whether a fact is told in the few sentences after the last answer, in its part
        of the text: the text going on with the event the talk is about."""
        last = context.get("fact")
        if not isinstance(last, str) or last not in self._pack.by_id:
            return False
        topic = self._pack.fact(last).topic
        for other in self._index.following(last, _SOON_AFTER):
            if self._pack.fact(other).topic != topic:
                return False
            if other == fact_id:
                return True
        return False

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
        # (not "and what did she say about Silas?": a question of its own, with a name)
        names_only = (
            words[:1] == ("and",)
            and bool(own)
            and all(t in kinds for t in own)
            and (query.qtype is None or words[1:3] in (("what", "about"), ("how", "about")))
        )
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
