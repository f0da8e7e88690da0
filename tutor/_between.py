"""How long between two events the text dates apart: "how long after Lenin died was
Trotsky expelled?", "how many years between his exile and his death?", "how long was
that after the battle?", "how old was she when she opened the school?".

No fact states the span, but two facts date its ends. The line is cut at its connective
("after", "before", "between ... and", "from ... to", "when" of an age) into the two
events; "that" (or an event left unsaid: "how long after he was exiled?") is the last
answer's, and "he" whom the line or the talk names. Each event is dated the way a claimed
span is (`Spans.dated`, tutor/_claim_span.py): the year of the stretch of its fact that
tells it, else the one year its fact gives. An age is the span from the person's birth.

The words are English grammar (english.yaml's `time_units`, dialogue.yaml's temporal
cues), no text's own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ._analyze import Analyzer, Query
from ._claim_slots import Slots, years
from ._claim_span import Spans
from ._content import Fact, Pack
from ._index import Index
from ._noun_kinds import noun_kind
from ._once import Once
from ._phrases import Cues
from ._quantities import quantities
from ._reply import Reply
from ._text import fold, language, split_words

__all__ = ["Between", "Dated", "Spanned"]

# "how long", "how much time", "how many years": a line asking a span
_ASKS = (("how", "long"), ("how", "soon"), ("how", "much", "time"), ("how", "much", "later"))
_AGE = ("how", "old")
# a main clause after the event that sets its time ("... was he killed", "... did she
# leave"): it opens with an auxiliary (English grammar)
_AUXILIARIES = frozenset(["was", "were", "did", "had", "could", "would", "is", "does", "do"])
# a span counted on from the last answer's event: "how many years later was he killed?"
_LATER = frozenset(["later", "afterwards", "afterward", "earlier"])
_RANGE_OPEN = frozenset(["between", "from"])
_RANGE_CLOSE = {"between": frozenset(["and"]), "from": frozenset(["to", "until", "till"])}
# a side that is the last answer's event ("how long was that after ...")
_THAT = frozenset(["that", "this", "it", "then"])
_PERSONAL = frozenset(["he", "she", "him", "her", "his", "hers", "they", "them", "their"])
_OWNERS = frozenset(["his", "her", "their"])  # "her mother": someone the line doesn't name
# a process told in the present ("how long do the leaves sit before they turn?"), not
# two events of a narrative: no dates span it
# "how long does it take", "how long is the canal": a habit or a length, not a span between
# two of the text's past events
_PRESENT = frozenset(["do", "does", "is", "are"])
# what a side may say besides its event ("how long was it", "did it take", "passed")
_FILLER = frozenset(
    ["it", "there", "take", "took", "pass", "passed", "go", "went", "by", "elapse", "elapsed"]
)
# the age asked "then" or "at the time": of the last answer's event
_AT_THAT_TIME = (("then",), ("at", "the", "time"), ("at", "that", "time"), ("by", "then"))
_MIN_COVERAGE = 0.6  # of a side's evidence, the fact dating it must hold
_CLOSE = 0.8  # facts scoring within this share of the best may date it
_MONTHS: tuple[str, ...] = tuple(language()["months"])
_IN_MONTHS = 10  # a span of fewer years is told with its months too ("2 years and 3 months")
_MONTH_DAYS = 30.44  # a month's mean length, for "about 4 months" of 117 days
_HELD = 0.5  # of an event's terms, a fact stating the span must hold
_NAME_WORDS = 4  # words a name before "was born" may run to
_TOLD = 0.05  # a fact already told, among those telling an event alike, is the one meant


@dataclass(frozen=True, slots=True)
class Dated:
    """One end of the span: the fact telling the event, and the year it gives it (None:
    the fact tells the event but gives it no year)."""

    fact: Fact | None
    year: int | None
    asked: Query | None = None  # the event's words as searched; None: the last answer's
    month: int | None = None  # the month and day its fact gives that year, if it does
    day: int | None = None

    def label(self) -> str:
        """The date as the text gives it: "19 September 1388", "May 1866", "1879"."""
        if self.month is None:
            return str(self.year)
        month = _MONTHS[self.month - 1].capitalize()
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"


@dataclass(frozen=True, slots=True)
class Spanned:
    """A line asking the span between two events, read: `kind` "span", "state" (how
    long one lasted: its start and end) or "age" (from `first`, the person's birth),
    and its two ends."""

    kind: str
    first: Dated
    second: Dated

    @property
    def dated(self) -> bool:
        """Whether the text dates both ends, or (of a span, not an age) one of them."""
        ends = (self.first.year, self.second.year)
        if self.first.fact is None or self.second.fact is None:
            return False  # one event the text doesn't tell: not read right, or not there
        return None not in ends or (self.kind != "age" and ends != (None, None))

    @property
    def ordered(self) -> tuple[Dated, Dated]:
        """The two ends, the earlier first (an undated one last)."""
        a, b = sorted(
            (self.first, self.second),
            key=lambda d: (d.year is None, d.year or 0, d.month or 0, d.day or 0),
        )
        return a, b

    def told(self) -> str | None:
        """How long, as the dates the text gives allow: "117 days (about 4 months), from
        19 September 1388 to 14 January 1389"; from years alone, "about" ("About 23
        years, from 1879 to 1902"); None when it dates not both."""
        a, b = self.ordered
        if a.year is None or b.year is None:
            return None
        age = self.kind == "age"
        if age and a is not self.first:
            return None  # an event the text dates before the birth: not read right
        span = f"from {a.label()} to {b.label()}"
        if a.month and b.month and a.day and b.day:
            start, end = date(a.year, a.month, a.day), date(b.year, b.month, b.day)
            years = b.year - a.year - ((b.month, b.day) < (a.month, a.day))
            if age:
                return f"{years} years old, {span}"
            days = (end - start).days
            if days == 0:
                return f"The same day, {a.label()}"
            if years < 2:
                about = round(days / _MONTH_DAYS)
                said = f" (about {_counted(about, 'month')})" if about >= 2 else ""
                return f"{_counted(days, 'day')}{said}, {span}"
            months = (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day) - 12 * years
            more = f" and {_counted(months, 'month')}" if months and years < _IN_MONTHS else ""
            return f"{_counted(years, 'year')}{more}, {span}"
        if a.month and b.month and not age:
            months = (b.year - a.year) * 12 + b.month - a.month
            if months == 0:
                return f"In the same month, {a.label()}"
            if months < 24:
                return f"About {_counted(months, 'month')}, {span}"
        n = b.year - a.year
        if n == 0 and not age:
            return f"In the same year, {a.year}"
        return f"About {_counted(n, 'year')}{' old' if age else ''}, {span}"


class Between:
    """Reads a line asking how long between two dated events, for one pack. Immutable;
    shared by all sessions."""

    def __init__(
        self, pack: Pack, analyzer: Analyzer, index: Index, spans: Spans, slots: Slots, cues: Cues
    ) -> None:
        self.pack = pack
        self.analyzer = analyzer
        self.index = index
        self.spans = spans
        self.slots = slots
        self.kinds = analyzer.entity_kinds
        units = language()["time_units"]
        self._units = frozenset([*units, *(u + "s" for u in units)])
        self._after = tuple(sorted(cues.after | cues.before, key=len, reverse=True))
        self._born = frozenset(spans.reader.terms(["born"]))
        self._lasting = frozenset(language()["lasting_verbs"])
        # the births the text dates, read on the first age asked
        self._born_of: Once[tuple[tuple[str, Dated], ...]] = Once(
            lambda _: self._read_births(), ["births"]
        )
        # what each fact tells of itself, read on its first span (`_tells`)
        self._own: Once[frozenset[str]] = Once(self._read_own, [f.id for f in pack.facts])

    def read(
        self, query: Query, context: Mapping[str, Any], told: Sequence[str] = ()
    ) -> Spanned | None:
        """The two events a line asks the span between, each dated if the text dates it;
        None when the line asks no span between two events it names or leans on. Of
        facts telling an event alike ("expelled" of three steps), one already `told`
        is the one the learner means."""
        words = query.words
        end = self._asked(words)
        if end is None:
            return None
        rest = words[end:]
        if not _PRESENT.isdisjoint(rest):
            return None
        if words[end - 2 : end] == _AGE:
            found = self._age(query, rest, context, told)
        elif (sides := self._sides(rest)) is None:
            # "how long was he in exile?": the state's own two ends
            found = self._whole(query, rest, context)
        else:
            first, second = (self._date(query, side, context, told) for side in sides)
            if first is None or second is None or first == second:
                return None
            found = Spanned("span", first, second)
        if found is None:
            return None
        return replace(found, first=_on_day(found.first), second=_on_day(found.second))

    def answered(self, asked: Spanned, reply: Reply) -> bool:
        """Whether the search's own reply already says how long: a fact giving a span (an
        age) that is the text's word on this one (`states`), or, when the text dates one
        end only, any such fact ("the fen stage lasted roughly 3,000 years")."""
        if reply.kind != "answer" or not reply.fact_ids:
            return False
        fact = reply.fact_ids[0]
        if not self.index.offers(fact, "number" if asked.kind == "age" else "duration"):
            return False
        return asked.told() is None or self.states(asked, fact)

    def states(self, asked: Spanned, fact_id: str) -> bool:
        """Whether a fact is the text's own word on the span asked: it tells the events
        it runs between ("confirmed 110 years after his book appeared"), not another
        span near them ("the siege had lasted 71 days" of "how long after he was wounded
        was it lifted?"). Of an age or a state, the event or state is enough; the last
        answer's event is told by that fact alone."""
        held = frozenset(self.index.held(fact_id))
        ends = (asked.second,) if asked.kind != "span" else (asked.first, asked.second)
        for end in ends:
            if end.asked is None:
                if end.fact is None or end.fact.id != fact_id:
                    return False
                continue
            event = frozenset(t for t in end.asked.terms if self.kinds.get(t) != "person")
            if event and self.spans.reader.share(event, held) < _HELD:
                return False
        return True

    def _asked(self, words: Sequence[str]) -> int | None:
        """Where the words asking a span end ("how long", "how many years"), else None."""
        for i in range(len(words) - 1):
            if words[i] != "how":
                continue
            if words[i : i + 2] == _AGE:
                return i + 2
            for ask in _ASKS:
                if tuple(words[i : i + len(ask)]) == ask:
                    return i + len(ask)
            if words[i + 1] == "many" and i + 2 < len(words) and words[i + 2] in self._units:
                return i + 3
        return None

    def _sides(self, rest: Sequence[str]) -> tuple[Sequence[str], Sequence[str]] | None:
        """The words of the two events, the earlier-said first; an empty side is the
        last answer's event."""
        for i, w in enumerate(rest):
            if w in _RANGE_OPEN:  # "between A and B", "from A to B"
                close = next(
                    (k for k in range(i + 2, len(rest)) if rest[k] in _RANGE_CLOSE[w]), None
                )
                if close is not None and close + 1 < len(rest):
                    return rest[i + 1 : close], rest[close + 1 :]
        if rest and rest[0] in _LATER:  # "how many years later was he killed?"
            return (), rest[1:]
        if rest and rest[0] == "than":  # "how much later than the fire did it close?"
            return self._main(rest[1:])
        for i in range(len(rest)):
            cue = next((c for c in self._after if tuple(rest[i : i + len(c)]) == c), None)
            if cue is None:
                continue
            before, after = rest[:i], rest[i + len(cue) :]
            if not after:
                return None
            if self._content(before) or _THAT & set(before):  # "how long was that after A"
                return after, before
            return self._main(after)
        return None

    @staticmethod
    def _main(words: Sequence[str]) -> tuple[Sequence[str], Sequence[str]]:
        """ "A was B", "A when B" cut in two: B opens at "when", else at the last
        auxiliary past A's first word ("after Lenin died | was Trotsky expelled");
        with neither, B is the last answer's event ("how long after he was exiled?")."""
        if "when" in words[1:]:
            at = words.index("when", 1)
            return words[:at], words[at + 1 :]
        k = next((k for k in range(len(words) - 1, 0, -1) if words[k] in _AUXILIARIES), None)
        if k is None:
            return words, ()
        return words[:k], words[k:]

    def _whole(
        self, query: Query, rest: Sequence[str], context: Mapping[str, Any]
    ) -> Spanned | None:
        """A state's span from the years the text starts and ends it (`Spans.ends`)."""
        if not self._content(rest):
            return None
        who = self._person(query, rest, context)
        kept = [w for w in rest if w not in self._lasting]  # "last", "stay": not the state
        found = self.spans.ends(kept, frozenset(), who, things=True)
        if found is None:
            return None
        (start, opened), (end, closed) = found
        said = self.analyzer.analyze_words(list(rest), correct=False)
        named = {t for t in said.terms if self.kinds.get(t) not in (None, "person")}
        if not named <= self.index.held(opened.id).keys():
            return None  # "in exile in Turkey": the exile's start says no Turkey
        return Spanned("state", Dated(opened, start), Dated(closed, end, said))

    def _content(self, words: Sequence[str]) -> list[str]:
        """The words of a side that say an event, not how the span is asked."""
        stop = self.analyzer.stopwords
        return [w for w in words if w not in stop and w not in _FILLER and w not in _THAT]

    def _date(
        self,
        query: Query,
        side: Sequence[str],
        context: Mapping[str, Any],
        told: Sequence[str],
        who: str | None = None,
    ) -> Dated | None:
        """The fact telling one side's event and its year; the last answer's for a side
        saying only "that"; None when the side names nothing to date."""
        if not self._content(side):
            return self._last(context)
        if side[0] in _OWNERS and len(side) > 1 and noun_kind(side[1]) == "person":
            return None  # "after her mother died": of someone the line names only so
        person = who or self._person(query, side, context)
        said = self.analyzer.analyze_words(list(side), correct=False)
        terms = tuple(dict.fromkeys([*([person] if person else []), *said.terms]))
        event = frozenset(t for t in terms if t not in self.kinds and not self.analyzer.is_year(t))
        if not event and not any(self.kinds.get(t) not in (None, "person") for t in terms):
            return None
        asked = replace(said, terms=terms, qtype="date", context=frozenset(), leans=False)
        hits = [
            h
            for h in self.index.search(asked, dict.fromkeys(told, _TOLD), limit=5)
            if h.coverage >= _MIN_COVERAGE
        ]
        best = hits[0].score if hits else 0.0
        close = [h for h in hits if h.score >= best * _CLOSE]
        # of facts telling the event alike, the one holding most of what was said
        # ("thrown out of the country": the exile from it, not from the party)
        share = self.spans.reader.share
        wanted = frozenset(terms)
        close.sort(key=lambda h: -share(wanted, frozenset(self.index.held(h.fact.id))))
        # the person's own event; else one the text tells naming no one ("did Edda lose
        # the shed to fire?" of "a fire destroyed the east shed"), never another's
        held = self.index.held
        mine = [h for h in close if not person or person in held(h.fact.id)]
        nobody = [h for h in close if not self._names_someone(h.fact.id)]
        for hit in [*mine, *(h for h in nobody if h not in mine)]:
            year = self._year(hit.fact, event)
            # a year only of a fact telling all the event ("lost her blocks" is not
            # "copied them onto blocks"): a wrong figure is worse than none
            if year is not None and self._tells(hit.fact, event):
                return Dated(hit.fact, year, asked)
        if person and not self.spans.ends_life.isdisjoint(event):  # "his death"
            deaths = self.spans.deaths(person)
            if len({y for y, _ in deaths}) == 1:
                return Dated(deaths[0][1], deaths[0][0], asked)
        # told undated, the event itself must be there, not only whom it is of
        tells = [h for h in mine or nobody if self._tells(h.fact, event, 0.5)]
        return Dated(tells[0].fact if tells else None, None, asked)

    def _tells(self, fact: Fact, event: frozenset[str], share: float = 1.0) -> bool:
        """Whether a fact tells the event itself (all of it, or `share` of it)."""
        if share >= 1.0:
            return event <= self._own[fact.id]
        return self.spans.reader.share(event, self._own[fact.id]) >= share

    def _read_own(self, fact_id: str) -> frozenset[str]:
        """The terms a fact holds of itself. A drafted fact's keywords include its
        section's heading ("The riot" on every fact under it, Hester's death too): those
        count only where its own sentence says them, as a span dated by a heading is a
        wrong figure."""
        held = frozenset(self.index.held(fact_id))
        fact = self.pack.fact(fact_id)
        if fact.draft:
            title = next((t.title for t in self.pack.topics if t.id == fact.topic), "")
            held -= self._terms(title) - self._terms(fact.answer)
        return held

    def _terms(self, text: str) -> frozenset[str]:
        return frozenset(self.analyzer.analyze_words(split_words(text), correct=False).terms)

    def _names_someone(self, fact_id: str) -> bool:
        """Whether a fact names a person."""
        return any(self.kinds.get(n) == "person" for n in self.index.names(fact_id))

    def _last(self, context: Mapping[str, Any]) -> Dated | None:
        """The last answer's event, dated as the question that drew it asked it."""
        last = context.get("fact")
        if not isinstance(last, str) or last not in self.pack.by_id:
            return None
        fact = self.pack.fact(last)
        asked = frozenset(
            t
            for t in context.get("terms", ())
            if t not in self.kinds and not self.analyzer.is_year(t)
        )
        return Dated(fact, self._year(fact, asked))

    def _year(self, fact: Fact, event: frozenset[str]) -> int | None:
        """The year a fact gives an event: of the stretch telling it (`Spans.dated`), else
        the one year the fact gives; None when it gives none, or several it can't tell
        apart."""
        told = {y for y, _ in self.spans.dated(fact, event)} if event else set()
        if len(told) == 1:
            return told.pop()
        if told:
            return None
        spans = {s for v in self.slots.values(fact, "date") if (s := _span(v))}
        if len(spans) == 1:
            lo, hi = spans.pop()
            return lo if lo == hi else None
        return None

    def _person(self, query: Query, side: Sequence[str], context: Mapping[str, Any]) -> str | None:
        """Whom a side's "he" or "his" stands for: the person the line names elsewhere,
        else whom the talk is about; the person the side names, if it names one."""
        said = [t for t in self.analyzer.analyze_words(list(side), correct=False).entities]
        own = [e for e in said if self.kinds.get(e) == "person"]
        if own:
            return own[0]
        if _PERSONAL.isdisjoint(side):
            return None
        named = [e for e in query.entities if self.kinds.get(e) == "person"]
        if named:
            return named[0]
        persons = context.get("persons") or []
        return persons[0] if persons else None

    def _age(
        self, query: Query, rest: Sequence[str], context: Mapping[str, Any], told: Sequence[str]
    ) -> Spanned | None:
        """ "how old was she when she opened the school?": from her birth to the event."""
        if "when" in rest:
            at = rest.index("when")
            who, event = rest[:at], rest[at + 1 :]
        else:
            then = next(
                (
                    i
                    for i in range(len(rest))
                    for p in _AT_THAT_TIME
                    if tuple(rest[i : i + len(p)]) == p
                ),
                None,
            )
            if then is None:
                return None
            who, event = rest[:then], ()
        person = self._person(query, who, context)
        births = self._births()
        if person is None and not _PERSONAL.isdisjoint(who) and len(births) == 1:
            person = births[0][0]  # "how old was she ...?" of a text dating one birth
        born = next((b for p, b in births if p == person), None)
        if person is None or born is None:
            return None
        if event:
            said = self.analyzer.analyze_words(list(event), correct=False).entities
            if any(self.kinds.get(e) == "person" for e in said):
                # "how old was Pim when Mara opened the school?": Mara's deed
                dated = self._date(query, event, context, told)
            else:  # "... when she opened the school?", "... when the war ended?"
                dated = self._date(query, (*event, *who), context, told, person)
        else:
            dated = self._last(context)
        if dated is None:
            return None
        return Spanned("age", born, dated)

    def _births(self) -> tuple[tuple[str, Dated], ...]:
        """The births the text dates, each with whose it is."""
        return self._born_of["births"]

    def _read_births(self) -> tuple[tuple[str, Dated], ...]:
        """Of each fact's frames of being born with a year ("Nell, born in 1815, Tobin,
        born in 1818"): whose, the person in the frame, else the one right before "was
        born" ("Ansel Quade was born on 14 March 1788 in ..."); never a guess among the
        others the sentence names ("Edda's son was born in 1850" is not Edda's)."""
        out: dict[str, Dated] = {}
        kinds, is_year = self.kinds, self.analyzer.is_year
        for fact in self.pack.facts:
            if self._born.isdisjoint(self.index.held(fact.id)):
                continue
            for frame in self.spans.reader.frames[fact.id]:
                if frame.predicate not in self._born or frame.negated:
                    continue
                told = {int(t) for t in frame.role("time") if t.isdigit() and is_year(t)}
                roles = (*frame.role("patient"), *frame.role("agent"))
                who = [t for t in roles if kinds.get(t) == "person"][:1] or self._born_one(fact)
                if len(told) == 1 and who and who[0] not in out:
                    out[who[0]] = Dated(fact, told.pop())
        return tuple(out.items())

    def _born_one(self, fact: Fact) -> list[str]:
        """The person a sentence names right before "was born", if one."""
        words = split_words(fold(fact.answer))
        for i in range(1, len(words) - 1):
            if words[i] in ("was", "is") and words[i + 1] == "born":
                named = self.analyzer.analyze_words(words[max(0, i - _NAME_WORDS) : i])
                people = [e for e in named.entities if self.kinds.get(e) == "person"]
                return people[-1:]
        return []


def _counted(n: int, unit: str) -> str:
    """ "1 year", "23 years"."""
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _on_day(dated: Dated) -> Dated:
    """The event with the month and day its fact gives its year ("on 19 September
    1388"), when the fact gives that year one date only."""
    if dated.fact is None or dated.year is None:
        return dated
    days = {
        (min(q.months), q.day)
        for q in quantities(split_words(fold(dated.fact.answer)))  # "2 January", as written
        if q.kind == "date" and q.year == dated.year and len(q.months) == 1
    }
    if len(days) != 1:
        return dated
    month, day = days.pop()
    return replace(dated, month=month, day=day)


def _span(value: str) -> tuple[int, int] | None:
    """A "1924-1924" year span of `Slots.values`, as two years."""
    lo, _, hi = value.partition("-")
    if not (lo.isdigit() and hi.isdigit()):
        return years(value)
    return int(lo), int(hi)
