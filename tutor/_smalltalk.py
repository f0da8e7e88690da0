"""Recognising small talk: greetings, thanks, help, goodbye.

An utterance is small talk only when all of it is: "thanks, who killed Trotsky?" is a
question. Patterns are data (tutor/data/english.yaml); this module only matches them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ._phrases import words as read_words

__all__ = ["Intent", "SmallTalk"]

# Words that may pad any small-talk line without changing what it is.
_PADDING = frozenset(
    [
        "today",
        "now",
        "that",
        "was",
        "it",
        "is",
        "this",
        "i",
        "am",
        "just",
        "ok",
        "okay",
        "then",
        "so",
        "very",
        "much",
        "a",
        "lot",
        "really",
        "oh",
        "well",
        "and",
        "you",
        "tutor",
        "there",
        "again",
        "all",
        "for",
        # whom a greeting is addressed to, and what a study session is for
        "teacher",
        "sir",
        "miss",
        "professor",
        "friend",
        "mate",
        "buddy",
        "bot",
        "can",
        "me",
        "my",
        "with",
        "study",
        "studying",
        "learn",
        "revise",
        "test",
        "exam",
        "homework",
        "history",
        # what a learner calls the text they read, and its parts
        "the",
        "of",
        "whole",
        "overall",
        "essay",
        "text",
        "article",
        "story",
        "book",
        "chapter",
        "passage",
        "reading",
        "piece",
        "document",
        "author",
        "writer",
        "about",
        "its",
        "give",
        "please",
        "quick",
        "short",
        "brief",
        "what",
        "s",
    ]
)


@dataclass(frozen=True, slots=True)
class Intent:
    name: str
    phrases: frozenset[tuple[str, ...]]
    words: frozenset[str]
    replies: tuple[str, ...]
    asked: bool  # may end in "?": a goodbye does not ("and later?" asks what came later)


class SmallTalk:
    """Classifies whole utterances as one of the small-talk intents, or none."""

    def __init__(self, table: dict[str, Any]) -> None:
        intents = []
        shapes: list[tuple[re.Pattern[str], str]] = []
        for name, spec in table.items():
            # a stretched noise ("hahahaha") reads as the intent's first pattern ("lol")
            shapes += [
                (re.compile(shape), read_words(spec["patterns"][0])[0])
                for shape in spec.get("shapes", ())
            ]
            # patterns read as learner lines are (respelt: "im done" is "i am done")
            phrases = frozenset(read_words(p) for p in spec["patterns"])
            words = frozenset(w for p in phrases if len(p) == 1 for w in p)
            asked = spec.get("mood") != "statement"
            intents.append(Intent(name, phrases, words, tuple(spec["replies"]), asked))
        self.intents = tuple(intents)
        # Longest first, sorted once (not per line); and every word a small-talk line can
        # hold, so that a line with any other word ("killed") is ruled out at once.
        self._phrases = sorted(
            ((p, i) for i in self.intents for p in i.phrases), key=lambda x: -len(x[0])
        )
        self._allowed = _PADDING.union(*(w for i in self.intents for w in i.phrases))
        self._shapes = tuple(shapes)

    def of_words(self, words: tuple[str, ...], asked: bool) -> Intent | None:
        """The intent of an utterance made only of small talk, from its folded words and
        whether it ends in "?"; else None.

        Mixed small talk ("hello there, how are you?") is fine: the intent that matters
        most for the reply wins (a goodbye over a thanks over a greeting).
        """
        if not words or len(words) > 10:
            return None
        unstretched = self._unstretched(words)
        intent = self._classify(unstretched) if unstretched is not None else None
        if intent is not None and not intent.asked and asked:
            return None
        return intent

    def _unstretched(self, words: tuple[str, ...]) -> tuple[str, ...] | None:
        """The words with those a shape covers ("hmmmm") as their intent's word ("hmm");
        None at the first word that is neither small talk nor a shape's (most lines: a
        question stops at its first content word, not after every word's shapes)."""
        out = []
        for word in words:
            if word not in self._allowed:
                word = next((w for shape, w in self._shapes if shape.fullmatch(word)), "")
                if not word:
                    return None
            out.append(word)
        return tuple(out)

    def _classify(self, words: tuple[str, ...]) -> Intent | None:
        if not self._allowed.issuperset(words):  # no phrase removes it, and it is no padding
            return None
        for intent in self.intents:
            if words in intent.phrases:
                return intent
        rest = list(words)
        found: set[str] = set()
        for phrase, intent in self._phrases:
            if phrase[0] not in rest:  # cannot match anywhere
                continue
            n = len(phrase)
            i = 0
            while i + n <= len(rest):
                if tuple(rest[i : i + n]) == phrase:
                    del rest[i : i + n]
                    found.add(intent.name)
                else:
                    i += 1
        if not found or any(w not in _PADDING for w in rest):
            return None
        return next(i for i in self.intents if i.name in found)
