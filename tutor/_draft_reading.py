"""The scaffold's reading of a new text: every passage in order, with its names found
and its 'he', 'she', 'it' or 'they' replaced by whom or what it stands for, so that each
drafted fact reads on its own.

The first stage of the drafting pipeline (tutor/_scaffold.py), and its largest: the
keywords, the questions and the answers are all drafted from what it reads.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ._draft_gender import described_gender, vessel_named
from ._draft_gender_votes import gender_priors, genders
from ._draft_meant import meant
from ._draft_names import DraftEntity, NameFinder, describe
from ._draft_pronouns import set_off_owners
from ._draft_thread import Thread
from ._source import Passage
from ._text import split_words

__all__ = ["Sentence", "read_sentences"]


@dataclass(slots=True)
class Sentence:
    """One passage as the scaffold reads it: words once, names found, pronouns resolved."""

    passage: Passage
    topic: int
    text: str  # pronouns replaced by names
    words: list[str]
    names: list[DraftEntity]
    subject_person: bool
    described: list[tuple[DraftEntity, list[str]]] = field(default_factory=list)


def read_sentences(
    parts: list[tuple[int, list[Passage]]], entities: list[DraftEntity]
) -> list[Sentence]:
    """Every passage in order, with its names and its pronouns resolved (linear): 'he' or
    'she' is the person of that gender named in the last few sentences whom the text
    names most."""
    thread, readings, fresh = _first_reading(parts, entities)
    finder = thread.finder
    out: list[Sentence] = []
    n = 0
    for topic, passages in parts:
        for passage in passages:
            words, found, _ = readings[n]
            text, kept_role = meant(thread, passage, words, found, fresh[n])
            n += 1
            if text is not passage.text:
                words = split_words(text)
                found = finder.find(words)
            names, subject_person = thread.remember(passage, text, words, found, kept_role)
            identity = _identity(passage.text, finder)
            out.append(Sentence(passage, topic, text, words, names, subject_person, identity))
    return out


def _first_reading(
    parts: list[tuple[int, list[Passage]]], entities: list[DraftEntity]
) -> tuple[
    Thread,
    list[tuple[list[str], list[tuple[int, DraftEntity]], list[tuple[int, DraftEntity]]]],
    list[bool],
]:
    """A first reading of the whole text, before any pronoun is put back: the names in
    each passage (all, and those not set off as an owner), whether it opens a paragraph,
    and each person's gender, from the words around their names and the pronouns that
    go on with them; a new `Thread` holding those tables."""
    finder = NameFinder(entities)
    said_of: dict[int, Counter[str]] = {}  # the gender the words around a name say
    vessels: set[int] = set()  # the ships and boats, which are 'she' as well as 'it'
    spans = []
    for _, passages in parts:
        for passage in passages:
            words = split_words(passage.text)
            spans.append((words, finder.spans(words)))
            for i, size, entity in spans[-1][1]:
                if vessel_named(passage.text, words, i, size):
                    vessels.add(id(entity))  # "a canal barge, the Lily": a ship, not Lily
                elif entity.kind == "person":
                    kind = described_gender(passage.text, words, i, size)
                    if kind:
                        said_of.setdefault(id(entity), Counter())[kind] += 1

    readings = []
    lines = [p.line for _, passages in parts for p in passages]
    fresh = [k == 0 or lines[k] != lines[k - 1] for k in range(len(lines))]  # a paragraph's first
    for (words, spanned), text in zip(spans, (p.text for _, ps in parts for p in ps), strict=True):
        found = [(i, e) for i, _, e in spanned]
        owners = set_off_owners(text, words, spanned)  # "Clara Mirren, Ada's successor,"
        readings.append((words, found, [(i, e) for i, e in found if i not in owners]))
    thread = Thread(finder, {}, vessels)  # its genders are read next
    priors = gender_priors(said_of, [e for e in entities if e.kind == "person"])
    thread.gender = genders(  # an owner set off after a name casts no vote: the head does
        [(w, f, n) for (w, _, f), n in zip(readings, fresh, strict=True)], thread.alive, priors
    )
    thread.gender.update(dict.fromkeys(vessels, "f"))
    return thread, readings, fresh


def _identity(text: str, finder: NameFinder) -> list[tuple[DraftEntity, list[str]]]:
    """What a sentence says its names are, less the roles it says of them as someone's
    ("Lowther's rival was Carrick"): a relation, which made every sentence naming Carrick
    hold "rival" ("Carrick's ship was launched" answered "who was the shipbuilder's
    rival?"); the analyzer reads those for "her rival" itself."""
    owned: list[tuple[DraftEntity, list[str]]] = []
    said = describe(text, finder, owned)
    roles = {(id(e), w) for e, words in owned for w in words}
    kept = [(e, [w for w in words if (id(e), w) not in roles]) for e, words in said]
    return [(e, words) for e, words in kept if words]
