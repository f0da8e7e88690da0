"""Who and when: a pack's dated facts in order, and its people with the facts that tie them.

Pure data and its drawing as styled lines, for the REPL's /timeline and /people. Dates and
names come from the pack's facts and entities, never from code, so another pack gets its own
timeline.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from ._content import Fact, Pack
from ._render import Line, plain, wrap
from ._text import fold

__all__ = ["Event", "Person", "draw_people", "draw_timeline", "people", "timeline", "when"]

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


# --- drawing ---------------------------------------------------------------------------------


def draw_timeline(events: list[Event], width: int = 80) -> list[Line]:
    """The dated facts as an axis (earliest to latest, to scale) and a list down the page."""
    if not events:
        return [[("class:note", "This pack has no dated facts, so there is no timeline.")]]
    width = max(40, width)
    lines: list[Line] = []
    first, last = events[0].year, events[-1].year
    span = max(last - first, 1.0)
    axis_width = min(width - 2, 72)
    cells = ["─"] * axis_width
    labels = [" "] * (axis_width + 8)
    free_from = 0
    for event in events:
        pos = round((event.year - first) / span * (axis_width - 1))
        cells[pos] = "●"
        label = event.label if len(event.label) <= 6 else str(int(event.year))
        start = min(pos, axis_width - len(label))
        if start >= free_from and (event.label[:1].isdigit() or event is events[-1]):
            labels[start : start + len(label)] = list(label)
            free_from = start + len(label) + 1
    lines.append([("class:timeline.year", "".join(labels).rstrip())])
    lines.append([("class:timeline.axis", "".join(cells))])
    lines.append([])
    column = max(len(e.label) for e in events) + 1
    text_width = max(20, width - column - 2)
    for i, event in enumerate(events):
        for j, fact in enumerate(event.facts):
            label = event.label if j == 0 else ""
            for k, piece in enumerate(_fill(fact.answer, text_width)):
                mark = "● " if k == 0 else "│ "
                lines.append(
                    [
                        ("class:timeline.year", (label if k == 0 else "").ljust(column)),
                        ("class:timeline.axis", mark),
                        ("class:answer", piece),
                    ]
                )
        if i < len(events) - 1:
            lines.append([("", " " * column), ("class:timeline.axis", "│")])
    return lines


def draw_people(persons: list[Person], name: str = "", width: int | None = 80) -> list[Line]:
    """Who is who: each person, whom they share facts with, and the facts that tie them.

    With a name, every fact about that one person.
    """
    text_width = max(30, (width or 80) - 4)
    if not persons:
        return [[("class:note", "This pack names no people.")]]
    if name:
        wanted = fold(name)
        match = next(
            (p for p in persons if wanted in (fold(n) for n in (p.name, *p.aliases))),
            None,
        ) or next((p for p in persons if fold(p.name).startswith(wanted)), None)
        if match is None:
            known = ", ".join(p.name for p in persons)
            return [[("class:note", f"No one called '{name}' in this pack. People: {known}.")]]
        lines = _person_head(match, width)
        for fact in match.facts:
            lines += _bullet(fact.answer, text_width)
        return lines
    lines = []
    for person in persons:
        lines += _person_head(person, width)
        others = {n for n, _ in person.ties}
        tying = [f for f in person.facts if others and _mentions_other(f.answer, person, others)]
        for fact in (tying or list(person.facts))[:2]:
            lines += _bullet(fact.answer, text_width)
    lines += wrap("/people NAME shows every fact about one person.", width, "class:note")
    return lines


def _mentions_other(answer: str, person: Person, others: set[str]) -> bool:
    text = fold(answer)
    return any(fold(o) in text for o in others if o != person.name)


def _person_head(person: Person, width: int | None) -> list[Line]:
    names = [a.title() if a.islower() else a for a in person.aliases[:2]]
    also = f" ({', '.join(names)})" if names else ""
    ties = ", ".join(f"{n} {c}" for n, c in person.ties[:4])
    facts = f"{len(person.facts)} fact{'s' if len(person.facts) != 1 else ''}"
    rest = f": {facts}" + (f"; shares facts with {ties}" if ties else "")
    line: Line = [("class:person", person.name), ("class:note", also + rest)]
    if width is None or len(plain([line])) <= width:
        return [line]
    return [[("class:person", person.name)], *wrap("  " + (also + rest).strip(), width, "")]


def _bullet(text: str, width: int) -> list[Line]:
    return [
        [("class:timeline.axis", "  • " if i == 0 else "    "), ("class:answer", piece)]
        for i, piece in enumerate(_fill(text, width))
    ]


def _fill(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
