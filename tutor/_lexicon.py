"""Words a learner uses that the pack never does, led to the pack's own words by WordNet.

A learner asks "when was Trotsky kicked out?" or "who murdered him?" of a text that says
"expelled" and "assassinated". Hand-listed synonyms catch the wordings someone thought of;
this reaches the rest through Princeton WordNet 3.0 (`tutor/data/wordnet.tsv`, derived by
`tools/build_wordnet.py`): for each everyday word, its synonyms, its derived forms and the
words one step broader or narrower. A pack keeps only the links that end in its own
vocabulary, so a turn pays one dictionary look-up for a word the pack has never seen.
The table holds stems already, and covers the most frequent English words too ("find"
for a learner's "discover"): a link is used only for a word the pack never says, and only
from a word's most used sense, so an everyday word the pack does say keeps its meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import lru_cache
from importlib import resources

__all__ = ["TIERS", "related_terms"]

TIERS = ("synonym", "derived", "broader", "narrower")


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """(stem, tiers of related stems) for each stem of the table, most frequent first."""
    text = resources.files("tutor.data").joinpath("wordnet.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        own, *tiers = line.split("\t")
        rows.append((own, tuple(tuple(t.split()) for t in tiers)))
    return tuple(rows)


def related_terms(
    known: Container[str], targets: Container[str], term_of: Callable[[str], str | None]
) -> dict[str, tuple[str, int]]:
    """For each stem the pack does not know, the pack term WordNet relates it to first.

    Args:
        known: the stems the analyzer knows; a word whose stem is known keeps its meaning.
        targets: the stems the pack's own texts use: the only ones worth reaching.
        term_of: the term a pack stem is indexed under (its synonym group's, if any), or
            None for a stem that must not be reached this way (a stop word).

    Returns:
        unknown stem -> (pack term, its tier: an index into TIERS).
    """
    out: dict[str, tuple[str, int]] = {}
    for own, tiers in _table():
        if own in known:
            continue
        found = _first_known(tiers, targets, term_of)
        if found is not None:
            out[own] = found
    return out


def _first_known(
    tiers: tuple[tuple[str, ...], ...],
    targets: Container[str],
    term_of: Callable[[str], str | None],
) -> tuple[str, int] | None:
    for level, tier in enumerate(tiers):
        for related in tier:
            if related in targets:
                term = term_of(related)
                if term is not None:
                    return term, level
    return None
