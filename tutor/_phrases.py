"""The tutor's voice and the everyday cues it listens for, from tutor/data/dialogue.yaml.

Wording is data so that it can be varied and translated without touching the policy;
a seeded random generator picks among the variants, so transcripts are reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from ._content import read_yaml
from ._quantities import respelt
from ._text import language, split_words

__all__ = ["META", "UTTERANCES", "Cues", "Voice", "cues", "voice", "words"]

# Whole-utterance classes, in the order they are tried.
UTTERANCES = (
    "skip",
    "ask_hint",
    "dont_know",
    "who_else",
    "what_next",
    "what_before",
    "tell_more",
    "lesson",
    "lesson_on",
    "quiz",
)
# Words that may pad a cue without changing it ("ok, tell me more please").
_PADDING = frozenset(
    ["ok", "okay", "so", "well", "please", "um", "uh", "hmm", "oh", "then", "just"]
)
_GOES_ON = frozenset(["and", "but", "also"])
_WHOM = frozenset(["them"])  # "after them": those people, not a time ("after him": next)
_HAPPEN = frozenset(["happened", "happen", "happens"])
# Requests about the tutor's own question, tried before every other cue.
META = ("repeat", "unclear")
_META_MAX = 12  # words a line asking about the question may have
# Words around such a request that do not change it ("sorry, can you say that again?").
_META_LEADS = frozenset(
    [
        "sorry",
        "can",
        "could",
        "would",
        "you",
        "please",
        "ok",
        "okay",
        "um",
        "uh",
        "hmm",
        "oh",
        "so",
        "well",
        "wait",
        "pardon",
        "excuse",
        "me",
        "tutor",
        "but",
        "and",
    ]
)
_META_TAILS = frozenset(["again", "please", "sorry", "then", "now", "for", "me", "once", "more"])
# The words around a bare "what?" that still only ask to hear it again ("sorry, what?")
_PARDON = frozenset(["what", "sorry", "pardon", "again", "please", "me", "um", "uh", "hmm", "oh"])


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    # read_yaml refuses duplicate keys, which yaml.safe_load would silently merge
    path = Path(str(resources.files("tutor.data").joinpath("dialogue.yaml")))
    loaded: dict[str, Any] = read_yaml(path, positions=False).data
    return loaded


@lru_cache(maxsize=1)
def _respellings() -> dict[str, tuple[str, ...]]:
    table: dict[str, str] = language()["respellings"]
    return {k: tuple(v.split()) for k, v in table.items()}


def words(text: str) -> tuple[str, ...]:
    """Folded words with sloppy spellings respelt ("wasnt" -> "was not"), as the analyzer does."""
    return tuple(respelt(split_words(text), _respellings()))


def _phrases(items: Iterable[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(t for t in (words(str(i)) for i in items) if t)


def _patterns(items: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Like _phrases, but `*` stays as a wildcard for any one word."""
    out = set()
    for item in items:
        parts: list[str] = []
        for chunk in str(item).split():
            parts.extend(["*"] if chunk == "*" else words(chunk))
        if parts:
            out.add(tuple(parts))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Cues:
    """Word sequences (folded) that signal a kind of turn or a meaning in a claim."""

    utterances: dict[str, frozenset[tuple[str, ...]]]
    question_starts: frozenset[str]
    question_openers: tuple[tuple[str, ...], ...]
    statement_verbs: frozenset[str]
    light_verbs: frozenset[str]
    claim_openers: frozenset[tuple[str, ...]]
    claim_tags: frozenset[tuple[str, ...]]
    negations: frozenset[str]
    negative_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    hedges: frozenset[str]
    reports: frozenset[str]
    unnamed: frozenset[str]
    proposal_verbs: frozenset[str]
    moods: frozenset[str]
    moods_before_to: frozenset[str]
    scope_breaks: frozenset[str]
    negating_prefixes: tuple[str, ...]
    negating_suffixes: tuple[str, ...]
    relations: tuple[tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]], ...]
    time_words: tuple[str, ...]
    after: frozenset[tuple[str, ...]]
    before: frozenset[tuple[str, ...]]
    place_prepositions: frozenset[str]
    person_prepositions: frozenset[str]
    prepositions: frozenset[str]
    following: frozenset[str]
    same_role: Mapping[str, str]  # a preposition -> the first of its group of same roles
    causes: frozenset[tuple[str, ...]] = frozenset()  # "A because B": B is why A happened
    means: frozenset[tuple[str, ...]] = frozenset()  # "A with B": B is what A was done with
    # a verb that names its means -> the same said plainly ("shot" -> "killed with a gun")
    means_verbs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    next_words: frozenset[str] = frozenset()  # a line of only these asks what came next
    next_marks: frozenset[str] = frozenset()  # ... when it has one of these
    next_deeds: frozenset[str] = frozenset()  # "what did he do about it?" asks it too
    deed_marks: frozenset[str] = frozenset()
    before_marks: frozenset[str] = frozenset()  # ... and these, what came before
    more_words: frozenset[str] = frozenset()  # a line of only these asks to go on
    more_marks: frozenset[str] = frozenset()  # ... when it has one of these ("explain")
    hint_words: frozenset[str] = frozenset()  # a line of only these asks for a hint ...
    hint_marks: frozenset[str] = frozenset()  # ... when it has one of these ("clue")
    # phrases asking about the tutor's question -> "repeat" or "unclear"; those naming the
    # question may also end a longer line
    meta: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    meta_tails: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    meta_lengths: tuple[int, ...] = ()  # of the phrases in meta_tails
    meta_ends: frozenset[str] = frozenset()  # the last words of all those phrases
    # "early", "late", "always" -> the phrases that put a claim in that phase of the story
    phases: Mapping[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    past_marks: frozenset[str] = frozenset()  # "his Menshevik past", "his former allies"
    target_words: frozenset[str] = frozenset()  # "allies against X": X is no partner
    state_verbs: frozenset[str] = frozenset()  # "X was a Y", "X remained a Y"
    mutual: frozenset[int] = frozenset()  # indexes of the relations that hold both ways

    def meta_of(self, said: tuple[str, ...]) -> str | None:
        """ "repeat" or "unclear" for a line asking about the tutor's own question, else None.

        A phrase naming the question may end a longer line ("more about what? i forgot
        the question"); the others must be the whole line, polite words aside.
        """
        if not said or len(said) > _META_MAX:
            return None
        end = len(said)
        while end > 1 and said[end - 1] in _META_TAILS:
            end -= 1
        if said[-1] not in self.meta_ends and said[end - 1] not in self.meta_ends:
            return None  # most lines: no such phrase can end them
        core = list(said)
        while core and core[0] in _META_LEADS:
            core.pop(0)
        bare = list(core)
        while bare and bare[-1] in _META_TAILS and bare[-2:] != ["what", "for"]:
            bare.pop()  # ("what for?" asks why: not "what?" with a tail)
        for line in (said, tuple(core), tuple(bare)):
            if line == ("what",) and not _PARDON.issuperset(said):
                continue  # "so what?", "what more?", "and what?" ask on, not "pardon?"
            found = self.meta.get(line)
            if found is None:
                found = next(
                    (
                        self.meta_tails[t]
                        for n in self.meta_lengths
                        if (t := line[-n:]) in self.meta_tails
                    ),
                    None,
                )
            if found is not None:
                return found
        return None

    def of_words(self, said: tuple[str, ...]) -> str | None:
        """The class of a whole utterance ("dont_know", "tell_more", ...) from its folded
        words, or None."""
        if not said or len(said) > 9:
            return None
        trimmed = tuple(w for w in said if w not in _PADDING) or said
        # "and after that?" goes on from the last turn as "after that?" does
        bare = trimmed[1:] if len(trimmed) > 1 and trimmed[0] in _GOES_ON else trimmed
        for line in ((said, trimmed), (bare,)):  # "and next" is what_next, "next" a skip
            for name in UTTERANCES:
                phrases = self.utterances[name]
                if any(form in phrases for form in line):
                    return name
        if set(trimmed) <= self.hint_words and not self.hint_marks.isdisjoint(trimmed):
            return "ask_hint"  # "can i get a clue", "any hints?"
        if set(trimmed) <= self.more_words and not self.more_marks.isdisjoint(trimmed):
            return "tell_more"  # "can you explain that?", "how so?", "could you expand on it?"
        plain = set(trimmed) - self.next_deeds
        if "to" in said and not plain.isdisjoint(("happened", "happen", "happens")):
            return None  # "what happened to them later?" asks about them, not what came next
        if any(a in ("after", "before") and b in _WHOM for a, b in pairwise(trimmed)):
            return None  # "and after them?": who came after those people, not what next
        deed = not self.next_deeds.isdisjoint(trimmed) and not self.deed_marks.isdisjoint(trimmed)
        # "what did he do then?": "then" ending a line of these words is "next", though
        # "ok then" and "so then" only pad
        acts = not self.next_deeds.isdisjoint(trimmed) or not _HAPPEN.isdisjoint(trimmed)
        then = said[-1] == "then" and len(trimmed) > 2 and acts  # not "so what was it then?"
        before = not self.before_marks.isdisjoint(trimmed)
        if (
            len(trimmed) > 1  # a bare "later" is a goodbye
            and plain <= self.next_words | self.deed_marks | self.before_marks
            and (not self.next_marks.isdisjoint(trimmed) or deed or then or before)
        ):  # "what came after that?", "what did he do about it?", "and before that?"
            return "what_before" if before else "what_next"
        return None


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cues, loaded once."""
    d = _data()
    tails = {p: name for name in reversed(META) for p in _phrases(d[name]) if "question" in p}
    relations: list[tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]] = []
    mutual: set[int] = set()
    for pair in d["relations"]:
        (name, a), (_, b) = list(pair.items())
        if name in d.get("mutual_relations", ()):
            mutual.add(len(relations))
        relations.append((_patterns(a), _patterns(b)))
    return Cues(
        utterances={name: _phrases(d[name]) for name in UTTERANCES},
        question_starts=frozenset(d["question_starts"]),
        question_openers=tuple(sorted(_phrases(d.get("question_openers", ())), key=len)),
        statement_verbs=frozenset(d["statement_verbs"]),
        light_verbs=frozenset(d["light_verbs"]),
        claim_openers=_phrases(d["claim_openers"]),
        claim_tags=_phrases(d["claim_tags"]),
        negations=frozenset(d["negations"]),
        negative_verbs=frozenset(d["negative_verbs"]),
        wish_verbs=frozenset(d.get("wish_verbs", ())),
        hedges=frozenset(d.get("hedges", ())),
        reports=frozenset(d.get("reports", ())),
        unnamed=frozenset(d.get("unnamed", ())),
        proposal_verbs=frozenset(d.get("proposal_verbs", ())),
        moods=frozenset(d.get("moods", ())),
        moods_before_to=frozenset(d.get("moods_before_to", ())),
        causes=_phrases(d.get("causes", ())),
        means=_phrases(d.get("means", ())),
        means_verbs={verb: words(plain) for verb, plain in d.get("means_verbs", {}).items()},
        scope_breaks=frozenset(d["scope_breaks"]),
        negating_prefixes=tuple(d["negating_prefixes"]),
        negating_suffixes=tuple(d["negating_suffixes"]),
        relations=tuple(relations),
        time_words=tuple(d["time_words"]),
        after=_phrases(d["temporal"]["after"]),
        before=_phrases(d["temporal"]["before"]),
        place_prepositions=frozenset(d["place_prepositions"]),
        person_prepositions=frozenset(d["person_prepositions"]),
        prepositions=frozenset(d["prepositions"]),
        following=frozenset(d["following_roles"]),
        same_role={p: group[0] for group in d["same_roles"] for p in group},
        next_words=frozenset(d["what_next_words"]),
        next_marks=frozenset(d["what_next_marks"]),
        next_deeds=frozenset(d["what_next_deeds"]),
        deed_marks=frozenset(d["what_next_deed_marks"]),
        before_marks=frozenset(d["what_before_marks"]),
        more_words=frozenset(d["tell_more_words"]),
        more_marks=frozenset(d["tell_more_marks"]),
        hint_words=frozenset(d["ask_hint_words"]),
        hint_marks=frozenset(d["ask_hint_marks"]),
        meta={p: name for name in reversed(META) for p in _phrases(d[name])},
        meta_tails=tails,
        meta_lengths=tuple(sorted({len(p) for p in tails})),
        meta_ends=frozenset(p[-1] for name in META for p in _phrases(d[name])),
        phases={name: _phrases(found) for name, found in d.get("phases", {}).items()},
        past_marks=frozenset(d.get("past_marks", ())),
        target_words=frozenset(d.get("target_words", ())),
        state_verbs=frozenset(d.get("state_verbs", ())),
        mutual=frozenset(mutual),
    )


class Voice:
    """Picks one wording of a message; the caller's generator makes the pick reproducible."""

    def __init__(self, table: dict[str, Any], document: str = "the text") -> None:
        self._table = {k: tuple(v) for k, v in table.items() if isinstance(v, (list, tuple))}
        self._names = {"document": document, "Document": document[:1].upper() + document[1:]}

    def speaking_of(self, document: str) -> Voice:
        """The same voice, calling the source text what the pack calls it ('the essay')."""
        return Voice(dict(self._table), document)

    def say(self, key: str, rng: random.Random, **fields: Any) -> str:
        """One variant of message `key`, with its {placeholders} filled in."""
        options = self._table[key]
        text = str(options[rng.randrange(len(options))] if len(options) > 1 else options[0])
        return text.format(**self._names, **fields) if "{" in text else text

    def has(self, key: str) -> bool:
        """Whether the voice has wording for `key`."""
        return key in self._table


@lru_cache(maxsize=1)
def voice() -> Voice:
    """The tutor's voice, loaded once."""
    return Voice(_data())
