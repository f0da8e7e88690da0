"""Words that ask for the last, or the first, of what the text tells of someone or of
something, in the text's own order: "what did Stalin end up doing to him?", "did she get
away with it in the end?", "who did he side with at first?".

Such a cue says *when among the events* the answer lies, not *what* happened: its own
words ("end", "finally", "first") name no event of the text. The analysis reads the cue
once (`order_cue`); the picker takes, of the facts telling the same people about as well,
the one the text tells last (or first) (see tutor/_pick_order.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["OrderCues", "order_cue"]

LAST = "last"
FIRST = "first"
# a phrase of place in time followed by "of" names a time of its own ("at the end of
# summer", "by the end of the twenties", "at the start of the strike"): no cue
_OF = "of"


class OrderCues:
    """The cue phrases of each order (english.yaml `order_cues`), longest first."""

    def __init__(self, table: dict[str, Iterable[str]]) -> None:
        pairs = [(tuple(p.split()), kind) for kind, phrases in table.items() for p in phrases]
        self.phrases: tuple[tuple[tuple[str, ...], str], ...] = tuple(
            sorted(pairs, key=lambda pair: -len(pair[0]))
        )


def order_cue(words: Sequence[str], cues: OrderCues) -> tuple[str | None, frozenset[int]]:
    """The order a line asks by ("last" or "first") and the places of the cue's words in
    `words`; (None, empty) when it says no cue, or cues of both orders ("at first ...,
    but in the end?" asks of a change, not of one end)."""
    found: dict[str, set[int]] = {}
    k = 0
    while k < len(words):
        for phrase, kind in cues.phrases:
            n = len(phrase)
            if tuple(words[k : k + n]) == phrase and tuple(words[k + n : k + n + 1]) != (_OF,):
                found.setdefault(kind, set()).update(range(k, k + n))
                k += n
                break
        else:
            k += 1
    if len(found) != 1:
        return None, frozenset()
    kind, places = next(iter(found.items()))
    return kind, frozenset(places)
