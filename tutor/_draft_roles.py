"""Someone a drafted text brings in by what they do, not by name: "the second pressman,
the puller, laid a sheet ...", "a worker called the beamster scraped it off". A 'he'
after them is most likely them, not the last person the text named ("Then he pulled
the bar" is the puller's deed, not that of Treadwell, whose workshop built the press):
the drafter leaves such a pronoun as written rather than name the wrong person.

A noun counts when WordNet says it names a person ("worker", "beater"), when it ends in
a suffix English makes people's trades with ("vatman", "beamster", "wheelwright"), or
when the text names the trade for what it is ("called the puller").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ._draft_gender import word_gender
from ._draft_questions import is_verb
from ._noun_kinds import noun_kind
from ._text import language, looks_plural

__all__ = ["unnamed_person"]

# an article (not after "as": "as a boy he ...") and the words of its noun phrase
_PHRASE = re.compile(r"(?<!\b[Aa]s )\b(?i:the|a|an)\s+((?:[a-z-]+\b(?!['\u2019])\s*){1,4})")
_HEAD_MAX = 4  # words of a noun phrase read for its head
_NAMED_ROLE = re.compile(r"\b(?:called|named|known as)\s+(?i:the|a|an)\s+([a-z-]+)\b")
_TRADE_ENDS = ("man", "ster", "wright", "smith")  # 'vatman', 'beamster', 'wheelwright'
_NOT_TRADES = frozenset(["human", "german", "roman", "woman"])  # 'woman': WordNet's already
_STEM_MIN = 3  # letters before a trade's suffix ('vat' of 'vatman')


def _trade(word: str) -> bool:
    """Whether a word names a person by a trade's suffix ('pressman', 'beamster')."""
    return word not in _NOT_TRADES and any(
        word.endswith(end) and len(word) - len(end) >= _STEM_MIN for end in _TRADE_ENDS
    )


def _head(words: list[str]) -> str:
    """The head noun of the words after an article: the last before a function word or a
    verb ("the second pressman": pressman; "the great test of": test)."""
    stop = language()["stopwords"]
    head = ""
    for k, word in enumerate(words[:_HEAD_MAX]):
        if word in stop or (head and is_verb(word, words[k - 1], None)):
            break
        head = word
    return head


def unnamed_person(text: str, titles: Collection[str]) -> str | None:
    """The gender ('m', 'f', or '' when either) of a person a stretch of text brings in by
    a noun with an article ("the vatman", "a worker called the beamster"), the last one
    if several; None when it brings in no one so. A title the text gave someone by name
    ('the judge' after "Judge Everett Sloane") is that person, no one new, and so is a
    noun the text capitalises ("the Captain")."""
    found: tuple[int, str] | None = None
    for match in _PHRASE.finditer(text):
        head = _head(match.group(1).split())
        if head in titles or looks_plural(head) or head.endswith("men"):
            continue  # "the judge" named before; "the men", "the pressmen": no 'he'
        if noun_kind(head) == "person" or _trade(head):
            found = (match.start(), head)
    for match in _NAMED_ROLE.finditer(text):
        head = match.group(1)
        if head not in titles and (found is None or match.start() > found[0]):
            found = (match.start(), head)
    if found is None:
        return None
    return word_gender(found[1]) or ""
