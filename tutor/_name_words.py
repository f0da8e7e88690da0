"""The small closed word lists that reading names in a drafted text rests on.

Titles ("Captain", "Dr."), the months and days, the nouns that end a name and say its kind
("river", "party", "ship", "war"), the words that open a clause and never a name, the
connectors inside one ("van der", "of"). Finding names, guessing their kinds, reading what
a sentence calls them and whom a pronoun stands for all read the same lists, so they live
here once, apart from any of those jobs.
"""

from __future__ import annotations

import re

__all__ = [
    "COMMON_RANK",
    "CONNECTORS",
    "DEMONYM",
    "DETERMINERS",
    "FUNCTION_WORDS",
    "KIND_OF",
    "MONTHS_AND_DAYS",
    "OWNER_ENDS",
    "PLACE_BEFORE",
    "PRONOUN_GENDER",
    "ROMAN",
    "THE",
    "TITLES",
    "is_title",
]

ROMAN = re.compile(r"^[IVX]+$")
CONNECTORS = frozenset(["of", "de", "da", "van", "von", "del", "la", "du", "le", "der"])
# words that set a name where something is: "at Harrowfield", "below Gorran Head" (not "on",
# "by" or "behind", said of people as often: "a book on Darwin", "the man behind Hale")
PLACE_BEFORE = frozenset(["in", "at", "near", "into", "across", "outside", "inside", "off"]) | (
    frozenset(["below", "beneath", "beyond", "along", "toward", "towards"])
)
THE = frozenset(["the", "a", "an"])
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "lady",
        "lord",
        "king",
        "queen",
        "prince",
        "princess",
        "president",
        "general",
        "captain",
        "professor",
        "prof",
        "saint",
        "st",
        "pope",
        "emperor",
        "tsar",
        "czar",
        "madame",
        "commander",
        "colonel",
        "senator",
        *("lieutenant", "major", "admiral", "sergeant", "reverend", "rev", "bishop"),
        *("duke", "duchess", "baron", "baroness", "governor", "judge"),
        *("count", "countess", "councillor", "alderman", "mayor", "dame", "abbot", "abbess"),
        *("inspector", "superintendent", "constable", "sheriff", "marshal", "chancellor"),
        *("ambassador", "doctor", "sister", "nurse", "matron"),
    ]
)
MONTHS_AND_DAYS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_KIND_WORDS = {
    "place": "hospital university laboratory college school museum institute city river "
    "island street road mountain lake sea ocean country kingdom republic state states valley "
    "province county town village bay coast desert forest park station airport moon planet "
    "glacier cape passage sound depot peninsula strait gulf channel plateau barrier "
    "harbour harbor port canyon falls basin continent region square palace tower bridge "
    "reservoir estuary gorge lighthouse hamlet settlement township parish borough district suburb "
    "point headland colliery mine farm inn hotel tavern theatre theater library fen fens "
    "moor wharf quay pier dock shipyard market colony",
    "group": "party council committee company army navy society church union corporation "
    "firm cooperative co-operative federation syndicate "
    "government board foundation department ministry team club league bank agency "
    "administration association organization organisation academy bureau commission "
    "authority trust court systems fund sons brothers",
    "thing": "ship boat schooner steamer yacht vessel rocket spacecraft",
    "event": "war revolution prize treaty battle congress conference day festival olympics "
    "award election act crisis mission expedition program programme plan",
}
KIND_OF = {w: kind for kind, words in _KIND_WORDS.items() for w in words.split()}
PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
}
# Words that open a clause or a phrase, never a name ("When Swigert ..." is Swigert).
FUNCTION_WORDS = frozenset(
    [
        *("when", "where", "while", "after", "before", "as", "if", "although", "though"),
        *("because", "since", "once", "until", "during", "whenever", "then"),
        *("but", "and", "so", "yet", "in", "on", "at", "by", "for", "with", "from", "to", "of"),
        *("the", "a", "an", "this", "that", "these", "those"),
        *("who", "what", "which", "why", "how", "there", "here", "later", "today"),
        *("soon", "meanwhile", "now", "still", "also", "instead", "next", "again", "only"),
        *("just", "perhaps", "thus", "hence", "therefore", "however", "indeed", "together"),
    ]
)
# Endings of words for peoples and languages ("Norwegian", "British", "Chinese").
DEMONYM = re.compile(r"(?:ian|an|ish|ese|ic|i)$")
COMMON_RANK = 5000  # an alias among the 5,000 commonest English words is no alias
DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])
OWNER_ENDS = ("'s", "\u2019s", "s'", "s\u2019")  # "the parish's", "the members'"


def is_title(word: str) -> bool:
    """'Captain', 'Dr.', 'Lieutenant-Colonel': a title, no part of the name."""
    return all(part.rstrip(".").lower() in TITLES for part in word.split("-"))
