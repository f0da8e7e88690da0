"""What a name is (a person, a place, a group, a thing, an event), from the words around it.

A run of capitalised words says nothing of its kind by itself: "the" before it or a kind
word at its end ("river", "party", "war") says it is no person, "in", "at", "from" before
it a place, a noun before it ("the engineer Ana Roe", "the ketch Petrel") what it is, and
'he' or 'she' after it a person. Guessing the kind is its own job, apart from finding the
names (`_draft_names`), and marks a guess from weak evidence unsure for the educator.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ._draft_entity import DraftEntity
from ._draft_gender import is_vessel
from ._name_cues import given_name, head_kind, known_place, noun_place, side_place
from ._name_words import (
    DETERMINERS,
    FUNCTION_WORDS,
    KIND_OF,
    OWNER_ENDS,
    PLACE_BEFORE,
    ROMAN,
    THE,
    TITLES,
)
from ._noun_kinds import noun_kind
from ._text import fold, language, looks_plural, stem

__all__ = ["called_kind", "class_words", "guess_kind", "saint_place"]

_COPULAS = frozenset(["is", "was", "are", "were"])
_JOINS = frozenset(["and", "or"])  # nouns joined before the one a phrase is about
_PHRASE_ENDS = frozenset(["who", "whom", "whose", "which", "that", "where", "when"])
# WordNet's classes of a noun a text says a name is, beside people and groups
_THING_CLASSES = {
    **dict.fromkeys(["artifact", "food", "animal", "plant", "communication"], "thing"),
    "object": "place",
}
# what a name is that opens with a common noun of this WordNet class ("Comet Varga-Marsk",
# "Hotel Sacher"), the rest of it often the names of the people it is named after
_THING_FIRST = {"object": "thing", "artifact": "place"}
_SAINTS = frozenset(["st", "saint"])
# "St Mary's churchyard", "St Aldric chapel": the word after a saint's name that makes it
# the saint's church, a place
_SAINT_PLACES = frozenset(
    ["church", "churchyard", "chapel", "abbey", "cathedral", "priory", "minster", "parish"]
)


def _head_kind(noun: str, names: int) -> str | None:
    """The kind the noun right before a name gives it ('the engineer Ana Roe' a person,
    'the ketch Petrel' a thing)."""
    return KIND_OF.get(noun) or head_kind(noun, names) or ("thing" if is_vessel(noun) else None)


def guess_kind(
    words: Sequence[str],
    befores: Counter[str | None],
    acts: int,
    heads: Counter[str] | None = None,
    he_she: int = 0,
    it: int = 0,
    alone: int = 0,
    plain_last: bool = False,
) -> tuple[str, bool]:
    """A name's kind from its last word, its titles, the words before it, the noun that
    calls it what it is (`heads`: "the ship Fram") and how often the text calls it 'he'
    or 'she' (`he_she`) and 'it' (`it`), and by its last word alone (`alone`: "Bowers"
    after "Henry Bowers" is someone's surname; a marsh is "the marsh") or in lower case
    (`plain_last`: "the light" of "Gannet Rock Light")."""
    last = re.split(r"[-\s]", words[-1])[-1].lower()
    kind = KIND_OF.get(last)
    if kind:
        return kind, True
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:]:  # "Bay of Whales", "Gulf of Mexico": the word before 'of' says
        kind = KIND_OF.get(lowered[lowered.index("of") - 1])
        if kind:
            return kind, True
    if words[0].rstrip(".").lower() in TITLES:
        return "person", True
    # "the city of Castlebridge", "the village of Fennick": the kind its text gives it
    if any(w and w.endswith(" of") for w in befores):
        return "place", True
    if heads:  # "the sturdy ship Fram", "the engineer Charles Draper"
        (head, n), *rest = heads.most_common(2)
        if not rest or n > rest[0][1]:
            return head, head != "person" or he_she > 0 or len(words) > 1
    if len(words) > 1 and KIND_OF.get(lowered[0]) == "place":
        return "place", True  # "River Selden", "Lake Tarrow": a place word heads it
    grouped = len(words) > 1 and he_she == 0 and noun_kind(lowered[-1]) == "group"
    if grouped and not given_name(words[0]):  # WordNet: "Ansford Fire Brigade", "Dray Guild"
        return "group", False
    if he_she == 0 and (known_place(" ".join(words)) or side_place(words)):
        return "place", True  # "Hobart", "Tasmania", "Central London"
    total = sum(befores.values())
    place = sum(n for w, n in befores.items() if w in PLACE_BEFORE)
    the = sum(n for w, n in befores.items() if w in THE)
    natural = noun_kind(lowered[-1]) == "object"  # WordNet: a hill, a creek, a reef
    if natural and len(words) > 1 and he_she == 0 and not given_name(words[0]):
        return "place", False  # "the Orrin Hills", "Cinder Creek" (not "Tom Hill", he)
    if last in _landforms() and len(words) > 1 and he_she == 0 and not given_name(words[0]):
        # "the caves below Gorran Head", "Carrow Fell": a landform whose first sense in
        # WordNet is another thing (a head, a fall); sure only where the text sets it
        # as a place ("below", "near"), else left for the author to review
        return "place", place * 2 >= total and place > 0
    if the * 2 >= total and the:
        return "thing", False  # people take no article: "the Titanic", "the Saturn V"
    if (
        len(words) > 1
        and looks_plural(last)
        and noun_kind(last) == "person"
        and noun_kind(stem(last)) == "person"  # "Players", not "Edgar Evans" or "Jones"
        and not given_name(words[0])
    ):
        return "group", False  # "Harrow Street Players", "Bellwood Rangers": no one person
    if place * 2 >= total and place:
        return "place", False
    if (
        len(words) > 1
        and he_she == 0
        and not alone
        and not given_name(words[0])  # "Peter Quill": a man, though a quill is a thing
        and (plain_last or noun_place(words[-1]))
    ):
        return "place", False  # "Ledder Marsh", "Tallow Lane": unless someone is 'he'
    opener = _THING_FIRST.get(noun_kind(lowered[0]) or "") if len(words) > 1 else None
    if opener and he_she == 0 and not given_name(words[0]):
        return opener, False  # "Comet Halley", "Hotel Sacher": named after people
    if len(words) == 1 and (words[0].isupper() or any(c.isdigit() for c in words[0])):
        return "thing", False  # NASA, DNA, ATP
    if any(c.isdigit() for c in "".join(words)) or ROMAN.match(words[-1]):
        return "thing", False  # Apollo 13, Saturn V
    if len(words) > 1 or (acts and it <= he_she):
        return "person", len(words) > 1  # "Norman Heatley", or "Florey travelled"
    return "thing", False


@lru_cache(maxsize=1)
def _landforms() -> frozenset[str]:
    """The last words of a landform's name that WordNet first reads as another thing
    (`landform_words`)."""
    return frozenset(language()["landform_words"])


def class_words(entity: DraftEntity) -> list[str]:
    """The common nouns in a thing's name that say what it is: "comet" of "Comet
    Varga-Marsk", "observatory" of "Varrow Peak Observatory", "university" of "University
    of Brenholt". A learner asks "what was the comet called?" or "how high is the
    observatory?" of the sentence naming it, which says the noun only inside the name."""
    words = [fold(w) for w in entity.name.split()]
    if entity.kind == "person" or len(words) < 2:
        return []
    out = []
    if _THING_FIRST.get(noun_kind(words[0]) or "") and not given_name(words[0]):
        out.append(words[0])
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head.isalpha() and noun_kind(head) is not None and head not in out:
        out.append(head)
    return out


def called_kind(
    sentence: str, words: Sequence[str], before: str | None, after: str, stop: frozenset[str]
) -> str | None:
    """The kind one mention of a name is called by a noun of its sentence: the noun right
    before it ('the sturdy ship Fram'), the one it is set beside after a comma ('her
    husband, Thomas'), else what the sentence says it is ('Vellacott was a mining town').
    `before` and `after` are the words around the name, `stop` the stopwords."""
    noun = before if before and before.isalpha() and before not in stop else None
    if noun and not _heads_phrase(sentence, noun, words[0]):
        noun = None  # "a scene of ancient Dorset": an adjective after 'of', no head
    if before == ",":
        noun = _apposed(sentence, words[0])  # "her husband, Thomas, died"
    head = _head_kind(noun, len(words)) if noun else None
    if head is None and (after in _COPULAS or after == ","):
        head = _defined_as(sentence, words[-1])  # "Vellacott was a mining town"
    return head


def _heads_phrase(sentence: str, noun: str, name: str) -> bool:
    """Whether the noun before a name opens with a determiner or a describing word ('the
    sturdy ship Fram', 'operations manager Sunita Rao'), not a preposition ('of ancient
    Dorset')."""
    found = re.search(r"(\S+)\s+" + re.escape(noun) + r"\s+" + re.escape(name), sentence, re.I)
    if found is None:
        return True  # the noun opens the sentence
    word = found.group(1).lower().strip(",;:(\"'“")
    return word in DETERMINERS or word not in language()["stopwords"]


def _apposed(sentence: str, name: str) -> str | None:
    """The noun a name is set beside after a comma ('her husband, Thomas'), when a
    determiner opens it."""
    found = re.search(r"((?:\S+\s+){1,3})([a-z]+),\s+" + re.escape(name), sentence, re.I)
    if found is None or not found.group(2).islower():
        return None
    before = [w.lower() for w in found.group(1).split()]
    # "her brother, Osric", "a timber firm, Hallow Marine": describing words between
    stop = language()["stopwords"]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in DETERMINERS:
            # "After the harvest war, Mara Venn turned ...": a phrase put before the
            # sentence's subject, no name for it
            opening = sentence[: found.start(1)].split() + before[:k]
            fronted = len(opening) == 1 and opening[0].lower() in FUNCTION_WORDS
            return None if fronted else found.group(2)
        if before[k] in stop or not before[k].isalpha():
            return None
    return None


def _defined_as(sentence: str, last: str) -> str | None:
    """The kind of what a sentence says a name is: 'Vellacott was a copper-mining town in
    the hills' (a place), 'Brunnalp, a hard mountain cheese sold in wheels' (a thing), by
    the last noun of the phrase after 'is a', 'was the' or a comma and 'a' (not an owner
    before it: 'a ship's chandler' is someone)."""
    found = re.search(
        re.escape(last)
        + r"(?:\s+(?:is|was|are|were)\s+(?:a|an|the)|,\s+(?:a|an))\s+((?:[a-z][\w'\u2019-]*\s*){1,4})",
        sentence,
    ) or re.search(  # "Corvane Agrisystems, the company that sold it": what it is
        re.escape(last) + r",\s+the\s+((?:[a-z][\w-]*\s+){1,3})(?=who|that|which|whose)",
        sentence,
    )
    if found is None:
        return None
    stop = frozenset(language()["stopwords"])
    kind = None
    words = found.group(1).split()
    for k, word in enumerate(words):
        if word in _JOINS and words[k + 1 : k + 2] and words[k + 1] not in stop:
            continue  # "a sheep and barley farmer": the last noun says what she is
        if word in stop or word in _PHRASE_ENDS or word in language()["number_words"]:
            break  # "a town in the hills", "a farmer who kept bees", "an island two miles"
        if word.endswith(OWNER_ENDS):
            continue  # "a former ship's chandler": the ship owns the head, a person
        named = KIND_OF.get(word) or head_kind(word) or ("thing" if is_vessel(word) else None)
        kind = named or _THING_CLASSES.get(noun_kind(word) or "", kind)
    return kind


def saint_place(sentence: str, words: Sequence[str], after: str) -> bool:
    """Whether 'St' or 'Saint' and one name are a church ('the churchyard of St Mary's',
    'St Aldric chapel'): the saint's name owns something left unsaid, or a church word
    follows it."""
    if len(words) != 2 or words[0].rstrip(".").lower() not in _SAINTS:
        return False
    if after.lower() in _SAINT_PLACES:
        return True
    owned = re.compile(rf"\b{re.escape(words[0])}\s+{re.escape(words[1])}['\u2019]s?\b")
    return owned.search(sentence) is not None
