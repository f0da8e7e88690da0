"""A title for a paragraph of a text without headings: what its opening sentence is about.

A lesson walks a drafted text topic by topic and names each one ("Topic 6 of 11: ..."),
and "what does the text cover?" lists them. The first words of a paragraph make a poor
name ("Then, on the night...", "The fame did not..."); the subject of its opening sentence
is what the paragraph goes on to tell about ("A summer thunderstorm (1947)", "The fame",
"Funding troubles"). Where the subject cannot be told cleanly (a pronoun, an opening
phrase that holds a clause, no verb found), the first words stay, marked as cut.
"""

from __future__ import annotations

from itertools import pairwise

from ._draft_questions import is_verb, parse
from ._text import YEAR, split_words

__all__ = ["paragraph_title"]

_FIRST_WORDS = 4  # the fallback: this many opening words and an ellipsis
_LONGEST = 7  # a subject longer than this is a clause, not a name for a topic
# words that open a sentence without being its subject ("Then the curd is cut")
_SEQUENCE = frozenset(["then", "next", "today", "now", "later", "finally", "meanwhile", "soon"])
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "this"])
# a subject that starts so is no topic: a pronoun points elsewhere, a preposition or a
# negation opens a phrase ("For its first two decades the station ...", "Not every wheel")
_NOT_A_TOPIC = frozenset(
    [
        *("he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "there"),
        *("in", "on", "at", "by", "for", "from", "during", "after", "before", "when"),
        *("while", "not", "no", "never", "as", "if", "although", "because", "since"),
        *("within", "around", "over", "between", "throughout", "under", "until", "about"),
    ]
)


def paragraph_title(opening: str) -> str:
    """The paragraph's topic, from its opening sentence."""
    parsed = parse(opening)
    words = parsed.subject.split()
    opened = words[:1]
    while words and words[0].lower().strip(",") in _SEQUENCE:
        words = words[1:]
    if words[:1] != opened and words and words[0].lower() not in _DETERMINERS:
        words = []  # "Next come the cultures": the verb came first, no subject was found
    lead = split_words(parsed.lead)
    clean = (
        words
        and len(words) <= _LONGEST
        and words[0].lower() not in _NOT_A_TOPIC
        and not (len(words) == 1 and words[0].lower() in _DETERMINERS)  # "A" of "A raised bog"
        and not any(is_verb(w, p) for p, w in pairwise(["", *words]))
        and not any(is_verb(w, p) for p, w in pairwise(["", *lead]))
    )
    if not clean:
        cut = opening.split()[:_FIRST_WORDS]
        return " ".join(cut).rstrip(",;:.") + "..."
    title = " ".join(words).strip(",;:")
    title = title[:1].upper() + title[1:]
    year = YEAR.search(parsed.lead)
    return f"{title} ({year.group()})" if year and not YEAR.search(title) else title
