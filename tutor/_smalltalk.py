"""Recognising small talk: greetings, thanks, help, goodbye.

An utterance is small talk only when all of it is: "thanks, who killed Trotsky?" is a
question. Patterns are data (tutor/data/english.yaml); this module only matches them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._text import split_words

__all__ = ["SmallTalk"]

# Words that may pad any small-talk line without changing what it is.
_PADDING = frozenset(
    [
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
    ]
)


@dataclass(frozen=True, slots=True)
class _Intent:
    name: str
    phrases: frozenset[tuple[str, ...]]
    words: frozenset[str]
    replies: tuple[str, ...]


class SmallTalk:
    """Classifies whole utterances as one of the small-talk intents, or none."""

    def __init__(self, table: dict[str, Any]) -> None:
        intents = []
        for name, spec in table.items():
            phrases = frozenset(tuple(split_words(p)) for p in spec["patterns"])
            words = frozenset(w for p in phrases if len(p) == 1 for w in p)
            intents.append(_Intent(name, phrases, words, tuple(spec["replies"])))
        self.intents = tuple(intents)

    def classify(self, text: str) -> _Intent | None:
        """The intent of an utterance made only of small talk, else None."""
        words = tuple(split_words(text))
        if not words or len(words) > 8:
            return None
        for intent in self.intents:
            if words in intent.phrases:
                return intent
        for intent in self.intents:
            rest = self._strip(words, intent)
            if rest is not None and not rest:
                return intent
        return None

    def _strip(self, words: tuple[str, ...], intent: _Intent) -> tuple[str, ...] | None:
        """What is left after removing the intent's phrases and padding (None: no phrase)."""
        rest = list(words)
        found = False
        for phrase in sorted(intent.phrases, key=len, reverse=True):
            n = len(phrase)
            i = 0
            while i + n <= len(rest):
                if tuple(rest[i : i + n]) == phrase:
                    del rest[i : i + n]
                    found = True
                else:
                    i += 1
        if not found:
            return None
        return tuple(w for w in rest if w not in _PADDING)
