"""Drafted answers that join passages: a list's intro with its items, a sentence that
announces parts with the parts, one that leads in with what it leads to, and one dated
"that year" with the year.

A pass of its own in the drafting pipeline (tutor/_scaffold.py): a passage is its own
answer until these see what comes after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ._draft_announce import announces
from ._draft_fact import DraftFact
from ._draft_lead_in import leads_in

__all__ = ["THAT_YEAR", "dated_that_year", "told_after", "told_in_turn", "with_intro", "with_items"]

# the year said just before ("In that year", "later that year", "the same year")
THAT_YEAR = re.compile(r"\b(?:[Ii]n )?(?:that|the same|[Tt]hat|[Tt]he same) year\b")
# A sentence that announces parts told one by one after it: "These were divided into three
# parts." then "The first eight days ...", "The next ...", "The last ...".
_ANNOUNCES = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[a-z]+\s+)?[a-z]+s\s*[.:]$",
    re.IGNORECASE,
)
_ORDINAL_OPENING = re.compile(
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|next|last|final|finally|then)\b",
    re.IGNORECASE,
)
_ANNOUNCED = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def dated_that_year(year: str, text: str) -> str:
    """A sentence dated by "that year" with the year said just before ("In that year the
    Post Office appointed ...": "In 1874 the Post Office appointed ...")."""
    return THAT_YEAR.sub(lambda m: ("I" if m[0][0].isupper() else "i") + f"n {year}", text, 1)


def told_after(facts: list[DraftFact], lines: list[int]) -> None:
    """A sentence announcing an event by its rank ("The worst year came in 1974.") or
    only leading in to the next ("Then came the first great setback.") answers with the
    sentence of its paragraph after it too, which tells what happened (see
    tutor/_draft_announce.py and tutor/_draft_lead_in.py), as a list's intro answers with
    its items: "what happened in 1974?" is answered by what did. Not when the next one
    carries it already ("That year ...")."""
    for k, (fact, after) in enumerate(pairwise(facts)):
        if lines[k] != lines[k + 1] or not (announces(fact.source) or leads_in(fact.source)):
            continue
        if not after.answer.startswith(fact.answer):
            fact.answer = f"{fact.answer.rstrip()} {after.sentence}"


def told_in_turn(facts: list[DraftFact]) -> None:
    """A sentence announcing parts ("These were divided into three parts.") answers with
    the parts the next sentences tell one by one ("The first ...", "The next ...", "The
    last ..."), as a list's intro answers with its items: "what were the three parts?"."""
    for k, fact in enumerate(facts):
        announced = _ANNOUNCES.search(fact.source.strip())
        if announced is None:
            continue
        count = _ANNOUNCED.get(announced.group(1).lower()) or int(announced.group(1))
        parts = []
        for after in facts[k + 1 : k + 1 + count]:
            if after.topic != fact.topic or not _ORDINAL_OPENING.match(after.source):
                break
            parts.append(after.source.strip())
        if len(parts) == count and not all(_clause_of(p) in fact.answer for p in parts):
            fact.answer = f"{fact.answer.rstrip()} {' '.join(parts)}"


def with_intro(intro: str, item: str) -> str:
    """A list item as one answer with its intro: "The weavers had three complaints: looms
    bought on credit"; after an intro that is a whole sentence ("The process had four
    stages.") the item is a sentence of its own ("... stages. First, the sea water ..."),
    never "stages.: First"."""
    item = item.rstrip(";,")
    if _sentence(intro) and item[:1].isupper():
        return f"{intro} {item}"
    return f"{intro.rstrip(':.').rstrip()}: {item}"


def with_items(intro: str, listed: Sequence[str], source: str) -> str:
    """A list's intro answering with its items: "... three complaints: looms; wages; rents."
    or, when the intro is a sentence and every item one too (the steps of a process), the
    sentences one after another (`source`: the intro as the text writes it; "The four
    steps are:" is drafted as the answer "The four steps are.")."""
    if _sentence(source.strip()) and all(item[:1].isupper() for item in listed):
        return " ".join([intro, *(f"{item}." for item in listed)])
    return f"{intro.rstrip(':.')}: {'; '.join(listed)}."


def _sentence(intro: str) -> bool:
    """Whether a list's intro is a whole sentence ("It had four stages."), not one that
    leads into its items ("The four steps are:", drafted as "The four steps are:.")."""
    return intro.endswith((".", "!", "?")) and not intro.rstrip(".").endswith((":", ";"))


def _clause_of(sentence: str) -> str:
    return sentence.strip().rstrip(".;,:")
