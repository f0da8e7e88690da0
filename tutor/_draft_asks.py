"""A drafted lesson's question from one sentence, as a teacher would ask it, or none.

The lesson asks its questions cold, so each must read as English on its own: an opening
word of sequence ("First,", "Next") or of place ("Inside,") is no part of what is asked;
a time put first ("That summer") goes to the end as a whole; an aside that reports who
said it ("the cold springs, Castellane argued, made ...") becomes "according to
Castellane"; 'who' asks for a person and 'what' for a thing, read from the subject's own
head noun (WordNet's person class, a name the text gives a person, a pronoun); and a
reason is asked 'why' only of the clause it explains. Where the sentence gives no such
question (a fragment with no verb, a reason that may explain a clause inside another),
none is drafted: an honest gap beats a garbled question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._draft_questions import (
    IRREGULAR_PAST,
    SEQUENCE,
    first_clause,
    is_verb,
    lower_first,
    parse,
    why_question,
)
from ._lexicon import modifier_share, verb_share
from ._noun_kinds import noun_kind
from ._text import language, looks_plural, stem

__all__ = [
    "SEQUENCE",
    "has_verb",
    "led_to_question",
    "subject_is_person",
    "told_in_past",
    "who_question",
    "why_ask",
    "without_connectives",
]

_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w'\u2019-]*")
_ONE_WORD_LEAD = re.compile(r"^([A-Z][a-z]+),\s+(?=\S)")  # "Inside, Mulvane's men ..."
# "That summer Reinholt ...", "The same year the mill ...": a time put first, no comma
# (units of time: a closed class)
_TIME_LEAD = re.compile(
    r"^((?:that|this|each|every|next|last|one|the same|the following|the next)\s+"
    r"(?:year|summer|winter|spring|autumn|month|week|day|night|morning|evening|decade|"
    r"century|season))\s+(?=[A-Z]|(?:the|a|an|his|her|its|their|he|she|it|they)\s)",
    re.IGNORECASE,
)
# ", Castellane argued,", ", he said,": who reports a clause, set off by commas
_REPORTED = re.compile(r",\s+((?:[A-Z][\w'\u2019-]*\s+){1,3}|(?:he|she|they)\s+)([a-z]+),\s+")
_RELATIVE = frozenset(["that", "which", "who", "whom", "whose"])
# What opens a clause inside another: a reason after it may explain that clause instead
_SUBORDINATE = frozenset(
    ["which", "who", "whose", "where", "when", "after", "before", "until", "while", "once"]
)
_RELATIVE_OPENERS = frozenset(["which", "who", "whose", "where"])
_DETERMINERS = frozenset(["every", "each", "a", "an", "another", "any", "no"])
_PEOPLE = frozenset(["he", "she", "they", "we", "himself", "herself", "themselves"])
_THINGS = frozenset(["it", "this", "that", "these", "those"])
_HEAD_ENDS = frozenset(
    [
        *("of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "after", "before"),
        *("who", "which", "that", "whose", "named", "called", "known", "led"),
    ]
)
_BREAKS = _RELATIVE | {"and", "or", "but", "because", "when", "where", "while", "if"}
_FINITE_AUX = frozenset(
    [
        *("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"),
        *("must", "should", "may", "might", "does", "did"),
    ]
)
# a modal or a form of be after the verb inverted ('have' may be that verb: "did he have")
_SECOND = _FINITE_AUX - {"has", "have", "had", "does", "did"}
_PAST_AUX = frozenset(["was", "were", "had", "did", "would", "could"])
_PRESENT_AUX = frozenset(["is", "are", "has", "have", "does", "do", "will", "can", "must", "may"])
_NO_VERB = 0.1  # share of a word's use as a verb below which it is no verb at all
_VERB_SHARE = 0.8  # share of a word's use as a verb that makes it the verb after a noun


@lru_cache(maxsize=1)
def _connectives() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(one opening a clause, one set off by commas inside or at its end), from English's
    closed class of discourse connectives (english.yaml)."""
    said: list[str] = sorted(language()["discourse_connectives"], key=len, reverse=True)
    words = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in said)
    several = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in said if " " in c)
    # "However, the ...", "At the same time the ...": a single word only with its comma
    # ("Still water ..." is no connective), a phrase not before its object ("As a result
    # of the flood", "In addition to ...")
    opening = re.compile(
        rf"^(?:(?:{words}),\s*|(?:{several})\s+(?!of\b|to\b|with\b))(?=\S)", re.IGNORECASE
    )
    inside = re.compile(rf",\s+(?:{words})(?=\s*(?:,|$|[.?!]))(?:,(?=\s))?", re.IGNORECASE)
    return opening, inside


def without_connectives(clause: str) -> str:
    """A clause without the words by which it goes on from the sentence before ("At the
    same time, a blight killed ..." -> "a blight killed ...", "the paper was poor,
    however" -> "the paper was poor", "the paper, however, was poor"): a question asks
    the clause cold, where they lean on what the learner was not told."""
    opening, inside = _connectives()
    clause = opening.sub("", clause, count=1)
    return inside.sub("", clause).strip()


def _peeled(clause: str) -> tuple[str, str]:
    """(the clause with its opening word of sequence or place dropped and a time put
    first moved to its end, who reports it or ''), so the question asks the clause."""
    said = ""
    clause = without_connectives(clause)  # "the paper was poor, however"
    first, _, after = clause.partition(" ")
    if first.rstrip(",").lower() in SEQUENCE and after:
        clause = after  # "First, the beekeeper lights ...", "Next the keeper trims ..."
    lead = _ONE_WORD_LEAD.match(clause)
    if lead and lower_first(lead.group(1)) != lead.group(1):  # "Inside,", not "Ruegg,"
        clause = clause[lead.end() :]
    timed = _TIME_LEAD.match(clause)
    if timed:
        clause = f"{clause[timed.end() :]} {timed.group(1).lower()}"
    reported = _REPORTED.search(clause)
    if reported and _reports(reported.group(1), reported.group(2)):
        who = reported.group(1).strip()
        said = "" if who.lower() in _PEOPLE else who
        clause = f"{clause[: reported.start()]} {clause[reported.end() :]}"
    return _without_last_adverb(clause), said


def _reports(who: str, verb: str) -> bool:
    """Whether ', Castellane argued,' reports the clause round it: a name or a pronoun,
    then a past verb and nothing more."""
    words = who.split()
    return is_verb(verb, words[-1]) and (verb in IRREGULAR_PAST or verb.endswith("ed"))


def _without_last_adverb(clause: str) -> str:
    """'lasted two years, chiefly' -> 'lasted two years': the adverb went with the
    reason ('chiefly because ...') that was cut off after it."""
    head, comma, last = clause.rstrip(", ").rpartition(", ")
    if comma and " " not in last and _adverb(last):  # not "watch atolls closely"
        return head
    return clause


def _adverb(word: str) -> bool:
    """'chiefly', 'partly': an -ly word that is no noun ('family', 'supply')."""
    return (
        word.islower()
        and word.endswith("ly")
        and word in language()["ranks"]
        and noun_kind(word) is None
        and (modifier_share(stem(word)) > 0.5 or verb_share(stem(word)) < 0.5)
    )


def _explains_inner(clause: str, purpose: bool) -> bool:
    """Whether a clause ends in a clause of its own ('..., which cracked during its first
    winter', '... after the merchant stopped selling them'): a reason after it may
    explain that one, so no 'why' of the whole is asked. A purpose goes with the doing
    ('Seed is dried before it is frozen so that ...'), so there only a relative clause
    counts ('... a grit channel where the water slows so that ...')."""
    opens = _RELATIVE_OPENERS if purpose else _SUBORDINATE
    words = _WORD.findall(clause.split(", ")[-1])
    for k, word in enumerate(words):
        if k and word.lower() in opens and _verb_in(words[k + 1 :]):
            return True
    return bool(words) and words[0].lower() in opens and ", " in clause


def _verb_in(words: list[str]) -> bool:
    return any(
        is_verb(w, words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else None)
        for k, w in enumerate(words)
    )


def has_verb(sentence: str) -> bool:
    """Whether a sentence is a clause, not a fragment ('Edda Varnholt (1812-1879).')."""
    return _finite(sentence.rstrip(".!?;:"))


def _finite(clause: str) -> bool:
    """Whether a clause has a verb of its own before any relative clause: 'the crews
    called him "the Captain"' has; 'the Swing Bridge (1903), a steel bridge that turned
    on a pivot' has none."""
    words = _WORD.findall(clause)
    for k, word in enumerate(words):
        if word.lower() in _RELATIVE:
            return False
        if k and is_verb(word, words[k - 1]):
            return True
        if k and word.islower() and verb_share(stem(word)) > _VERB_SHARE:
            return True  # "Bees make honey": a verb in the present, plain or not
    return False


# Words opening a clause that leans on the main one after it (a closed class)
_LEANS_ON = frozenset(
    [
        "when",
        "whenever",
        "if",
        "as",
        "while",
        "once",
        "after",
        "before",
        "until",
        "since",
        "although",
        "though",
        "because",
        "unless",
        "where",
        "wherever",
    ]
)


def _bare_verb(clause: str) -> tuple[str, str, str] | None:
    """(subject, verb, rest) of a clause told in the present whose verb the parse could
    not see: 'scientists watch atolls closely', 'its top stays close to the surface'."""
    words = list(_WORD.finditer(clause))
    if words and words[0].group().lower() in _LEANS_ON:
        return None  # "when Ferrand lifts his foot, the pole springs back": not its verb
    stop = frozenset(language()["stopwords"])
    for k in range(1, min(len(words), 8)):
        word, before = words[k].group(), words[k - 1].group().lower()
        if before in _RELATIVE or word.lower() in _RELATIVE or "," in clause[: words[k].start()]:
            return None
        if not word.islower() or word in stop or before in stop or word in IRREGULAR_PAST:
            continue
        if word.endswith("ed"):
            return None  # "the crews called Lindqvist ...": told in the past after all
        plural = any(looks_plural(w.group().lower()) for w in words[:k])  # "the corals on
        # the outer edge grow"
        if verb_share(stem(word)) > _VERB_SHARE and (plural or word.endswith("s")):
            return clause[: words[k].start()].strip(), word, clause[words[k].end() :].strip()
    return None


def _present(subject: str, verb: str) -> tuple[str, str] | None:
    """('do', 'watch') of 'scientists watch', ('does', 'stay') of 'its top stays'."""
    ranks: dict[str, int] = language()["ranks"]
    last = subject.split()[-1].lower()
    if looks_plural(last) and not verb.endswith("s"):
        return "do", verb
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if verb.endswith(cut) and not verb.endswith("ss") and verb[: -len(cut)] + add in ranks:
            return "does", verb[: -len(cut)] + add
    return None


def why_ask(
    clause: str, names: frozenset[str], purpose: bool = False, fronted: bool = False
) -> str | None:
    """'Why ...?' of the clause a reason (or with `purpose`, an aim) explains, or None
    when no sound one can be asked (a fragment, a reason after it that may explain a
    clause inside it; one put first, "Because B, A", explains all of A)."""
    _, colon, told = clause.rpartition(": ")
    if colon and _verb_in(_WORD.findall(told)):  # "Its use is pickling: food kept ..."
        clause = told
    if not fronted and _explains_inner(clause, purpose):
        return None
    clause, said = _peeled(clause)
    asked = why_question(clause, names)
    if " it that " in asked:  # the verb was not plain to see: one told in the present?
        parsed = parse(clause)
        if _RELATIVE.intersection(w.lower() for w in _WORD.findall(parsed.subject)):
            return None  # its verb is a relative clause's ("a steel bridge that turned")
        bare = None if parsed.subject else _bare_verb(clause)
        present = _present(bare[0], bare[1]) if bare else None
        if bare and present:  # "Why do scientists watch atolls closely?"
            asked = f"Why {present[0]} {lower_first(bare[0])} {present[1]} {bare[2]}".strip()
            asked += "?"
        elif not _finite(clause):
            return None  # a fragment ("the Swing Bridge (1903), a steel bridge that ...")
    elif _second_verb(asked):
        return None  # "Why did food keep in vinegar ... will not rot?": a verb misread
    asked = _coordinated(asked)
    if said:
        asked = f"{asked[:-1]}, according to {said}?"
    return asked if _sound(asked) else None


def _second_verb(asked: str) -> bool:
    """Whether a 'Why did/does ...' question holds a second finite verb of its own
    clause, so the one inverted was no verb ('the carbon it took ... stays locked')."""
    words = _WORD.findall(asked)[2:]
    for k, word in enumerate(words):
        low = word.lower()
        if low in _BREAKS:
            return False
        if k and (low in _SECOND or (low.endswith("s") and _is_s_verb(words, k))):
            return True
    return False


def _is_s_verb(words: list[str], k: int) -> bool:
    """'stays' in 'the carbon it take from the air stays locked': an -s verb after a
    noun, where 'from the air' shows the noun ended a phrase."""
    word = words[k]
    return (
        word.islower()
        and not word.endswith(("ss", "us", "is"))
        and verb_share(stem(word)) > _VERB_SHARE
        and words[k - 1].lower() not in frozenset(language()["stopwords"])
        and any(w.lower() in ("it", "they", "he", "she") for w in words[:k])
    )


def _coordinated(asked: str) -> str:
    """The verbs joined to the first by 'and' take its form too: 'Why does the beekeeper
    light a smoker and puffs smoke' -> '... and puff smoke'."""
    m = re.match(r"^Why (did|does|do) ", asked)
    if not m:
        return asked
    words = asked.split(" ")
    for k in range(3, len(words) - 1):
        if words[k - 1] != "and":
            continue
        if any(w.lower() in _RELATIVE | {"because", "when", "where", "while"} for w in words[:k]):
            break
        if _own_subject(words[k:]):
            # "... stand aside and the crowd went home": a second clause with its own
            # subject, which the inverted verb does not reach; ask of the first alone
            return " ".join(words[: k - 1]).rstrip(",") + "?"
        base = _base_of(words[k], m.group(1))
        if base:
            words[k] = base
    return " ".join(words)


_SUBJECT_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my"])
_SUBJECT_REACH = 3  # words of a subject before its verb ("the old crowd went")


def _own_subject(words: list[str]) -> bool:
    """Whether words after 'and' open a clause of their own: a subject ("the crowd", a
    name) and then a verb in the past ("went", "fled")."""
    first = words[0] if words else ""
    if first.lower() not in _SUBJECT_OPENERS and not first[:1].isupper():
        return False
    for word in words[1 : 1 + _SUBJECT_REACH]:
        bare = word.strip(",.?;:")
        if bare.islower() and (bare in IRREGULAR_PAST or bare.endswith("ed")):
            return True
    return False


def _base_of(word: str, aux: str) -> str | None:
    """The bare verb of a verb in the form the inverted one had, or None."""
    from ._draft_questions import _base  # the past forms' table

    if not word.islower():
        return None
    if aux == "did":
        base = _base(word) if word in IRREGULAR_PAST or word.endswith("ed") else None
    else:
        present = _present("it", word)
        base = present[1] if present else None
    if base and verb_share(stem(base)) > _VERB_SHARE / 2:
        return base
    return None


def _sound(asked: str) -> bool:
    """Whether a drafted question reads as English: quotes closed, no word left dangling
    at its end that opens a phrase ('... that had?', '... of?')."""
    if asked.count('"') % 2 or asked.count("\u201c") != asked.count("\u201d"):
        return False
    last = _WORD.findall(asked)[-1:]
    return not last or last[0].lower() not in _HEAD_ENDS | _FINITE_AUX | {"the", "a", "an"}


def led_to_question(clause: str) -> str:
    """'A. What did that lead to?', or 'does' of a process told in the present ('Small
    grains release more whey. What does that lead to?')."""
    clause = without_connectives(clause)  # "At the same time the channel was silting up"
    told = f"{clause[:1].upper()}{clause[1:]}"
    return f"{told}. What {'did' if told_in_past(clause) else 'does'} that lead to?"


def told_in_past(clause: str) -> bool:
    """Whether a clause is told in the past ('had', 'sank', 'opened'), by its first
    auxiliary or else a past form."""
    words = [w.lower() for w in _WORD.findall(clause)]
    aux = [w for w in words if w in _PAST_AUX or w in _PRESENT_AUX]
    if aux:
        return aux[0] in _PAST_AUX
    return any(w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4) for w in words)


def subject_is_person(
    subject: str, named_person: bool, names: frozenset[str], verb: str = ""
) -> bool:
    """Whether 'who' asks for a subject: its head noun is a person's (WordNet), a pronoun
    of people, or a name the text gives a person; 'Kell's reputation', 'the worst moment
    of her career' and 'every Brunnalp' are things whoever they name. A group told with
    a plural verb is its people ('The staff are preparing')."""
    words = _WORD.findall(lower_first(subject))
    head: list[str] = []
    for k, word in enumerate(words):
        if k and (word.lower() in _HEAD_ENDS or (word.endswith("ed") and word.islower())):
            break
        head.append(word)
    if not head:
        return False
    last = head[-1]
    if last.lower() in _PEOPLE:
        return True
    if last.lower() in _THINGS:
        return False
    if last[:1].isupper() or last.lower() in names:
        before = head[-2].lower() if len(head) > 1 else ""
        return named_person and before not in _DETERMINERS  # "every Brunnalp": a thing
    kind = noun_kind(last.lower())
    if kind == "person":
        return True
    if (
        named_person
        and kind is None
        and words[len(head) : len(head) + 1] in (["named"], ["called"])
    ):
        return True  # "a Quarrow tinsmith named Abel Voss": a person, whatever a tinsmith is
    if kind == "group" and verb.lower() in ("are", "were", "have"):
        return True
    return named_person and kind == "group"  # "the Guild": the draft's reading stands


def who_question(rest: str, person: bool) -> str | None:
    """'Who/What <verb> ...?' of one clause, or None when it does not read as one: a
    name taken for the verb ('Edmund Aldred died'), a participle ('led by the clerk
    ...'), a noun taken for the verb ('large mills ... were making')."""
    asked = _series_cut(first_clause(rest))
    words = _WORD.findall(asked)
    if not words or (not words[0].islower() and words[0].lower() not in _FINITE_AUX):
        return None
    if len(words) > 1 and words[1] == "by" and words[0] not in _FINITE_AUX:
        return None  # "led by the printer's clerk ... petitioned"
    if _plural_noun(words[0]):
        return None  # "What cells that soak up water?": a noun taken for the verb
    if " " not in asked.split(",", 1)[0]:
        return None  # "What waterlogged, like a giant sponge?": a word left of a clause
    for word in _WORD.findall(asked.split(",", 1)[0])[1:]:
        low = word.lower()
        if low in _BREAKS or low in ("to",):
            break
        if low in _FINITE_AUX and words[0].lower() not in _FINITE_AUX:
            return None  # "mills in the north were making": 'mills' was no verb
    question = f"{'Who' if person else 'What'} {asked}?"
    return question if _sound(question) else None


def _plural_noun(word: str) -> bool:
    """Whether a word read as a question's verb is a plural noun no verb has for a form
    ('cells', 'valleys'; 'goes' and 'slopes' are verbs)."""
    low = word.lower()
    if not looks_plural(low) or low in _FINITE_AUX:
        return False
    forms = [low, low[:-1], low[:-2] if low.endswith("es") else low]
    return all(verb_share(stem(f)) < _NO_VERB for f in forms)


def _series_cut(asked: str) -> str:
    """A clause's first predicate of a series whose 'and' the clause cut left out: 'cut
    the rations to half, burned driftwood to save coal' -> 'cut the rations to half'."""
    head, comma, tail = asked.partition(", ")
    nxt = tail.split(" ", 1)[0]
    series = comma and nxt.islower() and (nxt in IRREGULAR_PAST or nxt.endswith("ed"))
    if series and len(head.split()) >= 3:
        return head
    return asked
