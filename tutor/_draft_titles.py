"""A title for a paragraph of a text without headings: what its opening sentence is about.

A lesson walks a drafted text topic by topic and names each one ("Topic 6 of 11: ..."),
"what does the text cover?" lists them, and a question the text cannot answer is pointed
at the closest one ("ask me about 'The siege'"), so a title is something a learner can ask
about. The first words of a paragraph make a poor name ("Then, on the night...", "The fame
did not..."); the subject of its opening sentence is what the paragraph goes on to tell
about ("A summer thunderstorm (1947)", "The fame", "Funding troubles"). A subject that
names nothing ("Which", "Nobody", "Much") is none; one the reading cut inside a clause
loses the cut words ("The man who" -> "The man", "Sedric now" -> "Sedric"). Without a
subject, the name the main clause brings in as its subject titles the paragraph ("In
1894, when ..., Walter Greaves became captain": 'Walter Greaves (1894)'), never a name an
earlier paragraph said (a biography's subject would title them all, and asking about it
find some other one), nor one inside a phrase ("of the Marrick Institute"); with neither,
the first words stay, marked as cut. Two paragraphs never share a title: a repeated one
takes the year its opening sentence gives.

A name in a topic's title is what the index takes every sentence of the topic to be about
(`_index`), so the names picked here are only subjects, and the facts' own headings stay
the opening sentence's words as written (`paragraph_heading`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ._draft_lead_in import what_came
from ._draft_questions import in_sequence, is_verb, parse
from ._text import YEAR, fold, split_words

__all__ = ["paragraph_heading", "paragraph_title", "paragraph_titles"]

_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_FIRST_WORDS = 4  # the fallback: this many opening words and an ellipsis
_LONGEST = 7  # a subject longer than this is a clause, not a name for a topic
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "this"])
# a subject that starts so is no topic: a pronoun points elsewhere, a preposition or a
# negation opens a phrase ("For its first two decades the station ...", "Not every wheel"),
# a relative pronoun names nothing ("which lay ...": the reading missed the subject)
_NOT_A_TOPIC = frozenset(
    [
        *("he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "there"),
        *("in", "on", "at", "by", "for", "from", "during", "after", "before", "when"),
        *("while", "not", "no", "never", "as", "if", "although", "because", "since"),
        *("within", "around", "over", "between", "throughout", "under", "until", "about"),
        *("which", "who", "whom", "whose", "what", "where"),
    ]
)
# a pronoun that stands alone for nothing named ("Nobody troubled ...", "Much can still
# be seen"); with words after it, it may head a topic ("Much of the damage")
_INDEFINITE = frozenset(
    [
        *("nobody", "everybody", "everyone", "everything", "nothing", "something"),
        *("someone", "anyone", "anything", "much", "many", "all", "none", "few", "most"),
    ]
)
# of those, the ones a heading's words never start with
_OPENERS = frozenset(
    [
        *("he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "there"),
        *("in", "on", "at", "by", "for", "from", "during", "after", "before", "when"),
        *("while", "not", "no", "never", "as", "if", "although", "because", "since"),
        *("within", "around", "over", "between", "throughout", "under", "until", "about"),
    ]
)
_PREPOSITIONS = frozenset(
    [
        *("in", "on", "at", "by", "for", "from", "to", "with", "of", "into", "near"),
        *("during", "after", "before", "within", "around", "over", "between", "under"),
        *("across", "along", "through", "throughout", "beside", "behind", "beyond"),
    ]
)
# a personal pronoun anywhere in a subject ("Together they") points elsewhere
_PERSONAL = frozenset(["he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me"])
# a relative word cuts a subject's clause off ("The man who", "The ice that")
_RELATIVE = frozenset(["which", "who", "whom", "whose", "that", "where", "when"])
# closed-class words a subject never ends on: the reading stopped inside a phrase
# ("Morcom at", "Sedric now")
_NO_END = frozenset(
    [
        *("at", "in", "on", "of", "by", "for", "from", "to", "with", "after", "before"),
        *("now", "then", "also", "still", "first", "once", "soon", "already", "again"),
        *("and", "or", "but", "the", "a", "an", "being", "was", "were", "is", "are"),
    ]
)


def paragraph_titles(
    paragraphs: Sequence[str], openings: Sequence[str], names: Sequence[Sequence[str]]
) -> list[str]:
    """A title per paragraph (its opening sentence given), none the same as another's.

    `names`: the text's names, each with its short forms, to name a paragraph whose opening
    sentence has no subject that can be told cleanly."""
    titles = [
        paragraph_title(opening, names, paragraph, " ".join(paragraphs[:k]))
        for k, (paragraph, opening) in enumerate(zip(paragraphs, openings, strict=True))
    ]
    shared = {t for t in titles if titles.count(t) > 1}
    for k, title in enumerate(titles):
        if title in shared and not title.endswith(("...", ")")):
            year = YEAR.search(openings[k])
            if year:
                titles[k] = f"{title} ({year.group()})"
    return titles


def paragraph_title(
    opening: str, names: Sequence[Sequence[str]] = (), paragraph: str = "", before: str = ""
) -> str:
    """The paragraph's topic, from its opening sentence (`before`: the text before it)."""
    came = what_came(opening)  # "After cooking comes pressing.": the paragraph's is pressing
    if came is not None and len(came.split()) <= _LONGEST:
        return came[:1].upper() + came[1:]
    parsed = parse(opening)
    words = _subject(parsed.subject.split())
    lead = _WORDS.findall(parsed.lead)
    lowered = split_words(parsed.lead)  # "At Carrow Sands": 'sands' reads as a verb
    # a clause before the main one is its background ("After Sallow drowned in the Solent,
    # Ines bought his basket"): its names are not what the paragraph is about
    background = len(parsed.lead) if any(is_verb(w, p) for p, w in pairwise(["", *lead])) else 0
    clean = (
        words
        and len(words) <= _LONGEST
        and words[0].lower().strip(",") not in _NOT_A_TOPIC
        and not any(w.lower().strip(",") in _PERSONAL for w in words)
        and not (len(words) == 1 and words[0].lower() in _DETERMINERS)  # "A" of "A raised bog"
        and not (len(words) == 1 and words[0].lower() in _INDEFINITE)
        and not any(is_verb(w, p) for p, w in pairwise(["", *words]))
        and not any(is_verb(w, p) for p, w in pairwise(["", *lowered]))
    )
    year = YEAR.search(parsed.lead)
    if clean:
        title = " ".join(words).strip(",;:")
        title = title[:1].upper() + title[1:]
    else:
        named = _named(opening, names, paragraph or opening, before, background)
        if named is None:
            cut = opening.split()[:_FIRST_WORDS]
            return " ".join(cut).rstrip(",;:.") + "..."
        title = named
    return f"{title} ({year.group()})" if year and not YEAR.search(title) else title


def paragraph_heading(opening: str) -> str:
    """The words of a paragraph's opening sentence its facts take as their heading (what
    they answer besides their own words): its subject as written, else its first words.
    The title shown may name the paragraph better; these stay as the text says them (what
    `paragraph_title` gave before it named paragraphs by their names: the facts drafted
    and the answers they give stay the same)."""
    parsed = parse(opening)
    words = parsed.subject.split()
    opened = words[:1]
    while words and in_sequence(words[0], words[1] if len(words) > 1 else ""):
        words = words[1:]
    if words[:1] != opened and words and words[0].lower() not in _DETERMINERS:
        words = []
    lead = split_words(parsed.lead)
    clean = (
        words
        and len(words) <= _LONGEST
        and words[0].lower() not in _OPENERS
        and not (len(words) == 1 and words[0].lower() in _DETERMINERS)
        and not any(is_verb(w, p) for p, w in pairwise(["", *words]))
        and not any(is_verb(w, p) for p, w in pairwise(["", *lead]))
    )
    if not clean:
        return " ".join(opening.split()[:_FIRST_WORDS]).rstrip(",;:.") + "..."
    title = " ".join(words).strip(",;:")
    title = title[:1].upper() + title[1:]
    year = YEAR.search(parsed.lead)
    return f"{title} ({year.group()})" if year and not YEAR.search(title) else title


def _subject(words: list[str]) -> list[str]:
    """The subject's words, without the sequence words before it, a relative clause the
    reading cut short ("The man who" -> "The man", not "Visitors who want to stay
    overnight") and closed-class words left before the verb ("Sedric now" -> "Sedric");
    [] when the verb came first ("Next come the cultures")."""
    opened = words[:1]
    while words and in_sequence(words[0], words[1] if len(words) > 1 else ""):
        words = words[1:]
    if words[:1] != opened and words and words[0].lower() not in _DETERMINERS:
        return []  # "Next come the cultures": the verb came first, no subject was found
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _RELATIVE), len(words))
    if len(words) - cut <= 2:  # "The man who", "The first sign that something": cut short
        words = words[:cut]
    while len(words) > 1 and words[-1].lower().strip(",") in _NO_END:
        words = words[:-1]
    return words


def _named(
    opening: str, names: Sequence[Sequence[str]], paragraph: str, before: str, background: int
) -> str | None:
    """The name the opening sentence brings in that it is most about, as the sentence
    writes it: the one its verb follows (its subject: "..., Reyne leased a tannery"), else
    the one its paragraph says most in any of its forms, the first of equals; with the
    noun it stands before ("the Orsen tunnel"). A name said before this paragraph is
    no title for it (the biography's subject, said in every one, would name them all
    and be asked about for none), nor one in its first `background` characters. None
    when it brings in no name."""
    best: tuple[bool, int, int, int, str] | None = None
    for forms in names:
        said = 0
        first: re.Match[str] | None = None
        for form in sorted({fold(n) for n in forms if n.strip()}, key=len, reverse=True):
            said_so = re.compile(rf"(?<![\w'-]){re.escape(form)}(?![\w-])", re.IGNORECASE)
            said += len(said_so.findall(paragraph))
            if said_so.search(before):
                first = None
                break
            found = said_so.search(opening, background)
            earlier = first is None or bool(found and found.start() < first.start())
            if found and opening[found.start()].isupper() and earlier:
                first = found  # the first said; of two at one place, the longer
        if first is not None:
            after = _WORDS.findall(opening[first.end() :])[:2]
            subject = (
                bool(after)
                and opening[first.end() :][:1] == " "
                and _verb_after(after, first.group())
                and not _in_phrase(opening[: first.start()])
            )
            rank = (not subject, -said, first.start(), first.start() - first.end(), first.group())
            best = rank if subject and (best is None or rank < best) else best
    if best is None:
        return None
    name = best[4]
    at = opening.find(name)
    noun = re.match(r" ([a-z]+)\b", opening[at + len(name) :])
    if (
        noun
        and opening[:at].lower().endswith("the ")
        and noun.group(1) not in _NO_END | _NOT_A_TOPIC | _PERSONAL
        and not _verb_after(_WORDS.findall(opening[at + len(name) :])[:2], name)
    ):  # "the Tarrow valley": the name qualifies the noun, the valley is the topic
        return f"The {name} {noun.group(1)}"
    return name


def _in_phrase(before: str) -> bool:
    """Whether a name after these words sits in a phrase a preposition opens with an
    article ("of the fictional Marrick Institute", "in the town of Harnley"): no subject,
    whatever verb follows. "The market town of Hollinsford" names the town itself."""
    words = [w.lower() for w in _WORDS.findall(before.rsplit(",", 1)[-1])]
    opened = max((k for k, w in enumerate(words) if w in _PREPOSITIONS), default=-1)
    return opened >= 0 and any(w in _DETERMINERS for w in words[opened + 1 :])


def _verb_after(after: list[str], name: str) -> bool:
    """Whether the words after a name begin with its verb ("Vors died", "Kell leased")."""
    if not after:
        return False
    word = after[0].lower()
    short_past = len(word) == 4 and word.endswith("ed")  # "died", "fled": short for is_verb
    return short_past or is_verb(after[0], name.split()[-1], after[1] if len(after) > 1 else None)
