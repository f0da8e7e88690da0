"""Verbs of opposite direction ("raise" / "lower", "accept" / "reject"), from WordNet.

The table (`tutor/data/antonyms.tsv`, derived by `tools/build_antonyms.py` from WordNet
3.0's antonym pointers, in the senses each everyday verb is most used in) is keyed by
Snowball stems, as `_text.stem` makes them. Read once, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["antonyms"]


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    text = resources.files("tutor.data").joinpath("antonyms.tsv").read_text(encoding="utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.split("\n"):
        if not line or line[0] == "#":
            continue
        key, _, rest = line.partition("\t")
        out[key] = frozenset(rest.split())
    return out


def antonyms(stem: str) -> frozenset[str]:
    """The stems of the verbs WordNet calls the opposite of `stem`'s ("rais": {"lower"})."""
    return _table().get(stem, frozenset())
