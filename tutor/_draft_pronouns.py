"""Who 'he', 'she', 'it' or 'they' is in a drafted sentence, so that it reads on its own.

A drafted fact is one sentence a learner will see alone: "He sailed in 1910" says nothing
without the sentence before it. The scaffold puts back the person (or the thing) the text
was about: "Scott sailed in 1910". Only where it is safe: never inside a quotation, never a
pronoun of the other gender, never one that a noun just before it in its own clause
("the driver and his boy", "each man ... his watch") can claim.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from ._draft_entity import DraftEntity
from ._name_words import PRONOUN_GENDER, ROMAN, TITLES
from ._noun_kinds import noun_kind
from ._text import fold, language, looks_plural, split_words, stem

__all__ = [
    "Paragraph",
    "is_object",
    "resolve_it",
    "resolve_pronouns",
    "set_off_owners",
    "short_name",
    "titled",
]

_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m"} | dict.fromkeys(
    ["she", "her", "hers", "herself"], "f"
)
_PRONOUN = re.compile(r"\b(he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


class Paragraph:
    """The people a paragraph has named so far, the latest first, each with the genders
    of the pronouns left as written since (someone else's: "She met Owen Pratt in 1850"
    leaves a 'she' that is not Pratt's, nor is the next one).

    A 'he' or 'she' goes on with someone named in its own paragraph before one named in
    an earlier section, however often the text named that one: recency, then salience.
    """

    __slots__ = ("_left", "_people")

    def __init__(self) -> None:
        self._people: list[DraftEntity] = []
        self._left: dict[int, set[str]] = {}

    def clear(self) -> None:
        """A new paragraph: no one named in it yet."""
        self._people.clear()
        self._left.clear()

    def add(
        self, words: Sequence[str], named: Sequence[tuple[int, DraftEntity]], kept: bool
    ) -> None:
        """A sentence of the paragraph: its words, the people it names at their places
        (its pronouns resolved) and whether its pronouns were left as written (`kept`),
        which then stand for someone else than those named before (one named after a
        pronoun is not that pronoun either: "She met Owen Pratt")."""
        left = [(k, _GENDER[w]) for k, w in enumerate(words) if w in _GENDER] if kept else []
        for genders in self._left.values():
            genders.update(g for _, g in left)
        for at, person in sorted(named, reverse=True):
            if person in self._people:
                self._people.remove(person)
            self._people.insert(0, person)
            self._left[id(person)] = {g for k, g in left if k < at}  # the sentence's
            # subject first: "Clara Mirren, Ada's younger sister, ..." is Clara's sentence

    def nearer(
        self, focus: DraftEntity | None, sought: str | None, gender: Mapping[int, str]
    ) -> DraftEntity | None:
        """Whom a 'he' or 'she' of gender `sought` means, given the one the text is about
        (`focus`): that one when this paragraph named them, else the latest person the
        paragraph named who may be of that gender and whom no pronoun of it left as
        written since stands between ("Idris Col ... || The county asked Niall Ferris
        for a report. He later regretted it": Ferris, not Col named two sections back)."""
        if focus is None or not sought or focus in self._people:
            return focus
        for person in self._people:
            if gender.get(id(person)) in (None, sought) and sought not in self._left[id(person)]:
                return person
        return focus


def set_off_owners(
    text: str, words: Sequence[str], spans: Sequence[tuple[int, int, object]]
) -> set[int]:
    """Where a sentence names someone only as the owner in a description set off after
    another name ("Clara Mirren, Ada's successor, took over"): the sentence is about the
    head, Clara, and a 'she' after it goes on with her, not with Ada."""
    out: set[int] = set()
    for (i, size, _), (j, more, _) in pairwise(spans):
        head = re.escape(words[i + size - 1])
        owner = r"\s+".join(re.escape(w) for w in words[j : j + more])
        pattern = rf"\b{head},\s+(?:[\w-]+\s+){{0,2}}?{owner}['\u2019]s\b[^,;.]*,"
        if re.search(pattern, text, re.IGNORECASE):
            out.add(j)
    return out


def short_name(entity: DraftEntity) -> str:
    """How the text would name a person again: the surname when it is their alias, else
    the one-word alias they have ('Harriet' when the family's surname went to Ambrose
    Pellacott: 'Pellacott' would name him), else the whole name. A surname the family
    shares (their alias, but marked unsure) gives way to the first name the text calls
    them by: "Mara's mother, Agnes Lind", not "Lind's mother, Agnes Lind"; without one, the
    whole name ("Edda Varnholt's father", when "Varnholt" alone could be him)."""
    words = [w for w in entity.name.split() if not ROMAN.match(w)]
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
        if known and PRONOUN_GENDER.get(low, known) != known:
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
# adjectives whose 'to' clause says what the subject itself does or will do ("it was slow to
# heat", "it was quick to spread", "it was ready to sail"): that 'it' is a thing, no dummy
# like "it was hard to say" or "it took a year to build"
_OWN_DOING = frozenset(
    [
        "slow",
        "slower",
        "quick",
        "quicker",
        "fast",
        "faster",
        "ready",
        "able",
        "unable",
        "eager",
        "apt",
        "prone",
        "reluctant",
        "willing",
        "unwilling",
        "first",
        "last",
        "sure",
        "bound",
        "due",
        "set",
        "designed",
        "built",
        "made",
        "meant",
    ]
)


def _dummy_it(text: str) -> bool:
    """Whether a sentence opening 'it' is a dummy subject ("it was hard to find work"),
    not one whose own doing follows ("it was slow to heat")."""
    if not _DUMMY_IT.match(text):
        return False
    after = re.match(
        r"it (?:is|was|has been|had been|became|remains|remained) (?:very |so |too )?(\w+) to\b",
        text,
        re.I,
    )
    return after is None or after.group(1).lower() not in _OWN_DOING


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
    if (
        not plural
        and pronoun in ("they", "their")
        and "of" in meant_words
        and noun_kind(low) != "person"
        and looks_plural(meant_words[-1].lower())
    ):
        plural = True  # "A crowd of strikers marched. They demanded": the strikers did
    if plural != (pronoun in ("they", "their")):
        return text
    if not plural and noun_kind(low) == "person":
        return text  # "the countess gave 600 crowns to found a house. It opened": not her
    at = re.search(rf"\b{re.escape(said[0])}\b", text)
    if at is None or (pronoun == "it" and _dummy_it(text[at.start() :])):
        return text
    if _NAMES_A_THING.search(text[: at.start()]):
        return text  # "When the vat was ready, its surface ...": the vat's, nearer
    name = meant if at.start() == 0 else meant[:1].lower() + meant[1:]
    if meant[:1].isupper() and not meant.lower().startswith("the "):
        name = meant  # a name keeps its capital
    name = re.sub(r"^(?i:an?) ", "the ", name)  # named again: "a crowd" is now "the crowd"
    name = name[:1].upper() + name[1:] if at.start() == 0 else name
    if pronoun in ("its", "their"):
        name = f"{name}'" if name.endswith("s") else f"{name}'s"
    return text[: at.start()] + name + text[at.end() :]


_AFTER_OBJECT = frozenset(
    [
        *("to", "in", "on", "at", "by", "for", "with", "from", "into", "about", "after", "before"),
        *("and", "but", "or", "as", "that", "when", "while", "if", "than", "because", "so"),
        *("a", "an", "the"),
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
        if i and e.kind == "person" and words[i - 1] in TITLES and words[i - 1] != "the"
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
        noun_kind(noun) == "person" and not looks_plural(noun) and noun not in TITLES
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
