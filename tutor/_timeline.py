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

__all__ = [
    "Event",
    "Person",
    "draw_people",
    "draw_timeline",
    "merged",
    "people",
    "timeline",
    "when",
]

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
        called: their full name as the text writes it ("Leon Trotsky"), else `name`.
        about: who they are, in the text's own words ("a charismatic revolutionary and
            Lenin's close associate"), or "" when the text never says so in one phrase.
    """

    name: str
    aliases: tuple[str, ...]
    facts: tuple[Fact, ...]
    ties: tuple[tuple[str, int], ...]
    called: str = ""
    about: str = ""


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
    """The pack's dated facts grouped by date, earliest first; of facts that tell the same
    event, the one that tells the most."""
    groups: dict[str, list[Fact]] = {}
    for fact in pack.facts:
        if fact.date is not None and when(fact.date) is not None:
            groups.setdefault(fact.date, []).append(fact)
    events = [
        Event(label, when(label) or 0.0, tuple(merged(facts))) for label, facts in groups.items()
    ]
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
    # the source text first (its own words), then the facts' answers
    texts = tuple(_straight(t) for t in (*pack.sources, *(f.answer for f in pack.facts)))
    out = []
    for person in persons:
        facts = mentions[person.name]
        ties: dict[str, int] = {}
        for other, theirs in ids.items():
            shared = len(ids[person.name] & theirs) if other != person.name else 0
            if shared:
                ties[other] = shared
        ranked = tuple(sorted(ties.items(), key=lambda kv: (-kv[1], kv[0])))
        called, about = _described(person.name, person.aliases, texts)
        out.append(Person(person.name, person.aliases, facts, ranked, called, about))
    return sorted(out, key=lambda p: -len(p.facts))


# "Leon Trotsky, a charismatic revolutionary and Lenin's close associate, seemed ...";
# "Grigory Zinoviev and Lev Kamenev, two senior Bolsheviks who ..."; "Mercader was an agent"
_APPOSITIVE = (
    r"(?P<who>{names})(?P<pair>\s+and\s+(?:[A-Z][\w'-]*\s+){{0,2}}[A-Z][\w'-]*)?"
    r"\s*,\s*(?P<what>(?:an?|two|both|the)\s+[^,.;:()]{{3,90}}?)\s*[,.;:]"
)
_PREDICATE = r"(?P<who>{names})\s+(?:was|is)\s+(?P<what>(?:an?|the)\s+[^,.;:()]{{3,90}}?)\s*[,.;:]"
_OPENING = 6  # words at the start of a fact in which a person opens it
_TOLD_BY = 0.7  # share of a fact's words another, longer fact says, for it to add nothing
_NOT_ABOUT = frozenset(["to", "of", "from", "against", "than", "as", "like"])  # "disloyal to X, a"


def _described(name: str, aliases: tuple[str, ...], texts: tuple[str, ...]) -> tuple[str, str]:
    """Who someone is, as the text says it in one phrase (an appositive, else "X was a
    ..."), and the name it writes them by there. Texts are tried in order."""
    names = "|".join(re.escape(n) for n in sorted({name, *aliases}, key=len, reverse=True))
    called = next(
        (found for n in aliases if " " in n for t in texts if (found := _find(n, t))),
        name,
    )
    for template in (_APPOSITIVE, _PREDICATE):
        pattern = re.compile(template.format(names=f"(?i:\\b(?:{names})\\b)"))
        for text in texts:
            for match in pattern.finditer(text):
                before = text[: match.start()].split()[-1:]
                if before and before[0].lower() in _NOT_ABOUT:
                    continue
                what = " ".join(match.group("what").split())
                if match.group("pair") or what.split()[0] in ("two", "both"):
                    what = "one of " + what.removeprefix("both ")
                who = match.group("who")
                return (who if " " in who else called), what
    return called, ""


def _straight(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _find(name: str, text: str) -> str | None:
    """`name` as `text` writes it, accents and case as there ("Ramón Mercader")."""
    folded = fold(text)
    if len(folded) != len(text):  # a letter that folds to two: only an exact match
        folded = text.lower()
    match = re.search(r"\b" + re.escape(fold(name)) + r"\b", folded)
    return text[match.start() : match.end()] if match else None


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
    """Who is who, one line each in the text's own words; with a name, every fact about
    that one person."""
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
        shown = _said_of(match)
        for fact in merged(match.facts):
            if fact.answer != shown:
                lines += _bullet(fact.answer, text_width)
        return lines
    lines = []
    for person in persons:
        lines += _person_head(person, width)
    lines += wrap("/people NAME shows every fact about one person.", width, "class:note")
    return lines


def _person_head(person: Person, width: int | None) -> list[Line]:
    """ "Leon Trotsky: a charismatic revolutionary ...", else the first fact naming them."""
    called = person.called or person.name
    about = _said_of(person)
    line: Line = [("class:person", called), ("class:note", f": {about}" if about else "")]
    if width is None or len(plain([line])) <= width:
        return [line]
    lead = len(called) + 2
    rest = wrap(about, max(20, width - lead) if lead < width // 2 else width - 2, "class:note")
    first, *more = rest
    out: list[Line] = [[("class:person", called), ("class:note", ": "), *first]]
    pad = " " * (lead if lead < width // 2 else 2)
    return out + [[("", pad), *line] for line in more]


def _said_of(person: Person) -> str:
    """The line that says who someone is: the text's phrase for them, else the first
    fact that opens with them ("Before his death, Lenin had grown suspicious ...")."""
    if person.about:
        return person.about + "."
    names = [fold(n) for n in (person.name, *person.aliases)]
    for fact in person.facts:
        opening = " ".join(fold(fact.answer).split()[:_OPENING])
        if any(re.search(rf"\b{re.escape(n)}\b", opening) for n in names):
            return fact.answer
    return min((f.answer for f in person.facts), key=len, default="")


def merged(facts: tuple[Fact, ...] | list[Fact]) -> list[Fact]:
    """The facts, in order, without those a longer one already tells: a fact most of whose
    words another fact says ("In 1940 Trotsky was assassinated by Ramón Mercader" beside
    "In 1940 Trotsky was assassinated in Mexico by Ramón Mercader, an NKVD agent, who
    attacked him with an ice axe ...") adds nothing to a list of them."""
    words = {f.id: _content_words(f.answer) for f in facts}
    kept: list[Fact] = []
    for fact in facts:
        mine = words[fact.id]
        told = any(
            len(other.answer) > len(fact.answer)
            and len(mine & words[other.id]) >= _TOLD_BY * len(mine)
            for other in facts
        )
        if not told or not mine:
            kept.append(fact)
    return kept


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(text)) if len(w) > 3 or w.isdigit()}


def _bullet(text: str, width: int) -> list[Line]:
    return [
        [("class:timeline.axis", "  • " if i == 0 else "    "), ("class:answer", piece)]
        for i, piece in enumerate(_fill(text, width))
    ]


def _fill(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
