"""Passes over every drafted fact's questions at once: questions two facts would
share are dropped, "Who was X?" goes to the fact that says who, and a question asking
of an 'it' it names nothing for is not kept.

Apart from drafting each sentence's questions (tutor/_draft_questions.py) because each
pass needs all the facts, or the whole text, to decide.
"""

from __future__ import annotations

import re

from ._draft_fact import DraftFact
from ._draft_questions import lower_first
from ._draft_reading import Sentence
from ._lexicon import noun_share
from ._noun_kinds import noun_kind
from ._text import fold, language, split_words, stem

__all__ = ["FILLERS", "of_unnamed", "unshared", "who_is"]

FILLERS = ("Is it true that", "What does it mean that")
_UNNAMED_END = re.compile(r"^(?:who|what)\s+(.*)\s+(?:it|them)\?$", re.IGNORECASE)


def of_unnamed(question: str) -> bool:
    """Whether a drafted question ends in an 'it' or 'them' that it names nothing for:
    "What could no longer afford it?" (of "Many families could no longer afford it", the
    'it' a sentence before) asks of nothing a learner can tell. A noun before the pronoun
    may be what it stands for ("Who salted butter with it?", "... crowns on them?")."""
    found = _UNNAMED_END.match(question)
    if found is None:
        return False
    stop = language()["stopwords"]
    return not any(
        word[:1].isupper() or (fold(word) not in stop and _noun(fold(word)))
        for word in found.group(1).split()
    )


def _noun(word: str) -> bool:
    """Whether a word may name a thing: mostly a noun ("steam"), or a noun of a kind at all
    ("crowns", mostly a verb), never only something else ("longer", "nearly")."""
    share = noun_share(stem(word))
    return share >= _NOUN_SHARE or (share > 0 and noun_kind(word) is not None)


_NOUN_SHARE = 0.5


def unshared(facts: list[DraftFact]) -> None:
    """Drop questions that ask for several facts in the same words ("What did Fleming
    do?"): they would send a learner to any of them; a fact keeps at least two."""
    stop = frozenset(language()["stopwords"])

    def key(question: str) -> frozenset[str]:
        return frozenset(stem(w) for w in split_words(question) if w not in stop)

    owners: dict[frozenset[str], set[str]] = {}
    for fact in facts:
        for question in fact.questions:
            owners.setdefault(key(question), set()).add(fact.id)
    for fact in facts:
        mine = list(dict.fromkeys(q for q in fact.questions if len(owners[key(q)]) == 1))
        if len(mine) < 2:
            body = fact.sentence.rstrip(".!?;,: ")  # a list item ends "...;"
            body = lower_first(body)  # "The ...", "A raised bog ...", but not "Mary ..."
            mine += [f"Is it true that {body}?", f"What does it mean that {body}?"]
        fact.questions = list(dict.fromkeys(mine))[:4]


# A passage that opens with a term and says what it is: "denitrification, which turns
# nitrate back into nitrogen gas", "Anammox, a shortcut in which ...".
_DEFINES = re.compile(r"^(?P<x>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2}),\s+(?:which|a|an)\s")


def who_is(facts: list[DraftFact], sentences: list[Sentence]) -> None:
    """'Who was X?' or 'What is X?', the commonest question about a name or a term, asked
    of the fact that says what X is: the first sentence that describes a name ('the
    geologist William Buckland', 'Tray, her faithful companion')."""
    asked: set[str] = set()
    stop = frozenset(language()["stopwords"])
    whole = " ".join(s.passage.text for s in sentences).lower()
    for fact, sentence in zip(facts, sentences, strict=True):
        questions = []
        for entity, _ in sentence.described:
            if entity.kind == "person":
                questions.append(f"Who was {entity.name}?")
            elif entity.kind != "place":
                questions.append(f"What is {entity.name}?")
        defined = _DEFINES.match(sentence.passage.text)
        if (
            defined
            and defined.group("x").split()[0].lower() not in stop
            and whole.count(defined.group("x").lower()) > 1  # a term the text uses again
        ):
            term = defined.group("x")  # "nitrification, which ..."
            plural = term.endswith("s") and not term.endswith(("ss", "is", "us"))
            questions.append(f"What {'are' if plural else 'is'} {lower_first(term)}?")
        for question in questions:
            if question.lower() not in asked:
                asked.add(question.lower())
                fact.questions.append(question)
    # a name no sentence describes is asked of the sentence that first names it
    for fact, sentence in zip(facts, sentences, strict=True):
        for entity in sentence.names:
            if entity.kind == "person":
                question = f"Who was {entity.name}?"
            elif entity.kind == "place":
                question = f"Where is {entity.name}?"
            else:
                question = f"What is {entity.name}?"
            if question.lower() not in asked:
                asked.add(question.lower())
                fact.questions.append(question)
