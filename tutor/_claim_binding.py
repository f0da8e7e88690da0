"""Binding of a confirmed claim's parts: the fact must tell them of one event.

The checks before this one find the fact a claim is about by the words the two share and
compare its people, places and years. A claim may hold only words of its fact and still
say something it does not: "the bell was sold to the town hall" of "the bell was sold to
the cathedral in 1880, when the town hall was pulled down", or "the masters wanted tin" of
"the younger members wanted tin, but the old masters won the vote". Each of the claim's
words is in the fact, but told of another event, in a clause of its own. And "the guild
voted to use tin" of "the guild voted against using tin": the one word that turns the
choice round, "against", is not a content word at all.

So a claim that is one clause is confirmed only when one clause of the fact holds every
content word of it the fact holds; a word the fact holds only in another clause (one that
a subordinating conjunction opens: a clause with its own subject and verb) is a part the
fact fills otherwise, and the claim is corrected with the fact. A year dates the whole
sentence, and a person may be carried into a clause by a pronoun, so neither is bound.
A choice made "against" something that the claim says was made "to" or "for" it (or the
other way round) is corrected too. The check reads only the claim's and the fact's words,
so it knows no pack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._claim_reading import BREAK, ClaimCheck, ClaimReader
from ._content import Fact
from ._phrases import words as folded_words
from ._text import stem

__all__ = ["Binding"]

# subordinating conjunctions (a closed class of English) and "but": each opens a clause
# with its own subject and verb, which tells another event than the clause before it
_EVENT_BREAKS = frozenset(
    [
        "when",
        "because",
        "but",
        "while",
        "although",
        "though",
        "whereas",
        "since",
        "until",
        "after",
        "before",
        "once",
        "unless",
        "whenever",
        "whilst",
        "yet",
    ]
)
# where a fact's sentences and independent clauses end: not at "." ("St. Aldric's") nor
# ":" (what follows tells the same event: "announced the result: 18,460 hearths")
_SENTENCE = re.compile(r"[;!?]+(?:\s|$)")
# pronouns that carry someone or something told before into a clause ("it was restored
# in 1961"): such a clause tells its event of what the clause before it names
_CARRIERS = frozenset(
    ["he", "she", "they", "him", "her", "them", "his", "their", "who", "it", "its", "which"]
)
_FOR = frozenset(["to", "for"])  # "voted to use it", "voted for it": the choice made
_AGAINST = "against"
_ABOUT = 3  # words after "against" or "to" that say what a choice is about
_MIN_BOUND = 2  # content words of a claim, at least, for their binding to say anything
# verdicts this check leaves alone: their own wording, resting on two facts' ends, or
# read off the claim's own structure ("more experienced than the captain": the compare
# check knows the captain is Reid, told in another clause)
_SKIPPED = frozenset(
    [
        "script",
        "hedge",
        "mood",
        "untold",
        "time",
        "span",
        "pair",
        "compare",
        "members",
        "wish",
        "phase",
        "identity",
        "reason",
        "means",
    ]
)
_NOT = frozenset(["not", "never"])  # "not through X but through Y": one event, said twice


class Binding:
    """Checks that a confirmed claim's parts are told of one event by its fact.
    Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.analyzer = reader.analyzer
        self.kinds = reader.kinds

    def conflict(self, words: Sequence[str], found: ClaimCheck) -> ClaimCheck | None:
        """A correction of a claim `found` confirms whose parts its fact tells of other
        events, or whose choice ("voted to") it tells made the other way ("voted
        against"); None when the fact binds them as the claim does."""
        if not found.right or found.reason in _SKIPPED or not found.facts:
            return None
        fact = found.facts[0]
        if self._choice_turned(words, fact):
            return ClaimCheck(False, (fact,), "polarity")
        if any(w in _EVENT_BREAKS or w == BREAK for w in words):
            return None  # a claim of two clauses binds its own parts: the other checks'
        clauses = self._clauses(fact.answer)
        if len(clauses) < 2:
            return None
        claimed = self._bound_terms(words)
        held = [c for c in clauses if c & claimed]
        told = frozenset().union(*clauses)
        wanted = claimed & told
        if len(wanted) < _MIN_BOUND or len(held) < 2:
            return None
        if any(wanted <= terms for terms in clauses):
            return None  # one clause tells it all
        return ClaimCheck(False, (fact,), "bound")

    def _bound_terms(self, words: Sequence[str]) -> frozenset[str]:
        """The claim's content terms that must be told in one clause: no year, no
        function word."""
        terms = self.reader.terms([w for w in words if w != BREAK])
        return frozenset(
            t for t in terms if not self.analyzer.is_year(t) and t not in self.analyzer.stopwords
        )

    def _clauses(self, text: str) -> list[frozenset[str]]:
        """A text's event clauses, as terms; a clause with a pronoun in it holds the
        terms of the clause before it too (whom or what the pronoun stands for)."""
        out: list[frozenset[str]] = []
        for sentence in _SENTENCE.split(text):
            current: list[str] = []
            for word in [*folded_words(sentence), None]:  # None: the sentence's end
                if word is not None and (
                    word not in _EVENT_BREAKS or (word == "but" and _NOT & set(current))
                ):
                    current.append(word)
                    continue
                terms = frozenset(self.reader.terms(current))
                if terms and out and _CARRIERS & set(current):
                    terms |= out[-1]
                if terms:
                    out.append(terms)
                current = []
        return out

    def _choice_turned(self, words: Sequence[str], fact: Fact) -> bool:
        """Whether the claim makes a choice "to" or "for" a thing that the fact tells made
        "against" it with the same verb, or the other way round ("voted to use tin" of
        "voted against using tin"): the same verb, and what it is made about shares a
        word."""
        mine = self._choices(words)
        if not mine:
            return False
        theirs = self._choices(folded_words(f"{fact.answer} {fact.source}"))
        for (verb, against), about in mine.items():
            other = theirs.get((verb, not against))
            if other and about & other and (verb, against) not in theirs:
                return True
        return False

    def _choices(self, words: Sequence[str]) -> dict[tuple[str, bool], frozenset[str]]:
        """(verb stem, made against?) -> what it is made about (a few content terms
        after it), of each word right before "against", "to" or "for"."""
        out: dict[tuple[str, bool], frozenset[str]] = {}
        for k in range(len(words) - 1):
            after = words[k + 1]
            if after != _AGAINST and after not in _FOR:
                continue
            about = self._bound_terms(words[k + 2 : k + 2 + _ABOUT])
            if about:
                out[(stem(words[k]), after == _AGAINST)] = about
        return out
