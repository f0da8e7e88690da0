"""The text going on about the person a follow-up asks of: "Venn kept a daily logbook"
"what did he write in it?" is told by the sentence after, "He recorded the weather every
four hours ...", though the line's own word ("write") is in neither; "Martha Keble ...
the forewoman" "what was she supposedly able to do?" by "She was said to be able to judge
a bale by its smell alone".

The ranking finds the last answer again for such a line (the conversation's words and the
person's name are all it holds), and telling it again answers nothing. When the line
names that person by a pronoun, asks in words of its own that the last answer holds none
of, and the next sentence of the same part goes on with the same person as its subject
(the same pronoun, or the name, to open it), that sentence is the one the line asks of.
Anything else (an aside, another person, a new part) is left to the ranking.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._analyze import Query
from ._reading import PackReading
from ._text import split_words

__all__ = ["GoesOn"]

# the asked kinds a sentence going on about someone may give: what they did, how, with
# what (a strict kind, a reason or a person has readers of its own)
_ASKS = frozenset(["thing", "manner", "means"])
_SINGULAR = frozenset(["he", "she", "him", "her"])  # one person, named by a pronoun
_OWNER = ("'s", "\u2019s")  # a name or pronoun owning the subject is not it
_OWN = 0.5  # a learner's word this rare says something of its own ("write", not "do")


class GoesOn(PackReading):
    """Finds the sentence going on about a follow-up's person. Immutable; shared."""

    def next_of(self, query: Query, context: Mapping[str, Any], fact_id: str) -> str | None:
        """The sentence after the last answer that goes on about the person a follow-up
        names by "he" or "she", when the ranking found only that answer (`fact_id`) and
        the line asks in words of its own the answer does not hold; None otherwise."""
        last = context.get("fact")
        if fact_id != last or not query.leans or query.qtype not in _ASKS:
            return None
        pronouns = _SINGULAR.intersection(query.pronouns)
        persons = context.get("persons") or []
        if len(pronouns) != 1 or not persons:
            return None
        analyzer = self._analyzer
        held = self._index.held(last)
        own = [
            t
            for t, w in query.surface
            if t not in query.context and t not in persons and analyzer.generality(w) >= _OWN
        ]
        if not own or any(t in held or t in query.soft for t in own):
            return None
        following = self._index.following(last, 1)
        if not following or self._pack.fact(following[0]).topic != self._pack.fact(last).topic:
            return None
        said = {"him": "he", "her": "she"}.get(next(iter(pronouns)), next(iter(pronouns)))
        name = split_words(analyzer.entity_names.get(persons[0], ""))
        words = self._pack.fact(following[0]).answer.split()
        # the pronoun, the surname or the whole name ("Elias Venn recorded ...") opens it
        for opener in ([said], name[-1:], name):
            first = words[: len(opener)]
            if opener and split_words(" ".join(first)) == opener:
                # "Orme's assistant, Ned Lowe, recorded ...": his deed, not hers
                return None if first[-1].endswith(_OWNER) else following[0]
        return None
