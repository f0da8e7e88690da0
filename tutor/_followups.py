"""Follow-ups that lean on the last answer: "tell me more", "who else?", "what next?",
"and before that?".

The session remembers the fact it last told (its context); these replies walk from it:
a related fact not told yet, a fact naming another person on the same subject, or the
next or the previous event (by year when the fact is dated, else in the text's order).
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ._analyze import Analyzer
from ._around import Around
from ._asking import Host
from ._content import Fact, Pack
from ._index import Index
from ._last_event import sequel
from ._person_genders import meant_first, person_genders
from ._phrases import Cues, Voice
from ._reply import Reply
from ._role_followups import RoleFollowUps
from ._text import YEAR, split_words

__all__ = ["FollowUps"]

_AFTER = frozenset(["after", "following", "once", "when"])  # an answer opening with an event


class FollowUps:
    """Replies to follow-up cues for one pack. Immutable; shared by all sessions."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        cues: Cues,
        voice: Voice,
        deeds: RoleFollowUps | None = None,
        around: Around | None = None,
        genders: Mapping[str, str] | None = None,
    ) -> None:
        """`deeds`: finds someone's next or previous deed by the frames ("what did she do
        after that?"); without it, the next fact naming them. `around`: finds the next
        of the kind a "who ... first?" asked ("and then?"). `genders`: whom the text says
        "she" or "he" of, when another part has read it already (see `person_genders`)."""
        self.pack = pack
        self._deeds = deeds
        self._around = around
        # the terms of "first", "initially": a question asking who came first
        self._first = frozenset(analyzer.analyze("first initially", correct=False).terms)
        self.analyzer = analyzer
        self.index = index
        self.voice = voice
        self._order = {f.id: i for i, f in enumerate(pack.facts)}
        # whom "she" can be
        self._genders = person_genders(pack, analyzer, index) if genders is None else genders
        # the terms of "what happened to him?", "what did she do?": a question of a deed
        self._deed_terms = frozenset(
            analyzer.analyze(" ".join(sorted(_EVENT_WORDS)), correct=False).terms
        )
        self._names = analyzer.entity_names
        self._time_terms = frozenset(
            t for w in cues.time_words for t in analyzer.analyze(w, correct=False).terms
        )
        self._years = {f.id: y for f in pack.facts if (y := _first_year(f)) is not None}
        steps = analyzer.step_words
        self._steps = frozenset(
            f.id for f in pack.facts if steps.intersection(split_words(f.answer.lower())[:_STEP_AT])
        )

    def reply(
        self,
        host: Host,
        cue: str,
        rng: random.Random,
        pronouns: Collection[str] = (),
        words: Collection[str] = (),
    ) -> Reply:
        """The reply to a follow-up cue ("tell_more", "who_else", "what_next", ...);
        `pronouns` are the line's ("what did she do next?" follows her), `words` all
        of them ("what did he do about it?" asks how he met it)."""
        context = host.state.get("context") or {}
        last = context.get("fact") if isinstance(context, dict) else None
        last = last if isinstance(last, str) else None
        told = set(host.state.get("told") or [])
        if last is None or last not in self.pack.by_id:
            if cue == "what_next":
                fresh = next((f for f in self.pack.facts if f.id not in told), None)
                if fresh is not None:
                    return self._tell(host, fresh, "more", rng)
            return Reply(self.voice.say("nothing_yet", rng), "smalltalk")
        fact = self.pack.fact(last)
        way = {"what_next": 1, "what_before": -1}.get(cue, 0)  # "and afterwards?" of a count:
        again = sequel(self.analyzer, self.index, context, last, way)  # the count then
        if again is not None:
            reply = self._tell(host, self.pack.fact(again), "", rng)
            talk = host.state.get("context")
            if isinstance(talk, dict):  # still the last question, at another time: "and
                # after the strike?" next asks it again
                asked = {k: context.get(k) for k in ("terms", "asked") if context.get(k)}
                talk.update(asked, shift=way)
            return reply
        if cue == "tell_more":
            found = self._more(fact, told)
            if found is None:
                return Reply(self.voice.say("no_more", rng), "fallback")
            return self._tell(host, found, "more", rng)
        if cue == "who_else":
            found = self._who_else(fact, context, told)
            if found is None:
                return Reply(self.voice.say("who_else_none", rng), "fallback")
            return self._tell(host, found, "", rng)
        picked = context.get("picked") or []
        if cue == "what_before" and (before := self._next_place(fact, picked, -1)):
            return self._place_in_list(host, fact, before, "before_in_list", rng)
        persons = context.get("persons") or []
        one = _ONE_PERSON.intersection(pronouns)
        doer = self._doer(persons, one) if one else None
        if cue == "what_before":  # "what did she do before that?": her deed, if any
            if doer is not None and self._called_former(fact, doer):
                # "In 1894 Walter Greaves, a former soldier, became captain": what he
                # was before is told in that answer, not in the sentence before it
                return self._tell(host, fact, "", rng)
            found = self._deed(fact, doer, -1, False) if doer is not None else None
            found = found or self._preceding(fact)
            if found is None:
                return Reply(self.voice.say("before_none", rng), "fallback")
            return self._tell(host, found, "", rng)
        # "who did he hire first?" "and then?": the next hired ("what happened next?"
        # asks for the next event, whatever was asked)
        elliptic = cue == "what_next" and _EVENT_WORDS.isdisjoint(words)
        following = self._next_in_role(fact, context) if elliptic else None
        if following is not None:
            return self._tell(host, following, "", rng)
        if self._tells_after(fact, context):
            return self._tell(host, fact, "", rng)  # "After Lenin died, a struggle emerged"
        following_place = self._next_place(fact, picked, 1)
        if following_place is not None:
            # "where did he go first?" "and after that?": the next place of that list,
            # and "and then?" once more, the one after it
            return self._place_in_list(host, fact, following_place, "next_in_list", rng)
        his = self._his_next(fact, context) if doer is None else None
        if his is not None:  # "what happened to him in the fire?" "and after that?"
            return self._tell(host, his, "", rng)
        # "what did she do after that?": her next deed, not the next sentence of the text
        about = "about" in words  # "what did he do about it?": how he met it
        following = self._deed(fact, doer, 1, about) if doer is not None else None
        following = following or self._following(fact)
        if following is None:
            return Reply(self.voice.say("next_none", rng), "fallback")
        return self._tell(host, following, "", rng)

    def _tell(self, host: Host, fact: Fact, key: str, rng: random.Random) -> Reply:
        host.note(fact)
        text = self.voice.say(key, rng, text=fact.answer) if key else fact.answer
        return Reply(text, "answer", fact_ids=(fact.id,))

    def _more(self, fact: Fact, told: set[str]) -> Fact | None:
        """What goes on from the last answer: the next untold sentence of its part of the
        text ("can you explain that?" after "his greatest error was his handling of the
        legacy" is the sentence after it, not the one before); else a related fact not
        told yet, else any untold one of the same topic."""
        same = [f for f in self.pack.facts if f.topic == fact.topic]
        start = same.index(fact) if fact in same else 0
        for other in same[start + 1 :]:
            if other.id not in told and not self._retells(fact, other):
                return other
        said = {fact.answer}
        for fid in fact.related:
            other = self.pack.fact(fid)
            if fid not in told and other.answer not in said:
                return other
        for other in same[:start]:
            if other.id not in told and other.answer not in said:
                return other
        return None

    def _place_in_list(
        self, host: Host, fact: Fact, place: str, key: str, rng: random.Random
    ) -> Reply:
        """One place of the last answer's list, that answer kept: the conversation stays
        on the question that listed them ("where did he end up?" is still about it), with
        this place the one picked ("and before that?" next steps on from it)."""
        talk = host.state.get("context")
        if isinstance(talk, dict):
            talk["picked"] = [place]
        name = self._names.get(place, place)
        text = self.voice.say(key, rng, name=name, text=fact.answer)
        return Reply(text, "answer", fact_ids=(fact.id,))

    def _next_place(self, fact: Fact, picked: list[str], way: int) -> str | None:
        """The place a fact's list names after (`way` 1) or before (-1) the one picked
        from it, if any."""
        if not picked:
            return None
        listed = self.analyzer.analyze(fact.answer, correct=False).entities
        places = [e for e in listed if self.analyzer.entity_kinds.get(e) == "place"]
        if picked[0] not in places:
            return None
        at = places.index(picked[0]) + way
        return places[at] if 0 <= at < len(places) else None

    def _who_else(self, fact: Fact, context: dict[str, Any], told: set[str]) -> Fact | None:
        """A fact naming a person the last answer did not, on the same subject; or the
        last answer itself, when it lists people the question did not name ("was
        Zinoviev in the Troika?" "who else?": "Stalin, Zinoviev and Kamenev")."""
        known = set(self._people(fact))
        kinds = self.analyzer.entity_kinds
        asked = {t for t in context.get("terms", []) if kinds.get(t) == "person"}
        if asked and self.index.listed(fact.id, "person") - asked:
            return fact
        # what the learner asked about ("ally"), else what the last answer was about
        terms = [
            t
            for t in context.get("terms", [])
            if isinstance(t, str) and t not in kinds and t not in self._time_terms
        ]
        if not terms:
            said = self.analyzer.analyze(fact.answer, correct=False).terms
            terms = [t for t in said if t not in known]
        query = self.analyzer.analyze("", correct=False)
        query = replace(query, terms=tuple(terms), qtype="person")
        hits = self.index.search(query, limit=10)
        related = set(fact.related)
        hits.sort(key=lambda h: (-(h.score + (0.1 if h.fact.id in related else 0.0)), h.fact.id))
        for hit in hits:
            if hit.fact.id != fact.id and set(self._people(hit.fact)) - known:
                return hit.fact
        return None

    def _people(self, fact: Fact) -> list[str]:
        kinds = self.analyzer.entity_kinds
        found = self.analyzer.analyze(f"{fact.answer} {fact.source}", correct=False).entities
        return [e for e in found if kinds.get(e) == "person"]

    def _tells_after(self, fact: Fact, context: dict[str, Any]) -> bool:
        """Whether the last answer opens with the event the learner asked about ("After
        Lenin died in 1924, ...") and goes on to what came next: it answers "what then?"."""
        opener, comma, rest = fact.answer.partition(",")
        first = opener.split(maxsplit=1)[:1]
        if not comma or not rest.strip() or not first or first[0].lower() not in _AFTER:
            return False
        asked = {t for t in context.get("terms", []) if isinstance(t, str)}
        clause = set(self.analyzer.analyze(opener, correct=False).terms)
        return bool(asked) and asked <= clause

    def _following(self, fact: Fact) -> Fact | None:
        """What happened next: the next dated fact when this one has a year, else the next
        fact in the order of the text (texts are not always told in time order)."""
        return self._beside(fact, 1)

    def _preceding(self, fact: Fact) -> Fact | None:
        """What happened before: the last fact dated earlier when this one has a year
        (none when it has the earliest: nothing the text tells came before), else the
        fact before it in the text's order."""
        return self._beside(fact, -1)

    def _beside(self, fact: Fact, way: int) -> Fact | None:
        """The nearest fact told after (`way` 1) or before (-1) one, by date when it has
        one, else by place in the text, that does not tell the same event again."""
        i = self._order[fact.id]
        if way > 0 and i + 1 < len(self.pack.facts) and _carries_on(fact, self.pack.facts[i + 1]):
            return self.pack.facts[i + 1]  # "This bed was covered ...": goes on from it
        if self._around is not None:  # the next step of a process the text tells in order
            beside = self._around.steps.beside(fact.id, way)
            if beside is not None:
                return self.pack.fact(beside)
        year = self._years.get(fact.id)
        step = self._next_step(fact) if way > 0 else None
        if step is not None:
            return step
        if year is not None and way > 0 and (told_next := self._told_next(fact)) is not None:
            return told_next
        if year is not None:
            dated = sorted(
                (y * way, self._order[fid] * way, fid)
                for fid, y in self._years.items()
                if (y - year) * way > 0 or (y == year and (self._order[fid] - i) * way > 0)
            )
            found = next(
                (
                    self.pack.fact(f)
                    for *_, f in dated
                    if not self._retells(fact, self.pack.fact(f))
                ),
                None,
            )
            if found is not None or way < 0:
                return found
        others = self.pack.facts[i + 1 :] if way > 0 else self.pack.facts[:i][::-1]
        return next((o for o in others if not self._retells(fact, o)), None)

    def _told_next(self, fact: Fact) -> Fact | None:
        """The undated sentence told right after a dated one, when the text goes on
        forward in time from it: "In 1932 the city cut the grant. The trustees closed the
        reading room ..." tells what came of the cut before the next year the text names
        ("In 1947 ..."). None when the next sentence is dated, retells the last, or the
        text's next year is an earlier one (it has gone back in time)."""
        i, year = self._order[fact.id], self._years[fact.id]
        after = [o for o in self.pack.facts[i + 1 :] if not self._retells(fact, o)]
        if not after or after[0].id in self._years or after[0].topic != fact.topic:
            return None
        later = next((self._years[o.id] for o in after if o.id in self._years), None)
        return after[0] if later is None or later >= year else None

    def _doer(self, persons: list[Any], pronouns: frozenset[str]) -> str | None:
        """Whom "he" or "she" stands for in "what did she do next?": the person the talk
        is about, unless the text says the other of them ("she" after "Clara sold the
        farm to Owen Pratt" is Clara; "he", Pratt: `meant_first`). (Not the one person
        acting in the last fact when that one does nothing there: "she" would become the
        man who acted.)"""
        known = meant_first([p for p in persons if isinstance(p, str)], pronouns, self._genders)
        return known[0] if known else None

    def _his_next(self, fact: Fact, context: Mapping[str, Any]) -> Fact | None:
        """What "and after that?" asks after "what happened to him in the fire?" (the
        last question asked what one person did or underwent, and the drafted answer
        names them): his own next deed, told in the next few sentences of that part of
        the text, not the next sentence when it tells of something else. None when the
        last question asked anything else ("who noticed it?", "when was he expelled?":
        the next event, whoever it befalls), or no such deed is told soon after."""
        kinds = self.analyzer.entity_kinds
        asked = [t for t in context.get("terms") or [] if isinstance(t, str)]
        people = [t for t in asked if kinds.get(t) == "person"]
        if not fact.draft or self._deeds is None or context.get("asked") != "thing":
            return None
        if len(people) != 1 or people[0] not in self.index.names(fact.id):
            return None
        if self._deed_terms.isdisjoint(asked):  # "what happened to him", "what did he do"
            return None
        for other in self.index.following(fact.id, _HIS_SPAN):
            if self.pack.fact(other).topic != fact.topic:
                return None
            if self._deeds.acts(other, people[0]):
                return self.pack.fact(other)
        return None

    def _called_former(self, fact: Fact, doer: str) -> bool:
        """Whether a fact calls someone by what they were before: "Walter Greaves, a
        former soldier", "the retired shipwright Amos Kellet" (a word of former standing
        right before the calling, right after or before their surname)."""
        written = self._names.get(doer, "").split()
        if not written:
            return False
        return _former_calling(written[-1]).search(fact.answer) is not None

    def _deed(self, fact: Fact, doer: str, way: int, about: bool) -> Fact | None:
        """What someone did next (`way` 1) or before (-1), when the last fact has them
        do something: their deed by the frames (see `RoleFollowUps.deed`); asked what
        they did `about` it, the next fact naming them."""
        if about and way > 0:
            # "what did he do about it?" may be done by others for him, and asks what
            # met the thing just told: the next fact naming him, as before the frames
            # ("what did lenin think of stalin?" ... "Stalin and his allies suppressed
            # the testament", not Stalin's next deed by the frames)
            return self._next_of(fact, doer)
        if self._deeds is None:
            return self._next_of(fact, doer) if way > 0 else self._preceding(fact)
        underwent = self._deeds.underwent(fact.id, doer)
        if underwent and way < 0:
            # of what befell them ("when was he thrown out?" "what did he do before
            # that?"): what came before
            return self._preceding(fact)
        # their own deed by the frames, after what they did or what befell them (the
        # next sentence naming them is as often someone else's: "the mayor praised her")
        found = self._deeds.deed(fact.id, doer, way)
        if found is not None:
            return self.pack.fact(found)
        return self._next_of(fact, doer) if way > 0 else None

    def _next_in_role(self, fact: Fact, context: Mapping[str, Any]) -> Fact | None:
        """Who filled the role next, when the last question asked who filled it first:
        "who did she take on first?" "and then?" is the next of that kind with someone
        new in it (`Around.next_of_kind`), not the next sentence, which may tell more of
        the first ones. None when it asked otherwise, or no fact does."""
        terms = context.get("terms") or []
        if self._around is None or context.get("asked") != "person":
            return None
        if self._first.isdisjoint(terms):
            return None
        kinds = self.analyzer.entity_kinds
        asked = [t for t in terms if t not in kinds and t not in self._first]
        found = self._around.next_of_kind(fact.id, asked)
        return self.pack.fact(found) if found is not None else None

    def _next_of(self, fact: Fact, doer: str) -> Fact | None:
        """The next fact in the text's order that names someone, dated no earlier."""
        year = self._years.get(fact.id)
        for other in self.pack.facts[self._order[fact.id] + 1 :]:
            later = self._years.get(other.id)
            if year is not None and later is not None and later < year:
                continue
            if doer in self.index.names(other.id) and not self._retells(fact, other):
                if self._named_only_before(other, doer):
                    continue  # "Edith Marlowe ... to study insects. Instead of insects,
                    # the pupils found ...": told with her, but not of her
                return other
        return None

    def _named_only_before(self, fact: Fact, doer: str) -> bool:
        """Whether a drafted fact names someone only in the sentence told before its own,
        which its answer opens with for a word that leans on it ("Edith Marlowe ... had
        taken her class to the meadow. Instead of insects, the pupils found ..."): its own
        sentence tells nothing of them."""
        own = fact.source.rstrip(" .!?\"'”")
        if not fact.draft or fact.answer.startswith(own) or own not in fact.answer:
            return False
        return doer not in self.analyzer.analyze(own, correct=False).entities

    def _next_step(self, fact: Fact) -> Fact | None:
        """The next step of what a text tells in order, when one of the next few facts
        opens as one ("The next day the wheels go into brine", "After that batch failed,
        ...") and no fact dated later comes first: the sentences between explain the last
        step ("Pressing joins the grains ...") rather than go on from it."""
        i = self._order[fact.id]
        year = self._years.get(fact.id)
        for other in self.pack.facts[i + 1 : i + 1 + _STEP_SPAN]:
            later = self._years.get(other.id)
            if year is not None and later is not None and later != year:
                return None  # the next dated event comes first
            if other.id in self._steps and not self._retells(fact, other):
                return other
            if not self._elaborates(fact, other):
                return None  # a new event comes first: the next sentence goes on
        return None

    def _elaborates(self, fact: Fact, other: Fact) -> bool:
        """Whether a sentence told after a fact goes on about what it told rather than
        telling the next event: it speaks of something the fact names ("The wheels are
        pressed ..." "Pressing joins the grains ...") and moves on by no step word of
        its own ("The form was then checked ..."). "In 1896 a fire broke out ..." "The
        old press survived" names nothing of the fire: what happened next."""
        words = split_words(other.answer.lower())
        if not self.analyzer.step_words.isdisjoint(words) or _carries_on(fact, other):
            return False
        told = self.analyzer.content_terms(fact.answer)[0]
        return not set(told).isdisjoint(self.analyzer.content_terms(other.answer)[0])

    def _retells(self, fact: Fact, other: Fact) -> bool:
        """Whether another fact tells the same event again: the same passage, or the same
        year and mostly the same words ("In 1940, Trotsky was assassinated by ...")."""
        if other.answer == fact.answer or other.source == fact.source:
            return True
        if other.answer in fact.answer:  # told with it ("The worst year came in 1974. ...")
            return True
        if _carries_on(fact, other):
            return False
        if self._years.get(other.id) != self._years.get(fact.id):
            return False
        a = set(self.analyzer.analyze(fact.answer, correct=False).terms)
        b = set(self.analyzer.analyze(other.answer, correct=False).terms)
        return len(a & b) >= _SAME_EVENT * min(len(a), len(b))


_ONE_PERSON = frozenset(["he", "she", "him", "her"])  # "what did she do next?"
# the words calling someone by what they were before: "a former soldier", "a retired clerk"
_FORMER = "former|retired|onetime|one-time|erstwhile|ex-"
# words asking for an event ("what happened next?"), not the last question again ("and then?")
_EVENT_WORDS = frozenset(["happen", "happened", "happens", "do", "did", "does", "came", "come"])
_HIS_SPAN = 3  # sentences after the last answer that may tell his next deed
_STEP_AT = 3  # a step word among a sentence's first words marks it as the next step
_STEP_SPAN = 3  # facts after the last one that may hold the next step
_SAME_EVENT = 0.6  # share of the shorter answer's terms another holds to be a retelling


@lru_cache(maxsize=256)
def _former_calling(surname: str) -> re.Pattern[str]:
    """ "Greaves, a former soldier" or "the retired shipwright Amos Kellet": a word of
    former standing opening a calling put beside the surname (an article before it, so
    not "his former allies")."""
    name = re.escape(surname)
    return re.compile(
        rf"\b{name}(?:'s)?,\s+(?:an?|the)\s+(?:{_FORMER})\b"
        rf"|\b(?:[Aa]n?|[Tt]he)\s+(?:{_FORMER})\s*(?:[a-z-]+\s+){{1,3}}(?:[A-Z][\w.]*\s+){{0,3}}{name}\b"
    )


def _carries_on(fact: Fact, other: Fact) -> bool:
    """Whether another fact is the sentence right after one, drafted with it for a word
    that leans on it ("... took up a glowing lump." "This lump was rolled on a plate."):
    it takes up what that one told and goes on from it, telling no event again."""
    return other.answer.startswith(fact.answer) and other.source not in fact.answer


def _first_year(fact: Fact) -> int | None:
    """The year a fact is dated by (its `date`, else the first year its answer names);
    none for a decade ("by the late 1920s"), which sets no event before or after a year."""
    for text in (fact.date or "", fact.answer):
        found = YEAR.search(text)
        if found:
            return None if found.group(0).endswith("s") else int(found.group(1))
    return None
