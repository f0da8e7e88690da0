"""What kind of answer a fact gives: the people, places, dates, counts, spans of time,
sums, distances, means, results, colours and materials its answer names (and its frame,
when written by hand). A question asking one of these kinds (`STRICT_TYPES`) is answered
only by a fact that gives it; the Index reads this of a fact on first need.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from ._analyze import Analyzer
from ._content import Fact
from ._figures import COUNT
from ._noun_kinds import noun_kind
from ._text import is_past

__all__ = ["STRICT_TYPES", "offered", "titles"]

# Kinds of answer that a fact either offers or does not; other kinds (what, why, how)
# any fact may answer.
STRICT_TYPES = (
    "person",
    "place",
    "date",
    "number",
    "name",
    "duration",
    "means",
    "result",
    "money",
    "distance",
    "colour",
    "material",
)
# A label a text gives someone it names ("labeled Trotsky as a traitor", "branded the
# weaver Tomas Hale a heretic"): it answers "what did they call him?" as a name would.
_LABEL = re.compile(
    r"\b(?:label(?:l)?(?:ed|ing|s)?|brand(?:ed|ing|s)?|dubb(?:ed|ing)|dubs?|call(?:ed|ing|s)?)"
    r"\s+(?:[\w'\u2019-]+\s+){1,4}?(?:as\s+(?:an?\s+|the\s+)?|an?\s+)([a-z][\w-]*)"
)
# A word a drafted text gives a thing as its name, lower-case as a trade's words are ("the
# fine scratches between them, called stitching", "the broken fibres were called tow", "a
# danger millers call tailwinding"): it answers "what were they called?" as a name would.
_COINED = re.compile(r"\b(?:called|calls?|known as|named|dubbed) (?:the |an? )?([a-z][a-z-]*)")
# A name set beside the noun it names, between commas ("her book, The Patient Light,
# published in 1902"; "the capital, Lorvik, where"): it answers "what was her book called?"
# whatever kind the draft guessed for the name (a title read as a place); not a noun for
# a person ("Skarr's sister, Ilse Skarr,"): a person's name answers who, not what
_TITLED = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*['\u2019]s) ([a-z][a-z-]+), "
    r"((?:The |A |An )?[A-Z][\w'\u2019-]*(?: (?:of |the |and )*[A-Z][\w'\u2019-]*)*),"
)
# a count's scale word: "thirty million years", "a few thousand years"
_SCALE = "(?:hundred|thousand|million|billion)"
# a word saying the span is whole: "for a whole year", "two full days"
_WHOLE = "(?:whole|full|entire|complete)"
_SPAN = (
    rf"\b(?:{COUNT}|an?|several|many|few|some)\s+(?:{_SCALE}\s+)?(?:{_WHOLE}\s+)?(?:years?|months?|weeks?|days?|decades?|"
    r"hours?|minutes?|centur(?:y|ies)|seasons?|summers?|winters?|springs?|autumns?|nights?)\b"
)
# A time counted from another ("two years later", "a month after it was hung"): how long
# after, not how long something lasted.
_SHIFT = re.compile(_SPAN + r"(?=\s+(?:later|earlier|before|after|afterwards)\b)", re.I)
# A span of time: "for five years", "eighteen months", "from 1924 to 1929"; not a shift
# (above) nor an age ("six years old").
_DURATION = re.compile(
    _SPAN + r"(?!\s+(?:later|earlier|before|after|afterwards|ago|old)\b)|"
    r"\bfrom (?:1[0-9]{3}|20[0-9]{2}) (?:to|until|till) |\bbetween (?:1[0-9]{3}|20[0-9]{2}) and (?:1[0-9]{3}|20[0-9]{2})|"
    r"\bfor (?:years|decades|months|weeks|days|life)\b",
    re.IGNORECASE,
)
# A distance, for "how far?": "11 miles", "about 18 kilometres", "forty leagues".
_DISTANCE = re.compile(
    rf"\b{COUNT}[\s-](?:nautical )?(?:miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet|foot|"
    r"yards?|leagues?)\b",
    re.IGNORECASE,
)
# Most answers hold no word of a span of time: this cheap look skips the pattern above.
# What a thing was done with: "attacked with an ice axe", "by manipulating", "through alliances".
_MEANS = re.compile(
    r"\b(?:with|using|through|via|by means of)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"([a-z]{3,})|\bby\s+([a-z]{3,}ing)\b"
)
# A sentence whose subject is a clause of how something was done tells how it was: "How
# Stalin outmaneuvered Trotsky is a study in manipulation" (not "how to", "how many").
_HOW_CLAUSE = re.compile(
    r"how\s+(?!to\b|much\b|many\b|long\b|far\b|often\b|old\b|few\b|little\b|soon\b)[a-z]"
)
# A description set beside a name, between commas: "Joseph Stalin, a man often viewed as a
# figure with limited appeal, was ...": its "with" tells what he was like, not a means
# (kept apart as "described").
_APPOSITIVE = re.compile(r",\s+an?\s+[^,]*,")
# A sum of money: "£23", "$4 million", "300 pounds", "fifty guineas".
_MONEY = re.compile(
    rf"[£$€¥]\s?\d|\b(?:\d[\d,.]*|an?|{COUNT}|thousand|million|billion)\s+"
    r"(?:million\s+|thousand\s+|billion\s+)?"
    r"(?:pounds?|dollars?|guineas?|shillings?|pence|penny|pennies|farthings?|francs?|marks?|"
    r"crowns?|r[ou]bles?|euros?|yen|cents?|florins?|ducats?|lire|pesos?)\b"
    # a sum in one word: "twopence", "sixpence", "a halfpenny"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|half)(?:pence|penny)\b",
    re.IGNORECASE,
)
# How often a thing happens, for "how often?": "every 101 years", "twice a week", "once a
# month", "three times a year", "each spring", "daily". Not "twice the price".
_UNIT = r"(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|nights?|centur(?:y|ies)|seasons?|summers?|winters?|springs?|autumns?|mornings?|evenings?)"
_FREQUENCY = re.compile(
    rf"\b(?:every|each)\s+(?:other\s+|single\s+|few\s+|(?:{COUNT})\s+)?{_UNIT}\b|"
    rf"\b(?:once|twice|thrice|(?:{COUNT})\s+times)\s+(?:a|an|per|every|each)\s+(?:{COUNT}\s+)?{_UNIT}\b|"
    r"\b(?:daily|weekly|fortnightly|monthly|yearly|annually|hourly|nightly)\b",
    re.IGNORECASE,
)
# Words one of which every match of a pattern holds, in lower case (_FREQUENCY's, _RATE's,
# _MONEY's, _NOT_COUNTS', _DISTANCE's): most answers hold none, and a cheap look skips the
# pattern (see `_may_match`).
_FREQUENCY_NEEDS: tuple[str, ...] = (
    *("every", "each", "once", "twice", "thrice", "times", "daily", "weekly", "monthly"),
    *("yearly", "annually", "hourly", "nightly"),
)
_UNIT_NEEDS: tuple[str, ...] = (
    *("year", "month", "week", "day", "decade", "hour", "minute", "night", "centur"),
    *("season", "summer", "winter", "spring", "autumn", "morning", "evening"),
)
_RATE_NEEDS = (*_UNIT_NEEDS, "mph", "knot", "km/h", "kph")
_MONEY_NEEDS: tuple[str, ...] = (
    *("$", "\u00a3", "\u20ac", "\u00a5", "pound", "dollar", "guinea", "shilling", "pence"),
    *("penny", "pennies", "farthing", "franc", "mark", "crown", "rouble", "ruble", "euro"),
    *("yen", "cent", "florin", "ducat", "lire", "peso"),
)
_NOT_COUNTS_NEEDS = (*_MONEY_NEEDS, "%")  # a sum, or a share ("per cent" holds "cent")
_DISTANCE_NEEDS = ("mile", "kilomet", "km", "metre", "meter", "feet", "foot", "yard", "league")
# A rate, for "how fast?" and "flour per year": a count of something in a span of time
# ("twelve times a minute", "120 revolutions a minute", "two tonnes of flour a year", "30
# miles an hour") or a speed's own unit ("ten knots", "40 mph"); or the time a thing takes
# to be done ("dried a sheet in four minutes", "finish a batch in 24 to 36 hours"), which
# is how fast it goes.
_RATE = re.compile(
    rf"\b{COUNT}(?:\s+[a-z-]+){{1,4}}?\s+(?:a|an|per|each)\s+{_UNIT}\b|"
    rf"\bin\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|under\s+|less than\s+)?"
    rf"{COUNT}(?:\s+(?:to|or)\s+{COUNT})?\s+{_UNIT}\b|"
    r"\b(?:mph|knots?|km/h|kph)\b",
    re.IGNORECASE,
)
_TIME_WORDS = (
    "year",
    "month",
    "week",
    "day",
    "decade",
    "hour",
    "minute",
    "centur",
    "season",
    "summer",
    "winter",
    "spring",
    "autumn",
    "night",
    "life",
    " to 1",
    " to 2",
    " and 1",
    " and 2",
    " until 1",  # "from 1902 until 1938", a span the pattern reads
    " until 2",
    " till 1",
    " till 2",
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY = re.compile(rf"\b(?:(?:{_MONTHS}) [0-3]?\d\b|[0-3]?\d(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS}))")
# A time of the year, week or day, for "when?" short of a year: "In January", "each
# spring", "that winter", "on Saturday mornings", "at seven o'clock", "at dawn". A text
# telling a routine says when by these ("In January, when the trees are dormant, ...").
# "May" is a month only after a word of time ("in May", "last May"), "spring" and
# "fall" seasons only so too ("in (the) spring", not "a spring of water" nor "the spring
# of water").
_TIME_OF = re.compile(
    r"\b(?i:in|by|during|until|till|from|to|each|every|that|this|next|last|early|late|mid)"
    r"[\s-]+(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?(?:(?i:spring|summer|autumn|fall|winter)|May)\b|"
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|"
    r"\b(?:Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?)\b|"
    r"\b(?i:at|by|before|after|until|till|from) (?i:dawn|dusk|daybreak|sunrise|sunset|noon|"
    r"midday|midnight|nightfall)\b|"
    # a clock time: "seven o'clock", "7.30 pm", "ten a.m." (not the "am" ending "steam")
    r"\b(?:[a-z]+|\d{1,2})(?:[.:]\d\d)?\s*o['\u2019]clock|\b\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b|"
    r"\b[a-z]+\s+[ap]\.m\."
)
_TIME_NEEDS: tuple[str, ...] = (
    *("spring", "summer", "autumn", "fall", "winter", "may", "jan", "feb", "march", "april"),
    *("june", "july", "aug", "sept", "oct", "nov", "dec", "day", "dawn", "dusk", "sun"),
    *("noon", "midday", "night", "clock", "m."),
)
_DIGITS = re.compile(r"\d+")
_NOT_COUNTS = re.compile(
    r"[£$€¥]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:%|per ?cent|percent)|" + _MONEY.pattern, re.IGNORECASE
)
_CLOCK = re.compile(
    r"\b([a-z]+|\d{1,2})(?:[.:]\d\d)?\s*(?:o['\u2019]clock|[ap]\.?m\b)", re.IGNORECASE
)
_NONE: frozenset[str] = frozenset()  # most kinds a fact offers nothing of: one empty set
_YEAR_STARTS = ("1", "2")  # what a year or decade starts with (see `_text.YEAR`)
# What a role of a frame written by hand answers ("where", "with what", ...).
_WRITTEN_ROLES = {"time": "date", "place": "place", "means": "means", "result": "result"}
_LISTED = 3  # names of one kind in an answer that make a list one can count
_LIST_GLUE = frozenset(["and", "or", "eventually", "finally", "then", "later", "also"])


# a passive's doer: "was opened by the county council in 1989", "were led by a foreman,"
_BY_DOER = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+by\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?([a-z]+(?:[ -][a-z]+){0,2}?)"
    r"(?=\s+(?:in|on|at|for|with|from|to|after|before|during|and|but|which|who|that|of)\b"
    r"|\s*[,.;:]|\s*$)"
)
# a clause telling what came of the one before it, not what it was for ("so that")
_SO_CLAUSE = re.compile(r",\s+(?:and\s+)?so\s+(?!that\b|as\b|far\b|much\b|many\b|long\b|to\b)")
_DOERS = frozenset(["group", "person"])  # the kinds of noun that do things


def _doers(low: str) -> list[str]:
    """The doers a folded sentence names by a passive's "by" whose last word is a noun
    of a body of people or a person ("opened by the county council", "by a foreman"),
    which answer "who?" though no name: not "by the door", "by barge"."""
    return [
        found.group(2)
        for found in _BY_DOER.finditer(low)
        if is_past(found.group(1)) and noun_kind(found.group(2).split()[-1]) in _DOERS
    ]


def offered(fact: Fact, analyzer: Analyzer) -> Mapping[str, frozenset[str]]:
    """What a fact's answer names of each strict kind (its written frame too)."""

    def content_terms(text: str) -> list[str]:
        return analyzer.content_terms(text)[0]

    answer = content_terms(fact.answer)
    offers: dict[str, set[str]] = {
        kind: set() for kind in (*STRICT_TYPES, "shift", "frequency", "rate", "time", "described")
    }
    # What a fact can answer is what its answer says: the reply is the answer.
    kinds = analyzer.entity_kinds
    for term in answer:
        kind = kinds.get(term)
        if kind in ("person", "place"):
            offers[kind].add(term)
        elif kind in ("group", "event", "thing"):
            offers["name"].add(term)
            if kind == "group" and fact.draft:
                # "who runs it?": a body of people ("the Environment Agency") answers
                # too; a drafted pack's kinds are guesses, its people often groups
                offers["person"].add(term)
            if kind == "event":
                offers["place"].add(term)  # "where?": "at the 13th Party Congress"
        elif term[:1] in _YEAR_STARTS and analyzer.is_year(term):
            offers["date"].add(term)
        elif term.isdigit() or term in analyzer.number_words:
            offers["number"].add(term)
    low = fact.answer.lower()
    if fact.draft:  # "was opened by the county council": a body or a person did it
        offers["person"].update(t for said in _doers(low) for t in content_terms(said))
    # "On July 9", "on 2 February": a day of the year answers "when?" as a year does
    offers["date"].update(m.group().lower() for m in _DAY.finditer(fact.answer))
    if _may_match(fact.answer, low, _TIME_NEEDS):  # "in January": when, in the year
        offers["time"].update(m.group().lower() for m in _TIME_OF.finditer(fact.answer))
    means = {m.group(1) or m.group(2) for m in _MEANS.finditer(low)}
    offers["means"].update(means)
    # a "with" in a description set beside a name tells what someone was like: no means
    # of the event told, though the ranking has long taken it for one
    told = {m.group(1) or m.group(2) for m in _MEANS.finditer(_APPOSITIVE.sub(",", low))}
    offers["described"].update(means - told)
    if _HOW_CLAUSE.match(low) and not low.rstrip().endswith("?"):
        offers["means"].add("how")
    said = low.split()  # "led to" tells what came of it, "led by" only who led
    offers["result"].update(
        w
        for w, after in zip(said, [*said[1:], ""], strict=True)
        if w in analyzer.consequence_verbs and after != "by"
    )
    if _SO_CLAUSE.search(low):  # "..., so the station no longer needed clerks": what came of it
        offers["result"].add("so")
    if any(word in low for word in _TIME_WORDS):
        offers["duration"].update(m.group().lower() for m in _DURATION.finditer(fact.answer))
        offers["shift"].update(m.group().lower() for m in _SHIFT.finditer(fact.answer))
    if _may_match(fact.answer, low, _FREQUENCY_NEEDS):
        offers["frequency"].update(m.group().lower() for m in _FREQUENCY.finditer(fact.answer))
    if _may_match(fact.answer, low, _RATE_NEEDS):
        offers["rate"].update(m.group().lower() for m in _RATE.finditer(fact.answer))
    for role, kind in _WRITTEN_ROLES.items():  # a frame written by hand says it plainly
        for text in fact.frame.get(role, ()):
            for term in content_terms(text):
                offers["date" if analyzer.is_year(term) else kind].add(term)
    if _may_match(fact.answer, low, _MONEY_NEEDS):
        offers["money"].update(m.group().lower() for m in _MONEY.finditer(fact.answer))
    plain = set(re.findall(r"[a-z]+", low))  # "paid her the full wage of ...": a sum
    offers["colour"].update(analyzer.colour_words & plain)
    offers["material"].update(analyzer.material_words & plain)
    if not analyzer.money_verbs.isdisjoint(plain):
        offers["money"].update(analyzer.money_nouns & plain)
    for m in _LABEL.finditer(low):  # "labeled Trotsky as a traitor": what he was called
        if any(kinds.get(t) == "person" for t in content_terms(low[m.start() : m.start(1)])):
            offers["name"].update(content_terms(low[m.start(1) :])[:1])
    if fact.draft:
        for m in _COINED.finditer(fact.answer):
            offers["name"].update(content_terms(m.group(1))[:1])
        for title in titles(fact.answer):
            offers["name"].update(content_terms(title)[:1])
    if _may_match(fact.answer, low, _DISTANCE_NEEDS):
        offers["distance"].update(m.group().lower() for m in _DISTANCE.finditer(fact.answer))
    if offers["number"] and fact.draft and _may_match(fact.answer, low, _NOT_COUNTS_NEEDS):
        # a share or a sum is no count: "fell by 15 percent", "cost £11" do not say
        # how many passengers
        amounts = {n for m in _NOT_COUNTS.finditer(fact.answer) for n in _DIGITS.findall(m.group())}
        if amounts:
            counted = {n for n in _DIGITS.findall(_NOT_COUNTS.sub(" ", fact.answer))}
            offers["number"] -= amounts - counted
    # an hour is no count: "by seven o'clock", "at 6 a.m." say when, not how many
    if offers["number"]:
        offers["number"] -= {m.lower() for m in _CLOCK.findall(fact.answer)}
    # a list of names counts too: "Turkey, France, Norway and Mexico" answers how many
    for kind in ("person", "place"):
        if len(offers[kind]) >= _LISTED and _listed(fact.answer, kind, analyzer):
            offers["number"].update(offers[kind])
    return {k: frozenset(v) if v else _NONE for k, v in offers.items()}


def _may_match(text: str, low: str, needs: tuple[str, ...]) -> bool:
    """Whether a pattern that needs one of some words (`needs`) may match a text (`low`: it
    in lower case): a text of other than ASCII letters always may, since a pattern that
    ignores case matches letters beyond ASCII ("\u212a" for "k")."""
    return not text.isascii() or any(word in low for word in needs)


def _listed(answer: str, kind: str, analyzer: Analyzer) -> bool:
    """Whether an answer lists names of a kind one after another ("Turkey, France,
    Norway and eventually Mexico"), not only names them here and there in a sentence."""
    kinds = analyzer.entity_kinds
    words, spans = analyzer.words_and_spans(answer)
    named = sorted((k, term) for term, k in spans if kinds.get(term) == kind)
    run: set[str] = set()
    for (a, first), (b, term) in itertools.pairwise(named):
        between = set(words[a + 1 : b]) - {term, first}  # a name's own other words
        if between <= _LIST_GLUE and term not in run | {first}:
            run |= {first, term}
            if len(run) >= _LISTED:
                return True
        else:
            run = set()
    return False


def titles(text: str) -> list[str]:
    """The names a text sets beside the nouns they name, between commas ("her book, The
    Patient Light, published ..."), of nouns for no person (WordNet's noun kinds)."""
    return [m.group(2) for m in _TITLED.finditer(text) if noun_kind(m.group(1)) != "person"]
