"""Whether a drafted question leans on a pronoun it gives no antecedent for.

A lesson asks its questions cold, so "Why did she sell her clocks?", "Who taught him to
build moulds?" or "Why does it not supply drinking water?" ask about someone or something
the learner is never told. A pronoun is bound when the question names what it stands for
before it: a person ("Why did Kessling hold her gatherings?"), a thing ("Why is the wine
poured into barrels lying on their sides?"), or the one a "Who/What ...?" question asks
for, as its subject or an owner ("Who scrubbed her hands?", "What made its last
harvest?"). An object ('him', 'her') is never its own clause's subject: "Why did
Threlkeld agree to take her?" names no woman. The dummy 'it' of "Why is it that" and
"Is it true that" stands for nothing.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from ._lexicon import noun_share
from ._noun_kinds import noun_kind
from ._text import language, looks_plural, stem

__all__ = ["bind", "leans_back", "resolutions", "unbound_pronoun"]

_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w'\u2019-]*")
_PEOPLE = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself"])
_THINGS = frozenset(["it", "its", "itself"])
_PLURAL = frozenset(["they", "them", "their", "theirs", "themselves"])
_PRONOUNS = _PEOPLE | _THINGS | _PLURAL
_OBJECTS = frozenset(["him", "them", "it"])  # 'her' is an object unless a noun follows
_SUBJECTS = frozenset(["he", "she", "they", "it", "himself", "herself", "themselves", "itself"])
_OWNERS = frozenset(["his", "her", "its", "their"])
_DUMMY = ("Why is it that ", "Why was it that ", "Is it true that ")
_OPENERS = frozenset(["why", "who", "what", "how", "when", "where", "is", "was", "did", "does"])
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "each", "every"])


def unbound_pronoun(ask: str) -> str | None:
    """The first pronoun of a question that nothing before it in the question names, or
    None when every one is bound."""
    stop = frozenset(language()["stopwords"])
    body = ask.split("?")[0]
    for dummy in _DUMMY:
        body = body.replace(dummy, " ")
    words = _WORD.findall(body)
    asks_for = words[0] if words and words[0] in ("Who", "What") else ""
    people: list[int] = []  # where a person, a thing, some things were named
    things: list[int] = []
    plural: list[int] = []
    for k, word in enumerate(words):
        low = word.lower()
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        owner = low in _OWNERS and not (low == "her" and (after in stop or not after))
        if low in _PRONOUNS:
            bound = people if low in _PEOPLE else things if low in _THINGS else plural
            if asks_for and (owner or low in _SUBJECTS) and not _named(bound, k):
                continue  # "Who scrubbed her hands?": the one asked for
            if low in _OBJECTS or (low == "her" and not owner):
                bound = [i for i in bound if i != _subject_at(words)] if not asks_for else bound
            if not bound:
                return str(word)
            continue
        if (k == 0 and low in _OPENERS) or low in stop:
            continue
        capital = word[:1].isupper()
        kind = noun_kind(low)
        if (capital and kind is None) or kind == "person":
            people.append(k)
        if capital or kind is not None or (k and words[k - 1].lower() in _DETERMINERS):
            things.append(k)
            if looks_plural(low) or kind == "group":
                plural.append(k)
    return None


# "the same tools": the same as what? A standard after it ("the same temperature as the
# air outside", "the same laundry that ...") or a number of things it is shared among
# ("both sides counted the same houses", "every member ... in the same way") reads alone
_SAME = re.compile(r"\bthe same\b((?:\s+\S+){0,5})", re.IGNORECASE)
_STANDARD = frozenset(["as", "that", "who", "whom", "which", "where", "when", "with"])
_SHARED = frozenset(["both", "each", "every", "all", "together", "between", "among", "either"])
_DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
_NOUN = 0.5  # share of a word's use as a noun that makes 'this' before it a determiner


def leans_back(ask: str) -> bool:
    """Whether a drafted question leans on the sentence before it in a way no name can
    be put back for: "the same" with nothing to be the same as ("What shed held the same
    tools?"), or a demonstrative standing alone as a subject ("This also accounts for the
    rule ... What does that lead to?": this what?)."""
    body = ask.split("?")[0]
    words = [w.lower() for w in _WORD.findall(body)]
    numbers = set(language()["number_words"]) - {"one", "a", "an"}
    shared = _SHARED | numbers
    for found in _SAME.finditer(body):
        after = [w.lower() for w in _WORD.findall(found.group(1))]
        if not _STANDARD.intersection(after) and not shared.intersection(words):
            return True
    opening = _WORD.findall(body.split(". ")[0] if ". " in body else body)
    if len(opening) > 1 and opening[0].lower() in _DEMONSTRATIVES:
        nxt = opening[1]
        if nxt.islower() and noun_kind(nxt) is None and noun_share(stem(nxt)) < _NOUN:
            return True
    return False


def _named(bound: list[int], k: int) -> bool:
    return any(i < k for i in bound)


def _subject_at(words: list[str]) -> int:
    """Where the subject of "Why did Threlkeld ...?" is named: the word after the verb
    that opens it."""
    return 2 if len(words) > 2 and words[0] in ("Why", "How") else -1


def resolutions(source: str, sentence: str) -> dict[str, str]:
    """pronoun -> what the drafted fact put in its place ('it' -> 'The well' of "It was
    covered ..." drafted as "The well was covered ...")."""
    said, told = source.split(), sentence.split()
    out: dict[str, str] = {}
    if said == told or not any(w.lower() in _PRONOUNS for w in said):
        return out  # no pronoun to have replaced: no alignment (quadratic on a long one)
    matcher = difflib.SequenceMatcher(a=said, b=told, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "replace" and a1 - a0 == 1:
            low = said[a0].lower()
            if low in _PRONOUNS:
                out.setdefault(low, " ".join(told[b0:b1]))
    return out


def bind(ask: str, earlier: Sequence[dict[str, str]]) -> str | None:
    """The question with its unbound pronoun replaced by what the nearest fact before it
    resolved the same pronoun to ("Why does it not supply drinking water?" -> "Why does
    the well not supply ...?"), the question itself when nothing is unbound, or None
    when a pronoun stays unbound."""
    if leans_back(ask):
        return None
    pronoun = unbound_pronoun(ask)
    if pronoun is None:
        return ask
    meant = next((r[pronoun.lower()] for r in reversed(earlier) if pronoun.lower() in r), None)
    if meant is None or not meant[:1].isalpha():
        return None
    at = re.search(rf"\b{re.escape(pronoun)}\b", ask)
    if at is None:
        return None
    after = _WORD.match(ask, at.end() + 1)
    owner = pronoun.lower() in _OWNERS and not (
        pronoun.lower() == "her"
        and (after is None or after.group().lower() in language()["stopwords"])
    )
    if owner != meant.endswith(("'s", "\u2019s")):
        return None  # "Who taught her": the 'her' of "her vats" resolved as "Ottilie's"
    if at.start() and meant.split(" ", 1)[0] in ("The", "A", "An"):
        meant = meant[:1].lower() + meant[1:]
    asked = f"{ask[: at.start()]}{meant}{ask[at.end() :]}"
    return asked if unbound_pronoun(asked) is None else None
