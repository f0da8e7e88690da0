"""Words telling that something held on in spite of something else: a learner's "still",
"even after ...", and a sentence's "remained", "even in exile".

"Even after all the smearing, what was he still great at?" asks what held on, which a
text tells as "even though he remained a brilliant orator"; the words are English
grammar (adverbs of continuing, "even" before a word opening a phrase of time or
circumstance), no text's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

__all__ = ["EVEN", "holds_on"]

EVEN = "even"
# "even after", "even in exile", "even though": "even" opening a phrase, not "even worse"
_EVEN_OPENERS = frozenset(
    ["after", "while", "when", "with", "though", "as", "in", "during", "under", "if", "at"]
)
_HELD_ON = frozenset(["remained", "remain", "remains", "continued", "continue", "continues"])
STILL = "still"
# words before a noun: "the still", "its still" name a distiller's still, not "still" of time
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that"])


def holds_on(words: Sequence[str]) -> bool:
    """Whether lower-cased words tell that something held on: "still" (not the noun: "the
    still"), "remained", "continued", or "even" opening a phrase ("even in exile", "even
    after the attacks")."""
    if not _HELD_ON.isdisjoint(words):
        return True
    if len(words) and words[0] == STILL:
        return True
    return any(
        (one == EVEN and other in _EVEN_OPENERS) or (other == STILL and one not in _DETERMINERS)
        for one, other in pairwise(words)
    )
