"""A keyword line asking a figure needs the figure told of what the line names.

A line of keywords ("flour amount", "island population") asks a figure by the measure it
names, and the word naming the measure weighs little, since the sentence that answers
gives the figure itself, not the word. So the line's other words are all that tie a
sentence to it, and a sentence can hold them in one clause and a figure in another: "In
1931 the company bought the mill for 900 pounds, and the railway carried its flour to
the coast" gives no amount of flour. A drafted sentence whose figures of the kind
asked all sit in clauses saying none of the line's words, while another clause says one,
is not the answer. One holding the line's words only by the sentence before it ("They
rest there at 9 °C" after "the cellar") is left to the other checks.

The clauses are those a semicolon, or a comma and a conjunction, join (", and", ", but"):
a relative clause ("the railway company, which bought the canal for 52,000 pounds") still
tells of the noun before it, and a clause whose subject is a pronoun ("Corvane did not
admit fault, but it agreed to pay 95,000 pounds") of the one before it.
"""

from __future__ import annotations

import re

from ._analyze import Analyzer, Query
from ._content import Fact
from ._index import Index
from ._text import split_words, stem

__all__ = ["figure_elsewhere"]

_FIGURES = {"number": ("number",), "money": ("money",), "amount": ("number", "money")}
# where two clauses meet: a semicolon, or a comma and a conjunction joining two of them
_JOINS = re.compile(r";\s*|,\s*(?:and|but|while|whereas|so|yet)\s+", re.IGNORECASE)
_SUBJECTS = frozenset(["it", "he", "she", "they", "this", "these", "those"])


def figure_elsewhere(analyzer: Analyzer, index: Index, query: Query, fact: Fact) -> bool:
    """Whether a drafted fact gives the figure a keyword line asks for only in clauses
    that say none of the line's words (see the module's docstring)."""
    kinds = _FIGURES.get(query.qtype or "")
    if kinds is None or not fact.draft or query.leans or query.context:
        return False
    if not analyzer.qwords.keys().isdisjoint(query.words):
        return False  # a question says what it asks of its words ("how much did ...")
    said = {t for t in query.terms if t not in query.kind_terms}
    offered = [v for kind in kinds for v in index.offered(fact.id, kind)]
    if not said or not offered:
        return False
    clauses = []  # (whether it gives a figure asked, the line's words it says)
    for clause in _clauses(fact.answer):
        stems = {stem(w) for w in split_words(clause)}
        lowered = clause.lower()
        figure = any(v in stems or v.lower() in lowered for v in offered)
        clauses.append((figure, said.intersection(analyzer.analyze(clause, correct=False).terms)))
    if not any(says for _, says in clauses):
        return False  # the fact holds the line's words by its setting, not in a clause
    figured = [says for figure, says in clauses if figure]
    return bool(figured) and not any(figured)


def _clauses(text: str) -> list[str]:
    """The clauses of a sentence, one whose subject is a pronoun kept with the one
    before it (it tells of the same thing)."""
    clauses: list[str] = []
    for part in _JOINS.split(text):
        first = split_words(part)[:1]
        if clauses and first and first[0] in _SUBJECTS:
            clauses[-1] = f"{clauses[-1]}, {part}"
        else:
            clauses.append(part)
    return clauses
