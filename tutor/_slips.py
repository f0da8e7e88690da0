"""The shapes of a slip: whether one typed word is another by a slip of the finger (two
letters swapped, one left out, a neighbouring key struck) or of the ear (a vowel for a
vowel, a word spelt as said), and how alike two words sound.

Pure functions of two words, no pack: every part of the speller (`_word_correction`,
`_word_breaks`, `_name_slips`, `_in_context`, `_question_slips`) weighs its candidates by
them, so they sit apart from any one of those jobs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._one_edit import Ends, OneEdit
from ._text import language

__all__ = [
    "NEAR_KEYS",
    "OFTEN",
    "SPOKEN",
    "VOWELS",
    "as_said",
    "consonants",
    "dropped",
    "english_ends",
    "english_one_edit",
    "first_slip",
    "kindred",
    "real_word_slip",
    "same_start",
    "shared_prefix",
    "sound_classes",
    "start_cost",
    "struck",
    "swapped",
    "typed_slip",
    "undouble",
    "vowel_for_vowel",
    "vowel_pair_halved",
]

OFTEN = 3  # times the pack says a word (answer, source and keywords each count) for a
# slip of its first letter to be read as it: a word said once is no likelier than a slip
# inside another


# Each key's neighbours on a QWERTY keyboard: a real word typed for another differs from
# it by a slip of the finger ("slef" for "self"), not by any letter ("sled" is not "slew").
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEAR_KEYS = {
    ch: {
        other
        for r2, line in enumerate(_ROWS)
        for c2, other in enumerate(line)
        if abs(r2 - r) <= 1 and abs((c2 + r2 * 0.5) - (c + r * 0.5)) <= 1 and other != ch
    }
    for r, row in enumerate(_ROWS)
    for c, ch in enumerate(row)
}


VOWELS = frozenset("aeiou")


def typed_slip(typed: str, meant: str) -> bool:
    """Whether a word is another by one slip of the finger: two neighbouring letters
    swapped, a letter left out or added, one struck on a neighbouring key, a vowel for a
    vowel, or a double made single ("look" is no slip of "looz", which is "lose" by ear)."""
    return (
        swapped(typed, meant)
        or dropped(typed, meant)
        or dropped(meant, typed)
        or struck(typed, meant)
        or vowel_for_vowel(typed, meant)
        or undouble(typed) == undouble(meant)
    )


def swapped(typed: str, meant: str) -> bool:
    """Whether a word is another with two neighbouring letters swapped ("heihgt" of
    "height"): the commonest slip of a typist, seldom how a name is spelt."""
    if len(typed) != len(meant):
        return False
    diff = [k for k, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typed[diff[0]] == meant[diff[1]]
        and typed[diff[1]] == meant[diff[0]]
    )


def dropped(typed: str, meant: str) -> bool:
    """Whether a word is another with one letter left out ("jounal" of "journal")."""
    if len(meant) != len(typed) + 1:
        return False
    k = shared_prefix(typed, meant)
    return typed[k:] == meant[k + 1 :]


def struck(typed: str, meant: str) -> bool:
    """Whether a word is another with one letter struck on a neighbouring key ("lenbth"
    of "length")."""
    if len(typed) != len(meant):
        return False
    diff = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    return len(diff) == 1 and diff[0][1] in NEAR_KEYS.get(diff[0][0], ())


def start_cost(typed: str, meant: str, said: int) -> int:
    """How likely a typed word is a slip of another by how it starts: 0 for the same
    first sound and a common slip inside ("vist" of "visit"), the first two letters
    swapped ("hwen" of "when"), or a content word the text says `said` times, often,
    with its first letter left out or struck on a neighbouring key ("ower", "rower" of
    "tower"); 1 for the same first sound and another change, or such a slip of a word
    the text says once ("vist" is no "gist"); 2 for any other first letter."""
    if same_start(typed, meant):
        common = (
            swapped(typed, meant)
            or dropped(typed, meant)
            or dropped(meant, typed)
            or struck(typed, meant)
            or vowel_for_vowel(typed, meant)
            or typed[1:] == meant[1:]  # a first letter of the same sound ("ceep", "keep")
        )
        return 0 if common else 1
    if first_slip(typed, meant, swapped_only=True):
        return 0
    if said and first_slip(typed, meant):
        return 0 if said >= OFTEN else 1
    return 2


def first_slip(typed: str, meant: str, swapped_only: bool = False) -> bool:
    """Whether a word is another with its first two letters swapped ("otwer" of
    "tower"), or (unless `swapped_only`) its first letter left out ("ower") or struck
    on a neighbouring key ("rower")."""
    if len(typed) == len(meant) and typed[:2] == meant[1::-1] and typed[2:] == meant[2:]:
        return True
    if swapped_only:
        return False
    if len(typed) + 1 == len(meant):
        return meant[1:] == typed
    return (
        len(typed) == len(meant)
        and typed[1:] == meant[1:]
        and typed[0] in NEAR_KEYS.get(meant[0], ())
    )


def vowel_for_vowel(typed: str, meant: str) -> bool:
    """Whether a word is another with one vowel written for another ("animels" of
    "animals", "sistirs" of "sisters"): how a learner spells a word as it sounds."""
    if len(typed) != len(meant):
        return False
    diff = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    return len(diff) == 1 and diff[0][0] in VOWELS and diff[0][1] in VOWELS


def vowel_pair_halved(typed: str, meant: str) -> bool:
    """Whether a word is another with one vowel of a pair left out ("lern" of "learn",
    "bild" of "build", "frend" of "friend"): a vowel pair said as one sound is written as
    that one vowel, a slip of the ear that a short word shows as often as a long one."""
    if len(meant) != len(typed) + 1:
        return False
    k = shared_prefix(typed, meant)
    if typed[k:] != meant[k + 1 :] or meant[k] not in VOWELS:
        return False
    return (k > 0 and meant[k - 1] in VOWELS) or (k + 1 < len(meant) and meant[k + 1] in VOWELS)


def real_word_slip(typed: str, meant: str) -> bool:
    """Whether a real word may be a slip for another one edit away: a letter left out or
    two swapped, a letter added that doubles one or was struck beside its neighbour's key
    ("fraction" of "faction"), one key's neighbour struck for another, or a vowel for a
    vowel ("beet" for "beat", "lump" for "lamp", as it sounds); not any other letter
    ("founded" is no "funded")."""
    if len(typed) < len(meant):
        return True
    if len(typed) > len(meant):
        k = shared_prefix(typed, meant)
        added, around = typed[k], typed[max(k - 1, 0) : k] + typed[k + 1 : k + 2]
        return any(a == added or a in NEAR_KEYS.get(added, ()) for a in around)
    diff = [k for k, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    if len(diff) != 1:
        return True  # two letters swapped
    a, b = typed[diff[0]], meant[diff[0]]
    return b in NEAR_KEYS.get(a, ()) or (a in VOWELS and b in VOWELS)


@lru_cache(maxsize=1)
def english_one_edit() -> OneEdit:
    """The English word list's words of three letters or more, ready to say which are one
    slip from a word (one table per process)."""
    return OneEdit(tuple(w for w in language()["ranks"] if len(w) >= 3 and w.isalpha()))


@lru_cache(maxsize=1)
def english_ends() -> Ends:
    """Every word of the English word list by its ends (see `WordBreaks._may_be_slip`; one
    table per process)."""
    return Ends(language()["ranks"])


_DOUBLED = re.compile(r"(.)\1+")  # a letter said twice or more in a row
_VOWEL_LETTERS = re.compile(r"[aeiouy]")


def undouble(word: str) -> str:
    """A word with doubled letters made single ('allies' -> 'alies')."""
    return _DOUBLED.sub(r"\1", word)


_SOUNDS = str.maketrans("bfpvcgjkqsxzdtlmnr", "111122222222334556", "aeiouyhw")


def sound_classes(word: str) -> str:
    """A word's consonants by how they sound (Soundex's classes, the first letter too, so
    that 'kamenev' and 'camenev' agree), repeats made one: 'serge' and 'surge' are '262'."""
    return _DOUBLED.sub(r"\1", word.translate(_SOUNDS))


# English spellings of one sound, and what each is read as ("ight" as "ite": "light" and
# "lite" sound alike), applied in order; each with letters it cannot match without, so
# that a word is only searched for the spellings it may hold (a pack's table of some
# 2,000 words is made on a learner's first typo)
SPOKEN = (
    (re.compile(r"ight"), "ite", "ight"),
    (re.compile(r"igh$"), "ie", "igh"),
    (re.compile(r"ph"), "f", "ph"),
    (re.compile(r"^wr"), "r", "wr"),
    (re.compile(r"^kn"), "n", "kn"),
    (re.compile(r"^wh"), "w", "wh"),
    (re.compile(r"ck|q"), "k", ""),
    (re.compile(r"c(?=[eiy])"), "s", "c"),
    (re.compile(r"c"), "k", "c"),
    (re.compile(r"z"), "s", "z"),
    (re.compile(r"(?:ti|si|ci|sh)(?:o|u)n"), "shn", "n"),
    (re.compile(r"(.)\1+"), r"\1", ""),
)


def as_said(word: str) -> str:
    """A word as it is said, roughly: 'light' and 'lite' are 'lite', 'phennick' and
    'fennick' are 'fenik', 'petishun' and 'petition' 'petishn'."""
    for pattern, said, needs in SPOKEN:
        if needs in word:  # "" is in every word
            word = pattern.sub(said, word)
    return word


def consonants(word: str) -> str:
    """A word's consonants as said, vowels dropped: 'grate' and 'great' are 'grt',
    'principle' and 'principal' 'prnspl'; 'cost' ('kst') is not 'cut' ('kt')."""
    return _VOWEL_LETTERS.sub("", as_said(word))


def kindred(a: str, b: str) -> bool:
    """Whether two words differ only in their last two letters, a suffix of one family
    ('inspector' and 'inspected', 'founder' and 'founded')."""
    return shared_prefix(a, b) >= max(4, len(a) - 2, len(b) - 2)


def same_start(a: str, b: str) -> bool:
    """Whether two words start with the same sound ('klunie' and 'clunie', not 'vist'
    and 'gist')."""
    return a[:1] == b[:1] or a[:1].translate(_SOUNDS) == b[:1].translate(_SOUNDS) != ""


def shared_prefix(a: str, b: str) -> int:
    """How many leading letters two words share ('live' and 'liv': 3)."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
