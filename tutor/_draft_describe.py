"""What a drafted text calls the names it gives, in its own words.

"the Norwegian explorer Roald Amundsen", "Her father, Richard Anning,", "Elizabeth Philpot,
a fossil collector", "Richard Anning was a cabinetmaker", "founded in 1908 by Dr. Helena
Marsk" (the founder): a learner who does not recall a name says what it is. Reading those
phrases takes the names already found (a `NameFinder`) and a sentence's grammar, not the
finding itself, and both the scaffold and a loaded pack's `Descriptions` read them.
How the words on one side of one name are read is `_draft_apposition`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._draft_apposition import (
    BE_PAST,
    ENDS,
    Pieces,
    described_after,
    described_before,
    is_role_noun,
    opens_description,
    owned_role,
)
from ._draft_entity import DraftEntity, NameFinder
from ._name_words import DEMONYM, DETERMINERS, FUNCTION_WORDS, OWNER_ENDS, is_title
from ._text import language, split_words

__all__ = ["demonyms", "describe", "is_role_noun", "ranks_and_deeds", "sentence_pieces"]

_PIECE = re.compile(r"[\w\u00c0-\u024f][\w'\u2019\u00c0-\u024f-]*|[,.;:()\u2014]")
_RELATIVES = frozenset(["who", "whom", "whose", "which", "that"])  # "an engineer who ..." ends it
# forms of address, no rank: "Miss Marlowe" is no "miss" ("what did the pupils miss?")
_ADDRESS = frozenset(["mr", "mrs", "ms", "miss", "sir", "madame", "dr", "st", "rev", "prof"])
_BY_REACH = 4  # words between a deed and "by" its doer ("founded in 1908 by")


def _pieces(text: str) -> tuple[list[str], list[str], list[int]]:
    """A sentence's pieces (words and punctuation, as written), its words as the name
    finder reads them, and for each word the piece it came from."""
    pieces = _PIECE.findall(text)
    words: list[str] = []
    owner: list[int] = []
    for k, piece in enumerate(pieces):
        for word in split_words(piece):
            words.append(word)
            owner.append(k)
    return pieces, words, owner


def sentence_pieces(text: str) -> tuple[list[str], list[str], list[int]]:
    """A sentence's pieces (words and punctuation), its words as the name finder reads
    them, and for each word the piece it came from."""
    return _pieces(text)


def ranks_and_deeds(
    text: str, finder: NameFinder
) -> tuple[list[tuple[DraftEntity, str]], list[tuple[DraftEntity, str, str]]]:
    """What a sentence calls the names it gives besides describing them, as a learner
    may call the one it means: the rank put before a name ('Judge Harriet Colborne':
    the judge), and the agent noun of a deed told in the passive with its doer ('founded
    in 1908 by Dr. Helena Marsk': the founder), with the deed's word. Only nouns English
    has; never from the active voice ('Weyl computed its path' makes him no computer)."""
    pieces, words, owner = _pieces(text)
    low = [p.lower() for p in pieces]
    ranks: list[tuple[DraftEntity, str]] = []
    deeds: list[tuple[DraftEntity, str, str]] = []
    for i, _, entity in finder.spans(words):
        first = owner[i]
        if first > 0 and is_title(pieces[first - 1]) and low[first - 1] not in _ADDRESS:
            ranks.append((entity, low[first - 1]))
        while first > 0 and (
            is_title(pieces[first - 1])
            or (first > 1 and pieces[first - 1] == "." and is_title(pieces[first - 2]))
        ):
            first -= 1  # "by Dr. Helena Marsk"
        if first == 0 or low[first - 1] != "by":
            continue
        for k in range(first - 2, max(-1, first - 2 - _BY_REACH), -1):
            if not pieces[k][:1].isalnum():
                break
            if low[k].endswith("ed"):  # "founded in 1908 by Marsk"
                noun = _agent_noun(low[k])
                if noun is not None:
                    deeds.append((entity, noun, low[k]))
                break
    return ranks, deeds


def _agent_noun(done: str) -> str | None:
    """'founder' of 'founded', 'producer' of 'produced', 'planner' of 'planned'."""
    ranks = language()["ranks"]
    base = done[:-2]
    tries = [base + "er", base + "or", done[:-1] + "r"]
    if len(base) > 2 and base[-1] == base[-2]:
        tries.append(base[:-1] + "er")
    return next((t for t in tries if t in ranks), None)


def describe(
    text: str,
    finder: NameFinder,
    owned: list[tuple[DraftEntity, list[str]]] | None = None,
) -> list[tuple[DraftEntity, list[str]]]:
    """What a sentence calls the people and things it names, in its own words: 'the
    Norwegian explorer Roald Amundsen', 'Her father, Richard Anning,', 'Elizabeth
    Philpot, a fossil collector', 'Richard Anning was a cabinetmaker', 'The rival was
    Captain Scott'. A learner who says 'the Norwegian explorer' means that person.
    `owned` gets the descriptions an owner opens ('Her teacher was X'): roles a learner
    may ask of as "her teacher"."""
    from ._draft_questions import is_verb

    pieces, words, owner = _pieces(text)
    low = [p.lower() for p in pieces]
    stop = frozenset(language()["stopwords"]) | _RELATIVES | FUNCTION_WORDS
    s = Pieces(pieces, low, stop, is_verb)
    out: list[tuple[DraftEntity, list[str]]] = []
    spans = finder.spans(words)
    starts = {owner[i] for i, _, _ in spans}  # the piece each name opens at
    starts |= {k for k in range(len(pieces) - 1) if is_title(pieces[k]) and k + 1 in starts}
    shared: list[str] = []  # what a name before says of a list of names ("the German
    previous_end = -1  # scientists X and Y": Y is a German scientist too)
    previous_first = -1
    for i, n, entity in spans:
        first, last = owner[i], owner[i + n - 1]
        said: list[str] = []
        while first > 0 and is_title(pieces[first - 1]) and pieces[first - 1][:1].isupper():
            first -= 1  # "Captain Robert Falcon Scott": a rank many hold, no description
        # (written small, "the road inspector Halvard Ostrem", it is what the text calls him)
        comma_after = last + 1 < len(pieces) and pieces[last + 1] == ","
        # "sold the field to a timber firm, Ashcombe Forestry.": set off at the end
        closed = comma_after or last + 1 == len(pieces) or pieces[last + 1] in ENDS
        k = first - 1
        # "five members: Imarra, Sedric, Benna Falk, the abbot of Greyholm": an item of a
        # list of names, the phrases beside it other items, not what it is
        # ("the mayor of Port Skarra, Jonas Fredheim": a name inside the description)
        listed = (
            k >= 1
            and pieces[k] == ","
            and previous_end == k - 1
            and previous_first >= 1
            and pieces[previous_first - 1] in (",", ":")
        )
        set_off = closed and k >= 0 and pieces[k] == "," and not listed
        run, k = described_before(s, first, set_off)
        if run and opens_description(s, k, last):
            said += run
            if k > 0 and low[k] in DETERMINERS and pieces[k - 1] == ",":
                # "Her teacher, the zoologist Henrik Aas,": the role before it too
                role, by_owner = owned_role(k - 2, s.plain, low)
                said += role
                if owned is not None and by_owner:
                    owned.append((entity, role))
        elif not run and 0 <= previous_end < k and low[previous_end + 1 : k + 1] == ["and"]:
            said += shared  # "... Hermann Hellriegel and Hermann Wilfarth"
        shared = run if run and run == said[-len(run) :] else []
        previous_end, previous_first = last, first
        said += described_after(s, first, last, comma_after, listed, starts)
        if first >= 2 and low[first - 1] in BE_PAST and not low[last].endswith(OWNER_ENDS):
            role, by_owner = owned_role(first - 2, s.plain, low)  # "The rival was X"
            said += role
            if owned is not None and by_owner:
                owned.append((entity, role))
        if said:
            out.append((entity, list(dict.fromkeys(said))))
    return out


_PEOPLE_WORD = re.compile(r"\b([A-Z][a-z]+) ([a-z]{3,})\b")  # "his British rival"


def demonyms(texts: Iterable[str], said: dict[int, list[str]]) -> dict[int, list[str]]:
    """The people's words ("British", "Norwegian") a text puts before a word that
    describes one name only: "he sent a telegram to his British rival. The rival was
    Captain Scott" makes Scott British, as a learner calls him."""
    whose: dict[str, set[int]] = {}
    for key, words in said.items():
        for word in words:
            whose.setdefault(word, set()).add(key)
    out: dict[int, list[str]] = {}
    for text in texts:
        for people, noun in _PEOPLE_WORD.findall(text):
            owners = whose.get(noun, set())
            if len(owners) == 1 and DEMONYM.search(people.lower()):
                out.setdefault(next(iter(owners)), []).append(people.lower())
    return out
