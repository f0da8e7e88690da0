"""Words a learner uses that the pack never does, led to the pack's own words by WordNet.

A learner asks "when was Trotsky kicked out?" or "who murdered him?" of a text that says
"expelled" and "assassinated". Hand-listed synonyms catch the wordings someone thought of;
this reaches the rest through Princeton WordNet 3.0 (`tutor/data/wordnet.tsv`, derived by
`tools/build_wordnet.py`): for each everyday word, its synonyms, its derived forms and the
words one step broader or narrower. A pack keeps only the links that end in its own
vocabulary, so a turn pays one dictionary look-up for a word the pack has never seen.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from functools import lru_cache
from importlib import resources

from ._text import stem_all

__all__ = ["TIERS", "related_terms"]

TIERS = ("synonym", "derived", "broader", "narrower")


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """(word, tiers of related words) for each word of the table, most frequent first."""
    text = resources.files("tutor.data").joinpath("wordnet.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, *tiers = line.split("\t")
        rows.append((word, tuple(tuple(t.split()) for t in tiers)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _stems() -> dict[str, str]:
    words: list[str] = []
    for word, tiers in _table():
        words.append(word)
        for tier in tiers:
            words.extend(tier)
    return stem_all(words)


def related_terms(
    known: Container[str],
    targets: Container[str],
    term_of: Callable[[str], str | None],
    common: Iterable[str] = (),
) -> dict[str, tuple[str, int]]:
    """For each stem the pack does not know, the pack term WordNet relates it to first.

    Args:
        known: the stems the analyzer knows; a word whose stem is known keeps its meaning.
        targets: the stems the pack's own texts use: the only ones worth reaching.
        term_of: the term a pack stem is indexed under (its synonym group's, if any), or
            None for a stem that must not be reached this way (a stop word).
        common: everyday words, left alone: they have many senses, and WordNet's first
            is seldom the learner's ("tell" is not "govern", "still" not "quiet").

    Returns:
        unknown stem -> (pack term, its tier: an index into TIERS).
        A stem reached from several words keeps the link of the most frequent word.
    """
    stems = _stems()
    everyday = set(stem_all(list(common)).values())  # "telling" is "tell" too
    out: dict[str, tuple[str, int]] = {}
    for word, tiers in _table():
        own = stems.get(word, word)
        if own in known or own in out or own in everyday:
            continue
        found = _first_known(tiers, stems, targets, term_of)
        if found is not None:
            out[own] = found
    return out


def _first_known(
    tiers: tuple[tuple[str, ...], ...],
    stems: dict[str, str],
    known: Container[str],
    term_of: Callable[[str], str | None],
) -> tuple[str, int] | None:
    for level, tier in enumerate(tiers):
        for related in tier:
            s = stems.get(related, related)
            if s in known:
                term = term_of(s)
                if term is not None:
                    return term, level
    return None
