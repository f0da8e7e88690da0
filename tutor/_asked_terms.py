"""The terms of a question that say where its answer lies or what it leaves out, not what
it is about: the thing it sets aside ("apart from the party, what else ...?"), the whole
its asked part is of ("which wing of the party"), the noun it asks someone's part by
("what role did Kamenev play?") and the role it describes the one asked for by ("who was
the dude that killed him?"). They weigh little (`Query.kind_terms`).

A reading of a question's words and terms where they stand, against English's word lists
and the kinds of the pack's names; kept apart from the Analyzer, which composes it into a
Query. Built once per pack and immutable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ._word_lists import BE, WordLists

__all__ = ["AskedTerms", "role_asked"]

_ASIDE_WORDS = 3  # words after "apart from" that it sets aside
_PART_ASKING = frozenset(["what", "which"])  # "what role did he play?", "which side"
_SIDE_ASKING = _PART_ASKING | {"whose"}  # "whose side was he on?", not "whose role"
_ROLE_WORDS = 2  # words of a role a "who" question names ("the hired gun that ...")
_RELATIVES = frozenset(["that", "who", "whom"])
_DETERMINERS = frozenset(["the", "that", "this", "a", "an"])


def role_asked(
    words: Sequence[str],
    terms: Sequence[str],
    starts: Sequence[int],
    kinds: Mapping[str, str],
) -> frozenset[str]:
    """The terms of the role a "who" question describes the one it asks for by, before a
    clause that says what they did: "who was the dude that killed him?", "who's the
    hitman who shot him?". The role is asked, as "which guy" asks a person: a fact naming
    whoever did it answers, whether or not it calls them a dude."""
    for k in range(len(words) - 3):
        if words[k] == "who" and words[k + 1] in BE and words[k + 2] in _DETERMINERS:
            for end in range(k + 4, min(k + 4 + _ROLE_WORDS, len(words))):
                if words[end] in _RELATIVES:
                    return frozenset(
                        t
                        for t, at in zip(terms, starts, strict=True)
                        if k + 3 <= at < end and t not in kinds
                    )
    return frozenset()


class AskedTerms:
    """The terms of a question that name no topic of its own. Immutable once built."""

    def __init__(self, lists: WordLists, entity_kinds: Mapping[str, str]) -> None:
        """Args:
        lists: English's word lists (exclusions, part and role words, whole markers).
        entity_kinds: the kind of each entity term ("person", "group", ...).
        """
        self._exclusions = lists._exclusions
        self.part_words = lists.part_words
        self._whole_markers = lists._whole_markers
        self._role_words = lists._role_words
        self.entity_kinds = entity_kinds

    def set_aside(
        self,
        words: Sequence[str],
        terms: Sequence[str],
        starts: Sequence[int],
        marker: bool = True,
    ) -> frozenset[str]:
        """The terms a question sets aside ("apart from the party"): the marker and the
        first term after it (the thing set aside, not the verb after a name: "was anyone
        besides Trotsky exiled?"); they weigh little, as the answer is about something
        else (`exclusions`). A person set aside still names the event: kept. Without
        `marker`, only the thing."""
        for phrase in self._exclusions:  # longest first: "except for" before "except"
            if phrase and phrase[0] not in words:  # one search in C, not a slice at each word
                continue
            n = len(phrase)
            for k in range(len(words) - n + 1):
                if tuple(words[k : k + n]) != phrase:
                    continue
                at = [(t, s) for t, s in zip(terms, starts, strict=True) if s >= k]
                marks = {t for t, s in at if s < k + n} if marker else set()  # "apart"
                after = [t for t, s in at if k + n <= s < k + n + _ASIDE_WORDS][:1]
                if after and self.entity_kinds.get(after[0]) == "person":
                    after = []
                return frozenset(marks | set(after))
        return frozenset()

    def whole_of_part(
        self, words: Sequence[str], terms: Sequence[str], starts: Sequence[int]
    ) -> frozenset[str]:
        """The group a question names as the whole its asked part is of ("which wing of
        the party", "the side within the union"), with the marker's term: they say where
        the answer lies, not who takes part in it, so a fact not naming them misses
        nothing (`part_words`)."""
        for k in range(len(words) - 1):
            if words[k] not in self.part_words or words[k + 1] not in self._whole_markers:
                continue
            after = [(t, s) for t, s in zip(terms, starts, strict=True) if s > k]
            marker = {t for t, s in after if s == k + 1}  # "within"
            whole = [t for t, s in after if s > k + 1][:1]
            if whole and self.entity_kinds.get(whole[0]) == "group":
                return frozenset(marker | set(whole))
        return frozenset()

    def part_asked(
        self, words: Sequence[str], terms: Sequence[str], starts: Sequence[int]
    ) -> frozenset[str]:
        """The noun a question asks someone's part by, right after its question word
        ("what role did Kamenev play?", "which side was Bukharin on?", "whose side ..."):
        it names the kind of answer, a sentence of what he did or whom he joined, which
        need not say "role" or "side" (`role_words`, `part_words`). Not the part of a
        whole ("which side of the party": `whole_of_part`'s), nor "whose role did he
        play up?" (whose own it was)."""
        for k in range(len(words) - 2):
            if words[k] not in _SIDE_ASKING:
                continue
            noun, after = words[k + 1], words[k + 2]
            if noun not in self.part_words and not (
                noun in self._role_words and words[k] in _PART_ASKING
            ):
                continue
            if after in self._whole_markers:
                continue
            asked = frozenset(t for t, s in zip(terms, starts, strict=True) if s == k + 1)
            # the line must name something else: "what role?" alone is no question of this
            return asked if any(s > k + 1 for s in starts) else frozenset()
        return frozenset()
