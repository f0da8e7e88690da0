"""The recap at the end of a question, in AutoTutor's manner: about this learner.

It says what the learner got right, what was corrected (quoting what they said), and the
one point they have not said themselves, then the topic's summary paragraph. A learner
who said nothing on the question gets the summary alone, as before.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._dialogs import Expectation, Question
from ._phrases import Voice

__all__ = ["MAX_CORRECTED", "casing", "recap"]

MAX_CORRECTED = 2  # corrections a pending question remembers for its recap
_QUOTE_WORDS = 12  # a learner's line is quoted up to this many words


_WORD = re.compile(r"[a-z]+")


def casing(names: Iterable[str]) -> dict[str, str]:
    """Lower-case word -> as a name writes it ("vell" -> "Vell"), to restore the capitals
    of the lower-case phrases dialog files are written in."""
    return {w.lower(): w for name in names for w in name.split() if w[:1].isupper()}


def recap(
    q: Question,
    p: Mapping[str, Any],
    summary: str,
    voice: Voice,
    rng: random.Random,
    cased: Mapping[str, str] | None = None,
) -> str:
    """The recap of a finished question from its pending data (`covered`, `told` and
    `corrected`: [what the learner said, what the tutor answered]); `cased` restores
    names' capitals in the dialog's phrases."""
    covered: Mapping[str, str] = p.get("covered", {})
    got = [e for e in q.expectations if e.id in covered]
    unsaid = [e for e in q.expectations if e.id not in covered]
    parts: list[str] = []
    if got:
        points = _join([_point(e, cased) for e in got])
        parts.append(voice.say("recap_right", rng, points=points))
    for said, correction in list(p.get("corrected", []))[:1]:
        parts.append(voice.say("recap_corrected", rng, said=_quote(said), text=correction))
    if unsaid and (got or parts):
        parts.append(voice.say("recap_missing", rng, text=_point(unsaid[0], cased)))
    if summary:
        parts.append(voice.say("recap", rng, text=summary))
    return " ".join(parts)


def _point(e: Expectation, cased: Mapping[str, str] | None) -> str:
    """An expectation in a few words: its first phrase, else its assertion."""
    if not e.phrases:
        return e.assertion.rstrip(" .")
    text = e.phrases[0].rstrip(" .")
    return _WORD.sub(lambda m: (cased or {}).get(m.group(), m.group()), text)


def _join(points: Sequence[str]) -> str:
    return points[0] if len(points) == 1 else ", ".join(points[:-1]) + " and " + points[-1]


def _quote(line: str) -> str:
    words = line.split()
    cut = " ".join(words[:_QUOTE_WORDS]).rstrip(".!?,;: ")
    return cut + ("..." if len(words) > _QUOTE_WORDS else "")
