"""Names in a plain text: the scaffold's reading of who and what a new text is about.

No trained name finder installs from PyPI and runs offline (spaCy's English models and
NLTK's chunker download their data at run time), so names come from capitalisation and
the words around them. This module finds them (`find_entities`): it reads every sentence's
runs of capitalised words once (`_name_runs`), drops dates, titles and sentence openers,
counts the cues each name gets, then asks `_name_kinds` for its kind and `_name_aliases`
for its short forms. Everything here is linear in the text.

The names' other readers live apart and are re-exported here, so that code written against
this module keeps its imports: what a text calls a name (`_draft_describe`), whom a
pronoun stands for (`_draft_pronouns`), the name record and its lookup (`_draft_entity`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ._draft_describe import demonyms, describe, is_role_noun, ranks_and_deeds
from ._draft_entity import DraftEntity, NameFinder
from ._draft_pronouns import is_object, resolve_it, resolve_pronouns, titled
from ._name_aliases import add_aliases, merge_short_forms
from ._name_cues import NameCues
from ._name_kinds import called_kind, class_words, guess_kind, saint_place
from ._name_runs import name_runs, plain_opener, plain_words
from ._name_words import (
    COMMON_RANK,
    DEMONYM,
    DETERMINERS,
    KIND_OF,
    MONTHS_AND_DAYS,
    THE,
    TITLES,
    is_title,
)
from ._text import fold, language

__all__ = [
    "MONTHS_AND_DAYS",
    "DraftEntity",
    "NameFinder",
    "class_words",
    "demonyms",
    "describe",
    "find_entities",
    "is_object",
    "is_role_noun",
    "ranks_and_deeds",
    "resolve_it",
    "resolve_pronouns",
    "titled",
]


def find_entities(sentences: Sequence[str]) -> list[DraftEntity]:
    """The names of a text, longest first, with kinds and short forms (aliases)."""
    from ._draft_questions import is_verb

    befores: dict[str, Counter[str | None]] = {}
    only_first: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    acts: Counter[str] = Counter()  # followed by a verb: someone doing something
    after_title: set[str] = set()  # names seen after a title: people
    saints: set[str] = set()  # "St Mary's": a saint's church
    describes: Counter[str] = Counter()  # "Norwegian explorer": an adjective before a noun
    heads: dict[str, Counter[str]] = {}  # "the ship Fram": what a noun before calls it
    named: list[tuple[str, list[str]]] = []  # each sentence with its names, for pronouns
    stop = frozenset(language()["stopwords"])
    lowered, opens = plain_words(sentences)
    for sentence in sentences:
        named.append((sentence, []))
        for words, before, first, after in name_runs(sentence):
            if first and len(words) > 1 and plain_opener(words, lowered, opens):
                words = words[1:]  # "Recently Lowenna ...": a word, then a name
                first = False
            if not words or all(  # "in 1913", "every Friday", "on Saturdays"
                w.lower().removesuffix("s") in MONTHS_AND_DAYS or w.isdigit() for w in words
            ):
                continue
            if words[0].lower() in MONTHS_AND_DAYS and words[-1].isdigit():
                continue  # "September 1928" is a date
            if len(words) == 1 and len(words[0]) < 2:
                continue  # "14 °C": a letter is no name
            modifier = _modifies(words, before, after, stop)
            if after and is_verb(after, words[-1]) and not modifier:
                acts[" ".join(words)] += 1
            if len(words) == 1 and words[0].lower() in TITLES:
                continue
            kind_word = KIND_OF.get(words[-1].lower())
            if saint_place(sentence, words, after):
                saints.add(" ".join(words))  # "buried at St Mary's": a church, no Mary
            elif len(words) > 1 and is_title(words[0]) and not kind_word:
                words = words[1:]  # "Captain Robert Falcon Scott" is Robert Falcon Scott
                after_title.add(" ".join(words))
            adjective = len(words) == 1 and DEMONYM.search(words[0]) and after[:1].islower()
            if adjective and not is_verb(after, words[0]):
                describes[words[0]] += 1  # "the Norwegian explorer": a word, no name
            name = " ".join(words)
            befores.setdefault(name, Counter())[before] += 1
            named[-1][1].append(name)
            head = called_kind(sentence, words, before, after, stop)  # "the ship Fram"
            if head:
                heads.setdefault(name, Counter())[head] += 1
            (only_first if first else inside)[name] += 1
    ranks: dict[str, int] = language()["ranks"]
    cues = NameCues()
    cues.read(named)
    found: dict[str, DraftEntity] = {}
    for name, seen_after in befores.items():
        words = name.split()
        if len(words) == 1 and not inside[name]:
            continue  # a capitalised first word is usually just a first word
        common = ranks.get(fold(name), COMMON_RANK + 1) <= COMMON_RANK
        if len(words) == 1 and common and not KIND_OF.get(fold(name)) and not name.isupper():
            continue  # "However", "Earth"? common words capitalised for emphasis
        if len(words) == 1 and describes[name] * 2 >= inside[name] + only_first[name]:
            continue
        by_last = befores.get(words[-1], Counter())
        alone = sum(n for w, n in by_last.items() if w not in THE) if len(words) > 1 else 0
        kind, sure = guess_kind(
            words,
            seen_after,
            acts[name],
            heads.get(name),
            cues.gendered[name],
            cues.neuter[name],
            alone,
            fold(words[-1]) in lowered or fold(words[-1]) + "s" in lowered,
        )
        if name in after_title:
            kind, sure = "person", True
        if name in saints:
            kind, sure = "place", True
        found[name] = DraftEntity(name, kind, sure=sure)
    mentions = {name: sum(c.values()) for name, c in befores.items()}
    # "Otto made the chocolate", "Price wanted to build railways": a name the text writes
    # alone only opening sentences, and never in lower case, is written alone as a name too
    # (an alias only of a longer name it is part of: "However" is none)
    opening = {fold(n) for n in only_first if " " not in n and fold(n) not in lowered}
    first_named = set(named[0][1]) if named else set()  # the names of the opening passage
    written_alone = {fold(n) for n in inside} | opening
    add_aliases(found, ranks, stop, written_alone, mentions, first_named, named)
    merge_short_forms(found, befores)
    return sorted(found.values(), key=lambda e: (-len(e.name), e.name))


def _modifies(words: Sequence[str], before: str | None, after: str, stop: frozenset[str]) -> bool:
    """Whether a one-word name sits inside a noun phrase as its modifier ("green Varrow
    bottles", "the Harrow glassworks"): after a describing word or an article, an '-s' word
    is the phrase's plural noun, not a verb the name does ("Varrow bottles" is no one
    bottling)."""
    if len(words) != 1 or not before or not before[:1].islower() or not after.endswith("s"):
        return False
    if after.lower() in stop or not after.isalpha():
        return False  # "the Fram was": its verb; "the Brightwater mayor's": an owner
    return before in DETERMINERS or (before.isalpha() and before not in stop)
