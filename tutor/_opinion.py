"""Who holds an opinion: "what did X think of Y?" asks X's view, not Y's view of X.

"What did Trotsky think of Stalin?" shares every name with "Stalin viewed Trotsky as a
threat", which answers the opposite question: there Stalin holds the view and Trotsky is
the one judged. A question's holder is the person right before its verb of opinion
("did Trotsky think", "Trotsky's attitude", "does he feel"); a fact tells the holder's
view when he is the doer of one of its verbs of opinion, and tells another's view of him
when he is only the one judged (the patient of such a verb, the doer of none of its
verbs). The verbs of opinion are the language data's (`opinion_verbs`, `attitude_words`,
`opinion_nouns`) as the pack's analyzer spells them (its synonyms join them: "viewed" is
"think" where the pack says so), so any pack is read the same way. (Their WordNet kinds
were tried: the kinds of "think" are "plan" and "construct", too many to be precise.)
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._analyze import Analyzer
from ._frames import Frame
from ._text import language
from ._utterance import Utterance

__all__ = ["Asked", "Opinions"]

# what may stand between a holder and his verb: "did Lenin really think", "Trotsky's own"
_BETWEEN = frozenset(
    ["really", "actually", "still", "ever", "truly", "honestly", "personally", "own", "first"]
)
_MAKE = frozenset(["make", "made", "makes"])  # "what did X make of Y?" ("of" after it)
_HE_SHE = frozenset(["he", "she"])  # the holder whom the talk is about
_BEFORE = frozenset(["by", "was", "were", "is", "are", "be", "been"])  # passives: not his view
_OBJECTS = frozenset(["him", "her", "them", "it"])  # "how did Stalin see him?"
_PREPS = frozenset(["of", "about", "on", "towards", "toward", "to", "regarding"])


@dataclass(frozen=True, slots=True)
class Asked:
    """An opinion question: whose view (`holder`, an entity key) of what (`judged`, the
    name of an entity said after the verb, or "" when the line names none)."""

    holder: str
    judged: str
    holder_name: str = ""

    @property
    def untold(self) -> str:
        """The view asked, in words for "The text doesn't say ...": "what Trotsky
        thought of Stalin"."""
        of = f" of {self.judged}" if self.judged else ""
        return f"what {self.holder_name or self.holder} thought{of}"


class Opinions:
    """Reads opinion questions and who holds the views facts tell. Immutable; shared."""

    def __init__(self, analyzer: Analyzer, frames_of: Callable[[str], tuple[Frame, ...]]) -> None:
        lang = language()
        seeds = [
            *lang.get("opinion_verbs", ()),
            *lang.get("attitude_words", ()),
            *lang.get("opinion_nouns", ()),
        ]
        self._terms = frozenset(analyzer.analyze(" ".join(seeds), correct=False).terms)
        self._analyzer = analyzer
        self._frames_of = frames_of
        kinds = analyzer.entity_kinds
        words: dict[str, set[str]] = {}
        for key, canon in analyzer.phrases.items():
            if canon in kinds:
                words.setdefault(canon, set()).update(key)
        self._name_words = {k: frozenset(v) for k, v in words.items()}

    def asked(self, said: Utterance, context: Mapping[str, Any]) -> Asked | None:
        """The holder and the one judged of a question asking someone's view, else None."""
        query = said.query
        words = query.words
        if query.qtype not in ("thing", "manner") or not words:
            return None
        at = self._verb_at(said)
        if at is None or (at and words[at - 1] in _BEFORE):
            return None
        kinds = self._analyzer.entity_kinds
        holder = None
        k = at - 1
        while k >= 0 and words[k] in _BETWEEN:
            k -= 1
        if k >= 0 and words[k] in _HE_SHE:
            persons = context.get("persons") or []
            holder = persons[0] if persons else None
        else:
            starts = [(i, t) for t, i in query.spans if i <= k and kinds.get(t) == "person"]
            if starts:
                i, term = max(starts)
                spelt = self._name_words.get(term, frozenset()) | {term}
                if all(w in spelt for w in words[i : k + 1]):
                    holder = term
        if holder is None:
            return None
        after = [t for t, i in query.spans if i > at and t in kinds and t != holder]
        judged = self._analyzer.entity_names.get(after[0], "") if after else ""
        names = self._analyzer.entity_names
        return Asked(holder, judged, names.get(holder, holder))

    def _verb_at(self, said: Utterance) -> int | None:
        """Where the line says its verb (or noun) of opinion, if it says one."""
        words = said.query.words
        kinds = self._analyzer.entity_kinds
        named = {i for t, i in said.query.spans if t in kinds}  # "see Trotsky": its object
        for k, word in enumerate(words[:-1]):
            if word in _MAKE and words[k + 1] == "of":
                return k
        for term, k in said.query.spans:
            if term in self._terms and k + 1 < len(words) and words[k + 1] in _PREPS:
                return k
            said_as_verb = any(f.predicate == term for f in said.frames) or (
                k + 1 in named or (k + 1 < len(words) and words[k + 1] in _OBJECTS)
            )
            if term in self._terms and k > 0 and words[k - 1] not in _PREPS and said_as_verb:
                return k
        return None

    def holds(self, fact_id: str, holder: str) -> bool:
        """Whether a fact tells `holder` doing one of its verbs of opinion."""
        return any(
            f.predicate in self._terms and holder in f.role("agent")
            for f in self._frames_of(fact_id)
        )

    def judged_only(self, fact_id: str, holder: str) -> bool:
        """Whether a fact tells `holder` only as the one judged: the patient of one of its
        verbs of opinion and the doer of none of its verbs ("Stalin viewed Trotsky as a
        threat", asked what Trotsky thought)."""
        frames = self._frames_of(fact_id)
        if any(holder in f.role("agent") for f in frames):
            return False
        return any(f.predicate in self._terms and holder in f.role("patient") for f in frames)

    def others_view(self, fact_id: str, holder: str, answer: str) -> bool:
        """Whether a fact tells someone else's view and names `holder` only in passing:
        one of its verbs of opinion is another's (or no one's named), and `holder` does
        none of its verbs nor owns a word of opinion ("Harrow's contempt") in `answer`
        ("future generations would view Stalin as Lenin's true successor", asked what
        Lenin thought)."""
        frames = self._frames_of(fact_id)
        if any(holder in f.role("agent") for f in frames):
            return False
        if not any(f.predicate in self._terms for f in frames):
            return False
        spans = self._analyzer.words_and_spans(answer)[1]
        if all(term != holder for term, _ in spans):
            return False  # a view never naming him: not this (see `Picker._holder`)
        return not any(
            term == holder and after in self._terms and at + 1 == then
            for (term, at), (after, then) in itertools.pairwise(spans)
        )

    def own_telling(self, fact_id: str, holder: str) -> bool:
        """Whether a fact tells something of `holder`'s own and no one else's view: he
        does one of its verbs, and every verb of opinion in it is his."""
        frames = self._frames_of(fact_id)
        return any(holder in f.role("agent") for f in frames) and all(
            holder in f.role("agent") for f in frames if f.predicate in self._terms
        )
