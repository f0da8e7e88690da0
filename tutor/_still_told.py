"""Whether a follow-up no fact answers asks what the last answer already holds: "what
temperature does it take?" after "... warmer than about 30 degrees Celsius, the polyps
...", "how long was he laid up for?" after "... could not walk for a month", "and her
brother?" after "... the sister of a tanner". The search weighs the last answer down for a
line leaning on it (it usually wants something new) and the reading that gives it again
(tutor/_last_answer.py) wants the line in its words; when neither finds a fact, the answer
the line leans on is the one place the kind it asks is said, and telling it again beats
"I don't know".

Only a kind a fact gives or does not (a count, a span, a person, a place: `STRICT_TYPES`)
given beyond what the last question asked, or the last question asked again of something
("and in summer?"): a why, how or what the last answer may not say (and a date of another
deed: "when did she do her experiment?" after "her report of 1910") are left to the
fallback.
"""

from __future__ import annotations

from ._analyze import Analyzer, Query
from ._followup import MORE, FollowUp
from ._followup_shapes import GENERAL, TEMPORAL
from ._index import Index
from ._referents import PERSON_PRONOUNS

__all__ = ["next_may_tell", "still_told"]

# strict kinds loosely offered (any verb is a means, any later clause a result)
_LOOSE = frozenset(["means", "result"])


def still_told(analyzer: Analyzer, index: Index, f: FollowUp) -> str | None:
    """The last answer's fact, when a line leaning on it (and found nothing better) asks
    a kind it gives beyond what was asked before, or asks the last question again of
    something it tells; never when the line asks for more, for later, or names someone
    it does not."""
    query, last = f.query, f.last
    if not last or not f.leans or f.swapped:
        return None
    words = set(query.words)
    if not MORE.isdisjoint(words) or not TEMPORAL.isdisjoint(words):
        return None  # "who else?", "what did she do after that?": something new
    if not analyzer.later_words.isdisjoint(words) or f.outcome:
        return None  # "what happened next?", "what came of it?"
    if not set(query.entities) <= index.names(last):
        return None
    if f.fragment and not query.qtype:  # "and her brother?": the last question again,
        # of something the last answer tells too (not "and in summer?" after a winter)
        return last if _own_words_told(analyzer, index, f) else None
    if not f.gives or query.qtype in _LOOSE:
        return None
    if query.qtype == "date" and not _own_words_told(analyzer, index, f):
        return None  # "when did she do her experiment?" of "her report of 1910"
    if query.qtype == "person" and f.pronouns & PERSON_PRONOUNS:
        # "who did he train?" after "... led by Dr. Pell": someone besides "he"
        others = index.offered(last, "person") - set(f.besides) - set(f.persons[:1])
        if not others:
            return None
    return last


def _own_words_told(analyzer: Analyzer, index: Index, f: FollowUp) -> bool:
    """Whether every word a line says of its own that is no everyday word is one the
    last answer holds, itself or through a word of like meaning."""
    query = f.query
    held, alike = index.held(f.last), index.held_alike(f.last)
    return all(
        t in held or t in alike or t in query.context or analyzer.generality(w) <= GENERAL
        for t, w in query.surface
        if t not in query.kind_terms
    )


def next_may_tell(query: Query) -> bool:
    """Whether a follow-up no fact answers may be answered by the sentence right after
    the last answer giving the kind it asks (`Context.role_told_next`): "how long did
    they talk?" after "they met at the chapel" ("After two days of talk ..."). Not a date
    (the next sentence's is another deed's: "when did he build it?"), nor a means asked
    without "how" ("what did they use it for?" asks a purpose the next step is not)."""
    if query.qtype == "date":
        return False
    return query.qtype != "means" or "how" in query.words
