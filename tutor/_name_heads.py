"""A thing's name by its head word alone: "the congress" of "13th Party Congress".

A learner who has just read of the 13th Party Congress asks "at which congress?", of the
Thames Barrier "when did the barrier open?". When the text says the head word only inside
one thing's name, the word alone can mean nothing else, so it names that thing. A head two
things share ("Left Opposition", "United Opposition") or one the text also says on its own
names neither: then the word keeps its own meaning.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence

from ._content import Entity
from ._noun_kinds import noun_kind
from ._text import split_words, stem

__all__ = ["name_heads"]

_SHORTEST = 3  # letters of the shortest head read as a name ("Fort Ax": not "ax")


def name_heads(
    entities: Iterable[Entity],
    key: Mapping[str, str],
    texts: Iterable[Sequence[str]],
    skip: frozenset[str],
    english: Container[str],
) -> dict[tuple[str], str]:
    """{(head stem,): entity key} for heads that stand only inside one thing's names.

    `key` gives each entity's index term by name; `texts` are the pack's prose as words
    (a keyword list says a word alone without meaning another thing); `skip` are function
    words. A head is an English word ("Terra Nova" has none) of a thing whose kind is known,
    or of a drafted "thing" when the word names a kind of thing in WordNet ("Wend Cup": a
    cup; "Congregationalist Sunday" may be a name cut short).
    """
    names: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # head -> (name stems, where)
    owner: dict[str, str | None] = {}
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
            head_stem = stem(head)
            names.setdefault(head_stem, []).append((tuple(stem(w) for w in words), at))
            taken = owner.setdefault(head_stem, key[entity.name])
            if taken != key[entity.name]:
                owner[head_stem] = None  # two things share it
    alone: set[str] = set()
    for said in texts:
        stems = [stem(w) for w in said]
        for i, s in enumerate(stems):
            if s in names and s not in alone and not _inside_name(stems, i, names[s]):
                alone.add(s)
    return {
        (head,): entity
        for head, entity in owner.items()
        if entity is not None and head not in alone
    }


def _inside_name(stems: Sequence[str], i: int, names: list[tuple[tuple[str, ...], int]]) -> bool:
    return any(tuple(stems[i - at : i - at + len(name)]) == name for name, at in names if i >= at)
