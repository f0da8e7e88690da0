"""What a text says its own terms are: "the bog mosses known as sphagnum", "a smooth
paste called lime putty", "a hollow tool called a cheese iron".

A text names a thing once by what it is and then by its term alone ("Sphagnum has no
true roots ..."), while a learner who skimmed it asks by the plain word ("how does the
moss get by without roots?", "what makes the paste go hard?"). The text is its own dictionary
here: each sentence that says the term without the plain word gets the plain word as a
keyword, so the learner's word reaches every sentence about the thing, not only the one
that named it.

The plain word is no person ("the trustees called the scheme extravagant" is no naming,
and a person's descriptions are the lexicon's, `_descriptions`), nor a noun that asks for
a kind of answer (english.yaml's step, outcome, kind, time and ordinal words: "a step
known as cooking" is asked by its place among the steps, "the result" by what came of
something). A capitalised term is a name, the lexicon's too. Nor does a term the text
says throughout get its plain word (`_SPREAD`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._draft_questions import is_verb
from ._noun_kinds import noun_kind
from ._text import language, split_words, stem

__all__ = ["glossed_in", "glosses"]

# nouns that ask for a kind of answer rather than name a thing: "a step known as
# cooking", "the result, called dead-burned lime" ("what was the result?" asks an outcome),
# "the first, called the warm-up" (an ordinal: the first of the stages)
_ASKING = ("step_nouns", "outcome_words", "kind_words", "time_nouns", "ordinal_words")
# A term said in more than this share of a text's sentences is what the text is about
# ("ethylene" in a text on ripening): its plain word, held by them all, would then tell
# none of them apart, and would weigh less where the text itself says it ("the gas")
_SPREAD = 0.15
_FEW = 3  # sentences a short text may say a term in, however short it is
_WORD = r"[a-z][a-z'-]*"
# an article, up to two describing words and the plain noun, then the naming and the term
_CALLED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+((?:{_WORD}\s+){{0,2}}{_WORD}),?\s+(?:called|known as|named)\s+"
    rf"(?:the\s+|an?\s+)?[\"\u201c]?({_WORD}(?:\s+{_WORD}){{0,2}})"
)


def glosses(sentences: Sequence[str]) -> dict[str, str]:
    """term (folded words joined by spaces) -> the plain noun the text says it is, for
    each naming of a lowercase term by a plain noun ("ethylene" -> "gas"); none for a
    term the text says throughout (`_SPREAD`)."""
    stop = frozenset(language()["stopwords"])
    asking = frozenset(w for key in _ASKING for w in language()[key])
    out: dict[str, str] = {}
    for sentence in sentences:
        for match in _CALLED.finditer(sentence):
            plain = split_words(match.group(1))
            term: list[str] = []
            said = split_words(match.group(2))
            for k, word in enumerate(said):
                following = said[k + 1] if k + 1 < len(said) else None
                if word in stop or (term and is_verb(word, term[-1], following)):
                    break  # "a cheese harp into grains", "the deckle sat on": it ends
                term.append(word)
            head = plain[-1] if plain else ""
            if not term or head in stop or head in asking or noun_kind(head) == "person":
                continue
            out.setdefault(" ".join(term), head)
    most = max(_FEW, len(sentences) * _SPREAD)
    return {
        term: head
        for term, head in out.items()
        if sum(1 for s in sentences if glossed_in(s, {term: head})) <= most
    }


def glossed_in(sentence: str, table: dict[str, str]) -> list[str]:
    """The plain nouns of the terms a sentence says without saying their plain noun."""
    words = split_words(sentence)
    said = " " + " ".join(words) + " "
    stems = {stem(w) for w in words}
    return [head for term, head in table.items() if f" {term} " in said and stem(head) not in stems]
