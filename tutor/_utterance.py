"""A learner's line, read once: every part of a turn takes this, never the raw text.

Before, the session, the dialogue's cues, small talk, claims and the judge each split
and re-read the line their own way, and could disagree on what was said ("thx" was
thanks to one and a word to another). Here the line is split once, analysed once (words,
spelling, names, question type: `Analyzer.analyze_line`) and classified once (command,
cue, small talk, a job request), and the result flows outward to the router and whatever
it calls. What only some turns need (who did what, the line clause by clause) is read
the first time it is asked for, and kept by the Reader under the line's text.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ._analyze import Analyzer, Query
from ._frames import Frame, Framer
from ._phrases import Cues
from ._smalltalk import Intent, SmallTalk
from ._task_terms import TaskTerms
from ._text import CLAUSE, fold, split_words

__all__ = ["HE", "THEY", "Clause", "Reader", "Utterance"]

_POLITE = frozenset(["can", "could", "would", "will", "you", "please", "pls", "hey", "tutor"])
HE, THEY = "~he", "~they"  # a "he"/"they" the line does not name: someone, whoever it is
_CLAIM_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")  # see Utterance.claim_names
_KEPT = 4096  # lines whose analysis is kept for the turns that read them again
_OWNER = re.compile(r"\b([a-z0-9]+)'s?\s+([a-z0-9]+)")  # "Lenin's image", "the Bolsheviks' party"


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of a learner's line (split where `Framer.clauses` splits it).

    Attributes:
        text: the clause as written.
        query: its analysis (spell-corrected, as the whole line's).
        tokens: its folded words as split, before respelling.
    """

    text: str
    query: Query
    tokens: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class Utterance:
    """One learner line, analysed.

    Two readings of one line by one Reader are equal (all of an utterance follows from
    its text): the judge's caches, per question, hold a line that many learners say.

    Attributes:
        text: the line as read (cleaned, at most the length a turn reads).
        query: its analysis: words after respelling and spelling correction, terms,
            names, pronouns, question type.
        asked: whether it ends in a question mark.
        command: the name of a /command ("help" for "/help"), else None.
        argument: what follows a /command's name ("5" in "/quiz 5"), else "".
        cue: the kind of turn a whole line signals ("dont_know", "lesson", "what_next";
            "repeat" and "unclear" ask about the tutor's own question), else None.
        intent: the small-talk intent of a line made only of small talk, else None.
        task: whether it asks the tutor to do a job ("write my essay").
        tokens: its folded words as split (contractions expanded), before respelling.
        plain: its words respelt ("wasnt" -> "was not") but not spell-corrected: what
            the learner typed, for a claim's openers and tags and the judge's spelling.
        names: words it capitalises mid-sentence, folded ("Spain"): names, not typos.
        claim_names: those of `names` not right after a colon: the names a claim keeps
            as written (claims have always read them so; "...: Spain" is corrected).
        after_comma: how many of its words follow its last comma (0 without one): a tag
            set off ("..., right?").
    """

    text: str
    query: Query
    asked: bool
    command: str | None
    cue: str | None
    intent: Intent | None
    task: bool
    argument: str = ""
    tokens: tuple[str, ...] = ()
    plain: tuple[str, ...] = ()
    names: frozenset[str] = frozenset()
    claim_names: frozenset[str] = frozenset()
    after_comma: int = 0
    _reader: Reader | None = field(default=None, repr=False)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Utterance)
            and other.text == self.text
            and other._reader is self._reader
        )

    def __hash__(self) -> int:
        return hash(self.text)

    @property
    def words(self) -> tuple[str, ...]:
        """The line's folded words, respelt and spell-corrected."""
        return self.query.words

    @property
    def foreign(self) -> bool:
        """Whether the line holds letters of a script other than the Latin one the tutor
        reads ("水", "日本語"): words it cannot read, so never an attempt at an answer."""
        return any(
            c.isalpha() and not unicodedata.name(c, "LATIN").startswith("LATIN") for c in self.text
        )

    @property
    def frames(self) -> tuple[Frame, ...]:
        """Who did what in the line (`Framer.read`), read on first use and kept; a "he"
        or "they" it does not name stands as HE or THEY (someone), never as a guess."""
        return () if self._reader is None else self._reader.frames_of(self.text)

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """The line clause by clause, each analysed (read on first use and kept)."""
        return () if self._reader is None else self._reader.clauses_of(self.text)

    @property
    def owners(self) -> frozenset[tuple[str, str]]:
        """Where the line writes an owner, as the word pair ("lenin", "image") for "Lenin's
        image": its words lose the "'s", and an owner is no doer of the verb after it."""
        return frozenset() if self._reader is None else self._reader.owners_of(self.text)

    @property
    def parts(self) -> tuple[tuple[str, ...], ...]:
        """Its `plain` words clause by clause, split at punctuation, a spaced dash, "but",
        "though", "while" (where a claim's clauses break; read on first use and kept)."""
        return () if self._reader is None else self._reader.parts_of(self.text)


class Reader:
    """Reads learner lines for one pack (immutable; shared by every session and thread).

    The lines it read last are kept (`recall`): a quiz answers the questions it held
    back, and the judge weighs every line said on a question, turns after they were read;
    a kept line said again is not read again.
    """

    def __init__(
        self,
        analyzer: Analyzer,
        cues: Cues,
        smalltalk: SmallTalk,
        task_verbs: frozenset[str],
        task_terms: TaskTerms,
    ) -> None:
        self._analyzer = analyzer
        self._cues = cues
        self._smalltalk = smalltalk
        self._task_verbs = task_verbs
        self._task_terms = task_terms
        self.framer = Framer.of(analyzer, cues)
        # tags that ask whatever their punctuation ("..., didn't he", "... wasn't it"): a
        # negated auxiliary and a pronoun end no statement
        self._asking_tags = tuple(t for t in cues.claim_tags if len(t) >= 3 and "not" in t)
        # what only some turns read of a line, kept for the lines said most
        self.frames_of = lru_cache(maxsize=_KEPT)(self._frames_of)
        self.clauses_of = lru_cache(maxsize=_KEPT)(self._clauses_of)
        self.parts_of = lru_cache(maxsize=_KEPT)(self._parts_of)
        self.owners_of = lru_cache(maxsize=_KEPT)(self._owners_of)
        self._recent: OrderedDict[str, Utterance] = OrderedDict()
        self._lock = threading.Lock()

    def read(self, text: str) -> Utterance:
        """The one analysis of a learner's line that the whole turn uses. A line read
        lately is not read again: all of an utterance follows from its text, and a line
        many learners say ("what happened next?") is read once for all of them."""
        with self._lock:
            said = self._recent.get(text)
            if said is not None:
                self._recent.move_to_end(text)
                return said
        said = self._read(text)
        with self._lock:
            said = self._recent.setdefault(text, said)  # a racing thread's is as good
            self._recent.move_to_end(text)
            if len(self._recent) > _KEPT:
                self._recent.popitem(last=False)
        return said

    def recall(self, text: str) -> Utterance:
        """A line said in an earlier turn, as it was read then (read again only when it
        is no longer kept, or was said in another process: a resumed conversation)."""
        with self._lock:
            said = self._recent.get(text)
        return said if said is not None else self.read(text)

    def _read(self, text: str) -> Utterance:
        analyzer = self._analyzer
        tokens = split_words(text)
        plain = analyzer.respell(tokens)
        asked = text.rstrip().endswith("?") or any(
            tuple(plain[-len(t) :]) == t for t in self._asking_tags if len(plain) > len(t)
        )
        comma = text.rfind(",")
        after = len(analyzer.respell(split_words(text[comma + 1 :]))) if comma >= 0 else 0
        forms: dict[str, Any] = {
            "tokens": tuple(tokens),
            "plain": tuple(plain),
            "after_comma": after,
            "_reader": self,
        }
        if text.startswith("/"):
            parts = text[1:].split(maxsplit=1)
            name = parts[0].lower() if parts else ""
            argument = parts[1].strip() if len(parts) > 1 else ""
            empty = analyzer.analyze("")
            return Utterance(text, empty, asked, name, None, None, False, argument, **forms)
        names = analyzer.capitalised(text)
        query = analyzer.analyze_line(text, plain, names)
        said = query.words
        # a cue as typed, before a question frame reads its words otherwise ("teach me
        # about the essay" asks for a lesson, though "teach me about X" is "tell me about X")
        typed = tuple(w.lower() for w in plain)
        return Utterance(
            text=text,
            query=query,
            asked=asked,
            command=None,
            # "??" alone is "huh?": the learner did not follow
            cue=self._cues.meta_of(said)
            or (self._cues.of_words(typed) if typed != said else None)
            or self._cues.of_words(said)
            or ("unclear" if not said and "?" in text else None),
            intent=self._intent(said, plain, asked),
            task=self._is_task(text, said),
            names=names,
            claim_names=frozenset(w.lower() for w in _CLAIM_NAME.findall(text)),
            **forms,
        )

    def _intent(self, said: tuple[str, ...], plain: list[str], asked: bool) -> Intent | None:
        """The small talk of a line, read as respelt or else as typed: the speller knows
        the text's words, not chat's ("lol" is no slip of "lot")."""
        typed = tuple(w.lower() for w in plain)
        return self._smalltalk.of_words(said, asked) or (
            self._smalltalk.of_words(typed, asked) if typed != said else None
        )

    def _is_task(self, text: str, said: tuple[str, ...]) -> bool:
        """Whether the line opens (after "can you", "please") with a job's verb, one that
        is not the first word of a term of the text ("draw kiln inventor": `TaskTerms`)."""
        k = 0
        while k < len(said) and said[k] in _POLITE:
            k += 1
        if k >= len(said) or said[k] not in self._task_verbs:
            return False
        return not self._task_terms.opens(text, said, k)

    # --- what some turns read of a line, on first use ----------------------------------

    def _frames_of(self, text: str) -> tuple[Frame, ...]:
        """A line's frames; "he" and "they" stand for someone the line does not name."""
        return self.framer.read(text, he=HE, they=(THEY,), correct=True, follow=False)

    def _clauses_of(self, text: str) -> tuple[Clause, ...]:
        """A line's clauses, each analysed as the line is."""
        analyzer = self._analyzer
        out = []
        for clause in self.framer.clauses(text):
            tokens = split_words(clause)
            respelt = analyzer.respell(tokens)
            query = analyzer.analyze_line(clause, respelt, analyzer.capitalised(clause))
            out.append(Clause(clause, query, tuple(tokens)))
        return tuple(out)

    def _owners_of(self, text: str) -> frozenset[tuple[str, str]]:
        """A line's owners (see `Utterance.owners`)."""
        return frozenset((m.group(1), m.group(2)) for m in _OWNER.finditer(fold(text)))

    def _parts_of(self, text: str) -> tuple[tuple[str, ...], ...]:
        """A line's respelt words, clause by clause (see `Utterance.parts`)."""
        respell = self._analyzer.respell
        return tuple(tuple(respell(split_words(c))) for c in CLAUSE.split(text))
