"""The words set beside a name that say what it is: before it ("the Norwegian explorer
Roald Amundsen", "Her father, Richard Anning,"), after it ("Elizabeth Philpot, a fossil
collector", "Richard Anning was a cabinetmaker"), or before "was" ("The rival was
Captain Scott"). `_draft_describe.describe` walks a sentence's names and asks these of
each; here is only how one side of one name is read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ._name_words import DEMONYM, DETERMINERS, OWNER_ENDS, is_title
from ._noun_kinds import noun_kind
from ._spelling import american
from ._text import language

__all__ = [
    "BE_PAST",
    "ENDS",
    "Pieces",
    "described_after",
    "described_before",
    "is_role_noun",
    "opens_description",
    "owned_role",
]

BE_PAST = frozenset(["was", "is", "were", "became"])
_ADVERBS_BEFORE_BE = frozenset(["there", "then", "now", "also", "still"])
_POSSESSIVES = frozenset(["his", "her", "their", "its"])
_TIME_OPENERS = frozenset(["in", "on", "at", "over", "during", "for", "after", "before", "within"])
_PLACING = _TIME_OPENERS | frozenset(["from", "with", "by", "among", "inside", "outside"])
_DESCRIBING = 4  # words of a description at most ("a middle-class fossil collector")
ENDS = frozenset([".", ";", ":", ")"])  # where a phrase set off by a comma may end


@dataclass(frozen=True, slots=True)
class Pieces:
    """A sentence as `describe` reads it: its pieces as written (`pieces`) and in lower
    case (`low`), the words no description holds (`stop`) and how to tell a verb in its
    place (`is_verb`, `_draft_questions.is_verb`)."""

    pieces: list[str]
    low: list[str]
    stop: frozenset[str]
    is_verb: Callable[[str, str, str | None], bool]

    def plain(self, k: int) -> bool:
        """Whether piece `k` is a describing word: no name, no function word, no verb."""
        pieces, low = self.pieces, self.low
        p = pieces[k]
        return (
            p[:1].isalpha()
            and (low[k] not in self.stop or is_role_noun(low[k]))
            and (p[:1].islower() or bool(DEMONYM.search(low[k])) or is_title(p))
            # the word after it is the next word of the description or the name
            and not (
                p[:1].islower()
                and k > 0
                and self.is_verb(p, pieces[k - 1], pieces[k + 1] if k + 1 < len(pieces) else None)
            )
        )


def described_before(s: Pieces, first: int, set_off: bool) -> tuple[list[str], int]:
    """The describing words before a name opening at piece `first` ("the Norwegian
    explorer", "Her father," when the name is `set_off` by commas), and the piece
    before them. None of a participle ("a testament suggesting Stalin be removed")."""
    pieces, low = s.pieces, s.low
    k = first - 1
    if set_off:
        k -= 1  # "Her father, Richard Anning, ..."
    run: list[str] = []
    while k >= 0 and len(run) < _DESCRIBING:
        if s.plain(k) and not low[k].endswith(OWNER_ENDS):
            run.insert(0, low[k])
            k -= 1
            continue
        # "the mayor of Port Halvard, Jonas Fredheim", "Their member of parliament,
        # Sir Colin Grant,": a head noun and what it is of, less any name after "of"
        j = k
        while j > 0 and pieces[j][:1].isupper() and not is_title(pieces[j]):
            j -= 1
        if not set_off or (j == k and not (run and low[k] == "of")):
            break  # "By the age of twelve Lindqvist": no apposition
        if not (j >= 1 and low[j] == "of" and s.plain(j - 1)):
            break
        k = j - 1
    if run and _participle(run[-1]):
        run = []  # "a testament suggesting Stalin be removed": no description of him
    return run, k


def opens_description(s: Pieces, k: int, last: int) -> bool:
    """Whether the words after piece `k`, before a name ending at piece `last`, open
    with what makes them its description: the sentence's start, a comma, "the" or "a"
    (not of a time before the clause's subject), or an owner."""
    pieces, low = s.pieces, s.low
    return (
        k < 0
        or pieces[k] == ","  # "To limit the confusion, operations manager Sunita Rao"
        or (
            low[k] in DETERMINERS
            # "In the spring Imarra escaped": a time before the clause's subject;
            # "worked for the portrait photographer Gideon Pell in the city": the
            # object of the preposition, what the name after it is
            and (k == 0 or low[k - 1] not in _TIME_OPENERS or _object_named(low, last))
            # "As a boy Kell worked the bellows": what he was then, not who he is
            and not (k > 0 and low[k - 1] == "as" and low[k] in ("a", "an"))
        )
        # "the parish's lawyer, Simon Tarrant,": an owner opens it as "its" would
        or low[k].endswith(OWNER_ENDS)
    )


def described_after(
    s: Pieces, first: int, last: int, comma_after: bool, listed: bool, starts: set[int]
) -> list[str]:
    """The describing words after a name from piece `first` to `last`: set off by a
    comma ("Elizabeth Philpot, a middle-class fossil collector") or after "was a"
    ("Richard Anning was a cabinetmaker"). None where the name is an item of a list
    (`listed`, or a name set after it by a comma alone: `starts`, where names open)."""
    pieces, low = s.pieces, s.low
    k = last + 1
    set_after = comma_after and k + 1 < len(pieces) and low[k + 1] in DETERMINERS and not listed
    if set_after:
        k += 2  # "Elizabeth Philpot, a middle-class fossil collector"
    elif (
        k + 1 < len(pieces)
        and low[k] in BE_PAST
        and low[k + 1] in ("a", "an")
        # the name is the clause's subject, not an object ("How Stalin beat Trotsky
        # is a study in ...")
        and not (
            first > 0
            and pieces[first - 1].isalpha()
            and pieces[first - 1].islower()
            and low[first - 1] not in DETERMINERS
        )
    ):
        k += 2  # "Richard Anning was a cabinetmaker"
    else:
        k = len(pieces)
    run: list[str] = []
    while k < len(pieces) and s.plain(k) and len(run) < _DESCRIBING:
        run.append(low[k])
        k += 1
    if set_after and low[last + 2] == "the" and run and k < len(pieces) and _verb_after(pieces, k):
        # "Because no one would meet in Vellacott, the judge held the talks": the
        # subject of the next clause, not what Vellacott is
        run = []
    if run and low[k : k + 1] == ["of"]:
        k += 1
        while k < len(pieces) and pieces[k][:1].isupper():
            k += 1  # "Governor Dahl, the mayor of Port Halvard, Jonas Fredheim,"
    # "Imarra, Sedric, Benna Falk, the abbot of Greyholm, and ...": a name set after
    # another by a comma alone is one of a list, and so is what follows it
    if listed or (run and pieces[k : k + 1] == [","] and k + 1 in starts):
        return []
    return run  # ... describes the name it sets off, not the one before


def owned_role(k: int, plain: Callable[[int], bool], low: Sequence[str]) -> tuple[list[str], bool]:
    """The describing words ending at piece `k` that an owner or "the" opens ("her
    teacher [there]", "the club's secretary", "the rival"): what the name after is, and
    whether an owner opens them (a role of someone: "her teacher")."""
    while k >= 0 and low[k] in _ADVERBS_BEFORE_BE:
        k -= 1  # "her teacher there was ..."
    run: list[str] = []
    while k >= 0 and len(run) < _DESCRIBING:
        if plain(k) and not low[k].endswith(OWNER_ENDS):
            run.insert(0, low[k])
            k -= 1
        elif run and low[k] in DETERMINERS and k >= 2 and low[k - 1] == "of" and plain(k - 2):
            k -= 2  # "the captain of the ship was ..."
        elif run and low[k] in DETERMINERS and k >= 2 and low[k - 1] in _PLACING:
            run, k = [], k - 2  # "her fiercest critic at the inquiry was ..."
        else:
            break
    opened = k >= 0 and (low[k] in DETERMINERS or low[k].endswith(OWNER_ENDS))
    if not opened or low[k] in ("a", "an"):
        return [], False
    return run, _owns(low[k])


def _owns(word: str) -> bool:
    """Whether a word is an owner before a noun ("her", "the parish's")."""
    return word in _POSSESSIVES or word.endswith(OWNER_ENDS)


def is_role_noun(word: str) -> bool:
    """A word learners drop as filler ("teacher", "man") that still says what a person
    is when a text calls someone so ("Edith Marlowe, a biology teacher"): a noun of
    WordNet's person class, not one naming the text's own writer ("author")."""
    lang = language()
    return noun_kind(word) == "person" and word not in lang.get("document_words", ())


def _participle(word: str) -> bool:
    """Whether a word is a verb's -ing form ("suggesting", "making"), by its base being
    an English word."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    ranks: dict[str, int] = language()["ranks"]
    base = word[:-3]
    bases = (base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else "")
    # "a plaque honouring Agnes Corrin": a British spelling's base is listed as American
    return any(b in ranks or american(b) in ranks for b in bases if b)


def _object_named(low: Sequence[str], last: int) -> bool:
    """Whether a name ending at piece `last` closes a preposition's object rather than
    opening a clause: a preposition or the sentence's end follows it, no verb."""
    after = low[last + 1] if last + 1 < len(low) else "."
    return after in ENDS or after in _PLACING or after in ("of", "to")


def _verb_after(pieces: Sequence[str], k: int) -> bool:
    """Whether the piece at k is a verb (lower-case, read in its place)."""
    from ._draft_questions import is_verb

    p = pieces[k]
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return p[:1].isalpha() and p[:1].islower() and is_verb(p, pieces[k - 1], nxt)
