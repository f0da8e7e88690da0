"""The readings of a follow-up that find the fact it asks of, near the last answer: each
one kind of follow-up, tried in the order `Context.resolve` lists them; the first that
finds a fact answers the line.

The order runs from narrow to broad. A line in a shape of its own ("did it work?", "how
did he use that?", "against whom?", "what did it say?", "and the next one?", "who were
they?") is read first, so that a broader reading cannot take it; then what someone did
("what did he do with it?"); then a role of the last event asked in everyday words
("why?", "how?", "who did the building?"); then the same question at another time. What
is left may ask the last answer itself again, or the same question of someone new.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ._analyze import Analyzer, Query
from ._around import Around
from ._content import Pack
from ._fate_next import next_event_of
from ._followup import MORE, FollowUp
from ._followup_shapes import DOERS, GENERAL, TEMPORAL, Shapes, going_on
from ._frames import Frame
from ._gap import owners_in
from ._index import Index
from ._last_event import LastEvent, before_shift, sequel, shift
from ._person_genders import said_gender
from ._phrases import cues
from ._reading import PackReading
from ._reasons import gives_purpose
from ._referents import IT, PERSON_PRONOUNS, PLURAL, THING_PRONOUNS
from ._text import split_words, stem

__all__ = ["Readers"]

_ABOUT = frozenset([("what", "about"), ("how", "about")])  # "and what about X?": X in turn

_DENIED = 2  # words before a wish that deny it: "had no wish", "did not want"

_ASKING_VERBS = frozenset(["did", "does", "do", "was", "is", "were", "had", "has", "could"])
_DEMONSTRATIVES = frozenset(["they", "them", "those", "these"])  # "who were they?"
_SUBJECTS = frozenset(["he", "she", "they"])
_SUBJECT_WORDS = frozenset((w,) for w in _SUBJECTS)  # "why did he ...": he did it
_NEAR = 6  # the facts around the last one that a why-not of its own may ask of
_ORDINAL_REACH = 3  # "and the fourth one?" after "the first": as far on as is asked
_LATER_SPAN = 12  # "what happened to the machine afterwards?" is told a part or two on
# one thing a line asks the fate of: "it", or "that" ("what happened to that one?")
_ONE_THING = frozenset(["it", "its", "that", "this"])
# sentence openers that set what follows against what went before ("However, ...")
_CONTRASTS = frozenset(["however", "but", "yet", "instead", "nevertheless", "nonetheless"])
_DID = (("did",), ("does",), ("do",))  # "did he take over?": whether he did it
_PART = 0.6  # share of a fact's terms the last answer holds to be telling it too  # a pronoun that does the deed, not undergoes it


class Readers(PackReading):
    """The readings of a follow-up that find a fact near the last answer, for one pack.
    Immutable; shared. Each takes a `FollowUp` and gives a fact id or None."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
        around: Around,
        event: LastEvent,
        shapes: Shapes,
        genders: Mapping[str, str],
    ) -> None:
        """`genders`: whom the text says "she" or "he" of (`Referents.genders`)."""
        super().__init__(pack, analyzer, index, frames_of)
        self._around = around
        self._event = event
        self._genders = genders  # whom "him" cannot be
        self._shapes = shapes
        # the place each ordinal word's term asks for ("first" reads as "start": 1)
        places = analyzer.ordinal_positions
        self._term_places = {
            t: int(n)
            for w, n in places.items()
            for t in analyzer.analyze(w, correct=False).terms
            if int(n) > 0
        }
        self._ordinal_terms = frozenset(self._term_places)
        # the terms the text itself says (not a fact's questions or keywords)
        self._said_terms = frozenset().union(*(self.answer_terms(f.id) for f in pack.facts))

    def came_of(self, f: FollowUp) -> str | None:
        """ "did it work?", "what did it give him?", "how did that help him against
        Trotsky?": what came of the last event (for him, not by what means). First: in
        everyday words it would read as a means ("how?") or the last answer again; not a
        place in a list ("and last?" after a list asks for its last item)."""
        query, kinds, general = f.query, self._analyzer.entity_kinds, self._analyzer.generality
        # "what did it give him?", "why did that matter?": what came of it, in everyday
        # words and of no one new (the last fact is that only if it tells a consequence)
        # (the words asking how it went are the question's own: "why would that have
        # mattered?" asks nothing else, rare as "mattered" may be in the text)
        asking = self._analyzer.significance_words | self._analyzer.outcome_words
        everyday = not query.entities and all(
            general(w) <= GENERAL or w in asking for t, w in query.surface if t not in kinds
        )
        # "what did that let Stalin do?": what it made him able to do, whoever is named
        enabled = self._shapes.asks_enabled(query)
        came_of = f.outcome or (query.qtype == "result" and (f.bare or everyday or enabled))
        benefit = self._shapes.asks_benefit(query)  # "how did that help him against ...?"
        came_of = came_of or self._shapes.asks_reaction(query)  # "how did people react?"
        # "did that happen?" of a wish, a plan or an urging ("suggesting Stalin be
        # removed"): what came of it; of a deed told as done, the text has said it did
        came_of = came_of or (self._shapes.asks_happened(query) and self.tells_wish(f.last))
        ordinal = not self._analyzer.ordinals.isdisjoint(query.words) and (
            query.words[0] not in self._analyzer.yes_no
        )
        if not ((came_of or benefit) and f.leans and not ordinal):
            return None
        whom = self._for_whom(f)
        if whom:  # "did it pay off for them?": what befell them after it, whoever's deed
            # it was ("Stalin aligned himself with them": he later turned on them)
            fate = self._around.fate_after(f.last, whom, later=True)
            if fate is not None:
                return fate
        found = None
        if self._shapes.asks_significance(query):
            # "why did that matter?" of "lined it with clay to keep it watertight" or
            # "emphasised his past to question his credentials": what it was for is why
            # it mattered, before anything told later that came of it
            gives = self._around.gives_reason(f.last)
            purpose = gives_purpose(self._pack.fact(f.last).answer)  # not a cause
            found = f.last if gives and purpose else None
        found = found or self._around.outcome_of(f.last)
        if benefit and found is not None:  # of it for him, not by what means
            f.query = replace(query, qtype="result")
        return found

    def heeded(self, f: FollowUp) -> str | None:
        """ "did anyone listen?", "did Stalin know?", "did the party get to see it?" after
        a wish, a plan or a warning ("Lenin wrote a testament suggesting Stalin be
        removed"): what others did with the thing it made, told after it ("Stalin and his
        allies suppressed Lenin's political testament"), as "did that happen?" is
        answered. Only a question whether someone did something ("did ...?"; "was he
        angry?" asks a state), of someone besides whoever wished it, naming no one but
        people, in everyday words or the last answer's own."""
        query, words = f.query, going_on(f.query)
        if words[:1] not in _DID or len(words) < 2 or not self.tells_wish(f.last):
            return None
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        if any(kinds.get(e) not in DOERS for e in query.entities):
            return None
        held = self.answer_terms(f.last)
        if not all(t in kinds or t in held or general(w) <= GENERAL for t, w in query.surface):
            return None
        wishers = set(self.doers(f.last))
        subject = f.persons[:1] if words[1] in PERSON_PRONOUNS else query.entities[:1]
        if wishers.intersection(subject):
            return None  # "did he get his way?": of the one who wished it, what came of it
        things = self._acted_on(f.last)
        return self._around.met(f.last, things) if things else None

    def tells_wish(self, fact_id: str) -> bool:
        """Whether a fact tells something proposed that may or may not have come about
        (`proposal_verbs`: "wrote a testament suggesting Stalin be removed", "the council
        planned a new bridge"), not a choice or a naming told as done ("chose the site", "a
        cutter named Rusk") nor a wish denied ("she had no wish to run the mill")."""
        words = split_words(self._pack.fact(fact_id).answer.lower())
        phrases = cues()
        return any(
            word in phrases.proposal_verbs
            and phrases.negations.isdisjoint(words[max(0, k - _DENIED) : k])
            for k, word in enumerate(words)
        )

    def _for_whom(self, f: FollowUp) -> list[str]:
        """Whom "for him", "for them" or "for Kamenev" at the end of a line asking how
        something went stands for, when the last event did not have them do it (how it
        went for its doers is what came of it): "did it pay off for them?" after "Stalin
        aligned himself with Zinoviev and Kamenev" is how it went for those two."""
        words = f.query.words
        if "for" not in words[-3:]:
            return []
        after = words[len(words) - 1 - words[::-1].index("for") + 1 :]
        kinds = self._analyzer.entity_kinds
        if set(after) & PLURAL:
            whom = [t for t in f.terms if kinds.get(t) in DOERS]
        elif set(after) & PERSON_PRONOUNS:
            whom = list(f.persons[:1])
        else:
            whom = [e for e in f.query.entities if kinds.get(e) in DOERS]
        # the doers of its main event (the first with one), not of a clause on the side
        # ("..., who feared Trotsky")
        # ("..., who feared Trotsky"), are not them; those it was done with or to are
        # (with no doer told, anyone it names: "The fishermen hired Peter Vane")
        doing = next((fr for fr in self._frames_of(f.last) if fr.role("agent")), None)
        met = (
            {n for role, names in doing.roles.items() if role != "agent" for n in names}
            if doing is not None
            else self._index.names(f.last)
        )
        return [w for w in dict.fromkeys(whom) if w in met]

    def ending(self, f: FollowUp) -> str | None:
        """ "how did it end for him?": his death, when the text tells it after the last
        answer (what came of the last deed may be only a step on the way: "he remained
        powerless in exile"). Before what came of it, which "end" would also fit."""
        if not self._shapes.ends_for(f.query):
            return None
        # "him": the one the last event is told of (doing or undergoing it), not one it
        # names on the side ("rally opposition to Stalin")
        frames = self._frames_of(f.last)
        told = {n for fr in frames for role in ("agent", "patient") for n in fr.role(role)}
        who = next((p for p in f.persons if p in told), None)
        return self._around.death_after(f.last, who) if who is not None else None

    def dealt_in_end(self, f: FollowUp) -> str | None:
        """ "so what did he do about it in the end?", "how did he finally deal with him?"
        after "Stalin viewed Trotsky as a threat even in exile": the killing of the one the
        last event was told of, besides the doer, when the text tells it after the last
        answer (the next fact naming the doer may be only a step on the way; a death of
        illness is nothing anyone did about it). Before the readings of a deed, which
        "do about it" would also fit."""
        if not self._shapes.dealt_in_end(f.query):
            return None
        kinds = self._analyzer.entity_kinds
        doer = f.persons[:1] if f.pronouns & _SUBJECTS else f.query.entities[:1]
        named = [e for e in f.query.entities if e not in doer]
        undergo = [p for fr in self._frames_of(f.last) for p in fr.role("patient")]
        whom = named or [p for p in undergo if kinds.get(p) == "person" and p not in doer]
        for one in dict.fromkeys(whom):
            found = self._around.killing_after(f.last, one)
            if found is not None:
                return found
        return None

    def purpose(self, f: FollowUp) -> str | None:
        """ "what was the point of that?", "what was their goal?", "why go to all that
        trouble?": the purpose the last answer gives ("... to save the tower"), or the one
        the text gives of the whole it is part of ("This campaign ensured that ...", for
        "all that" always); else what came of it. Before what came of it, which "what did
        that achieve?" would also fit, and before the plain "why?"."""
        if not (f.leans or f.pronouns):
            return None
        if not self._shapes.asks_purpose(f.query):
            # "why go to all that trouble?": why of the whole just told, which only a
            # sentence summing it up says ("This campaign ensured that ...")
            return self._around.summed(f.last) if self._shapes.why_all(f.query) else None
        whole = "all" in f.query.words and self._around.summed(f.last)
        found = whole or self._around.giving(f.last, self._around.gives_reason, near=True)
        f.query = replace(f.query, qtype="reason")
        return found or self._around.outcome_of(f.last)

    def seeming(self, f: FollowUp) -> str | None:
        """ "did it seem important at the time?", "was he seen as a threat?": the sentence
        at the last answer that says how it seemed ("Though the post appeared dull, ...").
        Before what came of it, and before the last answer again for its year."""
        if not self._shapes.asks_seeming(f.query):
            return None
        return self._around.seeming(f.last)

    def belied(self, f: FollowUp) -> str | None:
        """ "so did he take over?", "did he end up leading the country?" after "Trotsky
        seemed the natural heir": what the text sets against the seeming, the sentence
        told right after it when it opens with a contrast ("However, it was Stalin who
        emerged victorious"). Only of a question whether someone ("he") did something,
        in words the last answer holds or everyday ones: "was he expected to?" asks the
        seeming itself, "did he have allies?" something else, and "why didn't he win?"
        why (not who won instead: `let_down`)."""
        query, words = f.query, going_on(f.query)
        if words[:1] not in _DID or not f.pronouns & PERSON_PRONOUNS:
            return None
        answer = self._pack.fact(f.last).answer
        if self._analyzer.seeming_words.isdisjoint(split_words(answer.lower())):
            return None
        held, general = self._index.held(f.last), self._analyzer.generality
        own = [(t, w) for t, w in query.surface if t not in self._analyzer.entity_kinds]
        if not set(query.entities) <= self._index.names(f.last) or any(
            t not in held and general(w) > GENERAL for t, w in own
        ):
            return None
        # of the seeming itself ("did he end up leading?" of "the natural heir to the
        # leadership", "... after Lenin?"); not "did she have children?", everyday as
        # its words are
        if not (query.entities or any(t in held for t, _ in own)):
            return None
        for following in self._index.following(f.last, 1):
            opening = split_words(self._pack.fact(following).source.lower())[:1]
            if opening and opening[0] in _CONTRASTS:
                return following
        return None

    def used(self, f: FollowUp) -> str | None:
        """ "how did he use that against her?": what he did with it next, unless the last
        answer says what for ("... to question his credentials"). Before the readings of a
        deed or a means, which "use" and "how" would also fit."""
        query = f.query
        if not self._shapes.asks_use(query):
            return None
        user = f.persons[:1] if f.pronouns & _SUBJECTS else query.entities[:1]
        user = user if self._shapes.acts(query) else ()
        if self._around.gives_reason(f.last) and not user:
            return f.last
        if user:
            others = [e for e in query.entities if e not in user]
            return self._around.deed_after(f.last, [*user, *others], True)
        return None

    def contrasted(self, f: FollowUp) -> str | None:
        """ "In contrast to Trotsky, Stalin mastered ..." "and Trotsky by comparison?": the
        side of the contrast the line names. Any fragment is tried here before it is read
        as whom a side opposed or as the same question of someone new."""
        words = f.query.words
        about = words[:2] in _ABOUT or words[1:3] in _ABOUT  # "and what about Stalin?"
        if not (f.fragment or about) and self._analyzer.comparison_words.isdisjoint(words):
            return None
        return self._around.contrasted(f.last, f.query.entities)

    def opposed(self, f: FollowUp) -> str | None:
        """ "against whom?", "and their enemies?", "the other side?": whom the side just
        named stood against (not those asked of before)."""
        if not self._asks_opposed(f.query):
            return None
        asked = [t for t in f.context.get("terms", []) if t in self._analyzer.entity_kinds]
        return self._around.opposed(f.last, asked)

    def content(self, f: FollowUp) -> str | None:
        """ "what did it say?", "what was in it?": the telling of the document the last
        answer named, of whom the line names ("what did it say about Stalin?"). Before a
        deed: "what did the letter propose?" is not what someone did."""
        if not self._asks_content(f.query):
            return None
        kinds = self._analyzer.entity_kinds
        things = [*(f.context.get("things", []) if f.pronouns & IT else [])]
        things += [t for t in [*f.query.terms, *f.context.get("terms", [])] if t not in kinds]
        if f.pronouns & THING_PRONOUNS:  # "what did it say?" of what the event acted
            things += self._acted_on(f.last)  # on: "suppressed the testament"
        return self._around.content_of(f.last, things, f.query.entities)

    def next_one(self, f: FollowUp) -> str | None:
        """ "who were his first allies?" "and the next one?" (or "and his second one?"):
        the next of that kind, unless the last answer picked an item of a list (then "the
        next one" is in that list)."""
        if f.context.get("picked"):
            return None
        steps = 1 if self._shapes.asks_next_one(f.query) else self._ordinal_steps(f)
        if not steps:
            return None
        kinds, ordinal = self._analyzer.entity_kinds, self._ordinal_terms
        asked = [t for t in f.context.get("terms", []) if t not in kinds and t not in ordinal]
        found: str | None = f.last
        for _ in range(steps):  # "the third one" after "the first": two on
            found = self._around.next_of_kind(found, asked) if found else None
        return found

    def _ordinal_steps(self, f: FollowUp) -> int:
        """How many places on a fragment asks after the last question's place: "what was
        his first alliance?" "and his second one?" is one on (0: no such pair, or the
        last answer is a list, whose own items the list reading picks)."""
        words = f.query.words
        if not f.fragment or f.query.entities or self._index.lists(f.last):
            return 0
        persons = [p for p in f.context.get("given", []) if p in f.context.get("persons", [])]
        if f.context.get("asked") == "person" and len(persons) > 1:
            return 0  # "who was the first member?" of a list of members: the second is there
        positions = self._analyzer.ordinal_positions
        now = next((int(positions[w]) for w in words if w in positions), 0)
        then = next(
            (self._term_places[t] for t in f.context.get("terms", []) if t in self._term_places),
            0,
        )
        return now - then if 0 < then < now <= then + _ORDINAL_REACH else 0

    def bound(self, f: FollowUp) -> str | None:
        """ "since when?", "until when?": where the state the last answer told began or
        ended, in the sentence giving that year ("held the post from 1922"). Before the
        last answer's own date, which may be when it began, not when it ended."""
        way = self._shapes.asks_bound(f.query)
        return self._around.bound(f.last, way) if way else None

    def someone_new(self, f: FollowUp) -> str | None:
        """ "who did he team up with then?", "who replaced them?": the same doers' next
        dealings with someone new, not the old partners just told (which the last answer,
        tried later, would give back)."""
        query, kinds = f.query, self._analyzer.entity_kinds
        if not self._asks_someone_new(query, f.persons, f.last):
            return None
        # "who did they side with?": those "they" stands for are the doers;
        # "who replaced them?": the last event's doers, with others in their place
        subject = f.pronouns & _SUBJECTS
        stood = [t for t in f.terms if kinds.get(t) in DOERS and t not in query.terms]
        last_doers = self.doers(f.last)
        partners = stood if subject else last_doers
        one = len(last_doers) == 1 and not set(stood) & set(last_doers)
        if subject <= {"he", "she"} and one:
            # "he" read as someone the last event did not have do anything ("Once
            # Trotsky was beaten, what did Stalin do ...?"): its one doer is meant
            partners = last_doers
        event = self._shapes.own_terms(query)
        return self._around.next_partner(f.last, partners, event) if partners else None

    def who_they_were(self, f: FollowUp) -> str | None:
        """ "who were they?" after "Stalin had eliminated all potential rivals": the people
        the same doers dealt with, named a sentence or two away."""
        if not self.asks_who_unnamed(f.query, f.last):
            return None
        dealers = self.doers(f.last)
        return self._around.named_dealt_with(f.last, dealers) if dealers else None

    def why_not(self, f: FollowUp) -> str | None:
        """ "why didn't that stop him?" after "Lenin wrote a testament ...": what others did
        next to the thing it made ("... suppressed the testament"); "why didn't that help
        him?" of "a brilliant orator": "though brilliant, he failed ...". Before the plain
        "why?", which would look for a reason the last event gives."""
        if not self._shapes.asks_why_not(f.query, f.pronouns):
            return None
        found = self._around.undone(f.last, self._acted_on(f.last))
        if found is None and not f.pronouns & IT:
            found = self._around.conceded(f.last)
        return found

    def let_down(self, f: FollowUp) -> str | None:
        """ "so why didn't he end up in charge?", "then why couldn't he keep up with
        Stalin?" after a strength of his: what the text sets against it, the last answer
        when it says so itself ("... could not compete with Stalin's mastery"), else a
        sentence near granting that strength and a failing (`Around.set_against`). After
        "why didn't that stop him?", which asks of a thing; before the plain "why?"."""
        query = f.query
        if query.qtype != "reason" or not f.pronouns & PERSON_PRONOUNS:
            return None
        if "not" not in query.words and "never" not in query.words:
            return None
        if not set(query.entities) <= self._index.names(f.last):
            return None  # "why didn't Kamenev ...?" asks of someone else
        # "why wouldn't he build a faction?" asks why of a deed told near, in words of
        # its own that a fact there holds, not why he fell short
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        own = {t for t, w in query.surface if t not in kinds and general(w) > GENERAL}
        index = self._index
        near = (f.last, *index.preceding(f.last, _NEAR), *index.following(f.last, _NEAR))
        if any(t in index.held(n) for n in near for t in own):
            return None
        return self._around.set_against(f.last)

    def newcomer(self, f: FollowUp) -> str | None:
        """ "did Trotsky realise that?" of what the General Secretary gave Stalin: what this
        part of the text says Trotsky did, not that answer again."""
        newcomer = self._newcomer(f.query, f.last)
        if newcomer is None:
            return None
        return self._around.own_part(f.last, newcomer, self._shapes.own_terms(f.query))

    def thing_fate(self, f: FollowUp) -> str | None:
        """ "what happened to the drying machine afterwards?": the first sentence after
        the last answer that names the thing again (all of its words), which tells what
        became of it later ("... and the drying machine went to a laundry"), not the
        first sentence of all to name it. Before `fate`, which reads names and "it"."""
        thing = self._shapes.thing_fate(f.query)
        if not thing:
            return None
        told = self.answer_terms(f.last)
        for fact in self._index.following(f.last, _LATER_SPAN):
            said = self.answer_terms(fact)  # in its own words, not its keywords
            if all(t in said for t in thing) and not told >= said:
                return fact
        return None

    def fate(self, f: FollowUp) -> str | None:
        """ "what happened to the Left?", "what happened to it?", "what happened to those
        two later on?": what befell them (or the thing the last event made) next."""
        query, pronouns, kinds = f.query, f.pronouns, self._analyzer.entity_kinds
        if self._shapes.became_of_them(query) and f.persons:  # "what became of him?":
            who = self._may_be(f.persons, pronouns, f.last)  # not the woman named
            return self._around.end_of(who) if who else None  # how it ended for him
        later = not self._analyzer.later_words.isdisjoint(query.words)
        if f.fragment and not (self._analyzer.later_words - TEMPORAL).isdisjoint(query.words):
            # "what about Bukharin later?" of one the answer names: what befell him past
            # it ("and Hale afterwards?"; not "and after he lost?", an event of its own)
            named = [e for e in query.entities if kinds[e] in DOERS]
            if named and named[0] in self._index.names(f.last):
                return self._around.fate_after(f.last, named[0], later=True)
        if not self._shapes.asks_fate(query):
            return None
        found = None
        people = [e for e in query.entities if kinds[e] in ("person", "group")]
        plural = not query.entities and bool(pronouns & PLURAL)
        if plural:  # "them": whom the conversation read it as (the group, ...)
            people = [t for t in f.terms if kinds.get(t) in DOERS][:1]
        if not people and pronouns & PERSON_PRONOUNS:
            people = list(f.persons[:1])
        if people and people[0] in self._index.names(f.last):
            found = self._around.fate_after(f.last, people[0])
            if found is None and not plural and not later and pronouns & PERSON_PRONOUNS:
                # "what happened to him?" when nothing befalls him next: his story goes on
                # (asked of later, "what happened to him afterwards?", a later part tells)
                found = next_event_of(
                    self._pack, self._index, self._analyzer, self._frames_of, f.last, people[0]
                )
            if found is None and not plural:  # "what happened to him?": in a later part
                found = self._around.fate_after(f.last, people[0], later=True)
        elif not people and pronouns & _ONE_THING:  # "what happened to it?" of the
            # thing the last event made: what others did to it next ("suppressed it")
            things = [*f.context.get("things", []), *self._acted_on(f.last)]
            found = self._around.undone(f.last, things) if things else None
            unnamed = found is None and not self._named_later(f.last)
            partners = self._partners(f.last) if unnamed else []
            if partners:  # "what happened to that one?" of an alliance, a league: what
                # befell those it joined, later on ("Stalin later moved against Bukharin")
                found = self._around.fate_after(f.last, partners, later=True)
        if found is None and later and plural:
            # "what happened to those two later on?": the people sharing a role in
            # the last answer ("Stalin, Zinoviev and Kamenev formed the Troika":
            # Zinoviev and Kamenev), farther on in the text
            them = self._together(f.last)
            found = self._around.fate_after(f.last, them, later=True) if them else None
        return found

    def _may_be(self, persons: Sequence[str], pronouns: set[str], last: str) -> str | None:
        """The likeliest person "him" or "her" may be: the first the text does not say the
        other of, passing over one the last answer names only as an owner ("Brand's
        younger brother, Tobias Brand": "him" is Tobias, neither his sister, whom the text
        calls "she", nor "Brand's"); None when none may be."""
        said = said_gender(pronouns)
        may = [p for p in persons if said is None or self._genders.get(p) in (None, said)]
        told = self._pack.fact(last).answer if last else ""
        words, spans = self._analyzer.words_and_spans(told)
        owners = owners_in(told)
        names = self._analyzer.entity_names

        def owner(p: str) -> bool:  # every place it is named, as "Brand's"
            spelt = set(names.get(p, p).lower().split())
            ats = [at for term, at in spans if term == p]
            return bool(ats) and all(
                words[at] in owners or words[at + 1 : at + 2] in ([w] for w in owners & spelt)
                for at in ats
            )

        return next((p for p in may if not owner(p)), may[0] if may else None)

    def _doers_asked(self, f: FollowUp) -> Sequence[str]:
        """Whom "what did he do?" asks of: whom "he" stands for, or the one named."""
        return f.persons[:1] if f.pronouns & PERSON_PRONOUNS else f.query.entities[:1]

    def deed_named_for(self, f: FollowUp) -> str | None:
        """ "who was the NKVD agent?" "what did he do?": the deed he was named for, told
        with him, before the deed after it that the next reading would find."""
        if f.context.get("asked") != "person" or not self._shapes.asks_done(f.query):
            return None
        return self._around.deed_after(f.last, self._doers_asked(f), False)

    def deed(self, f: FollowUp) -> str | None:
        """ "what did he do with it?": his deed after the last one; any other line may name
        a deed on the thing just told ("what did he do with her drawings?"). After the
        narrower shapes above, which name their own deeds."""
        doers = self._doers_asked(f)
        if self._shapes.asks_deed(f.query):
            beyond = self.beyond(f.query, f.last)
            if beyond and self._did_there(f, doers):
                return f.last
            return self._around.deed_after(f.last, doers, beyond)
        return self._event.deed_on(f.query, doers)

    def _did_there(self, f: FollowUp, doers: Sequence[str]) -> bool:
        """Whether "what did she do there?" is told by the last answer itself: it tells
        the event the last question asked of her (her move to the place) and another deed
        of hers besides ("moved to Kestrel and opened a tea shop there")."""
        if "there" not in f.query.words or not doers:
            return False
        asked = set(f.context.get("terms", ()))
        done = {fr.predicate for fr in self._frames_of(f.last) if doers[0] in fr.role("agent")}
        return bool(done & asked) and bool(done - asked)

    def reason(self, f: FollowUp) -> str | None:
        """ "why?", "why is it left like that?", "why did they join him?" (of the people
        just told, in everyday words): the reason the last fact gives, or one it points
        to. After "why didn't that stop him?", which asks otherwise."""
        if f.query.qtype != "reason":
            return None
        found = self._why_in_it(f.query, f.last)
        if found is not None:  # "why not by mule?" of "..., because the mules refused"
            return found
        idle = self._idle_why(f.query, f.last)
        if not (f.bare or self._their(f) or idle):
            return None
        # "why did he act like that?" asks as the bare "why?" does, of the doer's deed just
        # told ("why did that hurt him?" asks what came of the deed, not why it was done)
        near = f.bare or (idle and going_on(f.query)[2:3] in _SUBJECT_WORDS)
        # or what the doer had lived through or knew, told with it or beside it
        found = self._around.giving(f.last, self._around.gives_reason, near=near)
        return found or self._index.reasons.beside(f.last)

    def means(self, f: FollowUp) -> str | None:
        """ "how?": the means the last fact gives, or one it points to."""
        if not (f.bare and f.query.qtype == "means"):
            return None
        return self._around.giving(
            f.last, lambda g: self._index.offers(g, "means") or self._event.by_thing(g)
        )

    def doer(self, f: FollowUp) -> str | None:
        """ "who did the building?": the last fact, when it names who did its event (see
        `LastEvent.again`); a line asking in words of its own, where "when?" is left to
        the last answer itself."""
        if f.bare:
            return None
        return self._event.again(f.query, f.last, f.besides)

    def sequel(self, f: FollowUp) -> str | None:
        """ "how many routes were there in 2014?" "and after the redesign?": the fact that
        tells the count changing from the one just told. Last of the readings of a fact
        near: only a fragment that nothing above read is the same question at another
        time."""
        if not f.fragment:
            return None
        way = shift(self._analyzer, f.query.words)
        found = sequel(self._analyzer, self._index, f.context, f.last, way)
        if found is not None:  # the last question again: of its kind, for the next one
            asked = f.context.get("asked") or f.query.qtype
            f.query = replace(before_shift(self._analyzer, f.query), qtype=asked)
        return found

    def someone_else(self, f: FollowUp) -> str | None:
        """ "and Stalin?" after a question about Trotsky, which the last answer did not
        answer: the same question of someone else, so never that answer (weighed down);
        the sentence setting him against the old one, or describing him alike. Last of
        all: any reading of the line itself comes first."""
        if not f.swapped:
            return None
        f.boost[f.last] = -0.5  # the same question of someone else: not that answer
        if not f.fragment:
            return None
        found = self._around.contrast(f.last, f.query.entities, f.old)
        if found is None:  # "and Trotsky?" of how Stalin was seen
            found = self._around.described_alike(f.last, f.query.entities, f.old)
        return found

    def _their(self, f: FollowUp) -> bool:
        """Whether a why-question asks of the people just told ("why did they join him?"
        after "... Zinoviev and Kamenev, who feared X"), in everyday words ("why did he
        miss the funeral?" asks of its own), and not of a later event ("why did he turn
        on them later?")."""
        query, kinds, general = f.query, self._analyzer.entity_kinds, self._analyzer.generality
        return (
            bool(f.pronouns & PERSON_PRONOUNS)
            and set(query.entities) <= self._index.names(f.last)
            and all(general(w) <= GENERAL for t, w in query.surface if t not in kinds)
            and self._analyzer.later_words.isdisjoint(query.words)
        )

    def _asks_opposed(self, query: Query) -> bool:
        """Whether a line asks only whom the side just named stood against, or who stood
        on the other side: "against whom?", "and their enemies?", "the other side?"."""
        opposing = self._analyzer.opposition_words
        words = query.words
        if not self._analyzer.other_side_words.isdisjoint(words) or not opposing.isdisjoint(words):
            # "the other side?", "who was on Stalin's side against them?"
            opposing = opposing | self._analyzer.side_words
        kinds = self._analyzer.entity_kinds
        if opposing.isdisjoint(query.words) or query.qtype not in (None, "person", "thing"):
            return False
        general = self._analyzer.generality
        return all(
            w in opposing or w in MORE or t in query.kind_terms or general(w) <= GENERAL
            for t, w in query.surface
            if t not in kinds
        ) and not any(kinds.get(e) != "person" for e in query.entities)

    def _asks_content(self, query: Query) -> bool:
        """Whether a line asks what a document says: "what did it say?", "what was in
        it?", "what did the letter propose?"."""
        words = query.words
        if words[:1] != ("what",):
            return False
        if query.entities:  # "what did it say about Stalin?": of whom, after "about"
            at = words.index("about") if "about" in words else len(words)
            names = self._analyzer.entity_names
            after = " ".join(words[at + 1 :])
            if not all(names.get(e, e).lower() in after for e in query.entities):
                return False
        if words[1:3] in (("was", "in"), ("is", "in"), ("were", "in")):
            return True  # "what was in that document?"
        return not self._analyzer.content_verbs.isdisjoint(words) or words[-2:] == ("in", "it")

    def _acted_on(self, fact_id: str) -> list[str]:
        """The things (not people, places or groups) a fact's events act on: "Stalin
        suppressed the testament" acts on the testament."""
        kinds = self._analyzer.entity_kinds
        frames = self._frames_of(fact_id)
        return [p for f in frames for p in f.role("patient") if p not in kinds]

    def _asks_someone_new(self, query: Query, persons: Sequence[str], last: str) -> bool:
        """Whether a line asks only who took part next, someone new: "who did he team up
        with then?", "who replaced them?", "and who was his new partner?" (a who-question
        with a word asking for someone new, naming no one but whom "he" stands for or the
        last event's doer by name: "who did the queen pick instead?")."""
        if query.qtype != "person" or self._analyzer.new_person_words.isdisjoint(query.words):
            return False
        if not MORE.isdisjoint(query.words):  # "who else?": others with those told
            return False
        doers = self.doers(last)
        return all(e in persons[:1] or e in doers for e in query.entities)

    def asks_who_unnamed(self, query: Query, last: str) -> bool:
        """Whether "who were they?", "who were those rivals?" asks who the people are
        that the last answer tells of only by a plural word: it names no more than one
        person or group ("they" cannot be them), and the line only that word besides."""
        if query.qtype != "person" or query.entities or not _DEMONSTRATIVES & set(query.words):
            return False
        kinds = self._analyzer.entity_kinds
        named = [n for n in self._index.names(last) if kinds.get(n) in DOERS]
        own = set(self._shapes.own_terms(query))
        return len(named) <= 1 and own <= self.answer_terms(last)

    def _newcomer(self, query: Query, last: str) -> str | None:
        """The one person a yes-or-no or how question asks about the thing just told,
        when the last answer does not name them: "did Trotsky see how important it
        was?", "how did Lenin take that?" (not "what happened to it?", not two names)."""
        kinds = self._analyzer.entity_kinds
        if query.qtype not in (None, "manner", "means") or len(query.entities) != 1:
            return None
        if not set(query.pronouns) & THING_PRONOUNS or set(query.pronouns) & PERSON_PRONOUNS:
            return None
        who = query.entities[0]
        if kinds.get(who) != "person" or who in self._index.names(last):
            return None
        # the one who did something ("did Trotsky see ...?"), not the one it was done to
        # ("how did that help against Trotsky?"): the name right after the asking verb
        words = query.words
        at = next((k for k, w in enumerate(words[:3]) if w in _ASKING_VERBS), None)
        if at is None or at + 1 >= len(words):
            return None
        name = {*who.split("_"), *self._analyzer.entity_names.get(who, "").lower().split()}
        return who if words[at + 1] in name else None

    def _named_later(self, fact_id: str) -> bool:
        """Whether the text names a thing a fact's event made or acted on again a little
        later: a guild founded "with Pike" that later "expelled Marsh" goes on as itself
        (what befell it is told of it, or untold), where an alliance never named again
        was only the bond between those it joined."""
        kinds = self._analyzer.entity_kinds
        heads = {
            p[-1]
            for f in self._frames_of(fact_id)
            if (p := [t for t in f.role("patient") if t not in kinds])
        }
        return any(
            heads & self.answer_terms(o) for o in self._index.following(fact_id, _LATER_SPAN)
        )

    def _partners(self, fact_id: str) -> list[str]:
        """The people or groups an event joins with its doer: those it was done with
        ("formed an alliance with Bukharin and the Right Opposition"), or the people
        doing it together ("Stalin, Zinoviev and Kamenev formed the Troika")."""
        kinds = self._analyzer.entity_kinds
        for frame in self._frames_of(fact_id):
            if frame.role("agent"):
                joined = [n for n in frame.role("recipient") if kinds.get(n) in DOERS]
                if joined:
                    return joined
        return self._together(fact_id)

    def _together(self, fact_id: str) -> list[str]:
        """The people a fact tells together in one role of one event, if any."""
        kinds = self._analyzer.entity_kinds
        for frame in self._frames_of(fact_id):
            for names in frame.roles.values():
                people = [n for n in names if kinds.get(n) == "person"]
                if len(people) > 1:
                    return people
        return []

    def doers(self, fact_id: str) -> list[str]:
        """The people or groups a fact's events are done by."""
        kinds = self._analyzer.entity_kinds
        found = [
            a for f in self._frames_of(fact_id) for a in f.role("agent") if kinds.get(a) in DOERS
        ]
        return list(dict.fromkeys(found))

    def beyond(self, query: Query, last: str) -> bool:
        """Whether "what did he do ...?" asks past the last fact: with the thing it told
        him to have ("with it"), or at the place it told him to be ("there")."""
        there = "there" in query.words and self._index.offers(last, "place")
        return there or "with" in query.words

    def _why_in_it(self, query: Query, last: str) -> str | None:
        """The fact giving the reason a why-question asks of a part of the last answer:
        every word of the line's own is the answer's and it names no one the answer does
        not ("why not by mule?" after "..., because the mules refused to cross a narrow
        ledge"): the answer, if it says why. None when it does not, or a part of it the
        pack tells alone holds those words too (an item of a list: "why did he miss the
        funeral?"), which the search finds."""
        if not set(query.entities) <= self._index.names(last):
            return None
        kinds = self._analyzer.entity_kinds
        own = [t for t in query.terms if t not in kinds and t not in query.context]
        own = [t for t in own if t not in query.kind_terms]
        if not own or not all(t in self._index.held(last) for t in own):
            return None
        told, why = self.answer_terms(last), self._around.gives_reason
        for part in self._pack.fact(last).related:
            terms = self.answer_terms(part)
            if all(t in self._index.held(part) for t in own) and len(terms & told) >= (
                _PART * len(terms)
            ):
                return None  # the search finds that part, as asked of in its words
        return last if why(last) else None

    def _idle_why(self, query: Query, last: str) -> bool:
        """Whether a why-question asks nothing the pack could find but the last event:
        naming no one the last answer did not, each word of its own everyday or never
        seen in the text ("why is it left like that?", "why did he have a grudge against
        her?", "what caused the drop?"), so the reason sought is the last event's. A word
        only a fact's keywords hold is none the text says ("why was he still a target?"
        asks of the killing just told, not of the fact keyed 'next target')."""
        if query.qtype != "reason" or not set(query.entities) <= self._index.names(last):
            return False
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        unseen = {t for t, _ in query.unknown} | (set(query.terms) - self._said_terms)
        said = dict(query.surface)
        own = [
            t
            for t in query.terms
            if t not in kinds and t not in query.context and t not in query.kind_terms
        ]
        # a word read as a phrase of the text ("bring up" as "emphasise") asks that of
        # its own, everyday as its words are
        return all(
            t in unseen or (t in said and general(said[t]) <= GENERAL and t == stem(said[t]))
            for t in own
        )
