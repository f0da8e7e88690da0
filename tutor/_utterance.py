"""A learner's line, read once: every part of a turn takes this, never the raw text.

Before, the session, the dialogue's cues, small talk, claims and the judge each split
and re-read the line their own way, and could disagree on what was said ("thx" was
thanks to one and a word to another). Here the line is analysed once (tokens, spelling,
names, question type: `Analyzer.analyze`) and classified once (command, cue, small talk,
a job request), and the result flows outward to the router and whatever it calls.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._analyze import Analyzer, Query
from ._phrases import Cues
from ._smalltalk import Intent, SmallTalk

__all__ = ["Reader", "Utterance"]

_POLITE = frozenset(["can", "could", "would", "will", "you", "please", "pls", "hey", "tutor"])


@dataclass(frozen=True, slots=True)
class Utterance:
    """One learner line, analysed.

    Attributes:
        text: the line as read (cleaned, at most the length a turn reads).
        query: its analysis: words after respelling and spelling correction, terms,
            names, pronouns, question type.
        asked: whether it ends in a question mark.
        command: the name of a /command ("help" for "/help"), else None.
        cue: the kind of turn a whole line signals ("dont_know", "lesson", "what_next";
            "repeat" and "unclear" ask about the tutor's own question), else None.
        intent: the small-talk intent of a line made only of small talk, else None.
        task: whether it asks the tutor to do a job ("write my essay").
    """

    text: str
    query: Query
    asked: bool
    command: str | None
    cue: str | None
    intent: Intent | None
    task: bool

    @property
    def words(self) -> tuple[str, ...]:
        """The line's folded words, respelt and spell-corrected."""
        return self.query.words


class Reader:
    """Reads learner lines for one pack (immutable; shared by every session)."""

    def __init__(
        self, analyzer: Analyzer, cues: Cues, smalltalk: SmallTalk, task_verbs: frozenset[str]
    ) -> None:
        self._analyzer = analyzer
        self._cues = cues
        self._smalltalk = smalltalk
        self._task_verbs = task_verbs

    def read(self, text: str) -> Utterance:
        """The one analysis of a learner's line that the whole turn uses."""
        asked = text.rstrip().endswith("?")
        if text.startswith("/"):
            name = text[1:].split(maxsplit=1)[0].lower() if len(text) > 1 else ""
            empty = self._analyzer.analyze("")
            return Utterance(text, empty, asked, name, None, None, False)
        query = self._analyzer.analyze(text)
        said = query.words
        return Utterance(
            text=text,
            query=query,
            asked=asked,
            command=None,
            cue=self._cues.meta_of(said) or self._cues.of_words(said),
            intent=self._smalltalk.of_words(said, asked),
            task=self._is_task(said),
        )

    def _is_task(self, said: tuple[str, ...]) -> bool:
        k = 0
        while k < len(said) and said[k] in _POLITE:
            k += 1
        return k < len(said) and said[k] in self._task_verbs
