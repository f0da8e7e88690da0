"""The ladder a drafted expectation climbs: a clue, a quote to look for, a fill-in, the text.

A lesson asks before it tells, so no rung below the assertion may say the answer. The
answer's key phrase is the rarest word of what the question expects, taken from what it
says of its subject rather than the subject itself ("wet salt is heavier": "heavier"),
with the content words next to it ("a thin layer"), whole ("£4,300", never "£4,____").
The cloze prompt blanks it; the first hint points at it through the rest of the answer
("Think about what the text says about wet salt."), or, for a name, its first letter;
the second quotes the words around it in the text, holding none of the answer. A rung
that would say the key phrase anyway is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._draft_questions import SEQUENCE, lower_first, sound_parse
from ._lexicon import adjective_share, has_senses, modifier_share, noun_share, verb_share
from ._name_words import KIND_OF
from ._text import YEAR, language, split_words, stem

__all__ = ["Ladder", "is_adverb", "ladder"]

_TOKEN = re.compile(r"[^\s]+")
_EDGE = "\"'\u201c\u201d\u2018\u2019()[],.;:!?"
_PHRASE = 3  # words of a key phrase, at most
_NOUN = 0.5  # share of a word's use as a noun that lets a key phrase go on with it
_UNKNOWN = 10**6  # the rank of a word the lists lack
_NAMING = 0.5  # share of a word's use as a noun or adjective that lets one start it
_WINDOW = 6  # words of the text a second hint quotes
_HINTS = 2  # hints an expectation has (the schema asks for two)
_SUBJECT = 6  # words of the longest subject a first hint points at
_OPENS_CLAUSE = frozenset(["that", "which", "who", "whom", "whose", "when", "where"])
_NEGATIVE = frozenset(["no", "neither", "none", "nobody", "nothing", "never", "not", "few"])
_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "you", "i", "this", "these", "those"])


@dataclass(frozen=True, slots=True)
class Ladder:
    """An expectation's rungs below the assertion.

    Attributes:
        hints: one or two hints, none of which says the key phrase.
        prompt: the sentence with the key phrase blanked ("____").
        answers: what fills the blank: the key phrase, and its rarest word alone.
    """

    hints: tuple[str, ...]
    prompt: str
    answers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Word:
    text: str  # as written, without the punctuation around it
    start: int  # where it is in the sentence
    end: int


def _words(sentence: str) -> list[_Word]:
    out = []
    for m in _TOKEN.finditer(sentence):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip(_EDGE))
        text = raw.strip(_EDGE)
        if text:
            out.append(_Word(text, m.start() + lead, m.start() + lead + len(text)))
    return out


def _content(word: str) -> bool:
    low = word.lower()
    if low in frozenset(language()["stopwords"]) or YEAR.fullmatch(word):
        return False
    return any(c.isdigit() for c in word) or (len(low) > 2 and any(c.isalpha() for c in low))


def _rarity(word: str) -> int:
    """How rare a word is in English (a name or number the word lists lack: rarest)."""
    folded = split_words(word)
    ranks: dict[str, int] = language()["ranks"]
    return max((ranks.get(w, _UNKNOWN) for w in folded), default=0)


def _key(
    words: list[_Word],
    within: tuple[int, int],
    prefer: tuple[int, int] | None,
    asked: frozenset[str] = frozenset(),
    named: bool = False,
) -> int | None:
    """The index of the answer's key word: its rarest content word; one in the first clause
    of what the answer says of its subject (`prefer`: "he sold the works, with ..., to
    Sir Anthony Quillan" is about selling) before one in the subject; a common word before
    a name, and a word before a number; a word the question says (`asked`) last of all.
    `named`: the answer is a thing or someone, no clause ("the hill town of Quarrow" of
    "What is known for its bells?"): its name, the last one (its head), is the key."""
    inside = [k for k, w in enumerate(words) if within[0] <= w.start and w.end <= within[1]]
    candidates = [k for k in inside if _content(words[k].text)]
    candidates = [k for k in candidates if not is_adverb(words[k].text)] or candidates
    if not candidates:
        return None

    def rank(k: int) -> tuple[bool, bool, bool, bool, int, int]:
        w = words[k]
        fresh = not asked.issuperset(split_words(w.text))
        preferred = prefer is not None and prefer[0] <= w.start and w.end <= prefer[1]
        numeric = any(c.isdigit() for c in w.text)
        if named:  # the name it is, the last of them
            name = _named(words, k)
            last = k if name else _rarity(w.text)  # the head name, else the rarest word
            return (fresh, preferred, not numeric, name, w.text.islower(), last)
        return (fresh, preferred, not numeric, w.text.islower(), _rarity(w.text), 0)

    return max(candidates, key=rank)


# capitals a sentence opens with that name nothing ("The Guild", "In May")
_STOP_CAPITALS = frozenset(["the", "a", "an", "in", "on", "at", "by", "this", "that", "his", "her"])


def _named(words: list[_Word], k: int) -> bool:
    """Whether a word is a name a noun phrase is, not one it only belongs to: a capital
    not owed to the sentence's start, its run of capitals ("Guild of Civil Engineers")
    after no "of" ("his daughter Agnes Reel"), or after "of" a word saying what kind of
    place or body the name is ("the hill town of Quarrow"; not "the great bell of
    Quarrow", which is a bell)."""
    if words[k].text.islower() or words[k].start == 0:
        return False
    lo = k
    while lo > 0 and (
        words[lo - 1].text[:1].isupper()
        or (words[lo - 1].text == "of" and lo > 1 and words[lo - 2].text[:1].isupper())
    ):
        lo -= 1
    if lo == 0:  # a run of two capitals or more opening the sentence ("Abel Voss wrote")
        return k > 0 and words[0].text.lower() not in _STOP_CAPITALS
    if words[lo - 1].text.lower() != "of":
        return True
    return lo > 1 and words[lo - 2].text.lower() in KIND_OF


def _thing(word: str) -> bool:
    """Whether a key word names a thing (a noun, a name, a number), which the words
    before it describe ("thin layer", "Sir Anthony Quillan")."""
    own = re.sub(r"['\u2019]s?$", "", word.lower())
    return not word.islower() or noun_share(stem(own)) >= _NOUN


def _verb(word: str) -> bool:
    """Whether a word before a key reads as a verb ("blurred starlight"), not a word
    describing it ("thin layer")."""
    return word.endswith("ed") or verb_share(stem(word)) >= _NAMING


def is_adverb(word: str) -> bool:
    """Whether a word only says how or how much ("nearly", "simply", "locally"): no key
    to blank."""
    low = word.lower()
    if low.endswith("ly") and len(low) > 5 and adjective_share(stem(low[:-2])) >= _NAMING:
        return True
    own = stem(low)
    return (
        word.isalpha()
        and has_senses(own)
        and modifier_share(own) > 1 - _NAMING
        and (adjective_share(own) < _NAMING)
    )


def _phrase(
    words: list[_Word], key: int, within: tuple[int, int], sentence: str
) -> tuple[int, int]:
    """The span of the key word with the content words right next to it ("thin layer"),
    not across punctuation, up to _PHRASE words."""
    lo = hi = key
    while hi - lo + 1 < _PHRASE:
        grew = False
        for k in (lo - 1, hi + 1):
            if not 0 <= k < len(words) or hi - lo + 1 >= _PHRASE:
                continue
            w = words[k]
            if not (within[0] <= w.start and w.end <= within[1]) or not _content(w.text):
                continue
            a, b = (w.end, words[lo].start) if k < lo else (words[hi].end, w.start)
            if sentence[a:b].strip():  # a comma or a dash between them
                continue
            inner = w.start and words[key].start  # a sentence's first word has a capital
            if inner and w.text[:1].isupper() != words[key].text[:1].isupper():
                continue  # "Corrow dyers": a name and a common word are two things
            own = re.sub(r"['\u2019]s?$", "", w.text.lower())  # "officer's": officer
            if k > hi and not w.text.isalpha() and words[key].text.isalpha():
                continue  # "nearly 2,000": a number is a key of its own
            if k > hi and w.text.islower() and noun_share(stem(own)) < _NOUN:
                continue  # a noun phrase goes on only with a noun: "dries far faster"
            if k < lo and not _thing(words[key].text):
                continue  # only a thing takes words before it: not "the company banned"
            naming = noun_share(stem(own)) + adjective_share(stem(own))
            if k < lo and w.text.islower() and (naming < _NAMING or _verb(own)):
                continue  # nor starts with an adverb or a verb: "simply dozed", "air blurred"
            lo, hi = min(lo, k), max(hi, k)
            grew = True
        if not grew:
            break
    return words[lo].start, words[hi].end


def _span(sentence: str, part: str) -> tuple[int, int] | None:
    at = sentence.lower().find(part.lower())
    return (at, at + len(part)) if at >= 0 and part else None


def _content_in(text: str) -> bool:
    """Whether a subject names something ("the barges"), not only a word like "then"."""
    return any(_content(w) for w in split_words(text))


def _says(text: str, phrase: str) -> bool:
    """Whether a text says any content word of the phrase."""
    own = {w for w in split_words(phrase) if _content(w)}
    return bool(own.intersection(split_words(text)))


def _clue(expected: str, phrase: str, name: bool) -> str | None:
    """A first hint pointing at the key phrase from the rest of the answer: what the
    answer's subject is, when the phrase is in what it says of it; the first letter of a
    name that is the answer; None when neither reads."""
    parsed = sound_parse(expected)
    subject = parsed.subject.strip()
    first, _, rest = subject.partition(" ")
    if rest and first.rstrip(",").lower() in SEQUENCE:
        subject = rest  # "Instead Lenz": a word of how the text goes on names nothing
    named = _content_in(subject) and subject.lower() not in _PRONOUNS
    # a subject to point at is a short noun phrase ("the dying worms"), not a clause the
    # parse ran on into ("its native bacteria add flavour that heat") nor "neither side"
    said = subject.lower().split()
    named = named and len(said) <= _SUBJECT and not _OPENS_CLAUSE.intersection(said)
    named = named and said[0] not in _NEGATIVE
    named = named and not _says(subject, phrase)
    if named and phrase.lower() in parsed.rest.lower():
        return f"Think about what the text says about {lower_first(subject)}."
    if name and phrase[:1].isalpha():
        return f"Think of a name that begins with “{phrase[:1]}”."
    return None


_REREAD = "Read that part of the text again, and say what it tells in your own words."


def _window(sentence: str, answer: set[str], asked: frozenset[str] = frozenset()) -> str | None:
    """A few words of the sentence that hold none of the answer's words, to send the
    learner back to the text without telling them ('…rests overnight in shallow pans…'),
    and something the question (`asked`, its words) does not already say: a quote of the
    question's own words ("Who held each plate near her ear?" -> '…held each plate near
    her ear…') only repeats it."""
    words = sentence.rstrip(".!?").split()
    stop = frozenset(language()["stopwords"])
    for k in range(len(words) - _WINDOW + 1):
        piece = words[k : k + _WINDOW]
        said = [w for w in split_words(" ".join(piece)) if w not in stop]
        if len(said) >= 2 and not answer.intersection(said) and not asked.issuperset(said):
            return " ".join(piece).strip(",;:")
    return None


def ladder(
    sentence: str, expected: str, keywords: Sequence[str], clause: bool = True, ask: str = ""
) -> Ladder | None:
    """The rungs for an expectation `expected` (a part of `sentence`, or the whole of
    it), or None when no word of it can be blanked. `clause`: the expectation has its
    own subject ("wet salt is heavier"); else it is what someone did ("married Jonas
    Fell, a carpenter"), whose first stretch holds the key. `ask`: the question, whose
    own words make a poor blank."""
    words = _words(sentence)
    within = _span(sentence, expected) or (0, len(sentence))
    parsed = sound_parse(expected) if clause else None
    if parsed is None:
        told = _span(expected, expected.split(",", 1)[0])
    else:
        first = parsed.rest.split(",", 1)[0]
        told = _span(expected, first) if parsed.subject and first.strip() else None
    prefer = (within[0] + told[0], within[0] + told[1]) if told else None
    # no verb in what is expected: it is the one asked for, and a name in it answers
    bare = parsed is not None and not parsed.subject
    key = _key(words, within, prefer, frozenset(split_words(ask)), bare)
    if key is None:
        return None
    start, end = _phrase(words, key, within, sentence)
    phrase = sentence[start:end]
    prompt = f"{sentence[:start]}____{sentence[end:]}"
    answers = [phrase.lower()]
    if " " in phrase:
        answers.append(words[key].text.lower())
    head = words[key].text
    # a name: a capital not owed to the sentence's start, or a word English lacks
    name = head[:1].isupper() and (start > 0 or _rarity(head) >= _UNKNOWN)
    clue = _clue(expected, phrase, name) if clause or name else None
    hints = [clue] if clue else []
    answer = {*split_words(expected), *keywords, *split_words(phrase)}
    quoted = _window(sentence, answer, frozenset(split_words(ask)))
    # the text's words to look at, else the plain nudge back to the text: vaguer first, so
    # that each rung tells more than the last
    hints.append(
        f"Look again at the part of the text that says “…{quoted}…”" if quoted else _REREAD
    )
    if not name:  # a stronger nudge: how the key word begins
        hints.append(f"One word of the answer begins with “{words[key].text[:1].lower()}”.")
    hints = [h for h in hints if not _says(h, phrase)]
    if _REREAD not in hints:
        hints.append(_REREAD)
    return Ladder(tuple(hints[:_HINTS]), prompt, tuple(dict.fromkeys(answers)))
