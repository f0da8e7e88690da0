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
# words a phrase that is a clause opens with (names, restored to capitals, count too)
_SUBJECTS = frozenset(
    ["he", "she", "they", "it", "his", "her", "their", "the", "people", "everyone", "textbooks"]
)
# a past or finite verb, the mark of a clause ("seemed", "was", "built"; not "with")
_VERB = re.compile(
    r"[a-z]+ed|was|were|is|are|had|has|did|does|could|would|can|built|thought|wrote|went|"
    r"got|made|took|won|lost|saw|knew|held|ran|beat|led|became|felt|kept|left|gave|fought|"
    r"sent|set|stayed|came|began|fell|grew|told|said|paid|put|rose"
)


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
    """An expectation in a few words, as a clause "You saw that ..." can hold: its first
    phrase that opens with a subject ("he controlled appointments", "Stalin tightened his
    grip"), else its assertion ("ramon mercader", "with an ice axe" and "to have total
    power" are no clauses)."""
    names = cased or {}
    for phrase in e.phrases:
        words = _WORD.findall(phrase.lower())
        if (words[:1] and (words[0] in _SUBJECTS or words[0] in names)) and any(
            _VERB.fullmatch(w) for w in words[1:]
        ):
            return _WORD.sub(lambda m: names.get(m.group(), m.group()), phrase.rstrip(" ."))
    text = e.assertion.strip().rstrip(" .")
    first = _WORD.findall(text.split(" ", 1)[0].lower())[:1]
    if (first and first[0] in names) or text.split(" ", 1)[0].isupper():
        return text  # "Trotsky ...", "NKVD ..."
    return text[:1].lower() + text[1:]


def _join(points: Sequence[str]) -> str:
    return points[0] if len(points) == 1 else ", ".join(points[:-1]) + " and " + points[-1]


def _quote(line: str) -> str:
    words = line.split()
    cut = " ".join(words[:_QUOTE_WORDS]).rstrip(".!?,;: ")
    return cut + ("..." if len(words) > _QUOTE_WORDS else "")
