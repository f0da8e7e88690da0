"""Who a drafted text's 'she' and 'he' can be, before any pronoun votes: what the text
calls a name ("Mrs. Edith Hale", "Anna Roe, the widow of ...", "his son, Peter") and
whether it is a ship ("the schooner Aurora"), which English calls 'she'.

Only the text's own words count: no list of first names ('Jean' and 'Andrea' are a man
in one country and a woman in another, and a text that says "she" of Jean is right).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ._lexicon import broader_nouns
from ._noun_kinds import noun_kind
from ._text import fold, language, stem

__all__ = ["described_gender", "is_vessel", "vessel_named", "word_gender"]

# determiners that open a description set off after a name ("X, the widow of ...")
_OPENS = frozenset(["the", "a", "an", "his", "her", "their", "its"])
_DESCRIBING = 3  # words of such a description read for a gendered noun
_VESSEL_BROADER = frozenset(["vessel", "ship", "boat"])
_VESSEL_DEPTH = 3  # steps up WordNet's broader words ('frigate' -> warship -> ship)


@lru_cache(maxsize=1)
def _gendered() -> dict[str, str]:
    words: dict[str, list[str]] = language()["gendered_words"]
    return {w: kind for kind, said in words.items() for w in said}


def word_gender(word: str) -> str | None:
    """'f' or 'm' for a title or a noun only a woman or only a man is ('Mrs', 'widow',
    'son'); None for one either is ('captain', 'doctor')."""
    return _gendered().get(fold(word).rstrip("."))


def described_gender(text: str, words: Sequence[str], start: int, size: int) -> str | None:
    """The gender the words around a name (at `start`, `size` words of `words`, the
    sentence's words) give it: a title or noun right before it ('Mrs. Hale', 'his
    daughter, Anna', 'a woman named Anna Roe'), or a description set off after it in
    the sentence's `text` ('Anna Roe, the widow of a whaler')."""
    if start > 0:
        before = words[start - 1]
        if before in ("named", "called") and start > 1:
            before = words[start - 2]
        kind = word_gender(before)
        if kind:
            return kind
    for word in _said_after(text, words[start + size - 1]):
        kind = word_gender(word)
        if kind:
            return None if _owned_otherwise(text, words[start + size - 1], kind) else kind
    born = _BORN.match(text) if start == 0 else None
    return word_gender(born.group(1)) if born else None


# "Halvik was born in 1821 in Bergen, the third daughter of ...": whose child the one
# a sentence opens with is, set off after where and when they were born
_BORN = re.compile(
    r"^[^,;.]{1,60}?\bwas born\b[^;]*?,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(\w+)\s+of\b",
    re.IGNORECASE,
)


def _owned_otherwise(text: str, last: str, kind: str) -> bool:
    """Whether a description set off after a name says a pronoun of the other gender
    ("the glassmaker Amos Fenn, the only girl in his workshop"): it describes the
    sentence's subject, not the name, whose 'his' it is."""
    after = re.search(rf"\b{re.escape(last)}\b['\u2019]?,([^,;.]*)", text, re.IGNORECASE)
    other = {"f": ("his", "him", "he"), "m": ("her", "hers", "she")}[kind]
    return after is not None and any(w in other for w in after.group(1).lower().split())


def _said_after(text: str, last: str, be: bool = False) -> list[str]:
    """The first words of a description set off after a name's last word ('Anna Roe, the
    widow of ...': widow), or, with `be`, said of it by 'was' too ('The Aurora was a
    three-masted schooner')."""
    joins = r"(?:,|\s+(?:was|is))" if be else ","
    after = re.search(
        rf"\b{re.escape(last)}\b['\u2019]?{joins}\s+(\w+(?:['\u2019]s)?)\s+([\w\s'\u2019-]+)",
        text,
        re.IGNORECASE,
    )
    # "Clara Mirren, Ada's younger sister": an owner named opens it as 'her' would
    owned = after is not None and not be and _OWNER.search(after.group(1)) is not None
    if after is None or (after.group(1).lower() not in _OPENS and not owned):
        return []
    out = []
    for word in after.group(2).split()[:_DESCRIBING]:
        if word.lower() in ("of", "who", "whose", "which", "that", "and"):
            break
        if _OWNER.search(word):
            continue  # "a fisherman's widow": the fisherman is someone else, the widow her
        out.append(word.strip("'\u2019"))
    return out


_OWNER = re.compile(r"\w['\u2019]s?$")  # a possessive: "fisherman's", "weavers'"


def vessel_named(text: str, words: Sequence[str], start: int, size: int) -> bool:
    """Whether a sentence calls a name a ship or a boat: 'the schooner Aurora', 'the
    Aurora, a sealing schooner', 'The Aurora was a three-masted schooner', 'a sealing
    schooner, the Aurora'."""
    if start > 0 and is_vessel(words[start - 1]):
        return True
    # "Lowther's ship, the Kestrel", "a small steamer, the Puffin": a ship set off before
    apposed = re.search(rf"\b([\w-]+),\s+the\s+{re.escape(words[start])}\b", text, re.IGNORECASE)
    if apposed is not None and is_vessel(apposed.group(1)):
        return True
    said = _said_after(text, words[start + size - 1], be=True)
    # "Jonas Brekke, a lifeboat captain": the boat only says what kind of captain
    return any(
        is_vessel(w) and not (k + 1 < len(said) and noun_kind(said[k + 1].lower()) == "person")
        for k, w in enumerate(said)
    )


@lru_cache(maxsize=512)
def is_vessel(word: str) -> bool:
    """Whether a noun names a ship or a boat ('schooner', 'frigate': WordNet's broader
    words lead to ship, boat or vessel within a few steps)."""
    low = fold(word)
    if low in language()["vessel_words"]:
        return True
    front: set[str] = {stem(low)}
    seen: set[str] = set()
    for _ in range(_VESSEL_DEPTH):
        up = {b for s in front for b in broader_nouns(s)} - seen
        if up & _VESSEL_BROADER:
            return True
        seen |= up
        front = up
    return False
