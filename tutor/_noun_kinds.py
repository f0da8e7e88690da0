"""The kind of thing a noun names (person, group, artifact, ...), from WordNet.

"Which doctor treated him?" asks for a person a text would name, "which ways?" for
something it may say in other words. tools/build_noun_kinds.py derives the table from
Princeton WordNet 3.0 (the class of each word's first noun sense); abstract nouns are
not in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

__all__ = ["noun_kind"]

_PLURALS = (("ies", "y"), ("es", ""), ("s", ""))  # "doctors", "churches", "parties"


@lru_cache(maxsize=1)
def _table() -> Mapping[str, str]:
    text = resources.files("tutor.data").joinpath("noun_kinds.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return MappingProxyType({word: kind for word, kind in rows})


def noun_kind(word: str) -> str | None:
    """The kind of thing a folded word names as a noun, its plural too; None for an
    abstract noun ("role", "way") or a word that is no noun."""
    table = _table()
    if word in table:
        return table[word]
    for end, single in _PLURALS:
        if end == "s" and word.endswith("ss"):
            break  # "pass", "glass": no plural of "pas", "glas"
        if word.endswith(end) and word[: -len(end)] + single in table:
            return table[word[: -len(end)] + single]
    return None
