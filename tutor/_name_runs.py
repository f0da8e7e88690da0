"""Candidate names in a sentence: runs of capitalised words and the words beside them.

No trained name finder installs from PyPI and runs offline, so a name is first a run of
capitalised words ("Saturn V", "13th Party Congress", "Royal Society of London", "Piet van
der Laan"), less the function words, titles' full stops and dates that a run sweeps up.
The word before a run and the word after it are kept: they are what says its kind later.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ._name_words import (
    CONNECTORS,
    FUNCTION_WORDS,
    KIND_OF,
    MONTHS_AND_DAYS,
    PLACE_BEFORE,
    PRONOUN_GENDER,
    TITLES,
)
from ._text import language

__all__ = ["TOKEN", "name_runs", "plain_opener", "plain_words"]

TOKEN = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w'\u2019.-]*[\w]|[A-Za-z0-9\u00c0-\u024f]|[^\w\s]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_PLURALS = frozenset(["people", "men", "women", "children", "feet", "sheep", "fish", "mice"])
_FIRM_TAILS = frozenset(["Sons", "Son", "Brothers", "Daughters", "Company", "Co"])
_AND = frozenset(["and", "&"])


def name_runs(sentence: str) -> Iterable[tuple[list[str], str | None, bool, str]]:
    """Runs of capitalised words: (words, the word before, starts the sentence, the word
    after)."""
    tokens = _titles_whole(_plural_owners(TOKEN.findall(sentence)))
    stop = frozenset(language()["stopwords"]) | FUNCTION_WORDS
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        starts = tok[0].isupper() or (_ORDINAL.match(tok) is not None and nxt[:1].isupper())
        if not starts or (tok.rstrip(".").lower() in TITLES and not nxt[:1].isupper()):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            t = tokens[j]
            # a number before a plural counts it: "In England 307 people died", not a name
            # ("Apollo 13 was ...", "the Thames Estuary 2100 plan")
            counted = tokens[j + 1] if j + 1 < len(tokens) else ""
            counts = counted[:1].islower() and (
                counted in _PLURALS or (counted.endswith("s") and counted not in stop)
            )
            if t[0].isupper() or (t.isdigit() and j > i and not counts):  # "Apollo 13"
                j += 1
            elif t in CONNECTORS and j + 1 < len(tokens) and tokens[j + 1][0].isupper():
                j += 2
            elif t in _AND and j + 1 < len(tokens) and tokens[j + 1] in _FIRM_TAILS:
                j += 2  # "Brannock and Sons of Wexmouth", "Lutton & Sons": one firm
            elif (  # "Piet van der Laan": two connectors
                t in CONNECTORS
                and j + 2 < len(tokens)
                and tokens[j + 1] in CONNECTORS
                and tokens[j + 2][0].isupper()
            ):
                j += 3
            else:
                break
        of = next((k for k in range(i + 2, j - 1) if tokens[k] == "of"), None)
        if (
            of is not None
            and tokens[of - 1].lower() not in KIND_OF
            and KIND_OF.get(tokens[j - 1].lower()) in ("place", "group")
        ):
            j = of  # "Dr Ansel Brakewood of Veldmoor College": a person, then a college
        # "the Environment Agency's Thames Estuary 2100 plan": two names, the owner's and
        # the owned one's ("Saint Remy's Day", "Anning's Fossil Depot" stay one name)
        owner = next((k for k in range(i + 1, j - 2) if tokens[k][-2:] in ("'s", "\u2019s")), None)
        if owner is not None:
            j = owner + 1
        words = tokens[i:j]
        owns = _POSSESSIVE.search(words[-1]) is not None
        words[-1] = _POSSESSIVE.sub("", words[-1])  # "Amundsen's" is Amundsen
        first = i == 0 or (i > 0 and tokens[i - 1] in ('"', "\u201c", "(") and i == 1)
        # Leading function words are no part of a name: "When Swigert" is "Swigert", and
        # nor is a year after them: "In 1851 Martha Quill" names Martha Quill
        while (
            words
            and (
                words[0].lower() in stop
                or words[0].lower() in PRONOUN_GENDER
                or words[0].isdigit()
                # "In March 2021 Vostrik found": a date before a name is no part of it
                or (words[0].lower() in MONTHS_AND_DAYS and words[1:2] and words[1].isdigit())
                # "Two of Ilse's cousins drowned": a count of what she has, no name
                or (words[0].lower() in language()["number_words"] and words[1:2] == ["of"])
            )
        ):
            words = words[1:]
            first = False
        while words and words[-1].lower() in CONNECTORS:
            words = words[:-1]
        back = i - 1
        before = tokens[back].lower() if back >= 0 else None
        if before == "of" and back > 0 and KIND_OF.get(tokens[back - 1].lower()) == "place":
            # "the town of Ostreval" is a place ("the bank of Lapo" need be no bank)
            before = f"{tokens[back - 1].lower()} of"
        if owns and before in PLACE_BEFORE:
            before = None  # "in Charles Dickens's magazine": the magazine is in, not he
        after = tokens[j] if j < len(tokens) else ""
        yield words, before, first and len(words) == j - i, after
        i = j


def _titles_whole(tokens: list[str]) -> list[str]:
    """'Dr', '.' before a name made 'Dr.' again: the full stop of a title ends no name
    ('Dr. Ingrid Vale' is a titled person, not 'Ingrid Vale' after a sentence's end)."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if tok == "." and out and out[-1].lower() in TITLES and nxt[:1].isupper():
            out[-1] += "."
        else:
            out.append(tok)
    return out


def _plural_owners(tokens: list[str]) -> list[str]:
    """Tokens with a plural owner inside a name made one word again: "Orlan Valley
    Beekeepers' Cooperative" is one name (a group), not a place and a "Cooperative"."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if (
            tok in ("'", "\u2019")
            and out
            and out[-1][:1].isupper()
            and out[-1].endswith("s")
            and after[:1].isupper()
        ):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def plain_opener(words: Sequence[str], lowered: set[str], opens: set[str]) -> bool:
    """Whether a sentence's first word is a count or an adverb of the text before a name
    ('Eleven Frequent Lines', 'Recently Lowenna'): a number word, or an -ly word it also
    writes in lower case, before a word that opens a name inside sentences ('Emily
    Brant', 'Italy' stay)."""
    low = words[0].lower()
    if low in language()["number_words"]:  # "Eleven Frequent Lines": eleven of them
        return words[1] in opens
    return low.endswith("ly") and low in lowered and words[1] in opens


def plain_words(sentences: Sequence[str]) -> tuple[set[str], set[str]]:
    """The words a text writes in lower case, and the first words of names it writes
    inside a sentence."""
    lowered: set[str] = set()
    opens: set[str] = set()
    for sentence in sentences:
        lowered.update(w for w in TOKEN.findall(sentence) if w.islower())
        for words, _, first, _ in name_runs(sentence):
            if words and not first:
                opens.add(words[0])
    return lowered, opens
