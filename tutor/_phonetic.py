"""A word's sound key: how a learner who spells by ear may write it, reduced to its consonants.

A learner who does not know a word's spelling writes what they hear: "becuz", "looz",
"kwist" (Quist), "fenrite" (Fenwright), "burocracy", "fizzix". Such a spelling may be two or
three edits from the word and nearer another ("looz" is one letter from "look"), but it
keeps the word's consonant sounds. `key` reduces a word to them, in the manner of Lawrence
Philips' Metaphone (1990), written small: letters said alike are one code ("c" before
"e", "i", "y" and "s"; "ph" and "f"; "qu" and "kw"), silent letters go ("kn", "wr", "gh"
in "night"), vowels are dropped but a first one, and a sound said twice is said once.
"""

from __future__ import annotations

import re

__all__ = ["beats", "key", "keys"]

# spellings of one sound, replaced in order, each on what the earlier left
_RULES = tuple(
    (re.compile(pattern), code)
    for pattern, code in (
        (r"[^a-z]", ""),
        (r"^(?:kn|gn|pn|ps)", lambda m: m.group(0)[1]),  # knight, gnaw, psalm
        (r"^wr", "r"),  # write
        (r"^wh", "w"),  # what
        (r"^x", "s"),  # xylophone
        (r"mb$", "m"),  # lamb
        (r"wr", "r"),  # Fenwright
        (r"gh(?![aeiou])", ""),  # night, taught, though
        (r"gh", "g"),  # ghost
        (r"qu", "kw"),  # Quist
        (r"ph", "f"),  # physics
        (r"th", "0"),  # the
        (r"tch|ch|sh|ti(?=[aou])|si(?=[aou])|ci(?=[aou])", "X"),  # church, nation, vision
        (r"sc(?=[eiy])", "s"),  # science
        (r"c(?=[eiy])", "s"),  # city
        (r"ck|c|q", "k"),  # back, cat, Iraq
        (r"dg(?=[eiy])|dj", "j"),  # ledge, "sedjes"
        (r"g(?=[eiy])", "j"),  # gem, sedges
        (r"x", "ks"),  # fix
        (r"z", "s"),  # zinc
        (r"(?<=[^aeiou])h|h(?![aeiou])", ""),  # a silent h: ohm, rhyme
        (r"[wy](?![aeiou])", ""),  # a w or y said as a vowel: law, party
        (r"(?<=.)[aeiou]+", ""),  # vowels but a first one
        (r"^[aeiou]+", "a"),  # a first vowel, whichever
        (r"(.)\1+", r"\1"),  # a sound said twice, once
    )
)


_VOWEL_RUN = re.compile(r"[aeiouy]+")
# a final silent "e", and the past "-ed" said without a vowel after a consonant other
# than t or d ('called' and 'calld' 1, 'walked' 1, 'wanted' 2)
_SILENT_E = re.compile(r"[^aeiouy]e$|[^aeiouytd]ed$")


def beats(word: str) -> int:
    """How many vowel sounds a word is said with, roughly: its runs of vowel letters, a
    final silent "e" (or the "e" of a past "-ed" said without it) not counted ('because' and 'becuz' 2, 'lose' and 'looz' 1, 'when' 1
    and 'winnow' 2): a word spelt by ear keeps its beats as it keeps its consonants."""
    runs = len(_VOWEL_RUN.findall(word.lower()))
    return runs - 1 if runs > 1 and _SILENT_E.search(word.lower()) else runs


def key(word: str) -> str:
    """A word's sound key: 'because' and 'becuz' are 'bks', 'lose' and 'looz' 'ls',
    'quist' and 'kwist' 'kwst', 'fenwright' and 'fenrite' 'fnrt'."""
    out = word.lower()
    for pattern, code in _RULES:
        out = pattern.sub(code, out)
    return out


_R_UNSAID = re.compile(r"r(?![aeiouy])")  # "after", "water", "party": no r said in much English


def keys(word: str) -> frozenset[str]:
    """A word's sound keys as said with and without an r before no vowel, as much of
    English says it ('after' is 'aftr' and 'aft', which 'afta' is)."""
    said = key(word)
    unsaid = _R_UNSAID.sub("", word.lower())
    return frozenset((said, key(unsaid) if unsaid != word.lower() else said))
