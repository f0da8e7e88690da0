"""Who and when: a pack's dated facts in order, and its people with the facts that tie them.

Pure data for the REPL's /timeline and /people (repl.py draws them). Dates and names come
from the pack's facts and entities, never from code, so another pack gets its own timeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._content import Fact, Pack
from ._text import fold

__all__ = ["Event", "Person", "people", "timeline", "when"]

_DATE = re.compile(r"\b(early|mid|late)?[\s-]*(\d{3,4})(s)?\b")
_PART_OF_DECADE = {"early": 1.5, "mid": 4.5, "late": 7.5, None: 5.0}


@dataclass(frozen=True, slots=True)
class Event:
    """One date on the timeline and the facts that happened then, in the pack's order.

    Attributes:
        label: the date as the pack writes it ("1926", "late 1920s").
        year: where it sits on the time axis (a decade sits at its middle, "late" later).
        facts: the facts with this date.
    """

    label: str
    year: float
    facts: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class Person:
    """Someone the pack names, the facts that mention them, and who they share facts with.

    Attributes:
        name: the name the pack uses.
        aliases: other names learners use.
        facts: the facts whose answer mentions the person, in the pack's order.
        ties: other people mentioned in those facts, with how many facts they share,
            most shared first.
    """

    name: str
    aliases: tuple[str, ...]
    facts: tuple[Fact, ...]
    ties: tuple[tuple[str, int], ...]


def when(label: str) -> float | None:
    """Where a date label sits on a time axis: "1926" -> 1926, "late 1920s" -> 1927.5.

    None when the label has no year in it (such facts stay off the timeline).
    """
    match = _DATE.search(label.lower())
    if match is None:
        return None
    part, digits, decade = match.groups()
    year = float(digits)
    if decade:
        return year + _PART_OF_DECADE[part]
    return year


def timeline(pack: Pack) -> list[Event]:
    """The pack's dated facts grouped by date, earliest first."""
    groups: dict[str, list[Fact]] = {}
    for fact in pack.facts:
        if fact.date is not None and when(fact.date) is not None:
            groups.setdefault(fact.date, []).append(fact)
    events = [Event(label, when(label) or 0.0, tuple(facts)) for label, facts in groups.items()]
    return sorted(events, key=lambda e: e.year)


def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted({fold(n) for n in names if n.strip()}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in alternatives) + r")\b")


def people(pack: Pack) -> list[Person]:
    """The pack's people, those mentioned most first, each with the facts that name them."""
    persons = [e for e in pack.entities if e.kind == "person"]
    patterns = {p.name: _pattern((p.name, *p.aliases)) for p in persons}
    answers = [(fact, fold(fact.answer)) for fact in pack.facts]
    mentions = {
        name: tuple(fact for fact, text in answers if pattern.search(text))
        for name, pattern in patterns.items()
    }
    ids = {name: {f.id for f in facts} for name, facts in mentions.items()}
    out = []
    for person in persons:
        facts = mentions[person.name]
        ties: dict[str, int] = {}
        for other, theirs in ids.items():
            shared = len(ids[person.name] & theirs) if other != person.name else 0
            if shared:
                ties[other] = shared
        ranked = tuple(sorted(ties.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(Person(person.name, person.aliases, facts, ranked))
    return sorted(out, key=lambda p: -len(p.facts))
