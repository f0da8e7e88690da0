"""A listed synonym holds only in the sense the line uses the word in.

English's synonym groups (english.yaml) join words in one sense: "decline" is there with
"refuse" because a text says "declining to mobilize". But "decline" is mostly "worsen"
(WordNet's most used verb sense), and "why did the works decline?" asks no refusal: read
through the group, it gets "the owners refused them". A verb that means its group's word
only in a less used sense of its own (`minor_verb_sense`) joins the group only where the
line gives it something to act on: an object or "to" after it ("declined the offer",
"declining to mobilize"). With nothing after it, or a word that opens no object ("the
works declined after 1900", "why did it decline?"), it is read as the word itself, and
WordNet's links lead it where the pack's words fit its most used sense.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ._lexicon import minor_verb_sense, verb_share
from ._text import split_words, stem

__all__ = ["sense_bound", "takes_no_object"]

_MOSTLY_VERB = 0.5  # the share of a word's use as a verb that makes it one here
_TO = "to"  # "declined to build a faction": its object is the verb after it


def sense_bound(
    groups: Iterable[Sequence[str]],
    phrases: Mapping[tuple[str, ...], str],
    complement_verbs: Iterable[str],
    seeming_verbs: Iterable[str],
) -> frozenset[str]:
    """The stems of English's one-word group members whose group word they mean only in
    a less used verb sense, where the group still decides what they are read as (a
    pack's own synonyms and names override it), and the group's word is a verb that acts
    on something (english.yaml's `complement_verbs`: "refuse" of "refuse to go"; not a
    seeming verb, whose complement is how it looks, nor "win", "prevail", done without
    one: "who prevailed?" is "who won?")."""
    acting = {stem(w) for w in complement_verbs} - {stem(w) for w in seeming_verbs}
    out: set[str] = set()
    for group in groups:
        canon = "_".join(stem(w) for w in split_words(group[0]))
        if canon not in acting:
            continue
        for member in group[1:]:
            words = split_words(member)
            if len(words) != 1:
                continue
            own = stem(words[0])
            if (
                own != canon
                and phrases.get((own,)) == canon
                and verb_share(own) >= _MOSTLY_VERB  # "education" names a thing
                and minor_verb_sense(own, canon)
            ):
                out.add(own)
    return frozenset(out)


def takes_no_object(
    words: Sequence[str], k: int, stopwords: frozenset[str], openers: frozenset[str]
) -> bool:
    """Whether the k-th word has nothing after it to act on: the line ends, or a
    function word follows that opens no object ("after", "so", "in"), not "to" nor
    "the", "him" (english.yaml's `object_openers`). A content word after it may be its
    object ("declined help"), so it counts as one."""
    if k + 1 >= len(words):
        return True
    after = words[k + 1]
    return after in stopwords and after != _TO and after not in openers
