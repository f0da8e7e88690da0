"""A text's closed compounds read by their last word: "parrotfish" is a fish, "potholes"
are holes, "meltwater" is water, "forewoman" a woman, "notebooks" books.

English writes many nouns of two nouns as one word, and the last word (the head) names
what the thing is: the first only says which kind. WordNet lists the common ones under
their head ("pothole" under "hole", "notebook" under "book": the lexicon's broader links
reach them), but not the rarer ones a text is about ("parrotfish", "meltwater",
"groundwater", "cheesemaker"), so a learner who asks "which fish makes the sand?" never
reaches the text's word. What the text writes is enough: a word of the text WordNet does
not know that splits into two words it does, the last mostly a noun, is a kind of that
noun. Only a word WordNet does not know: a known one that splits so is mostly no compound
("thousand" is no sand, "surface" no face, "manage" no age). Both parts must be real
words of at least a few letters, the head not one of English's most common words, which
a line says in other senses ("way", "side", "people"), and the word must be written in
lower case: "Brightwater", "Greystone" and "Lowmarsh" are names, not kinds of water,
stone and marsh.

Read from the drafted text's own words only; a hand-made pack names its kinds in its
synonyms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ._lexicon import has_senses, noun_share
from ._text import stem

__all__ = ["compound_heads"]

_PART = 3  # letters of the shortest first part ("pot" of "pothole")
_HEAD = 4  # letters of the shortest head ("fish", "hole", "book")
_MOSTLY_NOUN = 0.5  # share of a word's use as a noun that makes it a noun
# English suffixes that are words too: "chairmanship" is no ship, "afterwards" no ward,
# "likewise" no wise (the grammar's, not any text's)
_SUFFIXES = frozenset(["ship", "ships", "hood", "ward", "wards", "wise", "like", "less", "ment"])
# a head written as a verb's form: "waterlogged" is not a log, "supersaturated" not a state
_VERB_FORMS = ("ed", "ing")
# a word as written in lower case, not after an apostrophe or a hyphen ("o'clock", the
# "house" of "dye-house" is said as a word of its own)
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z]+(?![\w'\u2019-])")


def compound_heads(texts: Iterable[str], common: Callable[[str], bool]) -> dict[str, str]:
    """The stem of each word of the `texts` that is a closed compound -> the stem of its
    head noun ("parrotfish" -> "fish", "meltwater" -> "water"); `common` tells a stem
    that is one of English's most common words (no head then)."""
    out: dict[str, str] = {}
    written = {w for text in texts for w in _LOWER_WORD.findall(text)}
    for word in written:
        if len(word) < _PART + _HEAD:
            continue
        whole = stem(word)
        if whole in out or has_senses(whole):
            continue
        for cut in range(_PART, len(word) - _HEAD + 1):
            tail = word[cut:]
            if tail in _SUFFIXES or tail.endswith(_VERB_FORMS):
                continue
            first, head = stem(word[:cut]), stem(tail)
            if (
                len(head) >= _HEAD
                and has_senses(first)
                and has_senses(head)
                and noun_share(head) >= _MOSTLY_NOUN
                and not common(head)
                and head != whole
            ):
                out[whole] = head
                break
    return out
