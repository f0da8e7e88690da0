"""What a name is, from the words around it: the noun before it, the pronouns after it,
its own last word, and what WordNet says of a real place.

Two capitalised words are often a person ("Walter Finch"), but as often a place named by
a common noun ("Ledder Marsh", "Holloway Weir", "Tallow Lane"). A text says which: a
person is 'he' or 'she' afterwards and is called by a noun of people ("the engineer
Charles Draper"); a ship is called a ship ("the sturdy ship Fram"); a weir or a lane is an
English noun for a made or natural thing. The scaffold drafts a kind from these cues and
marks the weak ones for the educator to check.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ._noun_kinds import noun_kind
from ._text import fold, language

__all__ = [
    "NameCues",
    "given_name",
    "head_kind",
    "known_place",
    "noun_place",
    "place_words",
    "side_place",
]

# what WordNet's noun class of the word before a name makes of it
_HEAD_CLASSES = {"person": "person", "group": "group"}
# a first word that places the rest ("Central London", "North Sea", "Upper Marrow")
_SIDES = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "central",
        "upper",
        "lower",
        "greater",
        "inner",
        "outer",
        "northern",
        "southern",
        "eastern",
        "western",
    ]
)
# a common noun ending a name that names a place or a made thing that stands somewhere
_PLACE_CLASSES = frozenset(["object", "artifact"])
# words WordNet uses to define a real place ("citi", "countri" are Snowball stems)
_PLACE_GLOSS = frozenset(
    [
        "citi",
        "town",
        "countri",
        "contin",
        "island",
        "state",
        "nation",
        "seaport",
        "port",
        "capit",
        "provinc",
        "region",
        "kingdom",
        "republ",
        "villag",
        "counti",
        "monarchi",
    ]
)
_PERSON_GLOSS = frozenset(["who", "whose"])
# stems of WordNet's words for a country or a capital ("Spain", "Oslo")
_NATION_GLOSS = frozenset(["countri", "nation", "capit"])
_PLACE_WORD = 4  # letters of a place's one-word name at least: "ca", "dc" are abbreviations
_GIVEN = 3  # people WordNet names with a first word that make it a given name
_RARE = 5000  # rank of the commonest English word that may still be a given name
# stems of WordNet's words for a made structure or a stretch of ground
_BUILT_GLOSS = frozenset(["dam", "barrier", "structur", "wetland", "road", "street", "path"])
_HE_SHE = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
_IT = re.compile(r"\b(?:it|its|itself)\b", re.IGNORECASE)
_OPENS_HE_SHE = re.compile(r"^\W*(?:he|she)\b", re.IGNORECASE)


def head_kind(word: str, names: int = 1) -> str | None:
    """The kind WordNet's class of a lowercase noun right before a name of `names` words
    gives it: 'the
    engineer Charles Draper' a person, 'the company BASF' a group (the scaffold's own
    kind words go first: 'the ship Fram' a thing)."""
    kind = _HEAD_CLASSES.get(noun_kind(word) or "")
    if kind == "person" and word.endswith("s") and not word.endswith("ss") and names == 1:
        # "the consultants Rendel, Palmer and Tritton": a firm named after people (not
        # "the scientists Hermann Hellriegel and Hermann Wilfarth": people, each named)
        return "group"
    return kind


def noun_place(word: str) -> bool:
    """Whether a name's last word is a common noun for something that stands somewhere:
    'Ledder Marsh', 'Tallow Lane', 'Tamm Brewery' (WordNet: a natural object or an
    artifact), or a rarer word WordNet defines as one ('weir': a low dam built across a
    stream)."""
    low = fold(word)
    if noun_kind(low) in _PLACE_CLASSES:
        return True
    senses = _wordnet_senses().get(low, [])
    return bool(senses) and bool(_BUILT_GLOSS.intersection(senses[0]))


def side_place(words: Sequence[str]) -> bool:
    """'Central London', 'North Sea': a side or part word before a name is a place's."""
    return len(words) > 1 and fold(words[0]) in _SIDES


def known_place(name: str) -> bool:
    """Whether WordNet's most used sense of a name is a real place ('Hobart', 'Genoa',
    'Tasmania'); a name it does not know is no place by this cue."""
    return fold(name) in _places()


@lru_cache(maxsize=1)
def _wordnet_senses() -> dict[str, list[tuple[str, ...]]]:
    """name -> its senses' description stems, most used first."""
    from ._descriptions import _wordnet  # the one reader of the WordNet names table

    return {name: [words for _, words in senses] for name, senses in _wordnet().items()}


def given_name(word: str) -> bool:
    """Whether a name's first word is a given name ('Peter Quill' is a man, though a quill
    is a made thing): WordNet names three people or more with it first, few places, and
    it is no common English word ("Will", "New")."""
    return fold(word) in _given_names()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    ranks: dict[str, int] = language()["ranks"]  # "will", "new": words before names
    firsts: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    places = _places()
    for name in _wordnet_senses():
        parts = name.split()
        if len(parts) >= 2:
            firsts[parts[0]] += 1
            placed[parts[0]] += name in places
    return frozenset(
        w
        for w, n in firsts.items()
        if n >= _GIVEN and placed[w] * 3 < n and ranks.get(w, _RARE) >= _RARE
    )


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The names whose first WordNet sense is a place."""
    return frozenset(
        name for name, senses in _wordnet_senses().items() if senses and _a_place(senses[0])
    )


def _a_place(gloss: Iterable[str]) -> bool:
    """Whether a WordNet sense's description stems define a place; "United States explorer
    who ...": a person defined by a place's words is none."""
    words = frozenset(gloss)
    return not _PLACE_GLOSS.isdisjoint(words) and _PERSON_GLOSS.isdisjoint(words)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """The one-word names whose first WordNet sense is a country or a capital ("spain",
    "oslo"): a learner typing one in lower case means the place, not a word of the text
    a letter away ("slain"). Read from the names table without the per-name lists
    `_places` builds, as a pack's build asks for it."""
    from ._descriptions import _wordnet  # the one reader of the WordNet names table

    return frozenset(
        name
        for name, senses in _wordnet().items()
        if len(name) >= _PLACE_WORD and name.isalpha() and _a_named_place(senses[0])
    )


def _a_named_place(sense: tuple[str, tuple[str, ...]]) -> bool:
    """Whether a sense is one named country or capital (flag "i" or "e"): a place every
    learner knows, not a town or region a slip may hit ("bennington" of the text's
    Pennington, "sumer" of its summer), nor a kind of thing whose description says
    "state" ("snit": a state of irritation)."""
    return sense[0] in ("i", "e") and _a_place(sense[1]) and not _NATION_GLOSS.isdisjoint(sense[1])


class NameCues:
    """Per name, how often the text calls it 'he'/'she' and how often 'it'."""

    def __init__(self) -> None:
        self.gendered: Counter[str] = Counter()
        self.neuter: Counter[str] = Counter()

    def read(self, sentences: Iterable[tuple[str, list[str]]]) -> None:
        """Count pronouns after a sentence's first name (its subject, mostly), in that
        sentence or opening the next: 'Walter Finch fell ill ...; he died', 'Martha Quill
        taught there until 1880, when she retired to Whitby' make them someone; 'it' after
        a sentence's only name makes that no one. `sentences` are (text, names in it)."""
        last: str | None = None
        for text, names in sentences:
            if last is not None and _OPENS_HE_SHE.search(text):
                self.gendered[last] += 1
            last = names[0] if names else None
            if last is None:
                continue
            if _HE_SHE.search(text[: text.find(last.split()[0])]):
                # "In 1911 she ran onto the rocks off Skarv Point. Her crew ...": the
                # sentence is about its 'she', and so is the next one's pronoun
                last = None
                continue
            end = last.split()[-1]
            rest = text[text.find(end) + len(end) :]
            if _HE_SHE.search(rest):
                self.gendered[last] += 1
            elif len(set(names)) == 1 and _IT.search(rest):
                self.neuter[last] += 1
