"""A thing's name by its head word alone: "the congress" of "13th Party Congress".

A learner who has just read of the 13th Party Congress asks "at which congress?", of the
Thames Barrier "when did the barrier open?". When the text says the head word only inside
one thing's name, the word alone can mean nothing else, so it names that thing. A head two
things share ("Left Opposition", "United Opposition") or one the text also says on its own
names neither: then the word keeps its own meaning. So do the name's last words from any
but its first ("the harbour board" of "Saltby Harbour Board", "the party congress"), when no
other name ends in them and the text never says them outside the name.

A person is called by the first word of their name the same way ("what got Marta
worried?" of Marta Ilves, whom the text calls Ilves): when one person alone bears it, the
text never says it alone, and it is no English word ("Will", "Grace", "Basil", "Hazel")
nor a month's or a day's name ("June").
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence

from ._content import Entity
from ._lexicon import has_senses
from ._name_words import MONTHS_AND_DAYS
from ._noun_kinds import noun_kind
from ._text import split_words, stem

__all__ = ["given_names", "name_heads"]

_SHORTEST = 3  # letters of the shortest head read as a name ("Fort Ax": not "ax")
_EVERYDAY_RANK = 5000  # a first name among the commonest English words is a word first


def name_heads(
    entities: Iterable[Entity],
    key: Mapping[str, str],
    texts: Iterable[Sequence[str]],
    skip: frozenset[str],
    english: Container[str],
) -> dict[tuple[str, ...], str]:
    """{(head stem,): entity key} for heads that stand only inside one thing's names, and
    {(stem, ..., head stem): entity key} for the name's tails of two words or more.

    `key` gives each entity's index term by name; `texts` are the pack's prose as words
    (a keyword list says a word alone without meaning another thing); `skip` are function
    words. A head is an English word ("Terra Nova" has none) of a thing whose kind is known,
    or of a drafted "thing" when the word names a kind of thing in WordNet ("Wend Cup": a
    cup; "Congregationalist Sunday" may be a name cut short).
    """
    # head or tail -> (name stems, where it starts in them)
    names: dict[tuple[str, ...], list[tuple[tuple[str, ...], int]]] = {}
    owner: dict[tuple[str, ...], str | None] = {}
    for entity in entities:
        if entity.kind == "person":  # a surname is an alias already
            continue
        for name in (entity.name, *entity.aliases):
            words = split_words(name)
            while words and words[0] in skip:  # "the left" is one word, no name of two
                words = words[1:]
            if len(words) < 2:
                continue
            at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
            head = words[at]
            if len(head) < _SHORTEST or head in skip or head not in english:
                continue
            if entity.kind == "thing" and noun_kind(head) is None:
                continue  # an unsure kind, and no thing's word: maybe a name cut short
            named = tuple(stem(w) for w in words)
            # the head alone, and the name's tails before it ("harbour board")
            tails: list[tuple[int, tuple[str, ...]]] = [(at, (named[at],))]
            if at == len(named) - 1:  # none of "Bank of England"
                tails += [(k, named[k:]) for k in range(1, at) if words[k] not in skip]
            for k, tail in tails:
                names.setdefault(tail, []).append((named, k))
                taken = owner.setdefault(tail, key[entity.name])
                if taken != key[entity.name]:
                    owner[tail] = None  # two things share it
    starting: dict[str, list[tuple[str, ...]]] = {}  # first stem -> heads and tails
    for tail in names:
        starting.setdefault(tail[0], []).append(tail)
    alone: set[tuple[str, ...]] = set()
    for said in texts:
        stems = [stem(w) for w in said]
        for i, s in enumerate(stems):
            for tail in starting.get(s, ()):
                if (
                    tail not in alone
                    and tuple(stems[i : i + len(tail)]) == tail
                    and not _inside_name(stems, i, names[tail])
                ):
                    alone.add(tail)
    return {
        tail: entity for tail, entity in owner.items() if entity is not None and tail not in alone
    }


def _inside_name(stems: Sequence[str], i: int, names: list[tuple[tuple[str, ...], int]]) -> bool:
    return any(tuple(stems[i - at : i - at + len(name)]) == name for name, at in names if i >= at)


def given_names(
    entities: Iterable[Entity],
    key: Mapping[str, str],
    texts: Iterable[Sequence[str]],
    skip: frozenset[str],
    ranks: Mapping[str, int],
) -> dict[tuple[str], str]:
    """{(first name stem,): person key} for first names one person of the pack bears and
    the texts never say outside a name (see the module's docstring)."""
    names: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    owner: dict[str, str | None] = {}
    for entity in entities:
        words = split_words(entity.name)
        if entity.kind != "person" or len(words) < 2 or "of" in words:
            continue  # "Hugo of Vellay": his name is what comes before "of" already
        while len(words) > 2 and has_senses(stem(words[0])):
            words = words[1:]  # a title before the name: "Chancellor Emil Dorn" is Emil
        first = words[0]
        if (
            len(first) < _SHORTEST
            or first in skip
            or ranks.get(first, _EVERYDAY_RANK) < _EVERYDAY_RANK
            # a word too, however rare ("Basil", "Hazel"), or a date's ("June")
            or has_senses(stem(first))
            or first in MONTHS_AND_DAYS
        ):
            continue
        first_stem = stem(first)
        names.setdefault(first_stem, []).append((tuple(stem(w) for w in words), 0))
        taken = owner.setdefault(first_stem, key[entity.name])
        if taken != key[entity.name]:
            owner[first_stem] = None  # two people share it: it names neither
    alone: set[str] = set()
    for said in texts:
        stems = [stem(w) for w in said]
        for i, s in enumerate(stems):
            if s in names and s not in alone and not _inside_name(stems, i, names[s]):
                alone.add(s)
    return {
        (first,): entity
        for first, entity in owner.items()
        if entity is not None and first not in alone
    }
