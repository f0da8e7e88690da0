"""Whom "he", "they", "the group" and "the right one" stand for, and what "there" and
"it" are: the referents a follow-up leans on, read from the last answer, and what a
fact leaves them as once it has answered.

The Context reads the roles a follow-up asks of the last event; this reads only who and
what its words point back to. It holds nothing of any one conversation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._frames import Frame
from ._index import Index
from ._list_items import position_of
from ._noun_kinds import noun_kind
from ._person_genders import meant_first, person_genders
from ._reading import PackReading
from ._text import looks_plural, stem

__all__ = ["IT", "PERSON_PRONOUNS", "PLURAL", "THING_PRONOUNS", "Referents", "Said"]

PERSON_PRONOUNS = frozenset(["he", "him", "his", "she", "her", "hers", "they", "them", "their"])
PLURAL = frozenset(["they", "them", "their", "theirs"])
THING_PRONOUNS = frozenset(["it", "its", "that", "this", "those", "these"])
IT = frozenset(["it", "its"])  # a thing, often the one just answered ("what happened to it?")
_PLURAL_MAX = 3  # people "they" may stand for
_GIVEN_MAX = 2  # names an answer gave that a follow-up about "that" event may carry
_DEFINITE = frozenset(["the", "that", "this", "their"])  # "the group": the one just named
_ONES = frozenset(["one", "ones"])  # "the right one": a word the last question said
_AMONG = frozenset(["of", "among", "amongst"])  # "which of them": one of its people
_NOT_DOERS = frozenset(["who", "member", "members"])  # person words that describe no deed
_YEARS = frozenset(["year", "years"])
_AT_THAT_TIME = (("what",), ("who",), ("which",))  # "who ran it then?": a final "then" as then
_DEEDS = frozenset(["do", "did", "does"])  # "what did he do then?": what he did next
_HE_SHE = frozenset(["he", "she"])
_HIS_SIDE = frozenset(["he", "him", "his"])  # a line saying one of each names two people
_HER_SIDE = frozenset(["she", "her", "hers"])


@lru_cache(maxsize=256)
def _appositive(surname: str) -> re.Pattern[str]:
    """A name and the description set off after it: "Mercader, an NKVD agent"."""
    return re.compile(rf"\b{re.escape(surname)}, (?:a|an|the) ((?:[\w'-]+ ?){{1,5}})")


@lru_cache(maxsize=256)
def _set_before(forename: str) -> re.Pattern[str]:
    """A description set right before a name: "her elder brother, Pieter Ostvald", "the
    historian Clemens Aubry" (a few lower-case words after a determiner)."""
    return re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|\w+'s) ((?:[a-z][\w'-]* ){{0,3}}[a-z][\w'-]*),? "
        rf"{re.escape(forename)}\b"
    )


@dataclass(frozen=True, slots=True)
class Said:
    """A follow-up's terms with its referents added, the pronouns it leans on (some read
    from a description: "the killer" is "him"), and the people "he" may stand for."""

    terms: tuple[str, ...]
    pronouns: frozenset[str]
    persons: tuple[str, ...]


class Referents(PackReading):
    """Reads and remembers what a follow-up's words point back to, for one pack.
    Immutable; shared by every session."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
        genders: Mapping[str, str] | None = None,
    ) -> None:
        """`genders`: as `person_genders` reads them, when another part has already."""
        super().__init__(pack, analyzer, index, frames_of)
        # whom the text says "she" or "he" of: "he" is never a woman just named
        self._genders = person_genders(pack, analyzer, index) if genders is None else genders

    @property
    def genders(self) -> Mapping[str, str]:
        """Whom the text says "she" or "he" of (see `person_genders`), for the readings
        that choose among people by it too."""
        return self._genders

    def read(self, query: Query, context: Mapping[str, Any]) -> tuple[Query, Said]:
        """A follow-up with "the right one" read as the name it stands for, and what its
        "he", "they", "there" and "it" stand for after the last answer (`context`)."""
        query = self._year(self._one(query, context), context)
        query, then = self._then(query, context)
        terms = list(query.terms)
        pronouns = set(query.pronouns)
        span = self._analyzer.then_phrase(query.words)
        if span is not None:  # "how did Stalin see him at that point?": "that" is the
            # time of what was just told (read as a year, when it gives one), no thing
            # whose words the line carries
            outside = query.words[: span[0]] + query.words[span[1] :]
            pointed = {p for p in pronouns if p in THING_PRONOUNS and p not in outside}
            pronouns -= pointed
        if self._described(query.words) and not query.entities:
            pronouns.add("him")  # "what happened to the killer?": the one just named
        if context.get("groups") and self._a_group(query):
            pronouns.add("they")  # "what was the Troika?" "what did the group do?"
        if (
            query.words[-1:] == ("then",)
            and not query.entities
            and all(self._analyzer.generality(w) < 0.5 for _, w in query.surface)
        ):
            # "what happened then?": at that time
            pronouns.add("that")  # (not "so why did he lose then?": "then" as "so")
        persons = [p for p in context.get("persons", []) if p not in query.entities]
        if self._named_before_he(query):
            persons = []  # "no, I meant Trotsky: where did he end up?": he is Trotsky
        persons = self._whose_life(query, persons)
        persons = meant_first(persons, pronouns, self._genders)  # "he": not her
        # "they" is the group, but "which of them" asks among its people
        group = [] if self._partitive(query.words) else context.get("groups", [])
        group = group if pronouns & PLURAL else []
        if group:  # "what was the Troika?" "what did they do?": the Troika
            terms.append(group[0])
        elif pronouns & PERSON_PRONOUNS and persons:
            mates = self._mates(context.get("fact"), persons[0]) if pronouns & PLURAL else []
            alone = pronouns <= PLURAL and len(persons) == 1 and not mates
            # "who did Ashby hire?" "what did they do?": one person is no "they"; the
            # people the answer gave by a plural noun are ("200 armed guards")
            plural = self._plural_things(context) if alone else []
            if plural:
                terms.extend(plural)
            else:
                terms.append(persons[0])
            if pronouns & PLURAL and not plural:  # "what happened to them?" after two
                terms.extend(mates or persons[1:_PLURAL_MAX])
            elif pronouns & _HIS_SIDE and pronouns & _HER_SIDE:
                terms.extend(persons[1:2])  # "what did he let her do?": two people
        elif pronouns & PLURAL:  # no one to stand for: "when were they fixed?" (the signs)
            terms.extend(self._plural_things(context))
        if "there" in pronouns and context.get("places"):
            terms.append(context["places"][0])
        things = context.get("things", []) if pronouns & IT else []
        if things:  # "what did Lenin write?" "what happened to it?": the testament
            terms.extend(things)
        terms.extend(then)
        return query, Said(tuple(terms), frozenset(pronouns), tuple(persons))

    def _whose_life(self, query: Query, persons: list[str]) -> list[str]:
        """The people "he" may stand for, the one whose death (birth, funeral) the text
        tells first when the line says "his death": "Trotsky was assassinated by Mercader"
        "what did his death mean?" is Trotsky's, whoever was talked of last."""
        words = query.words
        events = self._analyzer.life_events
        owned = [
            t for t, k in query.spans if t in events and k > 0 and words[k - 1] in ("his", "her")
        ]
        if not owned or len(persons) < 2:
            return persons
        told = self._index.roles.told_of
        return sorted(persons, key=lambda p: told(owned[0], p) is not True)

    def _named_before_he(self, query: Query) -> bool:
        """Whether a line names one person and then says 'he' or 'she' of them: "Kessling,
        what did she do next?" leans on no one else."""
        kinds = self._analyzer.entity_kinds
        named = [k for t, k in query.spans if kinds.get(t) == "person"]
        if len({t for t in query.entities if kinds.get(t) == "person"}) != 1 or not named:
            return False
        return any(w in _HE_SHE for w in query.words[named[0] + 1 :])

    def _year(self, query: Query, context: Mapping[str, Any]) -> Query:
        """ "and two years later?", "what else happened that year?": the year counted from
        the last answer's date, in place of the words that count it."""
        last = context.get("fact")
        if not isinstance(last, str) or last not in self._pack.by_id:
            return query
        told = self._pack.fact(last).date or ""
        words, analyzer = query.words, self._analyzer
        if not told.isdigit():
            return query  # no year to count from ("the late 1920s")
        counts, shifts = analyzer.count_words, analyzer.year_shifts
        for k, word in enumerate(words):
            if word not in _YEARS:
                continue
            before, after = words[k - 1] if k else "", words[k + 1 : k + 2]
            shift = shifts.get(after[0], 0) if after else 0
            if before in analyzer.same_year_words:  # "that year": the same one
                moved = 0
            elif before.isdigit() and shift:  # "3 years later"
                moved = int(before) * shift
            elif before in counts and shift:  # "two years later", "a year before"
                moved = counts[before] * shift
            elif before in counts and counts[before] in (1, -1):  # "the next year"
                moved = counts[before]
            elif before in ("the", "") and shift:  # "the year after"
                moved = shift
            else:
                continue
            used = {before, word, *(after if shift else ())}
            dropped = {t for t, w in query.surface if w in used}
            year = str(int(told) + moved)
            terms = (*[t for t in query.terms if t not in dropped], year)
            return replace(query, terms=tuple(dict.fromkeys(terms)), leans=True)
        return query

    def _then(self, query: Query, context: Mapping[str, Any]) -> tuple[Query, list[str]]:
        """A line without the words of its "by then" ("at that point": no "point" to look
        for), and the year that stands for them: the one the last answer is dated by ("who
        was his ally at the time?" after an expulsion in 1926), or the decade it names.
        The line as it is, and no year, when the last answer gives none or the line names
        a year of its own."""
        last = context.get("fact")
        analyzer = self._analyzer
        at = analyzer.then_phrase(query.words)
        words = query.words
        if at is None and words[-1:] == ("then",) and words[:1] in _AT_THAT_TIME:
            # "what happened to the volunteers then?": at that time ("so why did he lose
            # then?" is "so"; "what did he do then?" asks his next deed)
            at = (len(words) - 1, len(words)) if _DEEDS.isdisjoint(words) else None
        if at is None or any(map(analyzer.is_year, query.terms)):
            return query, []
        if not isinstance(last, str) or last not in self._pack.by_id:
            return query, []
        told = self._pack.fact(last).date or ""
        years = [told] if told.isdigit() else sorted(self._index.offered(last, "date"))
        if not years:
            return query, []
        inside = {t for t, k in query.spans if at[0] <= k < at[1]}
        outside = {t for t, k in query.spans if not at[0] <= k < at[1]}
        terms = tuple(t for t in query.terms if t not in inside - outside)
        return replace(query, terms=terms), years

    def _plural_things(self, context: Mapping[str, Any]) -> list[str]:
        """What "they" are when the last answer names no one: a plural noun of it, the one
        it gave as the thing done ("what did the districts install?" "what difference did
        they make?": the sensors), else one the last question asked of ("the information
        signs"), else its first ("Two fair wardens ... ran the fair" "who appointed
        them?")."""
        things = list(context.get("things", []))
        last = context.get("fact")
        if not isinstance(last, str) or last not in self._pack.by_id:
            return things[:1]
        told = self._analyzer.analyze(self._pack.fact(last).answer, correct=False)
        kinds = self._analyzer.entity_kinds
        plural = [
            term
            for term, word in told.surface
            if looks_plural(word) and term not in kinds and noun_kind(word) is not None
        ]
        given = [t for t in plural if t in things]  # not "four" of "four lock gates"
        asked = [t for t in plural if t in context.get("terms", [])]
        return (given or asked or plural)[:1]

    def _mates(self, last: Any, first: str) -> list[str]:
        """Who "they" are with the first person the last answer named: the people in
        the same role beside them ("aligned himself with Zinoviev and Kamenev, who feared
        Trotsky": Zinoviev and Kamenev, not Trotsky)."""
        if not isinstance(last, str) or last not in self._pack.by_id:
            return []
        kinds = self._analyzer.entity_kinds
        for frame in self._frames_of(last):
            for names in frame.roles.values():
                people = [n for n in names if kinds.get(n) == "person"]
                if first in people and len(people) > 1:
                    return [n for n in people if n != first][: _PLURAL_MAX - 1]
        return []

    def _one(self, query: Query, context: Mapping[str, Any]) -> Query:
        """ "the right one" after "who led the opposition?" (or "... the Left
        Opposition?"): "one" stands for a word the last question said, and with the word
        before it names something of the pack ("right opposition"); the line names that,
        as if said in full."""
        words = query.words
        at = next((k for k in range(1, len(words)) if words[k] in _ONES), None)
        if at is None:
            return query
        before = stem(words[at - 1])
        phrases = self._analyzer.phrases
        said = list(context.get("terms", []))
        # "the left opposition" "and the right one?": the last word of a name said
        names = self._analyzer.entity_names
        said += [stem(names[t].split()[-1]) for t in said if " " in names.get(t, "")]
        for term in said:
            named = phrases.get((before, term))
            if named is not None and named in self._analyzer.entity_kinds:
                terms = [t for t in query.terms if t != before and t != named]
                fragment = (
                    ("what", "about") if self._analyzer.qwords.keys().isdisjoint(words) else ()
                )
                return replace(
                    query,
                    words=(*fragment, *words[: at - 1], named, *words[at + 1 :]),
                    terms=(*terms, named),
                    entities=(*query.entities, named),
                )
        return query

    def _partitive(self, words: Sequence[str]) -> bool:
        """Whether a line picks among people: "which of them", "who among them"."""
        return any(words[k] in _AMONG and words[k + 1] in PLURAL for k in range(len(words) - 1))

    def _a_group(self, query: Query) -> bool:
        """Whether a line names a group by a common noun ("the group", "that alliance")
        and no group by name: the one the talk is about."""
        kinds = self._analyzer.entity_kinds
        if any(kinds.get(e) == "group" for e in query.entities):
            return False
        words = query.words
        groups = self._analyzer.group_words
        return any(
            words[k] in _DEFINITE and (words[k + 1] in groups or noun_kind(words[k + 1]) == "group")
            for k in range(len(words) - 1)
        )

    def _described(self, words: Sequence[str]) -> bool:
        """Whether a line names someone by what they did: "the killer", "the assassin"."""
        kinds = self._analyzer.type_words
        return any(
            words[k] == "the"
            and kinds.get(words[k + 1]) == "person"
            and words[k + 1] not in _NOT_DOERS
            for k in range(len(words) - 1)
        )

    def remembered(self, query: Query, fact: Fact) -> dict[str, Any]:
        """What the conversation is about after a fact answered a question: the fact,
        whom "he" and "they" mean next, the place "there" is, the thing "it" is."""
        analyzer = self._analyzer
        told = analyzer.analyze(fact.answer, correct=False).entities
        new = [e for e in told if e not in query.entities]
        said = [e for e in query.terms if e in analyzer.entity_kinds]
        own = [e for e in said if e not in query.context]  # named now, not carried over
        # "who was Bukharin?" is about Bukharin, whoever the answer names; "who killed
        # Trotsky?" is about the one the answer names ("where was he from?"); "when was
        # Trotsky expelled?" is about Trotsky, whoever did the expelling
        about = bool(said) and (
            all(t in analyzer.entity_kinds for t in query.terms) or query.qtype != "person"
        )
        # whom "he" stood for stays whom the talk is about: "when did Stalin ally with
        # him?" (Bukharin), then "what happened to him?" is Bukharin again
        meant = [e for e in said if e not in query.entities and e not in query.context]
        if not about and query.qtype == "person":
            # "who was exiled in 1929?" "the exile of Trotsky" (in a step of Stalin's): the
            # one in the event asked about is the answer, and "he" next
            asked = set(query.terms)
            doers = {
                t
                for f in self._frames_of(fact.id)
                if f.predicate in asked
                for v in f.roles.values()
                for t in v
            }
            # "who was the NKVD agent?" "Trotsky was assassinated by Ramón Mercader, an
            # NKVD agent": the one the answer describes in the question's words
            described = {e for e in new if self._described_as(fact, e, asked)}
            new = sorted(new, key=lambda e: (e not in described, e not in doers))
        first = meant + said if about else new + said
        ranked = list(dict.fromkeys(first + list(told)))
        kinds = analyzer.entity_kinds
        # "there" is a place, else a gathering the answer names ("at the 13th Congress")
        places = [e for e in ranked if kinds[e] == "place"]
        places += [e for e in ranked if kinds[e] == "event"]
        picked: list[str] = []  # the place of a list the question picked ("go first")
        if self._index.lists(fact.id):
            picked = self._place_meant(query, [e for e in told if kinds[e] == "place"])
            places = list(dict.fromkeys(picked + places))
        return {
            "fact": fact.id,
            "topic": fact.topic,
            "terms": list(query.terms),
            "setting": sorted(analyzer.time_setting(query)),  # "after he died": when
            "persons": [e for e in ranked if kinds[e] == "person"],
            "places": places,
            "groups": self._groups(query, own),  # "they" next
            "things": self._things_given(query, fact),
            "given": new[:_GIVEN_MAX],
            "picked": picked[:1],
            "asked": query.qtype or "",  # "and afterwards?" asks it again (Context)
        }

    def _described_as(self, fact: Fact, who: str, asked: set[str]) -> bool:
        """Whether a fact's answer describes someone, right after their name, in words
        of a question ("Ramón Mercader, an NKVD agent" of "who was the NKVD agent?")."""
        written = self._analyzer.entity_names.get(who, "").split()
        if not written or not asked:
            return False
        found = _appositive(written[-1]).search(fact.answer)
        found = found or _set_before(written[0]).search(fact.answer)
        if found is None:
            return False
        said = self._analyzer.analyze(found.group(1), correct=False).terms
        return not asked.isdisjoint(said)

    def _groups(self, query: Query, own: Sequence[str]) -> list[str]:
        """The group "they" stands for next: one the learner named ("what was the
        Troika?"), or one a pronoun carried on ("who was in it?"); not one a bare "how?"
        carried along with the rest of the last question ("the party")."""
        kinds = self._analyzer.entity_kinds
        named = [e for e in own if kinds[e] == "group"]
        if not named and set(query.pronouns) & (PLURAL | THING_PRONOUNS):
            named = [e for e in query.terms if kinds.get(e) == "group" and e in query.context]
        return named[:1]

    def _place_meant(self, query: Query, listed: list[str]) -> list[str]:
        """Which of a list of places the question picked, so "there" next is that one:
        the last for "where did he end up?", the one after Norway for "where did he go
        after Norway?" (before it, for "before")."""
        if not self._analyzer.last_words.isdisjoint(query.words):
            return listed[::-1]
        position = position_of(query.words, self._analyzer.ordinal_positions)
        if position is not None and position > 0:  # "where did he go first?", "second?"
            return listed[position - 1 : position]
        if position == 0 and len(listed) % 2:  # "and the middle one?"
            return [listed[len(listed) // 2]]
        for k, name in enumerate(listed):
            if name not in query.entities:
                continue
            if "after" in query.words and k + 1 < len(listed):
                return [listed[k + 1]]
            if "before" in query.words and k > 0:
                return [listed[k - 1]]
        return []

    def _things_given(self, query: Query, fact: Fact) -> list[str]:
        """What the answer gave as the thing done of the verb asked: "what did Lenin
        write?" is answered with his testament, and "it" next is that testament."""
        asked = set(query.terms)
        kinds = self._analyzer.entity_kinds
        things: list[str] = []
        for frame in self._frames_of(fact.id):
            if frame.predicate not in asked:
                continue
            given = [
                t for t in frame.role("patient") if t not in asked and kinds.get(t) != "person"
            ]
            things.extend(given[:1])  # the head of the object, not every word after it
        head = _kind_asked(query.words) if query.qtype == "thing" else ""
        if head:
            # "what spray did they use?" "Velotrin, a new crop spray ...": the thing the
            # answer names as one of that kind, which the question did not, is "it" next
            # ("who sold it?"), whatever kind of name it was drafted as (a boat may read
            # as a place)
            told = self._analyzer.analyze(fact.answer, correct=False).entities
            names, answer = self._analyzer.entity_names, fact.answer.lower()
            things.extend(
                e
                for e in told
                if kinds.get(e) != "person"
                and e not in asked
                and _set_beside(answer, names.get(e, e).lower(), head)
            )
        return list(dict.fromkeys(things))


_AUXILIARIES = frozenset(["did", "does", "do", "was", "were", "is", "are", "had", "has", "have"])


def _kind_asked(words: Sequence[str]) -> str:
    """The noun a question asks for a thing by: "spray" of "what spray did they use?",
    "lifeboat" of "which motor lifeboat was bought?" (a word or three between "what" and
    the verb); "" for "what happened in 1940?" or "what did he write?"."""
    if words[:1] not in (("what",), ("which",)):
        return ""
    at = next((k for k, w in enumerate(words[:5]) if w in _AUXILIARIES), None)
    return words[at - 1] if at is not None and at >= 2 else ""


@lru_cache(maxsize=256)
def _apposition(name: str, head: str) -> re.Pattern[str]:
    """A name set beside a noun of its kind: "Velotrin, a new crop spray", "a motor
    lifeboat, the Kittiwake", "the barge called the Maryanne"."""
    name, head = re.escape(name), re.escape(head)
    return re.compile(
        rf"\b{name},? (?:a|an|the) (?:[\w'-]+ ){{0,3}}{head}"
        rf"|\b{head}(?:s)?(?:,| called| named| known as) (?:the )?{name}\b"
    )


def _set_beside(answer: str, name: str, head: str) -> bool:
    """Whether an answer names a thing as one of the kind asked (see `_apposition`)."""
    return bool(name) and _apposition(name, head).search(answer) is not None
