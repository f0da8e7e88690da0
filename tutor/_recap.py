"""The recap at the end of a question, in AutoTutor's manner: about this learner.

It says what the learner got right, what was corrected (quoting what they said), and the
one point they have not said themselves, then the topic's summary paragraph. A learner
who said nothing on the question gets the summary alone, as before.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

from ._dialogs import Expectation, Question
from ._phrases import Voice

__all__ = ["MAX_CORRECTED", "recap"]

MAX_CORRECTED = 2  # corrections a pending question remembers for its recap
_QUOTE_WORDS = 12  # a learner's line is quoted up to this many words


def recap(q: Question, p: Mapping[str, Any], summary: str, voice: Voice, rng: random.Random) -> str:
    """The recap of a finished question from its pending data (`covered`, `told` and
    `corrected`: [what the learner said, what the tutor answered])."""
    covered: Mapping[str, str] = p.get("covered", {})
    got = [e for e in q.expectations if e.id in covered]
    unsaid = [e for e in q.expectations if e.id not in covered]
    parts: list[str] = []
    if got:
        parts.append(voice.say("recap_right", rng, points=_join([_point(e) for e in got])))
    for said, correction in list(p.get("corrected", []))[:1]:
        parts.append(voice.say("recap_corrected", rng, said=_quote(said), text=correction))
    if unsaid and (got or parts):
        parts.append(voice.say("recap_missing", rng, text=_point(unsaid[0])))
    if summary:
        parts.append(voice.say("recap", rng, text=summary))
    return " ".join(parts)


def _point(e: Expectation) -> str:
    """An expectation in a few words: its first phrase, else its assertion."""
    text = e.phrases[0] if e.phrases else e.assertion
    return text.rstrip(" .")


def _join(points: Sequence[str]) -> str:
    return points[0] if len(points) == 1 else ", ".join(points[:-1]) + " and " + points[-1]


def _quote(line: str) -> str:
    words = line.split()
    cut = " ".join(words[:_QUOTE_WORDS]).rstrip(".!?,;: ")
    return cut + ("..." if len(words) > _QUOTE_WORDS else "")
