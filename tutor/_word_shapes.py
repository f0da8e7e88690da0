"""Misspellings read by the shape of the slip rather than by nearness alone: a regular
plural of a noun that takes "-ves" ("leafs"), a silent final "e" left out or added ("hous",
"lense"), a double typed single ("setling" is "settling", not a word one letter off).

Each is a non-word a learner types for a word of the text's family, where the nearest word
of the pack (or the stem alone) reads it otherwise. Pure functions of the word and the
pack's tables (`WordCorrector` asks them), so they sit apart from its search.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from ._slips import english_one_edit, undouble
from ._text import stem

__all__ = ["SLIP_RANK", "double_halved", "plural_in_ves", "silent_e"]

SLIP_RANK = 20000  # the rarest English word offered for a common slip of it


def plural_in_ves(word: str, vocabulary: Collection[str], ranks: Mapping[str, int]) -> str | None:
    """The text's plural in "-ves" of a noun a learner gives the regular "-s" ("leafs",
    "wolfs", "shelfs" of "leaves", "wolves", "shelves"): a non-word whose stem is the
    singular's, so it would be read as the singular ("leaf") the text seldom says where
    it tells of them all. None if the word is English or the text has no such plural.
    Not "-fes": that is as often a possessive typed without its apostrophe ("the
    midwifes book" of "The Midwife's Book") as a plural of "wife" or "knife"."""
    if not word.endswith("fs") or word in vocabulary or word in ranks:
        return None
    plural = word[:-2] + "ves"
    return plural if plural in vocabulary else None


def silent_e(
    word: str, vocabulary: Collection[str], ranks: Mapping[str, int], written: Collection[str]
) -> str | None:
    """The word of the text's stem a non-word is with its silent final "e" left out or
    added ("hous", "engin", "prelat" of "house", "engine", "prelate"; "lense" of "lens"):
    the stem alone finds the text's word, but what weighs the line's words as typed (a
    word no list holds counts as rare) does not. The pack's own word, else an English
    one; None if the word is a word, its stem is none the text writes (`written`), or
    neither spelling is a word. Only the "e": "polluter" is no "pollute", "lense" no
    "lenses"."""
    if (
        len(word) < 4
        or not word.isalpha()
        or word in vocabulary
        or word in ranks
        or (root := stem(word)) not in written
    ):
        return None
    other = word[:-1] if word.endswith("e") else word + "e"
    if stem(other) != root:
        return None
    if other in vocabulary:
        return other
    rank = ranks.get(other)
    return other if rank is not None and rank <= SLIP_RANK else None


def double_halved(
    word: str,
    found: Sequence[tuple[str, float, int]],
    ranks: Mapping[str, int],
    written: Collection[str],
) -> str | None:
    """The English word a non-word is with one of a double written single, when its stem
    is one the text writes (`written`) and no word of the pack found near it (`found`) is
    that slip: "setling" is "settling" of the text's "settle", not its "setting", one
    letter struck for another, a rarer slip than a double typed single. None if none is."""
    single = undouble(word)
    if any(undouble(str(c[0])) == single for c in found):
        return None
    meant = [
        str(c[0])
        for c in english_one_edit().near(word, limit=4)
        if len(c[0]) == len(word) + 1
        and undouble(str(c[0])) == single
        and stem(str(c[0])) in written
        and ranks[str(c[0])] <= SLIP_RANK
    ]
    return min(meant, key=lambda w: (ranks[w], w)) if meant else None
