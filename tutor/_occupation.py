"""What someone's work is, as a sentence says it beside their name: "what was his
job?", "what was her trade?" after "... married Conrad Pell, a ship's surgeon, ..." or
"... a loan from the miller Samuel Rell" is the noun of a person set beside the name
(WordNet's person class, not a kin word: "her husband John" tells no trade).

A noun asks for someone's work when WordNet gives it as "occupation" or one step below
it (job, trade, craft, profession, career, employment): read from the data the repo
ships, never from a list of a text's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ._descriptions import KIN_WORDS
from ._draft_describe import is_role_noun
from ._lexicon import narrower_nouns, same_sense

__all__ = ["asks_occupation", "occupation_beside"]

_OCCUPATION = "occup"  # WordNet's "occupation", stemmed as the table keeps it
_ARTICLES = frozenset(["a", "an"])
_DETERMINERS = frozenset(["the", "a", "an"])
_BE = frozenset(["was", "is", "were", "became", "worked"])  # "Pell was a surgeon"
_AFTER = 4  # words of "a ship's surgeon" after the article at most
_BEFORE = 3  # words of "the road inspector" before the name at most
# words that end an apposition: a clause or a place after it ("a carpenter from Brelle")
_ENDS = frozenset(["and", "or", "but", "who", "which", "that", "from", "of", "in", "at", "with"])


@lru_cache(maxsize=256)
def asks_occupation(stem: str) -> bool:
    """Whether a stemmed noun asks for someone's work: WordNet's "occupation", a word of
    the same sense ("job") or one step narrower ("trade", "profession", "career")."""
    return same_sense(stem, _OCCUPATION) or stem in _narrower()


@lru_cache(maxsize=1)
def _narrower() -> frozenset[str]:
    return frozenset(narrower_nouns(_OCCUPATION))


def _role(word: str) -> bool:
    return is_role_noun(word) and word not in KIN_WORDS and word.removesuffix("s") not in KIN_WORDS


def occupation_beside(words: Sequence[str], start: int, end: int) -> str | None:
    """The person noun a sentence's folded `words` set beside the name at
    `words[start:end]`: after it ("Conrad Pell, a ship's surgeon"; "Pell was a surgeon")
    or before it with an article ("the road inspector Halvard Ostrem"); None if none."""
    at = end
    if at < len(words) and words[at] in _BE:
        at += 1
    if at < len(words) and words[at] in _ARTICLES:
        for word in words[at + 1 : at + 1 + _AFTER]:
            if word in _ENDS:
                break
            if _role(word):
                return word
    before = words[max(0, start - 1 - _BEFORE) : max(0, start - 1)]
    if start >= 2 and _role(words[start - 1]) and not _DETERMINERS.isdisjoint(before):
        return words[start - 1]
    return None
