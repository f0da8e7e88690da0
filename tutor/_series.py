"""Whether a sentence lists a thing among named members of a series, with no name of its
own: "a council of five: Imarra, Sedric, Benna Falk, the abbot of Greyholm, and one hill
lord" names three members and says two by office only. Beside a name a comma is an
apposition ("their leader, Benna Falk, ..."), but in a series it parts two members, so
"Benna Falk, the abbot" does not make Falk the abbot.

A series is read as a clause (after a colon, up to a semicolon) of at least three items
parted by commas, its last opened by "and" or "or", two of them bare names (every word
capitalised); the thing's own item names no one ("of Greyholm" says where, not who).
"""

from __future__ import annotations

import re

__all__ = ["unnamed_member"]

_CLAUSES = re.compile(r"[:;]")
_ITEMS = 3  # a series has three items at least
_NAMES = 2  # and names two of them at least
_LAST = ("and ", "or ")
# words after which a capitalised word says where or of what, not who (closed class)
_PLACING = frozenset(["of", "in", "at", "from", "on", "near", "to"])
_WORD = re.compile(r"[\w'\u2019-]+")


def _bare_name(item: str) -> bool:
    """Whether a list item is a name alone ("Benna Falk", "Sedric")."""
    words = _WORD.findall(item)
    return bool(words) and all(w[:1].isupper() for w in words)


def _names_someone(item: str) -> bool:
    """Whether an item says a name other than where or of what ("the abbot, Brother
    Anselm"; not "the abbot of Greyholm")."""
    words = _WORD.findall(item)
    starts = [  # the first word of each run of capitalised words ("Saint Anne": one)
        k
        for k, w in enumerate(words)
        if w[:1].isupper() and (k == 0 or not words[k - 1][:1].isupper())
    ]
    return any(
        (k == 0 and len(words) == 1) or (k > 0 and words[k - 1].lower() not in _PLACING)
        for k in starts
    )


def unnamed_member(sentence: str, word: str) -> bool:
    """Whether a sentence says `word` (as written, any case) only as a member of a series
    of named ones, in an item that names no one."""
    wanted = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    found = False
    for clause in _CLAUSES.split(sentence):
        if not wanted.search(clause):
            continue
        items = [i.strip() for i in clause.split(",")]
        if len(items) < _ITEMS or not items[-1].lower().startswith(_LAST):
            return False
        items[-1] = items[-1].split(" ", 1)[1] if " " in items[-1] else ""
        if sum(_bare_name(i) for i in items) < _NAMES:
            return False
        own = [i for i in items if wanted.search(i)]
        if any(_names_someone(i) for i in own):
            return False
        found = True
    return found
