"""Membership checks of a claim: who was in a group, against the fact that lists its members.

"The Troika was Stalin, Trotsky and Lenin" shares the group's name and one member with the
fact that says "Stalin, Zinoviev and Kamenev formed the Troika", so matching words confirms
it, or leaves it to a fact about something else. Read as a membership it is a group, the
people claimed to be in it, and whether the claim gives all of them ("X was A, B and C",
"A, B and C formed X") or only some ("A was in X", "A was a member of X"). The fact that
ties a list of people to the same group in one of those shapes decides: the whole list
must be the fact's, a part must lie within it; a wrong claim is corrected with that fact
and the people it leaves out or adds.

The shapes are English grammar, not any text's: the words that tie a list to a group
(`_WHOLE`, `_PART`) and the words that may stand between them (`_BETWEEN`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from ._claim_reading import BREAK, ClaimCheck, ClaimReader
from ._content import Fact
from ._phrases import words as folded_words
from ._text import CLAUSE, stem

__all__ = ["Members"]

_BE = frozenset(["was", "were", "is", "are", "be", "been"])
# words tying a list of people to a group as all its members: "A, B and C formed X",
# "X consisted of A, B and C", "X was made up of ...", "X was A, B and C"
_WHOLE = frozenset(
    [
        "formed",
        "form",
        "forms",
        "founded",
        "found",
        "created",
        "create",
        "made",
        "make",
        "comprised",
        "comprise",
        "constituted",
        "constitute",
        "composed",
        "consisted",
        "consist",
        "consists",
        "up",
        "of",
        "by",
        "plus",
        *_BE,
    ]
)
# words tying people to a group as some of its members: "A was in X", "A joined X",
# "A was a member of X", "X included A"
_PART = frozenset(
    ["in", "inside", "joined", "join", "member", "members", "part", "included", "includes"]
)
# words that may stand between a list and its group without changing the tie
_BETWEEN = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "one",
        "all",
        "together",
        "also",
        "then",
        "later",
        "first",
        "initially",
        "basically",
        "really",
        "actually",
        "just",
        "only",
        "so",
        "called",
        "named",
        "known",
        "as",
        "or",
        BREAK,
    ]
)
_LIST = frozenset(["and", "plus", "&", BREAK, "as", "well"])  # between the names of a list
_WITH = frozenset(["with", "alongside", "beside"])  # "A formed X with B and C"
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


@dataclass(frozen=True, slots=True)
class _Tie:
    """People tied to a group in one text: all its members, or some."""

    group: str
    people: tuple[str, ...]  # in the order the text names them
    whole: bool


class Members:
    """Checks who a claim puts in a group. Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.kinds = reader.kinds
        self.names = reader.analyzer.entity_names

    def shaped(self, words: Sequence[str]) -> bool:
        """Whether words tie people to a group whose members a fact lists ("the troika
        was A, B and C"): a claim to check even with a question mark after it, which asks
        only whether it is so."""
        tie = self._tie(words)
        return tie is not None and tie.group in self.lists

    def check(self, words: Sequence[str]) -> ClaimCheck | None:
        """The membership the claim tells against the fact listing the group's members;
        None when it tells none, or no fact lists that group's members."""
        tie = self._tie(words)
        if tie is None or self.reader.denies(words):
            return None
        listed = self.lists.get(tie.group)
        if listed is None:
            return None
        fact, members = listed
        extra = [p for p in tie.people if p not in members]
        # "A formed X" alone says A was a founder, not that no one else was
        whole = tie.whole and len(tie.people) > 1
        missing = [p for p in members if p not in tie.people] if whole else []
        if not extra and not missing:
            return ClaimCheck(True, (fact,), "members")
        note = []
        if extra:
            one = len(extra) == 1
            note.append(
                f"{self._said(extra)} {'was not one of' if one else 'were not among'} them."
            )
        if missing:
            one = len(missing) == 1
            note.append(f"{self._said(missing)} {'was one of' if one else 'were among'} them too.")
        return ClaimCheck(False, (fact,), "members", " ".join([fact.answer, *note]))

    @cached_property
    def lists(self) -> Mapping[str, tuple[Fact, tuple[str, ...]]]:
        """Each group -> the first fact listing all its members, and them (read once); a
        group two facts list differently is left out, as the text may tell a change."""
        found: dict[str, tuple[Fact, tuple[str, ...]]] = {}
        unsure: set[str] = set()
        for fact in self.reader.pack.facts:
            for sentence in _SENTENCE.split(fact.answer):
                tie = self._tie(_words(sentence))
                if tie is None or not tie.whole or len(tie.people) < 2:
                    continue
                seen = found.setdefault(tie.group, (fact, tie.people))
                if set(seen[1]) != set(tie.people):
                    unsure.add(tie.group)
        return {g: v for g, v in found.items() if g not in unsure}

    def _tie(self, words: Sequence[str]) -> _Tie | None:
        """The group and people words tie together, in one of the membership shapes."""
        stems = tuple(stem(w) for w in words)
        mentions = self.reader.mentions(stems)
        people = [m for m in mentions if self.kinds.get(m[0]) == "person"]
        if not people:
            return None
        for group, g_start, g_end in self._groups(words, mentions):
            inner = [m for m in people if g_start <= m[1] < g_end]
            if inner:
                continue
            before = self._run(words, [m for m in people if m[2] <= g_start], g_start, True)
            if before is not None:
                names, end = before
                tie = self._link(words[end:g_start], before=True)
                if tie is not None:
                    more = self._with(words, people, g_end)
                    return _Tie(group, tuple(dict.fromkeys([*names, *more])), tie)
            after = self._run(words, [m for m in people if m[1] >= g_end], g_end, False)
            if after is not None:
                names, start = after
                tie = self._link(words[g_end:start], before=False)
                if tie is not None:
                    return _Tie(group, tuple(dict.fromkeys(names)), tie)
        return None

    def _groups(
        self, words: Sequence[str], mentions: Sequence[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        """The groups words name, a group named twice over ("the Triumvirate or Troika")
        as one span."""
        out: list[tuple[str, int, int]] = []
        for name, start, end in mentions:
            if self.kinds.get(name) != "group":
                continue
            if out and out[-1][0] == name and all(w in _BETWEEN for w in words[out[-1][2] : start]):
                out[-1] = (name, out[-1][1], end)
            else:
                out.append((name, start, end))
        return out

    def _run(
        self,
        words: Sequence[str],
        people: Sequence[tuple[str, int, int]],
        edge: int,
        back: bool,
    ) -> tuple[list[str], int] | None:
        """The list of people nearest the group on one side: (names, its inner end)."""
        if not people:
            return None
        ordered = list(reversed(people)) if back else list(people)
        run = [ordered[0]]
        for m in ordered[1:]:
            last = run[-1]
            gap = words[m[2] : last[1]] if back else words[last[2] : m[1]]
            if not all(w in _LIST for w in gap):
                break
            run.append(m)
        if back:
            return [m[0] for m in reversed(run)], run[0][2]
        if any(w in _WITH for w in words[edge : run[0][1]]):
            return None  # "X with A": a partner of the doer, not X's members
        return [m[0] for m in run], run[0][1]

    def _link(self, between: Sequence[str], before: bool) -> bool | None:
        """Whether the words between a list and its group tie them (True: as all the
        members, False: as some), or None: they say something else."""
        content = [w for w in between if w not in _BETWEEN]
        if not content or any(w not in _WHOLE and w not in _PART for w in content):
            return None
        if not before and "by" in content and not _BE.intersection(content):
            return None  # "X led by A" is no membership; "X was formed by A" is
        if before and "of" in content and not _PART.intersection(content):
            return None  # "A, B and C of X" names them, no more
        if all(w in _BE for w in content) and not before:
            return True  # "X was A, B and C"
        return not _PART.intersection(content)

    def _with(
        self, words: Sequence[str], people: Sequence[tuple[str, int, int]], g_end: int
    ) -> list[str]:
        """People after the group joined by "with" ("A formed X with B and C")."""
        after = [m for m in people if m[1] >= g_end]
        if not after or not any(w in _WITH for w in words[g_end : after[0][1]]):
            return []
        if any(w not in _WITH and w not in _BETWEEN for w in words[g_end : after[0][1]]):
            return []
        first = [after[0]]
        for m in after[1:]:
            if not all(w in _LIST for w in words[first[-1][2] : m[1]]):
                break
            first.append(m)
        return [m[0] for m in first]

    def _said(self, people: Sequence[str]) -> str:
        """People's names as the text writes them, in a list: "A, B and C"."""
        names = [self.names.get(p, p) for p in people]
        if len(names) == 1:
            return names[0]
        return f"{', '.join(names[:-1])} and {names[-1]}"


def _words(text: str) -> tuple[str, ...]:
    """A sentence's words with "," where a clause breaks, as a claim's are read."""
    out: list[str] = []
    for clause in CLAUSE.split(text):
        said = folded_words(clause)
        if said:
            if out:
                out.append(BREAK)
            out.extend(said)
    return tuple(out)
