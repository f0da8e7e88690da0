"""A short sentence that only leads in to the next one, which tells what it is about.

"Then came the first great setback." says that a setback came, not what it was: the next
sentence of its paragraph does ("On the night of 3 September a lamp ... set fire to the
records room"). "In the hills it was feared." does not say what was feared, nor why; the
next sentence does. A draft answering with the lead-in alone says nothing, and asked
again ("what started it?") says it again; so the scaffold lets it answer with the
sentence after it too, as it does for an event announced by its rank
(tutor/_draft_announce.py).

Told by grammar alone, so that a short sentence with content of its own stays as it is
("Trotsky was exiled in 1929.", "The magistrate dismissed the case."):
- its verb of arriving comes before its subject, after a word of sequence or a short
  phrase of time: "Then came the flood.", "Next come the starter cultures and the rennet.",
  "After cooking comes pressing.";
- its subject is "it" and its verb has nothing after it but a past participle or "so":
  "In the hills it was feared.", "It was not always so.";
- what it tells is still to come: "It was not to last.", "Worse was to follow.";
- it points ahead: "Here is how it works.";
- "there" stands for a subject it never names more than by a bare noun: "There are
  costs too.".
Never one naming a name (a capital inside it) or a number: those are what it tells.
"""

from __future__ import annotations

import re

from ._text import is_past, language, split_words

__all__ = ["leads_in", "what_came"]

_LONGEST = 10  # words: a longer sentence tells more than that something came
_BARE = 5  # words of a "there is" sentence that names a thing and nothing of it
# verbs that say only that something came, put before what came ("Then came ...")
_ARRIVING = frozenset(["came", "come", "comes", "followed", "follows", "arrived", "began"])
# prepositions that open a short phrase of time before such a verb ("After cooking comes")
_TIME_PREPOSITIONS = frozenset(["after", "before", "with", "during", "at", "in", "on"])
_PHRASE = 3  # words of that phrase, at most
_CAME = re.compile(r"\b(?:came|come|comes|followed|follows|arrived|began)\s+(.+?)\.$")
_BE = frozenset(["was", "is", "were", "are"])
# "It was not always so.", "It is feared.": words between "was" and its last word
_QUALIFIERS = frozenset(["not", "always", "never", "long", "ever", "much", "widely", "greatly"])
_STILL_TO_COME = re.compile(r"\b(?:was|were|is|are) (?:not |yet |still )?to (?:last|follow|come)$")
# "Here is how it works." ("This is why ..." points back: what came before is why)
_AHEAD = re.compile(r"^here (?:is|was|are|were) (?:how|what|why) ")
# prepositions that open a phrase of place or time before "it" ("In the hills it was")
_PLACE_PREPOSITIONS = _TIME_PREPOSITIONS | frozenset(
    ["among", "across", "throughout", "around", "near", "outside", "inside", "for", "to", "by"]
)
_THERE = re.compile(r"^there (?:is|are|was|were) ")
_ADDING = frozenset(["too", "also", "as", "well"])  # "There are costs too."


def _capital_inside(text: str) -> bool:
    """Whether a sentence names a name: a capitalised word after its first."""
    return any(w[:1].isupper() for w in text.split()[1:])


def _inverted(words: list[str]) -> bool:
    """ "Then came the flood.": a verb of arriving before its subject, only a word of
    sequence or a short phrase of time before it, and something after it."""
    at = next((k for k, w in enumerate(words) if w in _ARRIVING), None)
    if at is None or at == 0 or at + 1 >= len(words):
        return False
    before = words[:at]
    if len(before) == 1 and before[0] in language()["step_words"]:
        return True  # "Then came ...", "Next come ..."
    return before[0] in _TIME_PREPOSITIONS and len(before) <= _PHRASE and before[-1] != "it"


def _empty_it(words: list[str]) -> bool:
    """ "In the hills it was feared.", "It was not always so.": "it" the subject of the
    main clause (only a phrase of place or time before it; not "The bridge was built
    before it was needed"), "was" its verb, and after it at most a qualifier and a past
    participle or "so"."""
    if "it" not in words:
        return False
    at = words.index("it")
    if at and (words[0] not in _PLACE_PREPOSITIONS or at > _PHRASE + 1):
        return False
    rest = words[at + 1 :]
    if len(rest) < 2 or rest[0] not in _BE:  # "was" and a last word, at least
        return False
    last, between = rest[-1], rest[1:-1]
    if not all(w in _QUALIFIERS for w in between):
        return False
    return last == "so" or (is_past(last) and last not in _QUALIFIERS)


def leads_in(text: str) -> bool:
    """Whether a sentence only leads in to the next one (see the module's note)."""
    text = text.strip()
    if not text.endswith(".") or any(mark in text for mark in ',;:"“”()'):
        return False
    if _capital_inside(text) or any(c.isdigit() for c in text):
        return False
    words = split_words(text)
    if not words or len(words) > _LONGEST:
        return False
    plain = " ".join(words)
    if _STILL_TO_COME.search(plain) or _AHEAD.match(plain):
        return True
    if _THERE.match(plain):
        return len(words) <= _BARE and words[-1] in _ADDING
    return _inverted(words) or _empty_it(words)


def what_came(text: str) -> str | None:
    """What a sentence leading in with its verb of arriving first says came ("the starter
    cultures and the rennet" of "Next come the starter cultures and the rennet."): what
    the sentences after it tell of, so what a paragraph it opens is about."""
    text = text.strip()
    if not leads_in(text) or not _inverted(split_words(text)):
        return None
    came = _CAME.search(text)
    return came.group(1) if came else None
