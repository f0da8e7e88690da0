"""A locality prior for a drafted text's follow-ups: the sentences the text goes on with.

"What is the lehr?" "... a warm oven called the lehr." "what happens to the glass after
that?": a follow-up asking why, how it turned out or what came after most often asks
what the next sentences of the same part tell, in words of their own ("Over two days the
oven cools slowly ..."). Ranked by shared words alone, the last answer again, or a far
sentence sharing one common word, wins over the near one. So the few facts after the
last answer, in its part of the text, get a small lift that fades with distance: enough
to win a tie on a common word, not enough to beat a fact holding the line's rarer words.
`Context._goes_on` says which lines get it (a flat lift for every leaning line broke more
than it mended: the last answer often holds what is asked, or the next sentence is about
someone else).

Drafted packs only: a drafted fact is one sentence of the text in the text's order, so
"the next fact" is the sentence that follows; a curated pack's facts are not in order.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["near_next"]

# lift of the 1st, 2nd, 3rd fact after the last answer (measured on the bench drafts)
_LIFT = (0.12, 0.08, 0.05)


def near_next(
    last: str,
    following: Callable[[str, int], tuple[str, ...]],
    topic_of: Callable[[str], str],
) -> dict[str, float]:
    """The lift of each of the few facts told after `last` in its own part of the text
    (`following` gives facts in the text's order, `topic_of` a fact's part)."""
    topic = topic_of(last)
    lift: dict[str, float] = {}
    for fact, amount in zip(following(last, len(_LIFT)), _LIFT, strict=False):
        if topic_of(fact) != topic:
            break
        lift[fact] = amount
    return lift
