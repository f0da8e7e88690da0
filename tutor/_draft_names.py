"""Names in a plain text, and who 'he' or 'she' is: the scaffold's reading of a new text.

No trained name finder installs from PyPI and runs offline (spaCy's English models and
NLTK's chunker download their data at run time), so names come from capitalisation and
the words around them: a run of capitalised words is one name ("Saturn V", "13th Party
Congress", "Royal Society of London"); "the" before it or a kind word at its end ("river",
"party", "war") says it is no person; "in", "at", "from" before it say it is a place.
Everything here is linear in the text: names are looked up by their first word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ._draft_gender import is_vessel
from ._name_cues import NameCues, given_name, head_kind, known_place, noun_place, side_place
from ._noun_kinds import noun_kind
from ._spelling import american
from ._text import fold, language, looks_plural, split_words, stem

__all__ = [
    "DraftEntity",
    "NameFinder",
    "class_words",
    "demonyms",
    "describe",
    "find_entities",
    "is_role_noun",
    "ranks_and_deeds",
    "resolve_it",
    "resolve_pronouns",
]

TOKEN = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w'\u2019.-]*[\w]|[A-Za-z0-9\u00c0-\u024f]|[^\w\s]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_ROMAN = re.compile(r"^[IVX]+$")
_CONNECTORS = frozenset(["of", "de", "da", "van", "von", "del", "la", "du", "le", "der"])
# words that set a name where something is: "at Harrowfield", "below Gorran Head" (not "on",
# "by" or "behind", said of people as often: "a book on Darwin", "the man behind Hale")
_PLACE_BEFORE = frozenset(["in", "at", "near", "into", "across", "outside", "inside", "off"]) | (
    frozenset(["below", "beneath", "beyond", "along", "toward", "towards"])
)
_THE = frozenset(["the", "a", "an"])
_COPULAS = frozenset(["is", "was", "are", "were"])
_JOINS = frozenset(["and", "or"])  # nouns joined before the one a phrase is about
_PHRASE_ENDS = frozenset(["who", "whom", "whose", "which", "that", "where", "when"])
# WordNet's classes of a noun a text says a name is, beside people and groups
_THING_CLASSES = {
    **dict.fromkeys(["artifact", "food", "animal", "plant", "communication"], "thing"),
    "object": "place",
}
_TITLES = frozenset(
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
_KIND_OF = {w: kind for kind, words in _KIND_WORDS.items() for w in words.split()}
# what a name is that opens with a common noun of this WordNet class ("Comet Varga-Marsk",
# "Hotel Sacher"), the rest of it often the names of the people it is named after
_THING_FIRST = {"object": "thing", "artifact": "place"}
_HE = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f"}
# Words that open a clause or a phrase, never a name ("When Swigert ..." is Swigert).
_FUNCTION = frozenset(
    [
        "when",
        "where",
        "while",
        "after",
        "before",
        "as",
        "if",
        "although",
        "though",
        "because",
        "since",
        "once",
        "until",
        "during",
        "whenever",
        "then",
        "but",
        "and",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "to",
        "of",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "who",
        "what",
        "which",
        "why",
        "how",
        "there",
        "here",
        "after",
        "later",
        "today",
        *("soon", "meanwhile", "now", "still", "also", "instead", "next", "again", "only"),
        *("just", "perhaps", "thus", "hence", "therefore", "however", "indeed", "together"),
    ]
)
# Endings of words for peoples and languages ("Norwegian", "British", "Chinese").
_DEMONYM = re.compile(r"(?:ian|an|ish|ese|ic|i)$")
_COMMON_RANK = 5000  # an alias among the 5,000 commonest English words is no alias


@dataclass(slots=True, eq=False)  # one entity is one name: compared by identity
class DraftEntity:
    """A name found in the text, with a guessed kind and the short forms learners use."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    sure: bool = True  # False: the kind is a guess from weak evidence
    shared: bool = False  # its surname alias names other people of the text too


_PLURALS = frozenset(["people", "men", "women", "children", "feet", "sheep", "fish", "mice"])
_FIRM_TAILS = frozenset(["Sons", "Son", "Brothers", "Daughters", "Company", "Co"])
_AND = frozenset(["and", "&"])
_SAINTS = frozenset(["st", "saint"])
# "St Mary's churchyard", "St Aldric chapel": the word after a saint's name that makes it
# the saint's church, a place
_SAINT_PLACES = frozenset(
    ["church", "churchyard", "chapel", "abbey", "cathedral", "priory", "minster", "parish"]
)


def _runs(sentence: str) -> Iterable[tuple[list[str], str | None, bool, str]]:
    """Runs of capitalised words: (words, the word before, starts the sentence, the word
    after)."""
    tokens = _titles_whole(_plural_owners(TOKEN.findall(sentence)))
    stop = frozenset(language()["stopwords"]) | _FUNCTION
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        starts = tok[0].isupper() or (_ORDINAL.match(tok) is not None and nxt[:1].isupper())
        if not starts or (tok.rstrip(".").lower() in _TITLES and not nxt[:1].isupper()):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            t = tokens[j]
            # a number before a plural counts it: "In England 307 people died", not a name
            # ("Apollo 13 was ...", "the Thames Estuary 2100 plan")
            counted = tokens[j + 1] if j + 1 < len(tokens) else ""
            counts = counted[:1].islower() and (
                counted in _PLURALS or (counted.endswith("s") and counted not in stop)
            )
            if t[0].isupper() or (t.isdigit() and j > i and not counts):  # "Apollo 13"
                j += 1
            elif t in _CONNECTORS and j + 1 < len(tokens) and tokens[j + 1][0].isupper():
                j += 2
            elif t in _AND and j + 1 < len(tokens) and tokens[j + 1] in _FIRM_TAILS:
                j += 2  # "Brannock and Sons of Wexmouth", "Lutton & Sons": one firm
            elif (  # "Piet van der Laan": two connectors
                t in _CONNECTORS
                and j + 2 < len(tokens)
                and tokens[j + 1] in _CONNECTORS
                and tokens[j + 2][0].isupper()
            ):
                j += 3
            else:
                break
        of = next((k for k in range(i + 2, j - 1) if tokens[k] == "of"), None)
        if (
            of is not None
            and tokens[of - 1].lower() not in _KIND_OF
            and _KIND_OF.get(tokens[j - 1].lower()) in ("place", "group")
        ):
            j = of  # "Dr Ansel Brakewood of Veldmoor College": a person, then a college
        # "the Environment Agency's Thames Estuary 2100 plan": two names, the owner's and
        # the owned one's ("Saint Remy's Day", "Anning's Fossil Depot" stay one name)
        owner = next((k for k in range(i + 1, j - 2) if tokens[k][-2:] in ("'s", "\u2019s")), None)
        if owner is not None:
            j = owner + 1
        words = tokens[i:j]
        owns = _POSSESSIVE.search(words[-1]) is not None
        words[-1] = _POSSESSIVE.sub("", words[-1])  # "Amundsen's" is Amundsen
        first = i == 0 or (i > 0 and tokens[i - 1] in ('"', "\u201c", "(") and i == 1)
        # Leading function words are no part of a name: "When Swigert" is "Swigert", and
        # nor is a year after them: "In 1851 Martha Quill" names Martha Quill
        while (
            words
            and (
                words[0].lower() in stop
                or words[0].lower() in _HE
                or words[0].isdigit()
                # "In March 2021 Vostrik found": a date before a name is no part of it
                or (words[0].lower() in MONTHS_AND_DAYS and words[1:2] and words[1].isdigit())
                # "Two of Ilse's cousins drowned": a count of what she has, no name
                or (words[0].lower() in language()["number_words"] and words[1:2] == ["of"])
            )
        ):
            words = words[1:]
            first = False
        while words and words[-1].lower() in _CONNECTORS:
            words = words[:-1]
        back = i - 1
        before = tokens[back].lower() if back >= 0 else None
        if before == "of" and back > 0 and _KIND_OF.get(tokens[back - 1].lower()) == "place":
            # "the town of Ostreval" is a place ("the bank of Lapo" need be no bank)
            before = f"{tokens[back - 1].lower()} of"
        if owns and before in _PLACE_BEFORE:
            before = None  # "in Charles Dickens's magazine": the magazine is in, not he
        after = tokens[j] if j < len(tokens) else ""
        yield words, before, first and len(words) == j - i, after
        i = j


def _titles_whole(tokens: list[str]) -> list[str]:
    """'Dr', '.' before a name made 'Dr.' again: the full stop of a title ends no name
    ('Dr. Ingrid Vale' is a titled person, not 'Ingrid Vale' after a sentence's end)."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if tok == "." and out and out[-1].lower() in _TITLES and nxt[:1].isupper():
            out[-1] += "."
        else:
            out.append(tok)
    return out


def _head_kind(noun: str, names: int) -> str | None:
    """The kind the noun right before a name gives it ('the engineer Ana Roe' a person,
    'the ketch Petrel' a thing)."""
    return _KIND_OF.get(noun) or head_kind(noun, names) or ("thing" if is_vessel(noun) else None)


def _plural_owners(tokens: list[str]) -> list[str]:
    """Tokens with a plural owner inside a name made one word again: "Orlan Valley
    Beekeepers' Cooperative" is one name (a group), not a place and a "Cooperative"."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if (
            tok in ("'", "\u2019")
            and out
            and out[-1][:1].isupper()
            and out[-1].endswith("s")
            and after[:1].isupper()
        ):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _kind(
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
    kind = _KIND_OF.get(last)
    if kind:
        return kind, True
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:]:  # "Bay of Whales", "Gulf of Mexico": the word before 'of' says
        kind = _KIND_OF.get(lowered[lowered.index("of") - 1])
        if kind:
            return kind, True
    if words[0].rstrip(".").lower() in _TITLES:
        return "person", True
    # "the city of Castlebridge", "the village of Fennick": the kind its text gives it
    if any(w and w.endswith(" of") for w in befores):
        return "place", True
    if heads:  # "the sturdy ship Fram", "the engineer Charles Draper"
        (head, n), *rest = heads.most_common(2)
        if not rest or n > rest[0][1]:
            return head, head != "person" or he_she > 0 or len(words) > 1
    if len(words) > 1 and _KIND_OF.get(lowered[0]) == "place":
        return "place", True  # "River Selden", "Lake Tarrow": a place word heads it
    grouped = len(words) > 1 and he_she == 0 and noun_kind(lowered[-1]) == "group"
    if grouped and not given_name(words[0]):  # WordNet: "Ansford Fire Brigade", "Dray Guild"
        return "group", False
    if he_she == 0 and (known_place(" ".join(words)) or side_place(words)):
        return "place", True  # "Hobart", "Tasmania", "Central London"
    total = sum(befores.values())
    place = sum(n for w, n in befores.items() if w in _PLACE_BEFORE)
    the = sum(n for w, n in befores.items() if w in _THE)
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
    if any(c.isdigit() for c in "".join(words)) or _ROMAN.match(words[-1]):
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


def find_entities(sentences: Sequence[str]) -> list[DraftEntity]:
    """The names of a text, longest first, with kinds and short forms (aliases)."""
    from ._draft_questions import is_verb

    befores: dict[str, Counter[str | None]] = {}
    only_first: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    acts: Counter[str] = Counter()  # followed by a verb: someone doing something
    titled: set[str] = set()  # names seen after a title: people
    saints: set[str] = set()  # "St Mary's": a saint's church
    describes: Counter[str] = Counter()  # "Norwegian explorer": an adjective before a noun
    heads: dict[str, Counter[str]] = {}  # "the ship Fram": what a noun before calls it
    named: list[tuple[str, list[str]]] = []  # each sentence with its names, for pronouns
    stop = frozenset(language()["stopwords"])
    lowered, opens = _plain_words(sentences)
    for sentence in sentences:
        named.append((sentence, []))
        for words, before, first, after in _runs(sentence):
            if first and len(words) > 1 and _plain_opener(words, lowered, opens):
                words = words[1:]  # "Recently Lowenna ...": a word, then a name
                first = False
            if not words or all(  # "in 1913", "every Friday", "on Saturdays"
                w.lower().removesuffix("s") in MONTHS_AND_DAYS or w.isdigit() for w in words
            ):
                continue
            if words[0].lower() in MONTHS_AND_DAYS and words[-1].isdigit():
                continue  # "September 1928" is a date
            if len(words) == 1 and len(words[0]) < 2:
                continue  # "14 °C": a letter is no name
            if after and is_verb(after, words[-1]):
                acts[" ".join(words)] += 1
            if len(words) == 1 and words[0].lower() in _TITLES:
                continue
            kind_word = _KIND_OF.get(words[-1].lower())
            if _saint_place(sentence, words, after):
                saints.add(" ".join(words))  # "buried at St Mary's": a church, no Mary
            elif len(words) > 1 and _is_title(words[0]) and not kind_word:
                words = words[1:]  # "Captain Robert Falcon Scott" is Robert Falcon Scott
                titled.add(" ".join(words))
            adjective = len(words) == 1 and _DEMONYM.search(words[0]) and after[:1].islower()
            if adjective and not is_verb(after, words[0]):
                describes[words[0]] += 1  # "the Norwegian explorer": a word, no name
            name = " ".join(words)
            befores.setdefault(name, Counter())[before] += 1
            named[-1][1].append(name)
            noun = before if before and before.isalpha() and before not in stop else None
            if noun and not _heads_phrase(sentence, noun, words[0]):
                noun = None  # "a scene of ancient Dorset": an adjective after 'of', no head
            if before == ",":
                noun = _apposed(sentence, words[0])  # "her husband, Thomas, died"
            head = _head_kind(noun, len(words)) if noun else None
            if head is None and (after in _COPULAS or after == ","):
                head = _defined_as(sentence, words[-1])  # "Vellacott was a mining town"
            if head:
                heads.setdefault(name, Counter())[head] += 1
            (only_first if first else inside)[name] += 1
    ranks: dict[str, int] = language()["ranks"]
    cues = NameCues()
    cues.read(named)
    found: dict[str, DraftEntity] = {}
    for name, seen_after in befores.items():
        words = name.split()
        if len(words) == 1 and not inside[name]:
            continue  # a capitalised first word is usually just a first word
        common = ranks.get(fold(name), _COMMON_RANK + 1) <= _COMMON_RANK
        if len(words) == 1 and common and not _KIND_OF.get(fold(name)) and not name.isupper():
            continue  # "However", "Earth"? common words capitalised for emphasis
        if len(words) == 1 and describes[name] * 2 >= inside[name] + only_first[name]:
            continue
        by_last = befores.get(words[-1], Counter())
        alone = sum(n for w, n in by_last.items() if w not in _THE) if len(words) > 1 else 0
        kind, sure = _kind(
            words,
            seen_after,
            acts[name],
            heads.get(name),
            cues.gendered[name],
            cues.neuter[name],
            alone,
            fold(words[-1]) in lowered or fold(words[-1]) + "s" in lowered,
        )
        if name in titled:
            kind, sure = "person", True
        if name in saints:
            kind, sure = "place", True
        found[name] = DraftEntity(name, kind, sure=sure)
    mentions = {name: sum(c.values()) for name, c in befores.items()}
    # "Otto made the chocolate", "Price wanted to build railways": a name the text writes
    # alone only opening sentences, and never in lower case, is written alone as a name too
    # (an alias only of a longer name it is part of: "However" is none)
    opening = {fold(n) for n in only_first if " " not in n and fold(n) not in lowered}
    first_named = set(named[0][1]) if named else set()  # the names of the opening passage
    written_alone = {fold(n) for n in inside} | opening
    _add_aliases(found, ranks, stop, written_alone, mentions, first_named, named)
    # "the Authority" after "the Selden River Authority": the one longer name of its kind
    # that ends in that word, as a short form (not a second entity of its own)
    ends: dict[str, list[DraftEntity]] = {}
    for entity in found.values():
        words = [fold(w) for w in entity.name.split()]
        if len(words) > 1 and entity.kind != "person":
            # "University of Brenholt" ends in its owner: its head is the word before 'of'
            # ("the University"), and "Brenholt" alone is the city, no short form of it
            at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
            ends.setdefault(words[at], []).append(entity)
    for name in [n for n in found if " " not in n]:
        longer = [
            e
            for e in ends.get(fold(name), [])
            # "Pipers" alone is the Kellan Bay Pipers, whatever kind its cues guessed
            if e.kind == found[name].kind or (e.kind == "group" and looks_plural(fold(name)))
        ]
        if len(longer) == 1:
            longer[0].aliases.append(fold(name))
            del found[name]
    # "the Players" after "the Harrow Street Players": a group's last word written alone
    # with its capital (a common word, so never a name of its own), one group's only
    for word, owners in ends.items():
        groups = [e for e in owners if e.kind == "group"]
        said = [n for n in befores if fold(n) == word and n not in found]
        if len(owners) == 1 and groups and said and word not in groups[0].aliases:
            groups[0].aliases.append(word)
    # "Greystone" after "the Greystone Copper Company": a firm called by its first word,
    # when one group alone opens with it and the text does not say the word is a person
    firsts: dict[str, list[DraftEntity]] = {}
    for entity in found.values():
        words = entity.name.split()
        if len(words) > 1 and entity.kind == "group":
            firsts.setdefault(fold(words[0]), []).append(entity)
    for name in [n for n in found if " " not in n]:
        if (found[name].sure and found[name].kind != "group") or found[name].kind == "place":
            continue  # "Ellisay" the island beside the Ellisay Crofters Union
        firms = firsts.get(fold(name), [])
        if len(firms) == 1:
            firms[0].aliases.append(fold(name))
            del found[name]
    # "Brother Aldwin" after "Brother Aldwin Tarrow": a person named again by the first
    # words of a full name, which one person alone of the text's names opens with, is that
    # person (as a second entity it would take the learner's "Aldwin" from the first)
    people = [e for e in found.values() if e.kind == "person"]
    for name in [n for n, e in found.items() if " " in n and (e.kind == "person" or not e.sure)]:
        fuller = [e for e in people if e.name.startswith(name + " ")]
        if len(fuller) == 1:
            fuller[0].aliases.append(fold(name))
            del found[name]
    # "Tamm" after "River Tamm", "London" after "Central London": the place named again
    # without its head word, when the text names no other place with that rest
    rests: dict[str, list[DraftEntity]] = {}
    for entity in found.values():
        words = entity.name.split()
        if entity.kind == "place" and (
            side_place(words) or (len(words) > 1 and _KIND_OF.get(fold(words[0])) == "place")
        ):
            rests.setdefault(" ".join(words[1:]), []).append(entity)
    for rest, places in rests.items():
        single = found.get(rest)
        if len(places) == 1 and single is not None and (not single.sure or single.kind == "place"):
            places[0].aliases.append(fold(rest))
            del found[rest]
    # "the Annings" is the family of Mary Anning, no name of its own: as an entity it
    # would take the learner's "Anning" (one stem) from her
    aliases = {a for e in found.values() for a in e.aliases}
    for name in [n for n in found if " " not in n and fold(n).endswith("s")]:
        if fold(name)[:-1] in aliases:
            del found[name]
    return sorted(found.values(), key=lambda e: (-len(e.name), e.name))


def _plain_opener(words: Sequence[str], lowered: set[str], opens: set[str]) -> bool:
    """Whether a sentence's first word is a count or an adverb of the text before a name
    ('Eleven Frequent Lines', 'Recently Lowenna'): a number word, or an -ly word it also
    writes in lower case, before a word that opens a name inside sentences ('Emily
    Brant', 'Italy' stay)."""
    low = words[0].lower()
    if low in language()["number_words"]:  # "Eleven Frequent Lines": eleven of them
        return words[1] in opens
    return low.endswith("ly") and low in lowered and words[1] in opens


def _plain_words(sentences: Sequence[str]) -> tuple[set[str], set[str]]:
    """The words a text writes in lower case, and the first words of names it writes
    inside a sentence."""
    lowered: set[str] = set()
    opens: set[str] = set()
    for sentence in sentences:
        lowered.update(w for w in TOKEN.findall(sentence) if w.islower())
        for words, _, first, _ in _runs(sentence):
            if words and not first:
                opens.add(words[0])
    return lowered, opens


def _add_aliases(
    found: dict[str, DraftEntity],
    ranks: dict[str, int],
    stop: frozenset[str],
    alone: set[str],
    mentions: dict[str, int],
    first_named: set[str],
    named: Sequence[tuple[str, list[str]]] = (),
) -> None:
    """Short names of people as aliases: the surname, the first name when the text uses it
    alone, and a shorter run of the full name ("De la Beche"). An alias has two letters or
    more, is a word of its own and no common word (unless the text writes it alone as a
    name). When family members share one (Mary, Richard and Joseph Anning), it goes to the
    one the text calls by it alone before it names another of them ("Tobias Wrenfield ...
    Wrenfield hired ... Wrenfield's daughter, Martha Wrenfield": Tobias, though Martha is
    named twice), else to the one alone of them the text's opening passage names (whom a
    biography is about: "Kell" is Tobias Kell, not his son named twice later), else to the
    one the text names most, first named on a tie, who is then marked for review."""
    order = {name: i for i, name in enumerate(found)}
    owners: dict[str, list[DraftEntity]] = {}
    for entity in found.values():
        words = [w for w in entity.name.split() if not _is_title(w)]
        regnal = len(words) > 1 and _ROMAN.match(words[-1]) is not None
        if regnal:
            words = words[:-1]  # "Haakon VII" is Haakon, "Elizabeth II" Elizabeth: no "vii"
        if entity.kind != "person" or len(words) < (1 if regnal else 2):
            continue
        if "of" in words[1:]:  # "Lapo Cerchi of Florence", "Hugo of Vellay": the name is
            # what comes before "of" (its given name too), never "of Florence"
            own = words[: words.index("of")]
            short = [w for w in own if not _ROMAN.match(w)]  # "Baldric III": Baldric
            forms = [fold(" ".join(own)), fold(short[-1])] if short else []
            forms += [fold(short[0])] if len(short) > 1 and fold(short[0]) in alone else []
            forms = list(dict.fromkeys(forms))  # "Hugo of Vellay": "hugo" once
        else:
            forms = [fold(words[-1])]
            if fold(words[0]) in alone:
                forms.append(fold(words[0]))  # "Mary" alone in the text
            forms += [  # "van der laan", never "der laan" of Piet van der Laan
                fold(" ".join(words[k:]))
                for k in range(1, len(words) - 1)
                if words[k - 1] not in _CONNECTORS
            ]
            forms = list(dict.fromkeys(forms))
        for alias in forms:
            if len(alias.replace(" ", "")) < 2 or alias in stop:
                continue
            if " " not in alias and not alias.isalpha():
                continue
            common = ranks.get(alias, _COMMON_RANK + 1) <= _COMMON_RANK
            if common and alias not in alone:
                continue  # "Young" is a word, unless the text writes "Young" alone as a name
            owners.setdefault(alias, []).append(entity)
    for alias, entities in owners.items():
        opens = [e for e in entities if e.name in first_named]
        called = _called_alone(alias, entities, named) if len(entities) > 1 else None
        if called is not None:
            best = called
        elif len(opens) == 1:
            best = opens[0]
        else:
            best = max(entities, key=lambda e: (mentions.get(e.name, 0), -order[e.name]))
        best.aliases.append(alias)
        if len(entities) > 1:
            best.sure = False  # shared by several people: the educator should check
            best.shared = True
        single = next((n for n in found if fold(n) == alias and found[n] is not best), None)
        if single:
            del found[single]  # "Fleming" alone is Alexander Fleming


def _called_alone(
    alias: str, entities: Sequence[DraftEntity], named: Sequence[tuple[str, list[str]]]
) -> DraftEntity | None:
    """The one of several people sharing a surname whom the text calls by the bare surname
    while they are the only one of them it has named yet: there it can mean no one else.
    Only a surname that names a doer of its own counts, not one written only as an owner
    ("Brayle's nephew, Cornelius Brayle" names the nephew, and the uncle only in passing)."""
    names = {e.name: e for e in entities}
    seen: list[DraftEntity] = []
    for sentence, in_sentence in named:
        for name in in_sentence:
            if name in names and names[name] not in seen:
                seen.append(names[name])
                if len(seen) > 1:
                    return None
            elif fold(name) == alias and len(seen) == 1 and _not_owner(name, sentence):
                return seen[0]
    return None


def _not_owner(name: str, sentence: str) -> bool:
    """Whether a sentence writes a name once at least as no owner ("Wrenfield hired", not
    only "Wrenfield's daughter")."""
    for found in re.finditer(rf"\b{re.escape(name)}\b(?!['\u2019]s?\b)", sentence):
        before = sentence[: found.start()].split()[-1:]
        if not before or not before[0][:1].isupper():  # not "Cornelius Brayle": his name
            return True
    return False


def _heads_phrase(sentence: str, noun: str, name: str) -> bool:
    """Whether the noun before a name opens with a determiner or a describing word ('the
    sturdy ship Fram', 'operations manager Sunita Rao'), not a preposition ('of ancient
    Dorset')."""
    found = re.search(r"(\S+)\s+" + re.escape(noun) + r"\s+" + re.escape(name), sentence, re.I)
    if found is None:
        return True  # the noun opens the sentence
    word = found.group(1).lower().strip(",;:(\"'“")
    return word in _DETERMINERS or word not in language()["stopwords"]


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
        if before[k] in _DETERMINERS:
            # "After the harvest war, Mara Venn turned ...": a phrase put before the
            # sentence's subject, no name for it
            opening = sentence[: found.start(1)].split() + before[:k]
            fronted = len(opening) == 1 and opening[0].lower() in _FUNCTION
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
        if word.endswith(_OWNER_ENDS):
            continue  # "a former ship's chandler": the ship owns the head, a person
        named = _KIND_OF.get(word) or head_kind(word) or ("thing" if is_vessel(word) else None)
        kind = named or _THING_CLASSES.get(noun_kind(word) or "", kind)
    return kind


def _saint_place(sentence: str, words: Sequence[str], after: str) -> bool:
    """Whether 'St' or 'Saint' and one name are a church ('the churchyard of St Mary's',
    'St Aldric chapel'): the saint's name owns something left unsaid, or a church word
    follows it."""
    if len(words) != 2 or words[0].rstrip(".").lower() not in _SAINTS:
        return False
    if after.lower() in _SAINT_PLACES:
        return True
    owned = re.compile(rf"\b{re.escape(words[0])}\s+{re.escape(words[1])}['\u2019]s?\b")
    return owned.search(sentence) is not None


def _is_title(word: str) -> bool:
    """'Captain', 'Dr.', 'Lieutenant-Colonel': a title, no part of the name."""
    return all(part.rstrip(".").lower() in _TITLES for part in word.split("-"))


class NameFinder:
    """Finds known names in a passage in one pass (names keyed by their first word)."""

    def __init__(self, entities: Iterable[DraftEntity]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], DraftEntity]]] = {}
        for entity in entities:
            for form in (entity.name, *entity.aliases):
                words = tuple(split_words(form))
                if words:
                    self._by_first.setdefault(words[0], []).append((words, entity))
        for forms in self._by_first.values():
            forms.sort(key=lambda f: -len(f[0]))

    def find(self, words: Sequence[str]) -> list[tuple[int, DraftEntity]]:
        """(word position, entity) for each name in a folded word list, longest match first."""
        return [(i, entity) for i, _, entity in self.spans(words)]

    def spans(self, words: Sequence[str]) -> list[tuple[int, int, DraftEntity]]:
        """(first word, word count, entity) for each name in a folded word list."""
        out: list[tuple[int, int, DraftEntity]] = []
        i = 0
        while i < len(words):
            for form, entity in self._by_first.get(words[i], ()):
                if tuple(words[i : i + len(form)]) == form:
                    out.append((i, len(form), entity))
                    i += len(form)
                    break
            else:
                i += 1
        return out


_PIECE = re.compile(r"[\w\u00c0-\u024f][\w'\u2019\u00c0-\u024f-]*|[,.;:()\u2014]")
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])
_BE_PAST = frozenset(["was", "is", "were", "became"])
_ADVERBS_BEFORE_BE = frozenset(["there", "then", "now", "also", "still"])
_POSSESSIVES = frozenset(["his", "her", "their", "its"])
_TIME_OPENERS = frozenset(["in", "on", "at", "over", "during", "for", "after", "before", "within"])
_PLACING = _TIME_OPENERS | frozenset(["from", "with", "by", "among", "inside", "outside"])
_RELATIVES = frozenset(["who", "whom", "whose", "which", "that"])  # "an engineer who ..." ends it
_DESCRIBING = 4  # words of a description at most ("a middle-class fossil collector")
# forms of address, no rank: "Miss Marlowe" is no "miss" ("what did the pupils miss?")
_ADDRESS = frozenset(["mr", "mrs", "ms", "miss", "sir", "madame", "dr", "st", "rev", "prof"])
_BY_REACH = 4  # words between a deed and "by" its doer ("founded in 1908 by")
_ENDS = frozenset([".", ";", ":", ")"])  # where a phrase set off by a comma may end
_OWNER_ENDS = ("'s", "\u2019s", "s'", "s\u2019")  # "the parish's", "the members'"


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
        if first > 0 and _is_title(pieces[first - 1]) and low[first - 1] not in _ADDRESS:
            ranks.append((entity, low[first - 1]))
        while first > 0 and (
            _is_title(pieces[first - 1])
            or (first > 1 and pieces[first - 1] == "." and _is_title(pieces[first - 2]))
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


def is_role_noun(word: str) -> bool:
    """A word learners drop as filler ("teacher", "man") that still says what a person
    is when a text calls someone so ("Edith Marlowe, a biology teacher"): a noun of
    WordNet's person class, not one naming the text's own writer ("author")."""
    lang = language()
    return noun_kind(word) == "person" and word not in lang.get("document_words", ())


def _owned_role(k: int, plain: Callable[[int], bool], low: Sequence[str]) -> tuple[list[str], bool]:
    """The describing words ending at piece `k` that an owner or "the" opens ("her
    teacher [there]", "the club's secretary", "the rival"): what the name after is, and
    whether an owner opens them (a role of someone: "her teacher")."""
    while k >= 0 and low[k] in _ADVERBS_BEFORE_BE:
        k -= 1  # "her teacher there was ..."
    run: list[str] = []
    while k >= 0 and len(run) < _DESCRIBING:
        if plain(k) and not low[k].endswith(_OWNER_ENDS):
            run.insert(0, low[k])
            k -= 1
        elif run and low[k] in _DETERMINERS and k >= 2 and low[k - 1] == "of" and plain(k - 2):
            k -= 2  # "the captain of the ship was ..."
        elif run and low[k] in _DETERMINERS and k >= 2 and low[k - 1] in _PLACING:
            run, k = [], k - 2  # "her fiercest critic at the inquiry was ..."
        else:
            break
    opened = k >= 0 and (low[k] in _DETERMINERS or low[k].endswith(_OWNER_ENDS))
    if not opened or low[k] in ("a", "an"):
        return [], False
    return run, _owns(low[k])


def _owns(word: str) -> bool:
    """Whether a word is an owner before a noun ("her", "the parish's")."""
    return word in _POSSESSIVES or word.endswith(_OWNER_ENDS)


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
    stop = frozenset(language()["stopwords"]) | _RELATIVES | _FUNCTION
    out: list[tuple[DraftEntity, list[str]]] = []

    def plain(k: int) -> bool:  # a describing word: no name, no function word, no verb
        p = pieces[k]
        return (
            p[:1].isalpha()
            and (low[k] not in stop or is_role_noun(low[k]))
            and (p[:1].islower() or bool(_DEMONYM.search(low[k])) or _is_title(p))
            # the word after it is the next word of the description or the name
            and not (
                p[:1].islower()
                and k > 0
                and is_verb(p, pieces[k - 1], pieces[k + 1] if k + 1 < len(pieces) else None)
            )
        )

    spans = finder.spans(words)
    starts = {owner[i] for i, _, _ in spans}  # the piece each name opens at
    starts |= {k for k in range(len(pieces) - 1) if _is_title(pieces[k]) and k + 1 in starts}
    shared: list[str] = []  # what a name before says of a list of names ("the German
    previous_end = -1  # scientists X and Y": Y is a German scientist too)
    previous_first = -1
    for i, n, entity in spans:
        first, last = owner[i], owner[i + n - 1]
        said: list[str] = []
        while first > 0 and _is_title(pieces[first - 1]):
            first -= 1  # "Captain Robert Falcon Scott": a rank many hold, no description
        comma_after = last + 1 < len(pieces) and pieces[last + 1] == ","
        # "sold the field to a timber firm, Ashcombe Forestry.": set off at the end
        closed = comma_after or last + 1 == len(pieces) or pieces[last + 1] in _ENDS
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
        if set_off:
            k -= 1  # "Her father, Richard Anning, ..."
        run: list[str] = []
        while k >= 0 and len(run) < _DESCRIBING:
            if plain(k) and not low[k].endswith(_OWNER_ENDS):
                run.insert(0, low[k])
                k -= 1
                continue
            # "the mayor of Port Halvard, Jonas Fredheim", "Their member of parliament,
            # Sir Colin Grant,": a head noun and what it is of, less any name after "of"
            j = k
            while j > 0 and pieces[j][:1].isupper() and not _is_title(pieces[j]):
                j -= 1
            if not set_off or (j == k and not (run and low[k] == "of")):
                break  # "By the age of twelve Lindqvist": no apposition
            if not (j >= 1 and low[j] == "of" and plain(j - 1)):
                break
            k = j - 1
        if run and _participle(run[-1]):
            run = []  # "a testament suggesting Stalin be removed": no description of him
        if run and (
            k < 0
            or pieces[k] == ","  # "To limit the confusion, operations manager Sunita Rao"
            or (
                low[k] in _DETERMINERS
                # "In the spring Imarra escaped": a time before the clause's subject;
                # "worked for the portrait photographer Gideon Pell in the city": the
                # object of the preposition, what the name after it is
                and (k == 0 or low[k - 1] not in _TIME_OPENERS or _object_named(low, last))
                # "As a boy Kell worked the bellows": what he was then, not who he is
                and not (k > 0 and low[k - 1] == "as" and low[k] in ("a", "an"))
            )
            # "the parish's lawyer, Simon Tarrant,": an owner opens it as "its" would
            or low[k].endswith(_OWNER_ENDS)
        ):
            said += run
            if k > 0 and low[k] in _DETERMINERS and pieces[k - 1] == ",":
                # "Her teacher, the zoologist Henrik Aas,": the role before it too
                role, by_owner = _owned_role(k - 2, plain, low)
                said += role
                if owned is not None and by_owner:
                    owned.append((entity, role))
        elif not run and 0 <= previous_end < k and low[previous_end + 1 : k + 1] == ["and"]:
            said += shared  # "... Hermann Hellriegel and Hermann Wilfarth"
        shared = run if run and run == said[-len(run) :] else []
        previous_end, previous_first = last, first
        k = last + 1
        set_after = (
            comma_after and k + 1 < len(pieces) and low[k + 1] in _DETERMINERS and not listed
        )
        if set_after:
            k += 2  # "Elizabeth Philpot, a middle-class fossil collector"
        elif (
            k + 1 < len(pieces)
            and low[k] in _BE_PAST
            and low[k + 1] in ("a", "an")
            # the name is the clause's subject, not an object ("How Stalin beat Trotsky
            # is a study in ...")
            and not (
                first > 0
                and pieces[first - 1].isalpha()
                and pieces[first - 1].islower()
                and low[first - 1] not in _DETERMINERS
            )
        ):
            k += 2  # "Richard Anning was a cabinetmaker"
        else:
            k = len(pieces)
        run = []
        while k < len(pieces) and plain(k) and len(run) < _DESCRIBING:
            run.append(low[k])
            k += 1
        if (
            set_after
            and low[last + 2] == "the"
            and run
            and k < len(pieces)
            and _verb_after(pieces, k)
        ):
            # "Because no one would meet in Vellacott, the judge held the talks": the
            # subject of the next clause, not what Vellacott is
            run = []
        if run and low[k : k + 1] == ["of"]:
            k += 1
            while k < len(pieces) and pieces[k][:1].isupper():
                k += 1  # "Governor Dahl, the mayor of Port Halvard, Jonas Fredheim,"
        # "Imarra, Sedric, Benna Falk, the abbot of Greyholm, and ...": a name set after
        # another by a comma alone is one of a list, and so is what follows it
        if not listed and not (run and pieces[k : k + 1] == [","] and k + 1 in starts):
            said += run  # ... describes the name it sets off, not the one before
        if first >= 2 and low[first - 1] in _BE_PAST and not low[last].endswith(_OWNER_ENDS):
            role, by_owner = _owned_role(first - 2, plain, low)  # "The rival was X"
            said += role
            if owned is not None and by_owner:
                owned.append((entity, role))
        if said:
            out.append((entity, list(dict.fromkeys(said))))
    return out


def _object_named(low: Sequence[str], last: int) -> bool:
    """Whether a name ending at piece `last` closes a preposition's object rather than
    opening a clause: a preposition or the sentence's end follows it, no verb."""
    after = low[last + 1] if last + 1 < len(low) else "."
    return after in _ENDS or after in _PLACING or after in ("of", "to")


def _verb_after(pieces: Sequence[str], k: int) -> bool:
    """Whether the piece at k is a verb (lower-case, read in its place)."""
    from ._draft_questions import is_verb

    p = pieces[k]
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return p[:1].isalpha() and p[:1].islower() and is_verb(p, pieces[k - 1], nxt)


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
            if len(owners) == 1 and _DEMONYM.search(people.lower()):
                out.setdefault(next(iter(owners)), []).append(people.lower())
    return out


_PRONOUN = re.compile(r"\b(he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def short_name(entity: DraftEntity) -> str:
    """How the text would name a person again: the surname when it is their alias, else
    the one-word alias they have ('Harriet' when the family's surname went to Ambrose
    Pellacott: 'Pellacott' would name him), else the whole name. A surname the family
    shares (their alias, but marked unsure) gives way to the first name the text calls
    them by: "Mara's mother, Agnes Lind", not "Lind's mother, Agnes Lind"; without one, the
    whole name ("Edda Varnholt's father", when "Varnholt" alone could be him)."""
    words = [w for w in entity.name.split() if not _ROMAN.match(w)]
    if "of" in words[1:]:  # "Count Baldric III of Brabancourt" is Baldric again
        words = words[: words.index("of")]
    order = (words[-1], *words[:-1])
    if not entity.sure and entity.kind == "person" and len(words) > 1:
        order = (*words[:-1], words[-1])
    for word in order:
        if fold(word) in entity.aliases:
            if entity.shared and word == words[-1] and len(words) > 1:
                break  # "Venn" is his wife too: "Elias Venn and two keepers lived ..."
            return word
    return entity.name


# the words that make "His"/"Her" part of a title of rank ("Her Majesty's Inspector")
_STYLE = re.compile(r"(?:Majesty|Highness|Excellency|Grace|Lordship|Ladyship|Honour|Holiness)\b")


def resolve_pronouns(
    text: str,
    focus: DraftEntity | None,
    names_in_text: bool,
    genders: Mapping[int, str] | None = None,
) -> str:
    """The sentence with 'he'/'his'/'her' replaced by the person it is about.

    Only when the sentence names no person itself (then each 'he' is most likely the
    person the text was about just before); otherwise the text is left as it is. With
    `genders` (entity id -> 'f' or 'm'), a pronoun of the other gender is never theirs
    ("Walter gave her the lead in his comedy": not her comedy).
    """
    if focus is None or names_in_text or not _PRONOUN.search(text):
        return text
    name = short_name(focus)
    if focus.kind != "person" and not name.lower().startswith("the "):
        name = f"the {name}"  # a ship: "she was caught" -> "the Aurora was caught"

    known = (genders or {}).get(id(focus))

    def swap(match: re.Match[str]) -> str:
        word = match.group(1)
        low = word.lower()
        rest = text[match.end() :].lstrip()
        if known and _HE.get(low, known) != known:
            return word
        if low in ("himself", "herself", "him") or re.match(r"own\b", rest, re.IGNORECASE):
            # an object is often someone else: "the telegram reached him"; and "on his
            # own" is whoever the clause is about
            return word
        if _OWNED_BY_NOUN.search(text[: match.start()]):
            return word  # "the driver and his boy": the driver's
        if _anyone_before(text[: match.start()]) or _role_before(text[: match.start()]):
            return word  # "each man had to sign the log when his watch ended": his own
        if _STYLE.match(rest):
            return word  # "Her Majesty's Inspector": a title, no one's
        said = name[:1].upper() + name[1:] if match.start() == 0 else name
        opens = match.start() == 0 and rest[:1].isalpha()  # "Her thirty-seven notebooks"
        if low == "his" or (
            low == "her" and (opens or (rest[:1].isalpha() and _looks_like_noun(rest)))
        ):
            return f"{said}'s"
        return word if low == "her" else said

    # the first that names someone ("he" after it reads naturally); a reflexive or an
    # object before it stays ("a clerk himself, he also ordered ...")
    for match in _PRONOUN.finditer(text):
        if _quoted(text, match.start(1)):
            continue  # '"He never misses a day," she said': a quotation stays as said
        swapped = swap(match)
        if swapped != match.group(1):
            return text[: match.start(1)] + swapped + text[match.end(1) :]
    return text


def _quoted(text: str, at: int) -> bool:
    """Whether a place in a sentence is inside a quotation (an odd number of straight or
    opening curly quotes before it)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


_DUMMY_IT = re.compile(
    r"^it (?:is|was|has been|had been|seems|seemed|appears|appeared|takes|took|became|"
    r"remains|remained)\b.*\b(?:to|that)\b",
    re.IGNORECASE,
)
_PLURAL_HEADS = frozenset(["people", "men", "women", "children", "staff", "police", "crew"])


# a thing named before a pronoun in its own sentence ("When the vat was ready, its ..."),
# which it is likelier to stand for than the last sentence's subject: a noun after a
# determiner, or a name after the sentence's first word
_NAMES_A_THING = re.compile(r"\b(?i:the|a|an|this|that|these|those)\s+\w|.\b[A-Z][a-z]")


def resolve_it(text: str, subject: str, meant: str) -> str:
    """The sentence with its subject 'it' or 'they', or its opening 'its' or 'their',
    replaced by what the last sentence's subject was (`meant`: "The operators were laid
    off. They were taken back": the operators were taken back), when number agrees: 'it'
    a singular, 'they' a plural. A dummy 'it' ("it took a year to ...") stays."""
    said = subject.split()
    if not said or said[0].lower() not in ("it", "they", "its", "their"):
        return text
    pronoun = said[0].lower()
    if len(said) == 1 and pronoun in ("its", "their"):
        return text
    meant_words = meant.split()
    noun = meant_words[-1] if "of" not in meant_words else meant_words[meant_words.index("of") - 1]
    low = noun.lower()
    plural = looks_plural(low) or low in _PLURAL_HEADS or low.endswith("men")  # "boatmen"
    if plural != (pronoun in ("they", "their")):
        return text
    if not plural and noun_kind(low) == "person":
        return text  # "the countess gave 600 crowns to found a house. It opened": not her
    at = re.search(rf"\b{re.escape(said[0])}\b", text)
    if at is None or (pronoun == "it" and _DUMMY_IT.match(text[at.start() :])):
        return text
    if _NAMES_A_THING.search(text[: at.start()]):
        return text  # "When the vat was ready, its surface ...": the vat's, nearer
    name = meant if at.start() == 0 else meant[:1].lower() + meant[1:]
    if meant[:1].isupper() and not meant.lower().startswith("the "):
        name = meant  # a name keeps its capital
    name = name[:1].upper() + name[1:] if at.start() == 0 else name
    if pronoun in ("its", "their"):
        name = f"{name}'" if name.endswith("s") else f"{name}'s"
    return text[: at.start()] + name + text[at.end() :]


_AFTER_OBJECT = frozenset(
    [
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "and",
        "but",
        "or",
        "as",
        "that",
        "when",
        "while",
        "if",
        "than",
        "into",
        "about",
        "after",
        "before",
        "because",
        "so",
        "a",
        "an",
        "the",
        *("how", "what", "why", "where", "who"),  # "showed her how to ..."
        # "let her onto the site", "led her through the works": a preposition no noun is
        *("onto", "through", "across", "towards", "toward", "against", "upon", "until"),
        *("without", "along", "around", "among", "over", "off", "out", "up", "down", "away"),
    ]
)


def titled(
    words: Sequence[str], found: Sequence[tuple[int, DraftEntity]]
) -> dict[str, DraftEntity]:
    """The people a sentence names after a title, by that title ('Professor Alaric Venn'
    gives 'professor'), so that 'the professor' later is known to be him."""
    return {
        words[i - 1]: e
        for i, e in found
        if i and e.kind == "person" and words[i - 1] in _TITLES and words[i - 1] != "the"
    }


def is_object(word: str, following: str) -> bool:
    """Whether a he/she-pronoun is the object of its clause ('hired her as', 'told
    him'), which most often stands for someone other than the one the clause is about."""
    low = word.lower()
    return low == "him" or (low == "her" and (not following or following in _AFTER_OBJECT))


def _looks_like_noun(rest: str) -> bool:
    """Whether the word after 'her' makes it a possessive ('her most famous find', not
    'her to', nor 'cut her free with', 'pulled her out.': a word seldom a noun, then the
    clause goes on without one)."""
    from ._lexicon import modifier_share
    from ._text import stem

    nxt = split_words(rest[:40])[:2]
    if not nxt or nxt[0] in _AFTER_OBJECT:
        return False
    if nxt[0].isdigit() or nxt[0] in language()["number_words"]:
        return False  # "It took her eleven years": what it took her, not hers
    if nxt[0].endswith("ly") and noun_kind(nxt[0]) is None:
        return False  # "trained her carefully in ...": an adverb, the object goes on
    ends = len(nxt) == 1 or nxt[1] in _AFTER_OBJECT or rest[len(nxt[0]) :].lstrip()[:1] in ",.;:"
    # mostly an adjective or an adverb: "free", "alone", "out"
    return not (ends and modifier_share(stem(nxt[0])) > _MODIFIER)


_MODIFIER = 0.5  # share of a word's use as an adjective or adverb above which it modifies
# someone of a number, not one person ("each man", "every keeper", "anyone"): a 'he' or
# 'his' after it in the sentence is theirs
_ANYONE = re.compile(
    r"\b(?:(?:each|every|any|no)\s+([a-z]+)(?:\s+([a-z]+))?|"
    r"(?:every|any|some|no)(?:one|body)|no one)\b",
    re.IGNORECASE,
)


# a plain noun for a person a few words before a pronoun, in one clause ("when the carrier
# gave up his route")
_ROLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+([a-z-]+)\s+(?:([a-z]+)\s+)?(?:[a-z]+\s+){1,3}$")


def _role_before(text: str) -> bool:
    """Whether the clause of a pronoun names someone by a plain noun just before it ("the
    carrier gave up his route"): the pronoun is theirs, not the one named before. A title
    ("the professor noticed her notes") most often names again someone named before."""
    found = _ROLE_BEFORE.search(text)
    return found is not None and any(
        noun_kind(noun) == "person" and not looks_plural(noun) and noun not in _TITLES
        for noun in found.groups()  # "the carrier", "the old carrier"
        if noun
    )


def _anyone_before(text: str) -> bool:
    """Whether a sentence names someone of a number before a pronoun ("each man", "every
    member", "anyone", "nobody")."""
    return any(
        not found.group(1)
        or any(noun_kind(w.lower()) == "person" for w in found.groups() if w)  # "each old man"
        for found in _ANYONE.finditer(text)
    )


# a possessive right after a plain noun for a person and 'and' or 'with' is that person's
# ("the driver and his boy", "a farmer with her sons"), no one named before
_OWNED_BY_NOUN = re.compile(r"\b(?:the|a|an) (?:[a-z]+ )?([a-z]+) (?:and|with)\s*$")
