"""A sentence that announces what the text tells, which answers nothing itself.

"This text describes how the guild rose, how its bells were cast, and why it finally
collapsed." names the questions the text answers, not their answers: drafted as a fact,
it holds every word of "why did the guild collapse?" and takes that question from the
sentences that tell the collapse. So the scaffold drafts no fact of it (the topic's
recap still says it). Such a sentence has the text itself as its subject, a piece of
writing named with "this" ("This essay", "This chapter", "In this article, we ..."),
and a verb of telling or showing.

What it announces is still worth having: each of its clauses ("why it finally
collapsed") is a question a learner may ask ("Why did the guild finally collapse?"), and
the section whose heading names its verb ("The Collapse") is where the text answers it.
`contents_questions` gives those questions, with the word a heading must share.
"""

from __future__ import annotations

import re

from ._draft_questions import base_form
from ._text import stem

__all__ = ["contents_questions", "tells_contents"]

# the names of a piece of writing a text calls itself by
_WRITING = (
    "text|essay|article|chapter|section|book|paper|report|passage|piece|account|study|"
    "guide|page|lesson|booklet|pamphlet|story|history|document|entry|unit|part"
)
# verbs that say what a text does with its subject, not what happened
_TELLING = (
    "describes|explains|tells|shows|looks at|examines|traces|covers|discusses|outlines|"
    "follows|sets out|presents|recounts|explores|considers|reviews|introduces|is about|"
    "will (?:describe|explain|tell|show|look at|examine|trace|cover|discuss|outline|follow)"
)
_ANNOUNCES = re.compile(
    rf"^(?:(?:this|the present|the following) (?:{_WRITING})\s+(?:{_TELLING})\b"
    rf"|in (?:this|the following) (?:{_WRITING}),?\s+(?:we|i|you)\b)",
    re.IGNORECASE,
)


def tells_contents(sentence: str) -> bool:
    """Whether a sentence only announces what its text tells (see the module's note)."""
    return _ANNOUNCES.match(sentence.strip()) is not None


# "how the guild rose", "why it finally collapsed", "how its bells were cast"
_CLAUSE = re.compile(
    r"\b(how|why|when|where)\s+([^,;]+?)(?=,|;|\s+and\s+(?:how|why|when|where)\b|[.!?]?$)"
)
_AUX = frozenset(["was", "were", "is", "are", "had", "has", "have"])
_PRONOUNS = {"it": "", "they": "", "its": "'s", "their": "'s"}
_CAP = 8  # words of the longest clause asked


def contents_questions(sentence: str) -> list[tuple[str, str]]:
    """(question, stem of its verb) for each clause of a sentence announcing what its text
    tells: "how the guild rose, how its bells were cast, and why it finally collapsed"
    gives ("How did the guild rise?", "rose"), ("How were the guild's bells cast?",
    "cast"), ("Why did the guild finally collapse?", "collaps"). A pronoun stands for
    what the first clause names ("the guild"); a clause whose verb is not plain is left
    out."""
    if not tells_contents(sentence):
        return []
    out: list[tuple[str, str]] = []
    named = ""
    for m in _CLAUSE.finditer(sentence):
        wh, body = m.group(1), m.group(2).split()
        if not 2 <= len(body) <= _CAP:
            continue
        if not named and body[0].lower() in ("the", "a", "an") and len(body) >= 3:
            named = " ".join(body[:2])  # "the guild", whom its later pronouns stand for
        words = [_own(w, named) for w in body]
        if "" in words:
            continue  # a pronoun before anything named
        asked = _inverted(wh, words)
        if asked is not None:
            out.append((asked[0], stem(asked[1].lower())))
    return out


def _own(word: str, named: str) -> str:
    """A pronoun replaced by what the clause names ("its" -> "the guild's")."""
    ending = _PRONOUNS.get(word.lower())
    if ending is None:
        return word
    return f"{named}{ending}" if named else ""


def _inverted(wh: str, words: list[str]) -> tuple[str, str] | None:
    """The direct question of an indirect one ("why the guild finally collapsed" ->
    "Why did the guild finally collapse?") and its verb, or None when none is found."""
    lower = [w.lower() for w in words]
    aux = next((k for k, w in enumerate(lower) if w in _AUX), None)
    if aux is not None and 0 < aux < len(words) - 1:  # "how its bells were cast"
        rest = [*words[:aux], *words[aux + 1 :]]
        return f"{wh.capitalize()} {lower[aux]} {' '.join(rest)}?", lower[aux + 1]
    verb = next((k for k in range(1, len(lower)) if base_form(lower[k])), None)
    if verb is None:
        return None
    base = base_form(lower[verb])
    asked = f"{wh.capitalize()} did {' '.join(words[:verb])} {base}{_tail(words, verb)}?"
    return asked, lower[verb]


def _tail(words: list[str], verb: int) -> str:
    rest = " ".join(words[verb + 1 :])
    return f" {rest}" if rest else ""
