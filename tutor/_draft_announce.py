"""A sentence that only announces an event by its rank, told by the sentence after it.

"The cooperative's worst year came in 1974." says when the worst year came, not what
happened in it: the next sentence of its paragraph does ("A long, wet spring spread apple
scab ..."). Asked "what happened in 1974?", a draft that answers with the announcement
alone says nothing; so the scaffold lets it answer with the sentence after it too, as a
list's intro answers with its items. An announcement is short, one clause, its subject
ranked by an ordinal or a superlative ("the first sign of trouble", "the worst night",
"the second blow"; not "the first miller", who is no event), its verb one of arriving
("came", "followed", "was"), and what follows the verb a time, a place or a thing, never a
deed ("The first message was sent ..."); after "was", the subject no thing one can point
to ("the second blow was fire", not "the first tower was a wooden beacon").
"""

from __future__ import annotations

from ._name_words import MONTHS_AND_DAYS
from ._noun_kinds import noun_kind
from ._text import is_past, is_year, language, split_words

__all__ = ["announces"]

_LONGEST = 16  # words: a longer sentence tells more than when or where the event came
# verbs that say only that an event came, not what it was
_ARRIVING = frozenset(["came", "come", "comes", "was", "were", "followed", "arrived", "began"])
# after "was": no event of its own ("was not", "was also ..." say more than its arrival)
_NOT_NAMING = frozenset(["not", "also", "still", "then", "never", "always", "only", "soon"])
# after "was", a place word tells where a thing is ("the best seats were in the balcony"),
# unless a time follows ("the worst storm was in 1852", "in the winter")
_WHERE = frozenset(["in", "at", "on", "near", "by", "inside", "outside", "behind", "beside"])
_TIMES = MONTHS_AND_DAYS | frozenset(
    ["spring", "summer", "autumn", "fall", "winter", "night", "morning", "evening", "year"]
)


def _ranked(word: str, before: str) -> bool:
    """Whether a word ranks the noun it qualifies: an ordinal ("first", "second", "last",
    "next"), "most", or a superlative after "the" or a possessive ("the worst", "the
    works' bitterest")."""
    data = language()
    if word in data["ordinal_words"] or word in ("next", "most", "worst", "best", "least"):
        return True
    if not word.endswith("est") or len(word) < 6 or not (before == "the" or before.endswith("s")):
        return False
    base = word[:-3]  # "hardest", "largest", "biggest", "angriest"
    ranks: dict[str, int] = data["ranks"]
    stems = (base, f"{base}e", base[:-1] if base[-1:] == base[-2:-1] else "", f"{base[:-1]}y")
    return any(s in ranks for s in stems if len(s) > 2)


def announces(text: str) -> bool:
    """Whether a sentence only announces an event by its rank (see the module's note)."""
    if any(mark in text for mark in ",;:"):
        return False  # "..., when the western cable fell silent": it says what happened
    words = split_words(text)
    if len(words) > _LONGEST:
        return False
    at = next((k for k, w in enumerate(words) if w in _ARRIVING), 0)
    if at == 0 or (at + 1 >= len(words) and words[at] in ("was", "were")):
        return False
    subject = words[:at]
    # the ranking word qualifies a noun after it ("the hardest winter"; not "The forest")
    if not any(_ranked(w, subject[k - 1] if k else "") for k, w in enumerate(subject[:-1])):
        return False
    kind = noun_kind(subject[-1])
    if kind == "person":
        return False  # "The first miller was Tom Reed": who held a post, no event
    if words[at] in ("was", "were"):  # "was fire", "was the gale of 1852"; not "was sent"
        if kind is not None:
            return False  # "The first tower was a wooden beacon": what a thing was
        after = words[at + 1]
        if after in _WHERE:  # "was in 1852", not "were in the balcony": where a thing is
            return any(is_year(w) or w in _TIMES for w in words[at + 2 :])
        return not is_past(after) and not after.endswith("en") and after not in _NOT_NAMING
    return True
