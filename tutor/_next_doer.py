"""A follow-up asking who acted on the event just told, answered by the next sentence.

"By 1845 ... the rooms were so crowded that readers stood on the stairs" "what did the
committee do about the crowding?": the last answer holds the event (the crowding), the
text's next sentence of the same part opens with its doer ("In 1846 the committee
launched an appeal ..."). The line's words are split between the two, so the ranking
finds neither strong enough and the reply would be a refusal. `NextDoer` takes the next
sentence only when the doer asked of is the one it opens with (its subject, not a word
it merely shares), and every other word of the line is the last answer's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._analyze import Query
from ._name_words import MONTHS_AND_DAYS
from ._reading import PackReading
from ._text import is_year

__all__ = ["NextDoer"]

_SPAN = 2  # sentences after the last answer that may go on with its event
_DO = frozenset(["do", "did", "does"])
_DEED_ABOUT = frozenset(["about", "with", "to", "for", "after", "against"])


class NextDoer(PackReading):
    """Reads "what did X do about Y?" right after an answer telling Y. Immutable."""

    def fact(self, query: Query, context: Mapping[str, Any]) -> str | None:
        """The sentence after the last answer, in its part, that opens with the doer the
        line names, when the line asks what that doer did about what the last answer
        told; None otherwise."""
        last = context.get("fact")
        if not isinstance(last, str) or last not in self._pack.by_id:
            return None
        if query.pronouns:  # "what did he do about it?": whom "he" means is read elsewhere
            return None
        split = self._deed(query)
        if split is None:
            return None
        doer, about = split
        told = self.answer_terms(last)
        if not about or not about <= told or not doer or doer & told:
            return None
        topic = self._pack.fact(last).topic
        for other in self._index.following(last, _SPAN):
            if self._pack.fact(other).topic != topic:
                return None
            if self._subject(other) in doer:
                return other
        return None

    def _deed(self, query: Query) -> tuple[set[str], set[str]] | None:
        """The terms naming the doer and those naming what was done about, of a line
        "what did X do about Y?"; None for any other shape."""
        words = query.words
        if len(words) < 5 or words[0] != "what" or words[1] not in _DO:
            return None
        at = next((k for k in range(3, len(words) - 1) if words[k] == "do"), None)
        if at is None or words[at + 1] not in _DEED_ABOUT:
            return None
        spans = dict(query.spans)
        doer = {t for t, k in spans.items() if 1 < k < at}
        about = {t for t, k in spans.items() if k > at + 1}
        if set(spans) != doer | about:
            return None
        return doer, about

    def _subject(self, fact_id: str) -> str | None:
        """The first term a sentence says, past a date it opens with: its doer, in the
        plain order of English ("In 1846 the committee launched ...")."""
        months = {t for m in MONTHS_AND_DAYS for t in self._analyzer.content_terms(m)[0]}
        for term in self._analyzer.content_terms(self._pack.fact(fact_id).answer)[0]:
            if is_year(term) or term.isdigit() or term in months:
                continue
            return term
        return None
