"""Quantities a text states: spans of time, counts, sums, sizes, ordinals and dates.

A claim is compared with a fact by what it says and also by how much, how long, how many
and when: "it took a year" is wrong of a tower that "took eleven weeks to raise", and "four
thousand labourers" of "four hundred and twelve". This module only reads: a text (or a
claim's words) into `Quantity` values, each the range of values its words allow, in a base
unit (days, metres, kilograms) where the unit converts, with the nouns a count counts and
the bound a learner put on it ("over 400", "about a year"). The words are language data
(english.yaml: `number_values`, `time_units`, `size_units`, `quantity_bounds`, `months`,
`seasons`, ...), nothing about any one text.
What counts as agreeing is `_quantity_agree`'s.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ._figures import count_kind
from ._text import fold, is_past, is_year, language, looks_plural, stem

__all__ = ["Quantity", "keeps_figure", "quantities", "respelt", "tokens"]

_TOKEN = re.compile(r"\d+(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:st|nd|rd|th|s)?|[a-z]+|[£$€¥%,;.:!?()]")
_SYMBOLS = {"£": "pound", "$": "dollar", "€": "euro", "¥": "yen"}
_BREAKS = frozenset(",;.:!?()")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_NOUN_RUN = 3  # words a count's noun phrase may run to: "two senior Bolsheviks"
_ARTICLE_ADJECTIVES = frozenset(["full", "whole", "single", "entire"])
# nouns among the stop words: a count's noun may be one ("four men", "two years")
_NOUN_STOPS = frozenset(
    ["man", "men", "guy", "guys", "person", "people", "thing", "things", "part", "parts"]
)
_NOT_ORDINAL = frozenset(["last", "final", "earliest", "latest", "middle"])


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity a text states.

    Attributes:
        kind: "span" (how long), "shift" ("two years later"), "count", "ordinal", "age",
            "percent", "length", "weight" or "date" (a month or a season).
        lo, hi: the values its words allow, in the base unit (lo == hi: one value); for a
            date, unused (see `months`).
        value: the figure as written, in its own unit (3 of "three months").
        unit: its unit as written ("month"), "" for a count.
        bound: "exact", "about", "nearly", "over", "under", "least", "most" or "range".
        nouns: the stems of the words a count or an ordinal counts ("labour").
        head: the kind of thing the count's last noun is (`count_kind`), if known.
        per: the span of a rate, in days ("a day": 1), 0 for none.
        months: the months a date may fall in; year, day: its year and day, if told.
        start, end: where it stands among the words read (for the terms it takes).
    """

    kind: str
    lo: float
    hi: float
    value: float
    unit: str
    bound: str
    nouns: frozenset[str] = frozenset()
    head: str | None = None
    per: float = 0.0
    months: frozenset[int] = frozenset()
    year: int | None = None
    day: int | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class _Words:
    """The language data, read once."""

    values: dict[str, float]
    multipliers: dict[str, float]
    ranges: dict[str, tuple[float, float]]
    times: dict[str, tuple[str, float]]  # word -> (unit, days)
    sizes: dict[str, tuple[str, str, float]]  # word -> (dimension, unit, size)
    money: dict[str, str]  # word -> its unit ("pence" -> "penny")
    bounds: dict[tuple[str, ...], str]
    after_bounds: dict[tuple[str, ...], str]
    shifts: frozenset[str]
    months: dict[str, int]
    seasons: dict[str, frozenset[int]]
    openers: frozenset[str]
    ordinals: dict[str, int]
    stops: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    lang: dict[str, Any] = language()
    times: dict[str, tuple[str, float]] = {}
    for unit, days in lang["time_units"].items():
        singular = "century" if unit == "centuries" else unit
        times[unit] = (singular, float(days))
        if not unit.endswith("s") and unit != "century":
            times[unit + "s"] = (unit, float(days))
    sizes: dict[str, tuple[str, str, float]] = {}
    for dimension, table in lang["size_units"].items():
        for unit, size in table.items():
            sizes[unit] = (dimension, unit, float(size))
            if not unit.endswith(("s", "feet", "inches")) and len(unit) > 2:
                sizes.setdefault(unit + "s", (dimension, unit, float(size)))
    bounds: dict[tuple[str, ...], str] = {}
    after: dict[tuple[str, ...], str] = {}
    for bound, phrases in lang["quantity_bounds"].items():
        for phrase in phrases:
            key = tuple(str(phrase).split())
            if key[0] == "or" or key == ("odd",):
                after[key] = bound
            else:
                bounds[key] = bound
    months = {m: k for k, m in enumerate(lang["months"], start=1)}
    for short, month in lang["month_abbreviations"].items():
        months[short] = months[month]
    ordinals = {w: int(v) for w, v in lang["ordinal_positions"].items() if int(v) > 0}
    tens = ["eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"]
    tens += ["seventeenth", "eighteenth", "nineteenth", "twentieth"]
    ordinals.update({w: k for k, w in enumerate(tens, start=11)})
    return _Words(
        values={w: float(v) for w, v in lang["number_values"].items()},
        multipliers={w: float(v) for w, v in lang["number_multipliers"].items()},
        ranges={w: (float(a), float(b)) for w, (a, b) in lang["number_ranges"].items()},
        times=times,
        sizes=sizes,
        money=dict(lang["currency_units"]),
        bounds=bounds,
        after_bounds=after,
        shifts=frozenset(lang["shift_words"]),
        months=months,
        seasons={s: frozenset(m) for s, m in lang["seasons"].items()},
        openers=frozenset(lang["month_openers"]),
        ordinals={w: v for w, v in ordinals.items() if w not in _NOT_ORDINAL},
        stops=(frozenset(lang["stopwords"]) | frozenset(lang["question_types"])) - _NOUN_STOPS,
    )


def tokens(text: str) -> tuple[str, ...]:
    """A text's words, figures ("1,200", "2.5", "13th") and the punctuation that ends a
    phrase, folded: what `quantities` reads of a fact."""
    return tuple(_TOKEN.findall(fold(text)))


def keeps_figure(word: str, following: str, previous: str = "") -> bool:
    """Whether a figure a respelling would take ("2" -> "to", "4" -> "for") stays one: a
    quantity's word follows it ("2 years", "4 hundred", "2 ships", "4,200" read as "4",
    "200") or it is a day of a month ("May 4"), not "go 2 bed"."""
    if not word.isdigit():
        return False
    w = _words()
    if following in w.times or following in w.sizes or following in w.multipliers:
        return True
    if previous in w.months or (len(following) == 3 and following.isdigit()):
        return True
    return _plural_noun(following)


def respelt(words: Sequence[str], table: Mapping[str, Sequence[str]]) -> list[str]:
    """Words with sloppy spellings respelt by `table` ("wasnt" -> "was not"), a figure a
    quantity's word follows kept as it is ("2 years" is no "to years")."""
    out: list[str] = []
    for k, word in enumerate(words):
        new = table.get(word)
        following = words[k + 1] if k + 1 < len(words) else ""
        if new is None or keeps_figure(word, following, words[k - 1] if k else ""):
            out.append(word)
        else:
            out.extend(new)
    return out


def quantities(words: Sequence[str]) -> tuple[Quantity, ...]:
    """The quantities the words state, in order (see the module's note)."""
    w = _words()
    out: list[Quantity] = []
    i = 0
    n = len(words)
    while i < n:
        found = _date(words, i, w) or _ordinal(words, i, w) or _figure(words, i, w)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = max(found.end, i + 1)
    return tuple(out)


# --- dates ---------------------------------------------------------------------------------


def _date(words: Sequence[str], i: int, w: _Words) -> Quantity | None:
    """A month ("in March 1871", "12 June", "june 12th") or a season ("the autumn of 1872",
    "that winter"), where the words around it make it one."""
    word = words[i]
    month = w.months.get(word)
    season = w.seasons.get(word) if month is None else None
    if month is None and season is None:
        return None
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    day: int | None = None
    year: int | None = None
    end = i + 1
    # "June 12", "June 12th", "June 12, 1875", "June 1875"
    if month is not None and _day(after) is not None and not is_year(after):
        day, end = _day(after), end + 1
    nxt = words[end] if end < len(words) else ""
    if nxt == "," and end + 1 < len(words) and is_year(words[end + 1]):
        end += 1
        nxt = words[end]
    if nxt == "of" and end + 1 < len(words) and is_year(words[end + 1]):
        end += 1
        nxt = words[end]
    if is_year(nxt) and nxt.isdigit():
        year, end = int(nxt), end + 1
    start = i
    if month is not None and _day(before) is not None and not is_year(before):
        day, start = _day(before), i - 1  # "12 June"
    elif month is not None and before == "of" and i >= 2 and _day(words[i - 2]) is not None:
        day, start = _day(words[i - 2]), i - 2  # "the 12th of June"
    if month is not None:
        opened = before in w.openers or day is not None or year is not None
        if not opened or (word in ("may", "march") and before == "the" and year is None):
            return None
        months = frozenset([month])
    else:
        assert season is not None
        plain_after = after in ("", *_BREAKS) or after in w.stops or after == "of"
        opened = before in w.openers or before == "the" or year is not None
        if not (opened and (plain_after or year is not None)):
            return None
        if word == "fall" and before != "the" and year is None:
            return None  # "the leaders fall": a verb
        months = season
    return Quantity(
        "date",
        0.0,
        0.0,
        0.0,
        word,
        "exact",
        months=months,
        year=year,
        day=day,
        start=start,
        end=end,
    )


def _day(word: str) -> int | None:
    """A day of a month as written beside it: "12", "12th", "1st"."""
    m = _ORDINAL_DIGITS.match(word)
    text = m.group(1) if m else word
    if text.isdigit() and 1 <= int(text) <= 31:
        return int(text)
    return None


# --- ordinals ------------------------------------------------------------------------------


def _ordinal(words: Sequence[str], i: int, w: _Words) -> Quantity | None:
    """An ordinal with the noun it ranks: "the 13th Party Congress", "the first keeper"."""
    word = words[i]
    m = _ORDINAL_DIGITS.match(word)
    value = int(m.group(1)) if m else w.ordinals.get(word)
    if value is None:
        return None
    nouns, _ = _noun_run(words, i + 1, w)
    if not nouns:
        return None
    return Quantity("ordinal", value, value, value, "", "exact", nouns=nouns, start=i, end=i + 1)


# --- figures -------------------------------------------------------------------------------


def _figure(words: Sequence[str], i: int, w: _Words) -> Quantity | None:
    """A figure and what it measures: a span, a shift, a size, an age, a share or a count."""
    bound, start = _bound_before(words, i, w)
    number = _number(words, i, w)
    if number is None:
        return None
    value, lo, hi, end = number
    if lo != hi:
        bound = "range"
    if value == 0 and lo == hi:
        return None
    nxt = words[end] if end < len(words) else ""
    aged = i >= 1 and (words[i - 1] in ("aged", "age") or tuple(words[i - 2 : i]) == ("age", "of"))
    if nxt in ("percent", "%") or words[end : end + 2] in (("per", "cent"), ["per", "cent"]):
        stop = end + (2 if nxt == "per" else 1)
        return _made("percent", value, lo, hi, "", bound, start, stop, words, w)
    if nxt in w.times:
        unit, days = w.times[nxt]
        stop = end + 1
        if tuple(words[stop : stop + 3]) == ("and", "a", "half"):
            value, lo, hi, stop = value + 0.5, lo + 0.5, hi + 0.5, stop + 3
        after = words[stop] if stop < len(words) else ""
        if after == "old" or tuple(words[stop : stop + 2]) in (("of", "age"),):
            return _made(
                "age",
                value,
                lo * days / 365.25,
                hi * days / 365.25,
                "year",
                bound,
                start,
                stop + 1,
                words,
                w,
            )
        # "two years later" shifts a time; "for twenty years before the switch" lasts
        lasting = start > 0 and words[start - 1] == "for"
        kind = "shift" if after in w.shifts and not lasting else "span"
        return _made(kind, value, lo * days, hi * days, unit, bound, start, stop, words, w)
    if nxt in w.sizes:
        dimension, unit, size = w.sizes[nxt]
        return _made(
            dimension,
            value,
            lo * size,
            hi * size,
            unit,
            bound,
            start,
            end + 1,
            words,
            w,
        )
    if aged:
        return _made("age", value, lo, hi, "year", bound, start, end, words, w)
    if is_year(words[i]) and words[i].isdigit() and not _plural_noun(nxt):
        return None  # "in 1871": a year (the year checks read it)
    if i > 0 and words[i - 1] in ("number", "no"):
        return None  # "the Number Three shaft": a name
    if i > 0 and words[i - 1] in _SYMBOLS:  # "£48,000"
        unit = _SYMBOLS[words[i - 1]]
        return _made("money", value, lo, hi, unit, bound, start - (start == i), end, words, w)
    if nxt in w.money:  # "nine hundred pounds"
        return _made("money", value, lo, hi, w.money[nxt], bound, start, end + 1, words, w)
    if words[i] in ("a", "an", "one") and nxt not in w.multipliers:
        return None  # "a keeper", "one of them": no figure
    if nxt == "of" and words[i] not in w.ranges:
        return None  # "two of them", "four of the men": a share of a group told elsewhere
    nouns, stop = _noun_run(words, end + (nxt == "of"), w)
    if not nouns:
        return None
    head = count_kind(words[stop - 1]) if stop > end else None
    return _made("count", value, lo, hi, "", bound, start, stop, words, w, nouns=nouns, head=head)


def _made(
    kind: str,
    value: float,
    lo: float,
    hi: float,
    unit: str,
    bound: str,
    start: int,
    end: int,
    words: Sequence[str],
    w: _Words,
    nouns: frozenset[str] = frozenset(),
    head: str | None = None,
) -> Quantity:
    """The quantity, with a bound written after it ("forty odd", "or more") and the span
    of a rate ("three shillings a day") taken in."""
    for phrase, after in w.after_bounds.items():
        if tuple(words[end : end + len(phrase)]) == phrase and bound == "exact":
            bound, end = after, end + len(phrase)
            break
    per = 0.0
    lead = words[end] if end < len(words) else ""
    unit_word = words[end + 1] if end + 1 < len(words) else ""
    if lead in ("a", "an", "per", "each", "every") and unit_word in w.times:
        per, end = w.times[unit_word][1], end + 2
    return Quantity(
        kind, lo, hi, value, unit, bound, nouns=nouns, head=head, per=per, start=start, end=end
    )


def _bound_before(words: Sequence[str], i: int, w: _Words) -> tuple[str, int]:
    """The bound the words before a figure put on it ("more than 400"), and where it starts."""
    for n in (3, 2, 1):
        if i - n >= 0:
            found = w.bounds.get(tuple(words[i - n : i]))
            if found is not None:
                return found, i - n
    return "exact", i


def _number(words: Sequence[str], i: int, w: _Words) -> tuple[float, float, float, int] | None:
    """(value, lo, hi, end) of the figure starting at words[i]: "412", "2.5", "four hundred
    and twelve", "a dozen", "a year" (one, before a unit), "half a year", "hundreds of"."""
    word = words[i]
    n = len(words)
    if word in w.ranges:
        lo, hi = w.ranges[word]
        end = i + 1 + (i + 1 < n and words[i + 1] == "of")
        return (lo + hi) / 2, lo, hi, end
    if word == "half" and i + 2 < n and words[i + 1] in ("a", "an") and words[i + 2] in w.times:
        return 0.5, 0.5, 0.5, i + 2
    if word in ("a", "an"):
        k = i + 1
        if k < n and words[k] in _ARTICLE_ADJECTIVES:
            k += 1
        if k < n and (words[k] in w.times or words[k] in w.sizes):
            return 1.0, 1.0, 1.0, k
        if k < n and words[k] == "couple":
            end = k + 1 + (k + 1 < n and words[k + 1] == "of")
            return 2.0, 2.0, 2.0, end
        if k < n and words[k] in w.multipliers:
            return _words_number(words, k, w, start_total=0.0, lead=1.0)
        return None
    if word[0].isdigit():
        if _ORDINAL_DIGITS.match(word) or word.endswith("s"):
            return None  # "13th", "1920s"
        end = i + 1
        while (  # "1,100" as a learner's line splits it: "1", "100"
            end < n and len(words[end]) == 3 and words[end].isdigit() and len(word) <= 3
        ):
            word, end = word + words[end], end + 1
        try:
            value = float(word.replace(",", ""))
        except ValueError:
            return None
        while end < n and words[end] in w.multipliers and words[end] != "dozen":
            value *= w.multipliers[words[end]]
            end += 1
        if tuple(words[end : end + 3]) == ("and", "a", "half"):
            value, end = value + 0.5, end + 3
        return value, value, value, end
    if word in w.values or word in w.multipliers:
        return _words_number(words, i, w)
    return None


def _words_number(
    words: Sequence[str], i: int, w: _Words, start_total: float = 0.0, lead: float = 0.0
) -> tuple[float, float, float, int] | None:
    """A figure in words: "four hundred and twelve", "twenty one", "a thousand", "a dozen"."""
    total, current = start_total, lead
    end = i
    n = len(words)
    seen = False
    while end < n:
        word = words[end]
        if word in w.values:
            small = w.values[word]
            if seen and current % 100 >= 20 and current % 10 == 0 and small < 10:
                current += small  # "twenty one"
            elif seen and (current % 1000 == 0 or current % 100 == 0) and current:
                current += small  # "a hundred twelve"
            elif seen:
                break  # "two three": two figures
            else:
                current += small
            seen = True
            end += 1
        elif word in w.multipliers:
            mult = w.multipliers[word]
            if mult >= 1000:
                total += (current or 1) * mult
                current = 0
            else:
                current = (current or 1) * mult
            seen = True
            end += 1
        elif (
            word == "and"
            and seen
            and end + 1 < n
            and words[end + 1] in w.values
            and words[end - 1] in w.multipliers
        ):
            end += 1  # "four hundred and twelve"
        else:
            break
    if not seen:
        return None
    value = total + current
    if tuple(words[end : end + 3]) == ("and", "a", "half"):
        value, end = value + 0.5, end + 3
    return value, value, value, end


def _noun_run(words: Sequence[str], i: int, w: _Words) -> tuple[frozenset[str], int]:
    """The stems of the words a figure counts ("senior Bolsheviks") and where they end:
    up to three words, up to a function word, a verb's past form or a break."""
    nouns: list[str] = []
    end = i
    while end < len(words) and len(nouns) < _NOUN_RUN:
        word = words[end]
        if not word.isalpha() or word in w.stops or word in w.times:
            break
        if nouns and ((is_past(word) and not looks_plural(word)) or word.endswith("ied")):
            break  # "seven men died": a verb after the noun ("200 armed guards": before it)
        if word in w.values or word in w.multipliers or word in w.months:
            break
        nouns.append(stem(word))
        end += 1
    return frozenset(nouns), end


def _plural_noun(word: str) -> bool:
    """Whether a word after a figure reads as a plural noun ("1600 men", "2 ships")."""
    return word.isalpha() and len(word) > 2 and looks_plural(word)
