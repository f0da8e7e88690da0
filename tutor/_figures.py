"""What the numbers of a sentence tell: an age, or a count of some kind of thing.

"How old was the colonel?" is a number question, and "hired 200 armed guards" has a
number; but 200 is no one's age. An age is written so: "aged seventy-seven", "at the age
of twelve", "a nineteen-year-old miner", "when she was nine,". "How many cows did the farm
keep?" is not answered by "212 wheels cracked" either: the number counts wheels, a thing of
another kind (`noun_kind`) than cows; people and groups of them count as one kind ("four
miners" answers "how many people").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._noun_kinds import noun_kind
from ._text import YEAR, is_year, language, lemma

__all__ = [
    "COUNT",
    "MEASURED",
    "count_kind",
    "counted_kinds",
    "counted_nouns",
    "gives_age",
    "holds_measure",
    "is_unit",
]

# A count in words or digits: "eleven", "eighteen", "thirty-one", "21", "2,500" (not the
# comma after "2017,").
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
COUNT = (
    rf"(?:\d+(?:[,.]\d+)*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS}))?|"
    rf"{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|hundred|a hundred|a thousand)"
)
_AGE = re.compile(
    rf"\baged\s+(?:about\s+|around\s+|only\s+|just\s+)?{COUNT}\b"
    rf"|\bage of\s+{COUNT}\b"
    rf"|\b{COUNT}[\s-]years?[\s-]old\b"
    rf"|\b(?:was|were|is|turned)\s+(?:only\s+|just\s+|about\s+)?{COUNT}(?=\s*[,.;:)]|\s*$)"
    rf"|\bat\s+{COUNT}(?=\s*[,.;:)]|\s*$)"
    r"|\bin (?:his|her|their) (?:early |mid-|late )?(?:teens|twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    rf"(?<![\w£$€¥])({COUNT})(?:[\s-]+(?:hundred|thousand|million|billion))?(?![\w%])",
    re.IGNORECASE,
)
_CURRENCY = re.compile(r"[£$€¥]\s?$")
_WORD = re.compile(r"\s*(?:[(\"'\u2018\u201c])?([a-z]+)", re.IGNORECASE)
_ADJECTIVES = 2  # words a count's noun may stand after: "212 big wheels", "two assistant keepers"
_PARTIES = frozenset(["person", "group"])  # "four miners" are people
_MEASURE = "measure"  # what a number right before a unit counts: "340 metres", "ten years"


# Words that say how often with no number ("twice a year", "rarely", "every spring"):
# English's closed class of adverbs of frequency, and "every"/"each" before a noun
_OFTEN = re.compile(
    r"\b(?:once|twice|thrice|always|often|seldom|rarely|never|sometimes|usually|occasionally|"
    r"frequently|regularly|repeatedly|constantly|annually|hourly|daily|nightly|weekly|"
    r"fortnightly|monthly|quarterly|yearly|every|each)\b",
    re.IGNORECASE,
)
# a figure in words or digits: "340", "seven", "a dozen", "half", "a third"
_FIGURE = re.compile(
    rf"\d|\b(?:{COUNT}|dozens?|hundreds|thousands|millions?|billions?|half|third|quarter|"
    r"double|triple|twice)\b",
    re.IGNORECASE,
)
# "how often", "how high", "how thick": adjectives of measure (a closed class) that only a
# figure answers, where "how big", "how fast" are as often answered in words ("a small
# village", "grew rapidly")
MEASURED = frozenset(["often", "high", "tall", "deep", "wide", "thick", "heavy"])
_SIZES = ("high", "tall", "deep", "wide", "thick")
_BY_SIZE = 3  # words a size's own adjective may stand after its figure: "five storeys high"


@lru_cache(maxsize=1)
def _measure_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A figure of length ("340 metres"), of weight ("4 tons"), per span of time ("a
    year", "per day"), from english.yaml's units."""
    lang = language()
    number = rf"(?:\d[\d,.]*|\b(?:{COUNT}|a|an|a few|several|some))"

    def of(units: list[str]) -> re.Pattern[str]:
        alts = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        return re.compile(rf"{number}[\s-]*(?:{alts})(?![a-z])", re.IGNORECASE)

    weights = [u for e in lang["measure_units"] if "heavy" in e["asked"] for u in e["units"]]
    spans = "|".join(re.escape(u) for u in lang["rate_units"])
    rate = re.compile(rf"\b(?:a|an|per|each|every) (?:{spans})\b", re.IGNORECASE)
    return of(lang["length_units"]), of(weights), rate


def holds_measure(answer: str, asked: str) -> bool:
    """Whether a sentence states a figure of the kind "how <asked>?" wants: a frequency
    for "often" ("twice a year", "every spring", "rarely"), a weight for "heavy", a length
    for "high", "deep", "wide" ... ("340 metres", "five storeys high"), any figure else
    ("how much snow?": "ten inches of snow", "half the crop"). "Hail causes great damage"
    states none."""
    lengths, weights, rate = _measure_patterns()
    answer = YEAR.sub("", answer)  # "in 1910": a date, no figure of anything
    if asked == "often":
        return _OFTEN.search(answer) is not None or rate.search(answer) is not None
    if asked == "heavy":
        return weights.search(answer) is not None
    if asked in _SIZES:
        by_word = re.search(
            rf"{COUNT}(?:\W+\w+){{0,{_BY_SIZE}}}\W+{asked}\b", answer, re.IGNORECASE
        )
        return lengths.search(answer) is not None or by_word is not None
    return _FIGURE.search(answer) is not None


def gives_age(answer: str) -> bool:
    """Whether a sentence gives someone's age ("aged seventy-seven", "a nineteen-year-old
    miner", "when Margarethe was nine,")."""
    return _AGE.search(answer) is not None


def counted_kinds(answer: str) -> frozenset[str] | None:
    """The kinds of thing the numbers of a sentence count ("212 wheels": artifact), or
    None when one of them may count anything: a number no noun of a known kind follows
    ("212 of them", "rose to 40."). Years are no counts; sums count money."""
    kinds: set[str] = set()
    for m in _NUMBER.finditer(answer):
        if is_year(m.group(1)):
            continue
        if _CURRENCY.search(answer[: m.start()]):
            kinds.add("money")
            continue
        kind = _kind_after(answer, m.end())
        if kind is None:
            return None
        kinds.add(kind)
    return frozenset(kinds)


def counted_nouns(answer: str) -> tuple[str, ...] | None:
    """The nouns the numbers of a sentence count ("about 900 barrels of wheat": barrels),
    or None when one of them may count anything (as `counted_kinds`), counts money or
    is a measure ("ten years")."""
    nouns: list[str] = []
    for m in _NUMBER.finditer(answer):
        if is_year(m.group(1)):
            continue
        if _CURRENCY.search(answer[: m.start()]):
            return None
        noun = _noun_after(answer, m.end())
        if noun is None or noun == _MEASURE:
            return None
        nouns.append(noun)
    return tuple(nouns)


def count_kind(word: str) -> str | None:
    """The kind of thing a word counted names ("children": of "child", a person); people
    and groups of them are one kind, for counting."""
    kind = noun_kind(word) or noun_kind(lemma(word))
    return "person" if kind in _PARTIES else kind


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    """The one-word units of measure and of time (english.yaml's `length_units`,
    `measure_units`, `rate_units`), singular and plural: "metres", "tons", "years"."""
    lang = language()
    words = [*lang["length_units"], *(u for e in lang["measure_units"] for u in e["units"])]
    times = lang["rate_units"]
    return frozenset([*words, *times, *(f"{t}s" for t in times)]) - {""}


def is_unit(word: str) -> bool:
    """Whether a folded word is a unit of measure or of time ("tons", "years")."""
    return word in _units()


def _kind_after(answer: str, at: int) -> str | None:
    """The kind of the first noun within a few words after a number, if one is known; a
    unit right after it is a measure ("after boring 340 metres the team ...": no count
    of the team)."""
    noun = _noun_after(answer, at)
    if noun is None or noun == _MEASURE:
        return noun
    return count_kind(noun)


def _noun_after(answer: str, at: int) -> str | None:
    """The first noun of a known kind within a few words after a number ("212 big
    wheels": wheels), `_MEASURE` for a unit right after it, None if there is none."""
    for step in range(_ADJECTIVES + 1):
        m = _WORD.match(answer, at)
        if m is None:
            return None
        word = m.group(1).lower()
        if step == 0 and word in _units():
            return _MEASURE
        if count_kind(word) is not None:
            return word
        at = m.end()
    return None
