"""Whose event a text tells: (term, name) for each term it says right next to a name
("Trotsky's death", "Zinoviev and Kamenev were expelled"), and the name each "he" or
"his" of a content text stands for.

A crude reading of a sentence's grammar by the words between a name and a term, kept
apart from the Analyzer that reads the terms: pure functions of a text's words, its terms
and where each stands, and the kinds of the pack's names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ._text import fold

__all__ = ["HIS", "bindings", "pronouns_named"]

# Words that may stand between a name and what is said of it: "the death of Trotsky",
# "Trotsky was expelled", "killed by Mercader"; "and" only inside a list of names.
_GLUE = frozenset(["the", "a", "an", "of", "was", "were", "is", "had", "has", "been", "by"])
_LIST_GLUE = _GLUE | {"and", "or"}
_GLUE_AFTER = (_GLUE - {"by"}) | {"own"}  # "Trotsky's own death"
# a name after one of these is no clause's subject: "ran it with Clemence until her own
# death" is not Clemence's death (grammar: prepositions)
_NOT_SUBJECT = frozenset(
    ["with", "by", "to", "for", "of", "from", "at", "in", "on", "beside", "under", "than"]
)
# a name after one of these (or opening the sentence, or after a year) opens a clause: its
# subject; "with her elder son, Nils, until her own death" is the mother's (grammar:
# conjunctions)
_OPENS_CLAUSE = frozenset(
    ["and", "but", "then", "while", "when", "after", "before", "so", "until", "as", "because"]
)
HIS = frozenset(["he", "his", "him", "she", "her"])
_HE = frozenset(["he", "she"])
_WORD_OR_OWNER = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def bindings(
    words: Sequence[str],
    terms: Sequence[str],
    starts: Sequence[int],
    ends: Sequence[int],
    kinds: Mapping[str, str],
) -> list[tuple[str, str]]:
    """(term, name) for each term said right next to a name or a list of names.

    A crude reading of whom an event belongs to: in "Trotsky's death in 1940 ended a
    challenge to Stalin's rule" the death is Trotsky's, not Stalin's; in "Trotsky,
    Zinoviev and Kamenev were expelled" all three were.
    """
    out: list[tuple[str, str]] = []
    k, count = 0, len(terms)
    while k < count:
        if terms[k] not in kinds:
            k += 1
            continue
        last = k  # a run of names: "Zinoviev and Kamenev"
        while (
            last + 1 < count
            and terms[last + 1] in kinds
            and _LIST_GLUE.issuperset(words[ends[last] : starts[last + 1]])
        ):
            last += 1
        names = terms[k : last + 1]
        if k > 0 and terms[k - 1] not in kinds and _GLUE.issuperset(words[ends[k - 1] : starts[k]]):
            out.extend((terms[k - 1], name) for name in names)
        after = last + 1
        # not "Stalin by the end of his life": "by" names who did the event before it
        # ("killed by Mercader"), never whose the event after it is
        if after < count and _GLUE_AFTER.issuperset(words[ends[last] : starts[after]]):
            out.extend((terms[after], name) for name in names)
        k = after
    return out


def pronouns_named(
    text: str,
    words: list[str],
    terms: Sequence[str],
    starts: Sequence[int],
    ends: Sequence[int],
    kinds: Mapping[str, str],
) -> list[str] | None:
    """A content text's words with each "he", "his" read as the words of the name it
    stands for (see `Analyzer.bindings`), or None when the text names no person."""
    people = [
        (i, e) for t, i, e in zip(terms, starts, ends, strict=True) if kinds.get(t) == "person"
    ]
    if not people:
        return None
    # names written as owners ("Lenin's vision") are seldom what "his" means
    raw = _WORD_OR_OWNER.findall(fold(text))
    owners = {k for k, w in enumerate(raw) if w.endswith("'s")} if len(raw) == len(words) else set()
    # a text opening on "he"/"she" ("She died in 1905, ... beside her father
    # in the churchyard of Saint Oda") is about someone named before it, not
    # the first person after, who is another: its pronouns stay unbound then
    back = words[0] in _HE
    said: list[str] = []
    for i, word in enumerate(words):
        if word in HIS:
            before = [p for p in people if p[1] <= i]
            # "he" is mostly the sentence's subject; "his" the nearest person
            # but an agent ("killed by Mercader at his home") or an owner
            doers = [
                p
                for p in before
                if (p[0] == 0 or words[p[0] - 1] != "by") and p[1] - 1 not in owners
            ]
            if not before and back:
                said.append(word)
            elif not before:
                said.extend(words[slice(*people[0])])
            elif word in _HE:
                said.extend(words[slice(*before[0])])
            elif words[i + 1 : i + 2] == ["own"]:
                # "her own death": the subject's, the nearest person named
                # as one: opening a clause, else not after a preposition
                # (not "with Clemence", nor "her son, Nils", nor an owner)
                opening = [
                    p
                    for p in doers
                    if p[0] == 0 or words[p[0] - 1] in _OPENS_CLAUSE or words[p[0] - 1].isdigit()
                ]
                subjects = [p for p in doers if p[0] == 0 or words[p[0] - 1] not in _NOT_SUBJECT]
                said.extend(words[slice(*(opening or subjects or doers or before)[-1])])
            else:
                said.extend(words[slice(*(doers or before)[-1])])
        else:
            said.append(word)
    return said
