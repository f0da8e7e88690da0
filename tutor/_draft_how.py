"""How-questions a lesson asks of a sentence that gives no reason: how something was done
or how an event came about, a better question than "who did it?".

- the means: "A waller judged the brine by floating an egg in it" asks "How did a
  waller judge the brine?" and expects "floating an egg in it";
- how an event began or ended: "The trade began in 1794, when a chandler dug the first
  pans" asks "How did the trade begin in 1794?" and expects what the 'when' clause says;
- a reason told in the sentence before: "The tax doubled the price. As a result, few
  could afford salt." asks why few could afford salt and expects the sentence before.
"""

from __future__ import annotations

import re

from ._draft_asks import has_verb, why_ask
from ._draft_questions import IRREGULAR_PAST, sound_parse

__all__ = ["how_split", "reason_before"]

_MEANS = re.compile(r"^(?P<a>.{12,}?),?\s+by\s+(?P<b>[a-z]+ing\b.{3,}?)[.!?]?$")
# Verbs that say an event began, ended or changed (English's aspectual verbs): of these a
# 'when' clause after a comma tells how it came about, where of others it tells a time
# ("he moved to Lisbon, when he was twenty").
_ASPECT = (
    "began|begun|started|ended|finished|stopped|ceased|closed|opened|collapsed|failed|"
    "changed|came to an end|broke out"
)
_WHEN = re.compile(
    rf"^(?P<a>[^,]{{6,80}}?\b(?:{_ASPECT})\b[^,]{{0,40}}),\s+when\s+(?P<b>.{{10,}}?)[.!?]?$",
    re.IGNORECASE,
)
# what opens a sentence whose reason is the sentence before it
_SO = re.compile(
    r"^(?:as a result|as a consequence|consequently|therefore|because of this|"
    r"for this reason|for that reason|this meant that|that meant that|thus|so),?\s+(?P<a>.{12,}?)"
    r"[.!?]?$",
    re.IGNORECASE,
)


def how_split(sentence: str, names: frozenset[str]) -> tuple[str, str, str] | None:
    """("How ...?", what it expects, that said as a clause) of a sentence telling a means
    or how an event came about, or None ("scratching every sale on a slate" is what a
    learner must say; "Rosa kept the accounts by scratching ..." what a recap says)."""
    body = sentence.strip()
    if not body[:1].isupper() or ": " in body:
        return None  # a list's item ("tiny mites ..., removed by brushing") asks nothing
    for pattern in (_MEANS, _WHEN):
        m = pattern.match(body)
        if m is None or not _sound_clause(m.group("a"), pattern is _MEANS):
            continue
        asked = why_ask(m.group("a"), names)
        if asked and asked.startswith("Why "):
            told = m.group("b").strip()
            clause = f"{m.group('a')} by {told}" if pattern is _MEANS else told
            return f"How {asked[4:]}", told, clause
    return None


# a passive ("the shares were bought"), whose "by" names who did it, not how
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?(?P<done>[a-z]+)\b", re.IGNORECASE
)
# "this" standing for what the text said before ("Mirela found this by ...")
_POINTING = re.compile(
    r"\b(?:this|these|those)\b(?=\s*$|\s+(?:is|are|was|were|has|had|did|by|at|in|on|of|to)\b)",
    re.IGNORECASE,
)


def _sound_clause(clause: str, means: bool) -> bool:
    """Whether a clause asked "How ...?" of is one: a verb of its own ("This lifting of
    the ground by freezing" has none), nothing standing for a sentence before it, and for
    a means no passive (its "by" names the doer: "bought by fishing families") nor a
    clause inside it that the "by" may belong to ("argued that the cream hardened by")."""
    if not has_verb(clause) or _POINTING.search(clause):
        return False
    if not means:
        return True
    if re.search(r"\bthat\b", clause, re.IGNORECASE) or not sound_parse(clause).subject:
        return False  # no subject: "by" inside a noun ("This lifting of the ground by")
    for m in _PASSIVE.finditer(clause):
        done = m.group("done").lower()
        if done.endswith(("ed", "en")) or done in IRREGULAR_PAST:
            return False
    return True


def reason_before(sentence: str, names: frozenset[str]) -> str | None:
    """'Why ...?' of a sentence whose reason is the one before it ("As a result, B"),
    or None."""
    m = _SO.match(sentence.strip())
    if m is None:
        return None
    clause = m.group("a")
    return why_ask(f"{clause[:1].upper()}{clause[1:]}", names)
