"""Whom a follow-up's "he" or "she" can mean, by what the pack's own sentences say of each
person: "In 1922 Clara sold the farm to Owen Pratt" then "what did he do with it?" means
Pratt when the text says "she" of Clara ("She kept sheep there", drafted "Hobbs kept
sheep there"), though she is the one the answer was about.

Only the text's words count (see tutor/_draft_gender.py: no list of first names): where
a drafted answer names someone in place of its source's "she" or "his" ("She renamed the
shop" drafted "Varnholt renamed the shop"), the draft read the pronoun as them, and a
title or a word only a woman or a man is, right before their name ("Mrs", "Sir",
"widow"), says it too. A person the text says both of, or nothing, has no gender
here: never passed over, nor taken in place of one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from types import MappingProxyType

from ._analyze import Analyzer
from ._content import Pack
from ._draft_gender import word_gender
from ._index import Index

__all__ = ["meant_first", "person_genders", "said_gender"]

_SAID: Mapping[str, str] = MappingProxyType(
    {
        "she": "f",
        "her": "f",
        "hers": "f",
        "herself": "f",
        "he": "m",
        "him": "m",
        "his": "m",
        "himself": "m",
    }
)
_WORD = re.compile(r"[\w'\u2019-]+")
_OUTWEIGH = 3  # votes for one gender against each for the other, to take it as known


def person_genders(pack: Pack, analyzer: Analyzer, index: Index) -> dict[str, str]:
    """Each person's gender ('f' or 'm') where the pack's drafted answers say it and never
    say the other as often; others are left out."""
    kinds = analyzer.entity_kinds
    names = analyzer.entity_names
    # the words a person's name opens or ends with: a title tells only before one of them
    ends = {w for n, k in kinds.items() if k == "person" for w in _ends(names.get(n, ""))}
    votes: dict[str, Counter[str]] = {}
    for fact in pack.facts:
        if not fact.draft:  # a written answer retells its source in other words
            continue
        words = _WORD.findall(fact.answer)
        if not _tells(fact.source, words, ends):  # most facts: read nothing more of them
            continue
        people = [n for n in index.names(fact.id) if kinds.get(n) == "person"]
        written = {p: names.get(p, "").split() for p in people}
        for person, kind in _resolved(fact.source, fact.answer, written):
            votes.setdefault(person, Counter())[kind] += 1
        for person, said in written.items():
            for k, w in enumerate(words[1:], start=1):  # "Mrs. Corley", "Sir Edmund"
                titled = word_gender(words[k - 1]) if said and w in (said[0], said[-1]) else None
                if titled is not None:
                    votes.setdefault(person, Counter())[titled] += 1
    genders: dict[str, str] = {}
    for person, counted in votes.items():
        (kind, most), *rest = counted.most_common()
        if not rest or most >= _OUTWEIGH * rest[0][1]:
            genders[person] = kind
    return genders


def _ends(name: str) -> tuple[str, ...]:
    said = name.split()
    return (said[0], said[-1]) if said else ()


def _tells(source: str, words: Sequence[str], ends: set[str]) -> bool:
    """Whether a drafted answer can say anyone's gender: its source says "she" or "his",
    or a title stands right before a name in it. Cheap, so that a pack of ten thousand
    sentences reads only these few again."""
    if any(w.lower() in _SAID for w in _WORD.findall(source)):
        return True
    return any(w in ends and word_gender(words[k - 1]) for k, w in enumerate(words) if k)


def _resolved(
    source: str, answer: str, written: Mapping[str, Sequence[str]]
) -> list[tuple[str, str]]:
    """The people a drafted answer names where its source sentence said "she" or "his"
    ("She renamed the shop" drafted "Varnholt renamed the shop"): the draft's own reading
    of whom the text's pronoun meant, with that pronoun's gender."""
    said, told = _WORD.findall(source), _WORD.findall(answer)
    out = []
    matcher = SequenceMatcher(a=[w.lower() for w in said], b=told, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op != "replace" or a1 - a0 != 1 or said[a0].lower() not in _SAID:
            continue
        put = [w.removesuffix("'s").removesuffix("\u2019s") for w in told[b0:b1]]
        for person, name in written.items():
            if name and name[-1] in put:
                out.append((person, _SAID[said[a0].lower()]))
    return out


def said_gender(pronouns: frozenset[str] | set[str]) -> str | None:
    """The one gender a line's pronouns say ("him": "m"); None when they say both or none."""
    said = {_SAID[p] for p in pronouns if p in _SAID}
    return next(iter(said)) if len(said) == 1 else None


def meant_first(
    persons: Sequence[str], pronouns: frozenset[str] | set[str], genders: Mapping[str, str]
) -> list[str]:
    """The people a follow-up may mean, likeliest first, with the first one "he" (or
    "she") cannot mean passed over for the next one the text says it of. The order is
    kept when the line says both ("what did he let her do?") or neither, when the first
    one can be meant, or when no one else is known to be (someone the text says nothing
    of may be anyone, and an honest "the text doesn't say" of the first is no worse
    than a guess)."""
    kind = said_gender(pronouns)
    if kind is None or not persons:
        return list(persons)
    first = genders.get(persons[0])
    if first is None or first == kind:
        return list(persons)
    fits = next((p for p in persons[1:] if genders.get(p) == kind), None)
    if fits is None:
        return list(persons)
    return [fits, *(p for p in persons if p != fits)]
