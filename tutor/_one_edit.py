"""The words of a long list one edit from a word, found by lookup instead of a scan, and
those a few edits from it, found by scanning only the words of a length that can be.

`rapidfuzz.process.extract(word, words, scorer=OSA.distance, score_cutoff=1)` compares a
word with every word of the list: some 2 to 5 ms over an English word list of 30,000, and
a line with a few typos asks it several times. A word's neighbours one edit away (a letter
left out, added, struck for another, or two neighbours swapped: OSA distance 1) are few
enough to spell out and look up, a tenth of a millisecond, with the same answer in the
same order (nearest first, then the list's order).

A pack's own words are fewer (some 2,000 on an essay) but asked within two or three edits,
where spelling the edits out is too many: rapidfuzz then scans, 70 us at a cutoff of two
and 280 us at three for a long word, a line with typos asking it several times. An edit
changes a word's length by one at most, so only the words within `cutoff` letters of its
length can be that near: `Within` keeps the list sorted by length and scans that slice
alone (about a third of the list for a word of common length, a tenth for a long one).
"""

from __future__ import annotations

import bisect
import string
from collections import defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

__all__ = ["Ends", "OneEdit", "Within"]

_END = 4  # letters at each end of a word that one edit leaves as they were ...
_LONG_ENOUGH = 9  # ... in a word this long or longer


class OneEdit:
    """A list of distinct words, ready to say which are within one edit of a word."""

    def __init__(self, words: Sequence[str]) -> None:
        self._at = {w: k for k, w in enumerate(words)}
        said = "".join(self._at)
        # which letters the words use: 52 searches of one string when they are plain
        # letters, a third of the time of a set of all its characters
        self._letters = (
            "".join(ch for ch in string.ascii_letters if ch in said)
            if said.isascii() and said.isalpha()
            else "".join(sorted(set(said)))
        )

    def near(self, word: str, limit: int | None = None) -> list[tuple[str, int, int]]:
        """(word, distance, index) of the list's words within one edit of `word`, nearest
        first, then in the list's order, at most `limit` of them: what rapidfuzz's
        `process.extract` with `OSA.distance` and `score_cutoff=1` returns."""
        at = self._at
        # the edits as one set, met with the list's words in one step
        hits = sorted((at[w], w) for w in at.keys() & self._edits(word) if w != word)
        out = [(w, 1, k) for k, w in hits]
        exact = at.get(word)
        if exact is not None:
            out.insert(0, (word, 0, exact))
        return out if limit is None else out[:limit]

    def _edits(self, word: str) -> set[str]:
        """Every string one edit from `word` (the word itself when two equal letters are
        swapped)."""
        letters = self._letters
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b}  # a letter left out
        edits.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)  # swapped
        edits.update(a + ch + b[1:] for a, b in splits if b for ch in letters)  # struck
        edits.update(a + ch + b for a, b in splits for ch in letters)  # added
        return edits


class Within:
    """A list of words, ready to say which are within a few edits (OSA distance) of a word."""

    def __init__(self, words: Sequence[str]) -> None:
        # the list's positions by length, then by position: each length's words one slice
        self._order = sorted(range(len(words)), key=lambda k: (len(words[k]), k))
        self._words = [words[k] for k in self._order]
        self._lengths = [len(w) for w in self._words]

    def near(self, word: str, cutoff: int, limit: int | None = None) -> list[tuple[str, int, int]]:
        """(word, distance, index) of the list's words at most `cutoff` edits from `word`,
        nearest first, then in the list's order, at most `limit` of them: what rapidfuzz's
        `process.extract` with `OSA.distance` and `score_cutoff=cutoff` returns."""
        lengths = self._lengths
        lo = bisect.bisect_left(lengths, len(word) - cutoff)
        hi = bisect.bisect_right(lengths, len(word) + cutoff)
        found = process.extract(
            word, self._words[lo:hi], scorer=OSA.distance, score_cutoff=cutoff, limit=None
        )
        order = self._order
        out = sorted(((w, d, order[lo + k]) for w, d, k in found), key=_distance_then_place)
        return out if limit is None else out[:limit]


def _distance_then_place(found: tuple[str, int, int]) -> tuple[int, int]:
    return found[1], found[2]


class Ends:
    """A list of words, ready to say whether any is one edit from a long word. The words
    of each length are put by their ends the first time a word near that length is
    asked of (an English word list's longer words: some 20 ms all at once)."""

    def __init__(self, words: Iterable[str]) -> None:
        by_length: defaultdict[int, list[str]] = defaultdict(list)
        for w in words:
            if len(w) >= _LONG_ENOUGH - 1:
                by_length[len(w)].append(w)
        self._by_length = dict(by_length)
        # length -> the words of that length by their first letters, and by their last
        self._ends: dict[int, tuple[dict[str, list[str]], dict[str, list[str]]]] = {}

    def may_be_near(self, word: str) -> bool:
        """False only when no word of the list (but `word` itself) is one edit (OSA
        distance 1) from `word`; always True of a word too short to tell by its ends."""
        if len(word) < _LONG_ENOUGH:
            return True
        head, tail = word[:_END], word[-_END:]
        for n in (len(word) - 1, len(word), len(word) + 1):
            heads, tails = self._of_length(n)
            for found in (heads.get(head, ()), tails.get(tail, ())):
                for w in found:
                    if w != word and OSA.distance(word, w, score_cutoff=1) <= 1:
                        return True
        return False

    def _of_length(self, n: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """The words of length `n` by their ends; a lost race between threads makes the
        same tables twice, and one is kept."""
        found = self._ends.get(n)
        if found is None:
            heads: defaultdict[str, list[str]] = defaultdict(list)
            tails: defaultdict[str, list[str]] = defaultdict(list)
            for w in self._by_length.get(n, ()):
                heads[w[:_END]].append(w)
                tails[w[-_END:]].append(w)
            found = self._ends.setdefault(n, (dict(heads), dict(tails)))
        return found
