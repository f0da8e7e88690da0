"""Questions drafted from a sentence, as a learner or a teacher would ask them.

Rules of English word order, no list per text: a sentence that opens with its subject
("Fleming noticed a mould") asks "Who noticed a mould?"; a reason ("... because B")
asks "What was the reason ...?"; a definition ("X is a Y") asks "What is X?". No
question is a placeholder: when no rule fits, the question asks about the sentence's
subject and its verb, in the sentence's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from ._lexicon import adjective_share, modifier_share, verb_share
from ._text import YEAR, language, looks_plural, stem

__all__ = [
    "IRREGULAR_PAST",
    "SEQUENCE",
    "Parsed",
    "base_form",
    "cause_split",
    "clause_questions",
    "cloze",
    "draft_questions",
    "first_clause",
    "in_sequence",
    "is_verb",
    "lower_first",
    "parse",
    "sound_parse",
    "why_question",
]

_LEAD = re.compile(
    r"^(?P<lead>(?:and\s+)?(?:in|on|by|during|after|before|at|from|until|between|around|over|within|"
    r"when|while|as|once|later|soon|then|eventually|finally|meanwhile|afterwards|"
    r"shortly|some|for|with|despite|although|though|because|since|however|today|"
    r"initially|first|second|third|fourth|fifth|lastly|next|later|according to|unlike|like)\b[^,]{0,80}),\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w'\u2019-]*")
_BE = frozenset(["is", "are", "was", "were"])
_MUST = {"had": "did", "has": "does", "have": "do"}  # "had to go": the aux of the question
# Words that end a reduced relative before its verb: "old bells sent back are melted"
# is one subject, "the men built a hut that was warm" is not.
_CLAUSE_BREAKS = frozenset(
    ["that", "which", "who", "whom", "whose", "when", "where", "and", "but", "or", "because", "so"]
)
# words that open a clause and are in no list of stop words
_OPENERS = frozenset(["when", "whenever", "although", "whereas", "once", "unless", "until"])
_PREPOSITIONS = frozenset(
    ["in", "on", "at", "by", "for", "with", "from", "to", "of", "into", "during", "after", "before"]
)
_PRONOUNS = frozenset(
    ["it", "they", "he", "she", "this", "these", "those", "that", "we", "you", "i"]
)
_NAMING = frozenset(["named", "called", "nicknamed", "dubbed", "titled", "christened"])
_OBJECTS = frozenset(["it", "him", "her", "them", "me", "us", "the", "a", "an", "this", "that"])
_AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "may",
        "might",
        "must",
        "should",
        "did",
        "does",
        "do",
        "became",
        "becomes",
        "become",
        "remained",
        "remains",
        "seemed",
        "seems",
    ]
)
# Verbs the parse reads as links ("became known") that are no auxiliary: a question asks
# them with 'do' ("Why did the village become known?", never "Why became the village")
_LINKING = frozenset(["became", "becomes", "become", "remained", "remains", "seemed", "seems"])
# Past forms that do not end in -ed (a closed list of English, not of any text).
_IRREGULAR: dict[str, str] = {  # past -> base
    "arose": "arise",
    "awoke": "awake",
    "began": "begin",
    "bit": "bite",
    "blew": "blow",
    "broke": "break",
    "brought": "bring",
    "built": "build",
    "burnt": "burn",
    "bought": "buy",
    "caught": "catch",
    "chose": "choose",
    "came": "come",
    "crept": "creep",
    "dealt": "deal",
    "dug": "dig",
    "drew": "draw",
    "drank": "drink",
    "drove": "drive",
    "ate": "eat",
    "fell": "fall",
    "fed": "feed",
    "felt": "feel",
    "fought": "fight",
    "found": "find",
    "fled": "flee",
    "flew": "fly",
    "forbade": "forbid",
    "forgot": "forget",
    "forgave": "forgive",
    "froze": "freeze",
    "got": "get",
    "gave": "give",
    "went": "go",
    "ground": "grind",
    "grew": "grow",
    "hung": "hang",
    "heard": "hear",
    "hid": "hide",
    "held": "hold",
    "kept": "keep",
    "knelt": "kneel",
    "knew": "know",
    "laid": "lay",
    "led": "lead",
    "leapt": "leap",
    "learnt": "learn",
    "left": "leave",
    "lent": "lend",
    "lay": "lie",
    "lit": "light",
    "lost": "lose",
    "made": "make",
    "meant": "mean",
    "met": "meet",
    "paid": "pay",
    "rode": "ride",
    "rang": "ring",
    "rose": "rise",
    "ran": "run",
    "said": "say",
    "saw": "see",
    "sought": "seek",
    "sold": "sell",
    "sent": "send",
    "shook": "shake",
    "shone": "shine",
    "shot": "shoot",
    "showed": "show",
    "sang": "sing",
    "sank": "sink",
    "sat": "sit",
    "slept": "sleep",
    "slid": "slide",
    "spoke": "speak",
    "spent": "spend",
    "spun": "spin",
    "sprang": "spring",
    "stood": "stand",
    "stole": "steal",
    "stuck": "stick",
    "stung": "sting",
    "struck": "strike",
    "swore": "swear",
    "swept": "sweep",
    "swam": "swim",
    "swung": "swing",
    "took": "take",
    "taught": "teach",
    "tore": "tear",
    "told": "tell",
    "thought": "think",
    "threw": "throw",
    "understood": "understand",
    "woke": "wake",
    "wore": "wear",
    "wove": "weave",
    "won": "win",
    "wound": "wind",
    "wrote": "write",
    "undertook": "undertake",
    "overcame": "overcome",
    "overthrew": "overthrow",
    "withdrew": "withdraw",
    "became": "become",
}
IRREGULAR_PAST = frozenset(_IRREGULAR)  # "sank", "broke": a clause told in the past
# What joins a clause to its reason ("since" only where it gives one: see _reason_since).
_CAUSE = re.compile(
    r",?\s+(because(?: of)?|since|as a result of|due to|thanks to)\s+",
    re.IGNORECASE,
)
_AFTER_HAVE = frozenset(["had", "has", "have", "having", "ever", "long"])  # "had since sunk"
_YEAR_AHEAD = re.compile(r"^[^.;]*\b[12][0-9]{3}\b")
# "so", "thus", "leading to" join a result only after a comma ("it was so cold that"
# is no result clause); "which led to" needs none; "so that" is a purpose.
_RESULT = re.compile(
    r"^(?P<a>.{12,}?)(?:,\s+(?:so(?! that)|thus|therefore|leading to|allowing|causing)|,?\s+(?:"
    r"which (?:led|allowed|enabled|meant|caused)(?: to)?))\s+(?P<b>.{6,}?)[.!?]?$",
    re.IGNORECASE,
)
# "cast too thick, so that it can be tuned": what it was done for, asked as why
_PURPOSE = re.compile(
    r"^(?P<a>.{12,}?),?\s+(?:in order to|so as to|so that)\s+(?P<b>.{4,}?)[.!?]?$"
)


# The folded words of the text's names, which keep their capital in a question.
_NAMES: ContextVar[frozenset[str]] = ContextVar("names", default=frozenset())


@dataclass(frozen=True, slots=True)
class Parsed:
    """A sentence cut where a learner's question would cut it."""

    lead: str  # "In 1928" (an opening phrase before a comma), or ""
    subject: str  # the words before the verb, "" when no verb was found
    rest: str  # the verb and what follows, without the closing stop
    copula: str  # "is"/"was"/... when the verb is a form of be


def is_verb(word: str, previous: str, following: str | None = None) -> bool:
    """Whether a word is the verb of its clause, from its form and its neighbours; a
    present-tense '-s' form counts only before a function word ('splits the bond'), since
    a plural noun is followed by its verb or a comma ('ponies, which sank')."""
    low = word.lower()
    if previous and _MONTH.match(word):
        return False  # "On 4 May 1850": the month, not "may"
    if (
        low in _NAMING
        and previous[:1].islower()
        and previous.lower() not in _PRONOUNS
        and following is not None
        and following.lower() not in _OBJECTS
    ):  # "a carter named Walter Finch fell ill", "a protein called leghemoglobin": a noun
        return False  # named, not a naming; but "the locals called it X", "called the court X"
    if low in _AUX or low in _IRREGULAR:
        return True
    if low in language()["number_words"]:
        return False  # "four hundred and six men": 'hundred' ends so, but counts
    if low.endswith("ed") and len(low) > 4:
        return True
    stop = frozenset(language()["stopwords"])
    if low in _SAME_PAST and following and following.lower() in _AUX:
        return False  # "the main drying shed had collapsed", "the cost was high": a noun
    if low in _SAME_PAST:  # "the crack let rock rise", "he cut the rope"; not "a set of"
        return previous.lower() in _PRONOUNS or (bool(previous) and previous.lower() not in stop)
    # "Plants absorb light": a present-tense verb after a plural subject is too weak to
    # tell from a noun, but "-s" after a plain noun ("the enzyme breaks") usually is one.
    return (
        low.endswith(("es", "s"))
        and not low.endswith(("ss", "us", "is", "ics"))
        and len(low) > 3
        and previous.lower() not in stop
        and not previous[:1].isdigit()
        and previous.lower() not in language()["number_words"]  # "within two hours the"
        and not previous.lower().endswith("ing")  # "expecting results": an object
        and word[:1].islower()
        and (following is None or following.lower() in stop)
        and (following is None or following.lower() not in _AUX)  # "the new ovens were"
    )


_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)$"
)
# "Name, an aside, verb ...": a short subject, then an aside opening with a relative
# pronoun, a participle or an article ("Bowers, who ...", "Evans, weakened by ...",
# "Nansen, a famous explorer, ..."), then the rest
_ASIDE = re.compile(
    r"^(?P<subject>[A-Z][^,]{0,50}?), (?:who|whose|which|a|an|the|[a-z]+ed|[a-z]+ing|"
    r"however|though|therefore|meanwhile|moreover|also|too|in turn|for example)\b"
    r"[^,]{0,100}, (?P<rest>[a-z].*)$"
)
_PHRASE_OPENERS = frozenset(
    ["in", "on", "by", "during", "at", "from", "between", "around", "over", "within", "for"]
)


# What follows an opening clause that was the sentence's first main clause: "After the
# inquiry she set up a laboratory, and from then on ...": no lead, the sentence's start
_JOINING = re.compile(r"(?:and|but|so|or)\s", re.IGNORECASE)


def _main_clause_before(rest: str) -> bool:
    """Whether what follows an opening 'phrase' shows it was the first main clause: "and
    from then on ..." (but "With the prize gone, and with creditors waiting, ..." is two
    opening phrases)."""
    return bool(_JOINING.match(rest)) and not _LEAD.match(rest)


_SUBJECTS_OWN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)  # in a lead clause


def _holds_clause(lead: str) -> bool:
    """Whether an opening 'phrase' is the main clause itself: 'Around 17 March he left the
    tent in a blizzard, saying ...' (a phrase opened by 'when' or 'after' may hold a verb;
    one opened by a preposition holds none)."""
    words = _WORD.findall(lead)
    if not words or words[0].lower() not in _PHRASE_OPENERS:
        return False
    words = words[1:]
    return any(  # "in the primary tanks,": a plural noun at the comma is no verb
        is_verb(w, words[k - 1], words[k + 1] if k + 1 < len(words) else "")
        for k, w in enumerate(words)
        if k
    )


@lru_cache(maxsize=8192)  # the scaffold reads a sentence several ways: parse it once
def parse(sentence: str) -> Parsed:
    """Split a sentence into opening phrase, subject and the verb with the rest."""
    body = sentence.strip().rstrip(".!?;:").strip()
    lead = ""
    m = _LEAD.match(body)
    while (
        m
        and len(body) - m.end() > 12
        and not _holds_clause(m.group("lead"))
        and not _main_clause_before(body[m.end() :])
    ):
        lead = f"{lead}, {m.group('lead')}" if lead else m.group("lead")
        body = body[m.end() :]
        m = _LEAD.match(body)
    aside = _ASIDE.match(body)
    if aside and not lead:  # "Edgar Evans, weakened by frostbite, collapsed ...": the
        # aside set off by commas is no part of the subject or the verb
        rest = aside.group("rest")
        verb = _WORD.match(rest)
        before = _WORD.findall(aside.group("subject"))
        said = len(_WORD.findall(rest)) >= 3  # "..., suffered": too little to ask about
        if verb and before and said and is_verb(verb.group(), before[-1]):
            copula = verb.group().lower() if verb.group().lower() in _BE else ""
            return Parsed(lead, aside.group("subject"), rest, copula)
    words = list(_WORD.finditer(body))
    for k in range(1, min(len(words), 9)):
        word, previous = words[k].group(), words[k - 1].group()
        if "," in body[words[k - 1].end() : words[k].start()]:
            break  # the subject ends before a comma: an aside, not a verb
        after = body[words[k].end() :].lstrip()
        following = words[k + 1].group() if k + 1 < len(words) and after[:1].isalnum() else ""
        if is_verb(word, previous, following):
            k = _past_reduced_relative(words, k, body)
            word = words[k].group()
            j = k
            while j > 1 and _pre_verb(words[j - 1].group()):
                j -= 1  # "Ashby never forgave him": 'never' goes with the verb
            rest_at = words[j].start()
            subject = body[:rest_at].strip()
            rest = body[rest_at:].strip()
            copula = word.lower() if word.lower() in _BE else ""
            if not lead and words[0].group().lower() in _PHRASE_OPENERS:
                # "In 1826 Mary saved ...", "Around 17 March he left ...": an opening
                # phrase without its comma, then a name or a pronoun as the subject
                j = k - 1
                while (
                    j > 1
                    and words[j].group().lower() not in _PRONOUNS
                    and words[j - 1].group()[:1].isupper()
                    and not _MONTH.match(words[j - 1].group())
                ):
                    j -= 1
                own = words[j].group()
                named = own[:1].isupper() and not _MONTH.match(own)
                noun = j > 2 and words[j - 1].group().lower() in ("the", "a", "an")
                if noun:
                    j -= 1  # "In 1874 the Post Office appointed ...": its article too
                described = _described_from(words, k)
                if described is not None:  # "In 1912 the chemist Ada Roe measured ..."
                    j, named = described, True
                j = _whole_of(words, j)  # "In 1938 control of the brigade passed ..."
                j = _phrase_start(words, j)  # "In 1890 no boat from Skarholm was lost"
                if j > 1 and (named or noun or own.lower() in _PRONOUNS):
                    lead = body[: words[j].start()].strip()
                    subject = body[words[j].start() : rest_at].strip()
            return Parsed(lead, subject, rest, copula)
    return Parsed(lead, "", body, "")


def _opening_end(words: list[re.Match[str]], before: int) -> int:
    """The index after an opening word's date or name ('In 1887', 'At Corrach Moss')."""
    d = 1
    while d < before and (words[d].group()[:1].isdigit() or words[d].group()[:1].isupper()):
        d += 1
    return d


def _phrase_start(words: list[re.Match[str]], start: int) -> int:
    """A subject found after a preposition starts at the determiner of the noun the
    preposition follows ("In the following decade no boat from Skarholm was lost": 'no
    boat from Skarholm', not 'Skarholm'); `start` when no determiner comes before."""
    if start < 2 or words[start - 1].group().lower() not in _PREPOSITIONS:
        return start
    # not the opening word's own noun ("Within a year coal in Ashcombe had fallen")
    d = max(_opening_end(words, start), 2)
    for k in range(start - 2, d - 1, -1):
        if words[k].group().lower() in _DETERMINERS:
            return k
    return start


_DETERMINERS = frozenset(
    ["the", "a", "an", "no", "every", "each", "some", "any", "this", "that", "these", "those"]
)
# words of degree before an adjective ("far cheaper", "much larger"): the drafts ask of
# such sentences as they did before
_DEGREE = frozenset(["far", "much", "very", "so", "too", "quite", "rather", "even", "more", "less"])
_QUALITY = 0.5  # share of a word's use as an adjective: it says what one is like


def _quality(word: str) -> bool:
    """Whether a word after 'was' says what something was like ('visible', 'false'), not
    what it was ('a chemist', 'Marit Oshen', 'nine', 'not her father but ...')."""
    if not word.isalpha() or not word.islower() or word in language()["number_words"]:
        return False
    if word in _DEGREE:
        return False  # "Wood was far cheaper than rags": as before, a degree word
    return adjective_share(stem(word)) > _QUALITY


_NEGATIVE = frozenset(["no", "not", "none", "nothing", "nobody", "neither", "never", "nor"])


def _whole_of(words: list[re.Match[str]], start: int) -> int:
    """A subject found after 'of' starts where the opening date ends, when only lowercase
    words come between ("In 1938 control of the brigade passed", "By 1990 about a third
    of Corrach Moss had been damaged"): 'the brigade' alone did not pass."""
    if start < 3 or words[start - 1].group().lower() != "of":
        return start
    d = _opening_end(words, start)
    between = [w.group() for w in words[d : start - 1]]
    plain = all(w.islower() for w in between) or between[:1] in (["the"], ["a"], ["an"])
    return d if d > 1 and between and plain else start  # "In 1919 the Guild of Civil ..."


def _described_from(words: list[re.Match[str]], verb: int) -> int | None:
    """Where the subject starts after an opening phrase of a date or a name with no comma,
    when an article follows it and the subject is described in lowercase words, a name
    at most closing it ("In 1887 a peat cutter named Tobias Rusk struck ...", "At Corrach
    Moss the fen stage lasted ...", "At Port Elvin the harbour master Tom Hale built
    ..."); None when the opening is not so plain. A name before the describing words
    qualifies them ("In 1652 a Quarrow tinsmith named Abel Voss gathered ...")."""
    d = _opening_end(words, verb)
    if d == 1 or d >= verb or words[d].group().lower() not in ("the", "a", "an"):
        return None
    between = [w.group() for w in words[d + 1 : verb]]
    # a name may qualify the description ("a Quarrow tinsmith named Abel Voss"): the
    # subject is described when a lowercase word comes before the name closing it
    lower = max((k + 1 for k, w in enumerate(between) if w.islower()), default=0)
    named = all(w[:1].isupper() for w in between[lower:])
    return d if lower and named else None


# Words that open a sentence to say where in a sequence it stands, or how it goes on from
# the one before, and name nothing: "Then the curd is cut", "Third, in the aeration tank,
# air is blown through it", "Instead Lenz wrote ...". The one list the drafts share: a
# subject, a title, a question and a hint all read past them.
SEQUENCE = frozenset(
    [
        *("first", "second", "third", "fourth", "fifth", "next", "then", "finally", "lastly"),
        *("afterwards", "today", "now", "later", "meanwhile", "eventually", "soon", "still"),
        *("instead", "also", "however", "thus"),
    ]
)


def in_sequence(word: str, following: str) -> bool:
    """Whether a subject's first word only says where in a sequence its sentence stands
    ("Then the curd ...", "Instead Lenz ..."): not an ordinal that opens a title before a
    name ("First Lady Edith Wilson", "Second Lieutenant Ames")."""
    bare = word.lower().rstrip(",")
    ordinal = bare in language()["ordinal_words"] and not word.endswith(",")
    return bare in SEQUENCE and not (ordinal and following[:1].isupper())


# A subject never ends in these: "the firing of any man who", "Ashby at" (first insisted)
_OPEN_ENDS = _PREPOSITIONS | {"who", "which", "that", "whose", "the", "a", "an", "and", "or"}


def sound_parse(sentence: str) -> Parsed:
    """A sentence's parse whose subject a question can name (see _sound)."""
    return _sound(parse(sentence))


def _sound(parsed: Parsed) -> Parsed:
    """A parse whose subject a question can name: an opening word of sequence moves to
    the lead ("Then the curd is cut": the curd), and a subject that ends in a word that
    opens a phrase was cut inside one, so it names nothing."""
    opening = _opening_phrase(parsed.subject)
    if opening:  # "Within two hours the samples reached ...": the samples
        lead = ", ".join(x for x in (parsed.lead, opening[0]) if x)
        parsed = Parsed(lead, opening[1], parsed.rest, parsed.copula)
    later = _SPAN_LATER.match(parsed.subject)
    if later:  # "Two years later the mill closed": the mill
        lead = ", ".join(x for x in (parsed.lead, later.group(1)) if x)
        parsed = Parsed(lead, later.group(2), parsed.rest, parsed.copula)
    words = parsed.subject.split()
    if len(words) > 1 and in_sequence(words[0], words[1]):
        lead = ", ".join(x for x in (parsed.lead, words[0]) if x)
        parsed = Parsed(lead, " ".join(words[1:]), parsed.rest, parsed.copula)
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in _PREPOSITIONS and not parsed.copula:
        # "Ashby at first insisted": the phrase goes with the verb
        rest = f"{words[-1]} {parsed.rest}"
        return Parsed(parsed.lead, " ".join(words[:-1]), rest, "")
    if words and words[-1].lower() in _OPEN_ENDS:
        return Parsed(parsed.lead, "", parsed.rest, "")
    return parsed


# "Two years later the mill", "A month after that the court": a span of time, then the
# subject
_SPAN_LATER = re.compile(
    r"^((?:\w+ ){1,3}(?:later|earlier|afterwards|after that|before that))\s+(\S.*)$",
    re.IGNORECASE,
)


def _counted(subject: str) -> str | None:
    """The thing a subject counts ('four hundred and six men': men; '212 wheels'), or
    None when it opens with no number."""
    words = subject.split()
    numbers = {*language()["number_words"], "and"}
    if len(words) < 2 or not (words[0][:1].isdigit() or words[0].lower() in numbers):
        return None
    rest: list[str] = []
    for word in words[1:]:
        if word.lower() in _PREPOSITIONS:
            break  # "212 wheels from that July": wheels
        if not word[:1].isdigit() and word.lower() not in numbers:
            rest.append(word)
    plural = bool(rest) and (rest[-1].lower() in _PLURALS or looks_plural(rest[-1]))
    return " ".join(rest) if plural else None


# plurals English forms otherwise than with -s
_PLURALS = frozenset(["men", "women", "children", "people", "feet", "teeth", "mice", "geese"])


def _plain_order(clause: str) -> str:
    """A clause with its opening phrases after it, and words of sequence dropped: "Third,
    in the lanes, air is blown through" -> "air is blown through in the lanes", so "What
    was the aim when ...?" reads as a question."""
    first, comma, after = clause.partition(", ")
    if comma and first.lower() in SEQUENCE:  # "Second, in the tanks, the sewage ..."
        clause = after
    parsed = _sound(parse(clause))
    if not parsed.subject or not parsed.lead:
        return clause
    lead = ", ".join(part for part in parsed.lead.split(", ") if part.lower() not in SEQUENCE)
    return f"{parsed.subject} {parsed.rest} {lower_first(lead)}".strip()


def _pre_verb(word: str) -> bool:
    """An adverb that stands before a verb ('never', 'also', 'gradually'): part of what
    the subject did, never of the subject."""
    return word in _PRE_VERB or (
        word.endswith("ly")
        and len(word) > 4
        and word.islower()
        and word in language()["ranks"]
        and modifier_share(stem(word)) > 0.5  # not "family", "supply", "assembly"
    )


_PRE_VERB = frozenset(
    [
        "never",
        "not",
        "also",
        "later",
        "then",
        "soon",
        "often",
        "always",
        "still",
        "only",
        "finally",
        "first",
        "once",
        "already",
        "even",
        "just",
        "nearly",
        "almost",
        "rarely",
        "seldom",
        "sometimes",
        "usually",
        "eventually",
    ]
)


def _past_reduced_relative(words: list[re.Match[str]], k: int, body: str) -> int:
    """The verb's place past a participle that only describes the subject: in "Old
    bells sent back to Wrenmere are melted down" the verb is "are", not "sent", and in
    "Rock salt mined inland was cheaper" it is "was" (what the salt was like by
    comparison; not "Sedric believed the war was nearly won")."""
    if not (words[k].group().lower().endswith("ed") or words[k].group().lower() in _IRREGULAR):
        return k
    for j in range(k + 1, min(len(words), k + 8)):
        low = words[j].group().lower()
        if low in _CLAUSE_BREAKS or "," in body[words[j - 1].end() : words[j].start()]:
            return k
        if low in _BE and j + 1 < len(words):
            after = words[j + 1].group().lower()
            passive = after.endswith(("ed", "en")) or after in _IRREGULAR
            return j if passive or _comparative(after) else k
    return k


def _like(word: str) -> bool:
    """Whether a word after 'was' says what something was like, a comparative too
    ("cheaper", "larger", "heavier")."""
    return _quality(word) or _comparative(word)


def _comparative(word: str) -> bool:
    """Whether a word is a comparative of a word of quality ("cheaper", "larger",
    "heavier"): after a participle and 'was', what the subject was like ("Rock salt
    mined inland was cheaper"), where a plain adjective may be an adverb's ("was
    nearly won")."""
    if not word.endswith("er"):
        return False
    bases = (word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ier") else "")
    return any(base and _quality(base) for base in bases)


def lower_first(text: str) -> str:
    """'The mould' -> 'the mould', but names keep their capital ('Fleming', 'NASA')."""
    first = text.split(" ", 1)[0]
    low = first.lower()
    function = low in _OPENERS or low in frozenset(language()["stopwords"])
    if function and (len(first) == 1 or not first.isupper()):  # "When Weyl died": no name
        return text[:1].lower() + text[1:]
    second = text.split(" ", 2)[1:2]
    if second and second[0][:1].isupper():
        return text  # "Colonel Ashby", "Lake Tarrow": a title or a name's first word
    if first[1:].islower() and low in language()["ranks"] and low not in _NAMES.get():
        return text[:1].lower() + text[1:]
    return text


def _clause(text: str) -> str:
    return text.strip().rstrip(".!?;:,").strip()


def cause_split(sentence: str) -> tuple[str, str, str] | None:
    """(what happened, why or what came of it, "cause"/"result"/"purpose") or None."""
    body = _clause(sentence)
    fronted = _fronted_reason(body)
    if fronted:  # "Because the roads were shut, the mail came by boat"
        return _clause(fronted[1]), _clause(fronted[0]), "cause"
    for kind, pattern in (("cause", None), ("result", _RESULT), ("purpose", _PURPOSE)):
        m = pattern.match(body) if pattern else None
        split = (m.group("a"), m.group("b")) if m else _reason_after(body) if not pattern else None
        if split:
            a, b = _clause(split[0]), _clause(split[1])
            joined = _JOINED_REASON.match(b) if _TRAILING_AND.search(a) else None
            if kind == "cause" and joined:
                # "they float, and because they float, their tops are salted": the
                # reason explains the clause after it, not the one before the "and"
                return _clause(joined.group("a")), _clause(joined.group("b")), kind
            if kind != "result":
                b = _own_clause(b)
            return _TRAILING_AND.sub("", a), b, kind
    return None


def _reason_after(body: str) -> tuple[str, str] | None:
    """(what happened, its reason) of "A because B", at the first word that gives one."""
    for m in _CAUSE.finditer(body):
        a, b = body[: m.start()], body[m.end() :]
        if len(a) < 12 or len(b) < 6:
            continue
        if m.group(1).lower() == "since" and not _reason_since(a, b):
            continue
        return a, b
    return None


def _reason_since(before: str, after: str) -> bool:
    """Whether 'since' gives a reason: it opens a clause with its own verb ("since no lamp
    could pierce it"), not a time ("since 1791", "since his grandfather's time", "since
    her husband died in 1879") nor an adverb ("the island had since sunk")."""
    said = _WORD.findall(before)
    if said and said[-1].lower() in _AFTER_HAVE:
        return False
    if after.lower().startswith("then ") or _YEAR_AHEAD.match(after):
        return False
    return _has_verb(after.split(",", 1)[0])


def _has_verb(clause: str) -> bool:
    """Whether a stretch of words holds a verb plain to see ('no lamp could pierce it')."""
    words = _WORD.findall(clause)
    return any(
        is_verb(w, words[k - 1], words[k + 1] if k + 1 < len(words) else None)
        for k, w in enumerate(words)
        if k
    )


_FRONTED = re.compile(r"^because\s+", re.I)
# what opens no main clause: "Because she could not join the guild, which admitted ..."
_NO_MAIN = frozenset(
    ["which", "who", "whom", "whose", "where", "when", "and", "or", "but", "because", "while"]
)


def _fronted_reason(body: str) -> tuple[str, str] | None:
    """(reason, what happened) of "Because B, A": A starts after the first comma where a
    main clause begins, so a reason holding a list or a relative clause is kept whole
    ("Because the moss is waterlogged, acidic and short of oxygen, it barely decays")."""
    opened = _FRONTED.match(body)
    if not opened:
        return None
    cuts = [m for m in re.finditer(r",\s+", body) if m.start() - opened.end() >= 6]
    splits = [(body[opened.end() : m.start()], body[m.end() :]) for m in cuts]
    splits = [(b, a) for b, a in splits if len(a) >= 12]
    for b, a in splits:
        first = a.split(" ", 1)[0].lower()
        if first not in _NO_MAIN and _has_verb(a.split(",", 1)[0]):
            return b, a
    return splits[0] if splits and "," not in splits[0][0] else None


_TRAILING_AND = re.compile(r",?\s+(?:and|but)$")
_JOINED_REASON = re.compile(r"^(?P<b>[^,]{4,}),\s+(?P<a>.{12,})$")
# ", and in the morning Ruegg skims ...": a new clause with its own subject after a reason
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|then)\s+(?=\S+\s+\S+\s+\S+)")


# A comma before a clause that tells more of what came before it: "educated at the
# Academy, where the mistress taught her", "the Corran Bridge, which still stands".
_ASIDE_CLAUSE = re.compile(r",\s+(?=(?:where|when|which|who|whose|although|whereas|until)\s)")


def _asked_clause(rest: str) -> str:
    """What a question about the subject asks: the verb and its words up to the next
    clause ("Who was educated at the Academy?", not the mistress's lessons after it), so
    the question is one a learner would type and it matches that clause alone."""
    head = _ASIDE_CLAUSE.split(_own_clause(rest), maxsplit=1)[0]
    return head if len(head.split()) >= _MIN_CLAUSE_WORDS else rest


def _own_clause(reason: str) -> str:
    """A reason or purpose up to where a clause of its own begins ('the cream rises to
    the top, and in the morning Ruegg skims it' is 'the cream rises to the top'), so the
    lesson expects what the reason says and no more."""
    head, *tail = _NEXT_CLAUSE.split(reason, maxsplit=1)
    if tail and (parse(tail[0]).subject or _LEAD.match(tail[0])) and len(head.split()) >= 3:
        return head
    return reason


def draft_questions(
    sentence: str,
    person_subject: bool,
    unique_year: str | None,
    names: frozenset[str] = frozenset(),
) -> list[str]:
    """Two or three questions the sentence answers, most specific first.

    Args:
        sentence: the fact's answer (pronouns already replaced by names).
        person_subject: whether the subject is a person ("Who ...?" rather than "What ...?").
        unique_year: the sentence's year, when no other sentence names it.
    """
    token = _NAMES.set(names)
    try:
        return _questions(sentence, person_subject, unique_year)
    finally:
        _NAMES.reset(token)


# words that open a clause told inside a sentence ("describes how", "asked why"), never
# inside a noun phrase that is a subject (unlike "who", "which", "where" of a relative)
_CLAUSE_WORDS = frozenset(["how", "why", "whether", "what"])


def _questions(sentence: str, person_subject: bool, unique_year: str | None) -> list[str]:
    parsed = _sound(parse(sentence))
    out: list[str] = []
    split = cause_split(sentence)
    if split:
        a, _, kind = split
        happened = lower_first(_plain_order(_last_joined(a) if kind != "result" else a))
        if kind == "cause":
            out.append(f"Why {_did(happened)}?")
            out.append(f"What was the reason {happened}?")
        elif kind == "purpose":
            out.append(f"Why {_did(happened)}?")
            out.append(f"What was the aim when {happened}?")
        else:
            out.append(f"What happened because {happened}?")
            out.append(f"What was the result when {happened}?")
    subject_words = parsed.subject.lower().split()
    if (
        subject_words
        and (
            subject_words[0] in _PREPOSITIONS
            or subject_words[-1] in _PRONOUNS
            # "Not everything went well", "No boat was lost": "What was lost?" asks the opposite
            or subject_words[0] in _NEGATIVE
            # "This text describes how the mill began": a verb the parse missed, read as
            # part of the subject, and a clause of its own after it ("What began, ...?")
            or not _CLAUSE_WORDS.isdisjoint(subject_words[1:])
        )
    ):  # "In nature it is performed": no subject a question can name
        parsed = Parsed(parsed.lead, "", parsed.rest, "")
    after_be = parsed.rest.split(" ", 2)[1:2]
    # "are kept in the library": a passive ("What are her notebooks?" asks nothing)
    passive = bool(after_be) and (after_be[0].endswith("ed") or after_be[0] in _IRREGULAR)
    # "was visible from the far shore": what the subject was like, not what it is ("What
    # was the beam?" asks for something the sentence does not say)
    quality = bool(after_be) and _like(after_be[0])
    if parsed.subject and parsed.copula and not parsed.lead and not passive and not quality:
        thing = lower_first(parsed.subject)
        out.append(f"What {parsed.copula} {thing}?")
        out.append(f"Can you tell me what {thing} {parsed.copula}?")
    elif parsed.subject:
        who = "Who" if person_subject else "What"
        counted = _counted(parsed.subject)
        if counted:  # "Four hundred and six men had gone down": how many men
            who = f"How many {counted}"
        said = ", ".join(p for p in parsed.lead.split(", ") if p.lower() not in SEQUENCE)
        lead = f" {lower_first(said)}" if said else ""
        if _SUBJECTS_OWN.search(parsed.lead):
            # "Before his death, Lenin had grown ...": 'his' is the one asked of, so the
            # clause stays in front ("... of Stalin before his death?" would be Stalin's)
            out.append(f"{parsed.lead}, {who.lower()} {_asked_clause(parsed.rest)}?")
        else:
            out.append(f"{who} {_asked_clause(parsed.rest)}{lead}?")
        if not parsed.copula:
            out.append(f"What did {lower_first(parsed.subject)} do{lead}?")
    if unique_year:
        out.append(f"What happened in {unique_year}?")
    elif parsed.lead and len(out) < 2:
        out.append(f"What happened {lower_first(parsed.lead)}?")
    if len(out) < 2:
        body = lower_first(_clause(sentence))
        out.append(f"Is it true that {body}?")
        out.append(f"What does it mean that {body}?")
    return list(dict.fromkeys(out))[:4]


# Where a sentence joins one clause to the next: "; ", or a comma before a connector.
_CLAUSE_CUT = re.compile(
    r";\s+|:\s+(?=[a-z])|,\s+(?=(?:and|but|while|whereas|where|when|which|who|although|then|"
    r"before|after|until)\s)",
)
_CONNECTOR = re.compile(
    r"^(?:and|but|while|whereas|where|when|which|who|although|then|before|after|until)\s+"
    r"(?:then\s+)?",
    re.IGNORECASE,
)
_PEOPLE_PRONOUNS = frozenset(["he", "she", "they", "who"])
_MIN_CLAUSE_WORDS = 3


def first_clause(rest: str) -> str:
    """A sentence's verb and what follows, up to where its next clause begins ('sits at
    1,640 metres, and since 1978 it has made ...' is 'sits at 1,640 metres')."""
    return _CLAUSE_CUT.split(rest, maxsplit=1)[0]


def clause_questions(sentence: str, person_subject: bool) -> list[str]:
    """A short question per clause of a long sentence, each in the clause's own words:
    'He borrowed the Fram from Nansen, and he planned to let her drift' asks 'Who
    borrowed the Fram from Nansen?' and 'Who planned to let her drift?'. A learner's
    question is about one clause, and a short question says that clause and no more.
    Only clauses whose verb is plain to see: a past form, or 'is'/'was' and the like."""
    out = []
    pieces = _CLAUSE_CUT.split(_clause(sentence))
    for k, piece in enumerate(pieces):
        connector = _CONNECTOR.match(piece.strip())
        joined = connector.group().split()[0].lower() if connector else ""
        body = _CONNECTOR.sub("", piece.strip()).strip()
        words = _WORD.findall(body)
        if len(words) < _MIN_CLAUSE_WORDS:
            continue
        if k == 1 and joined in ("which", "who") and not _has_verb(pieces[0]):
            # "Kelmouth salt, which depended on peat, could not compete": a clause set
            # inside the subject, the main verb after it ("What depended on peat, could
            # not compete?" would join the two)
            continue
        if k > 0 and joined in _ELIDED and _plain_verb(words[0]):
            # "..., which broke down", "..., and named his base": the subject is elided
            people = joined == "who" or (joined != "which" and person_subject)
            out.append(f"{'Who' if people else 'What'} {lower_first(body)}?")
            continue
        parsed = parse(body)
        subject = parsed.subject.split()
        if joined == "which" and subject:
            continue  # "a tent, which they called Polheim": "which" is the object, lost
        # "the chemist Fritz Haber" (not "the Ida Brack museum": a name, then a thing)
        named = any(w[:1].isupper() for w in subject[1:]) and subject[-1][:1].isupper()
        if not subject or len(subject) > (_MAX_SUBJECT if named else 3):
            continue  # a long subject is more likely a misread verb than a subject
        if parsed.copula or parsed.lead:
            continue  # "X was Y" is asked as "What was X?" by draft_questions
        if "-" in parsed.rest.split(" ", 1)[0]:
            continue  # "thick-walled cells": no verb
        last = subject[-1].lower()
        if last in _PRONOUNS or last in _PEOPLE_PRONOUNS:
            who = "Who" if last in _PEOPLE_PRONOUNS else "What"
        elif subject[0].lower() in _PREPOSITIONS:
            continue
        else:
            named = named or subject[0] in _NAMES.get()
            who = "Who" if (person_subject and k == 0) or named else "What"
        out.append(f"{who} {parsed.rest}?")
    return out


_ELIDED = frozenset(["which", "who", "and", "but", "then"])
_MAX_SUBJECT = 6


def _plain_verb(word: str) -> bool:
    """A verb no noun is mistaken for: a form of be or have, a modal, an irregular past,
    or a regular past made of letters alone ('thick-walled' is no verb)."""
    low = word.lower()
    return low in _AUX or low in _IRREGULAR or (low.endswith("ed") and low.isalpha())


def why_question(clause: str, names: frozenset[str] = frozenset()) -> str:
    """'the team grew the mould in bedpans' -> 'Why did the team grow the mould in bedpans?'
    (`names`: the folded words of the text's names, which keep their capital)."""
    token = _NAMES.set(names)
    try:  # read as written ("The owners, the Fenwick brothers, agreed"), then lowered
        return f"Why {_did(_last_joined(clause))}?"
    finally:
        _NAMES.reset(token)


def _last_joined(clause: str) -> str:
    """Of "A, and B" the clause a reason that follows explains: B ("his first bell was
    for the chapel, and he had to cast it outside, because ..." asks why he had to), its
    "he" or "she" named from A ("Pellacott's first bell ...": Pellacott)."""
    head, joined, tail = clause.rpartition(", and ")
    if not joined:  # "the council proposed a bridge, but the islanders voted against it"
        head, joined, tail = clause.rpartition(", but ")
    if not joined or not parse(tail).subject:
        return clause
    pronoun, _, rest = tail.partition(" ")
    if pronoun.lower() in ("he", "she"):
        stop = frozenset(language()["stopwords"])
        names = re.findall(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*", head)
        name = next((n for n in names if n.split()[0].lower() not in stop), None)
        if name is None:
            return clause
        tail = f"{name} {rest}"
    return tail


def _did(clause: str) -> str:
    """'Fleming stopped his work' -> 'did Fleming stop his work' when the verb is plain to
    see; otherwise the clause after 'was it that' ('is it that' told in the present)."""
    asked = _inverted(clause)
    if asked is not None:
        return asked
    return f"{'was' if _past(clause) else 'is'} it that {lower_first(clause)}"


def _inverted(clause: str) -> str | None:
    """The clause as a question after 'Why', its auxiliary first ('did the council close
    the quarry in 1901', 'does the curd sink'), or None when its verb is not plain."""
    parsed = parse(clause)
    if not parsed.subject:
        return None
    if parsed.lead:  # "Beneath it, a crack let rock rise" -> "did a crack let rock rise
        # beneath it"
        asked = _inverted(f"{parsed.subject} {parsed.rest}")
        return None if asked is None else f"{asked} {lower_first(parsed.lead)}"
    opening = _opening_phrase(parsed.subject)
    if opening:  # "In 1901 the council closed it" -> "did the council close it in 1901"
        lead, subject = opening
        asked = _inverted(f"{subject} {parsed.rest}")
        return None if asked is None else f"{asked} {lead[:1].lower()}{lead[1:]}"
    verb, _, tail = parsed.rest.partition(" ")
    adverbs = ""
    while _pre_verb(verb) and tail:
        adverbs = f"{adverbs} {verb}".strip()
        verb, _, tail = tail.partition(" ")
    adv = f" {adverbs}" if adverbs else ""  # "did Ashby never forgive him"
    low = verb.lower()
    subject = lower_first(parsed.subject)  # "did the council", "did Fleming"
    if low in _MUST and tail.startswith("to "):  # "he had to cast it" -> "did he have to"
        return f"{_MUST[low]} {subject}{adv} have {tail}"
    if low in _AUX and low not in _LINKING:
        return f"{low} {subject}{adv} {tail}".strip()
    if low in _LINKING and low.endswith("s"):  # "the town remains" -> "does the town remain"
        return f"does {subject}{adv} {low[:-1]} {tail}".strip()
    if low in _LINKING and not low.endswith("ed") and low not in _IRREGULAR:  # "they seem"
        return f"do {subject}{adv} {low} {tail}".strip()
    base = _base(low)  # "the village became known" -> "did the village become known"
    if base:
        return f"did {subject}{adv} {base} {tail}".strip()
    present = _present_base(low, parsed.subject, tail)
    if present:  # "the curd sinks" -> "does the curd sink"
        return f"{present[0]} {lower_first(parsed.subject)}{adv} {present[1]} {tail}".strip()
    return None


def _opening_phrase(subject: str) -> tuple[str, str] | None:
    """('In 1901', 'the council') of a subject a phrase opens without its comma; None when
    it has none."""
    words = subject.split()
    if len(words) < 3 or words[0].lower() not in _PHRASE_OPENERS:
        return None
    for k in range(2, len(words)):
        word = words[k]
        if words[k - 1].lower() in _PREDETERMINERS:
            continue  # "For half a century the two ideas": the phrase goes on
        if word.lower() in _DETERMINERS_OPENING or (word[:1].isupper() and not _MONTH.match(word)):
            return " ".join(words[:k]), " ".join(words[k:])
    return None


_DETERMINERS_OPENING = frozenset(["the", "a", "an", "his", "her", "its", "their", "this"])
# what comes before an article inside one phrase ("half a century", "all the way")
_PREDETERMINERS = frozenset(["half", "all", "both", "such", "quite", "rather", "twice", "what"])


def _past(clause: str) -> bool:
    """Whether a clause tells of the past (a past verb in it), for 'was it that' over
    'is it that' ('the milk rests overnight': a process told in the present)."""
    words = [w.lower() for w in _WORD.findall(clause)]
    return any(
        w in _IRREGULAR or (w.endswith("ed") and len(w) > 4)
        for before, w in zip(["", *words], words, strict=False)
        if before not in _PRESENT_BE  # "the tops are sprinkled": told in the present
    )


_PRESENT_BE = frozenset(["is", "are", "am", "be", "been", "being"])


_PLURAL_SUBJECTS = frozenset(["they", "we", "you", "i"])
_VERB_AFTER = 0.8  # share of verb use that makes the next word the verb


def _present_base(verb: str, subject: str, tail: str) -> tuple[str, str] | None:
    """('does', 'rest') for 'the milk rests', ('do', 'float') for 'they float': the
    auxiliary and base form of a present verb, checked against English words and against
    the subject's number (a plural noun or 'they' takes the bare verb)."""
    ranks: dict[str, int] = language()["ranks"]
    words = subject.lower().split()
    after = tail.split(" ", 1)[0].lower()
    plain = after in language()["stopwords"] or after.endswith("ly")
    if plain and verb_share(stem(after)) > _VERB_AFTER:
        plain = False  # "the local rules say": 'say' is the verb, 'rules' a noun
    if not words or _PREPOSITIONS.intersection(words) or after in _AUX or not plain:
        # "the milk rests in shallow | pans", "their top | surfaces are", "the local |
        # rules say": a noun taken for the verb; a verb goes on with a small word
        return None
    last = words[-1]
    plural = last in _PLURAL_SUBJECTS or (looks_plural(last) and last not in _PRONOUNS)
    if plural:
        return ("do", verb) if verb in ranks and not verb.endswith("ed") else None
    if not verb.endswith("s") or verb.endswith("ss"):
        return None
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if verb.endswith(cut) and verb[: -len(cut)] + add in ranks:
            return "does", verb[: -len(cut)] + add
    return None


_SAME_PAST = frozenset(
    [
        "let",
        "put",
        "cut",
        "set",
        "hit",
        "cost",
        "shut",
        "spread",
        "burst",
        "cast",
        "hurt",
        "split",
        "quit",
        "bet",
        "upset",
        "thrust",
        "broadcast",
        "forecast",
        "shed",
        "slit",
    ]
)


def base_form(past: str) -> str | None:
    """The base form of a past verb ("collapsed" -> "collapse", "rose" -> "rise"), or None."""
    return _base(past)


def _base(past: str) -> str | None:
    """The base form of a past verb: from the table of irregular ones, else a regular
    one's checked against English words."""
    if past in _IRREGULAR:
        return _IRREGULAR[past]
    if past in _SAME_PAST:
        return past  # "a crack let rock rise" -> "did a crack let"
    if not past.endswith("ed"):
        return None
    ranks: dict[str, int] = language()["ranks"]
    stem = past[:-2]
    candidates = [past[:-1], stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""]
    if stem.endswith("i") and len(stem) > 2:  # "carried" is "carry", never "Carrie"
        candidates.insert(0, stem[:-1] + "y")
    for c in candidates:
        if c and c in ranks:
            return c
    return None


def cloze(sentence: str, keywords: Sequence[str]) -> tuple[str, str] | None:
    """The sentence with its key word blanked out, and that word: a fill-in prompt. A
    word of a number blanks the whole number ("____ men", not "Four ____ and six men")."""
    for word in keywords:
        if not word or YEAR.fullmatch(word):
            continue
        m = re.search(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)
        if m:
            start, end = _number_around(sentence, m.start(), m.end())
            return f"{sentence[:start]}____{sentence[end:]}", sentence[start:end]
    return None


def _number_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span of the number written in words that holds sentence[start:end] ("four
    hundred and six" of "hundred"), or that span itself."""
    for found in _spelt_numbers().finditer(sentence):
        if found.start() <= start and end <= found.end():
            return found.start(), found.end()
    return start, end


@lru_cache(maxsize=1)
def _spelt_numbers() -> re.Pattern[str]:
    """A run of number words ("four hundred and six", "twenty-one", "one hundred")."""
    words = {*language()["number_words"], "one"}
    word = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    # "and" only after a hundred or a thousand: "two hundred and six", not "two and three"
    joined = r"(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+|[\s-]+"
    return re.compile(rf"\b(?:{word})(?:(?:{joined})(?:{word}))*\b", re.IGNORECASE)
