"""Which name a question's words stand for once its terms are read: a phrase that
describes a name ("the founder of the Soviet state": Lenin), a rank or a form of address
before one ("inspector Garrow", "doctor Pryce"), and kin named after another's name ("Mary
Anning's brother Joseph" is Joseph).

Each reading replaces terms in place, by what the pack and WordNet say its names are
(`Descriptions`); kept apart from the Analyzer, which composes them into a Query. Built
once per pack and immutable.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._descriptions import KIN_WORDS, Descriptions
from ._text import stem

__all__ = ["ADDRESS", "NameReadings"]

# a form of address before a person's name is part of the name, spelt out or not: "doctor
# Pryce" is Dr. Pryce, never a question of some doctor ("the company doctor")
ADDRESS = frozenset(
    [
        *("dr", "doctor", "prof", "professor", "mr", "mister", "mrs", "ms", "miss", "sir"),
        *("dame", "madame", "madam", "rev", "reverend", "st", "saint"),
    ]
)

# "who was the chief engineer of the canal?" asks for the one who held a post the text
# says someone held "as": read as that one, the line would hold its own answer
_WHO_WAS = frozenset((w, b, "the") for w in ("who", "whom") for b in ("was", "is", "were", "are"))
_ASKED_AT = 3  # the phrase's first word after "who was the"


class NameReadings:
    """The names a question's words stand for, read in place. Immutable once built."""

    def __init__(
        self, descriptions: Descriptions, entity_kinds: Mapping[str, str], stems: frozenset[str]
    ) -> None:
        """Args:
        descriptions: what the pack and WordNet say its names are.
        entity_kinds: the kind of each entity term ("person", "group", ...).
        stems: every stem and term the pack knows (a word it never says weighs little).
        """
        self._descriptions = descriptions
        self.entity_kinds = entity_kinds
        self.stems = stems

    def read(
        self, words: list[str], terms: list[str], starts: list[int], ends: list[int]
    ) -> tuple[list[str], list[int], list[int], frozenset[str], tuple[tuple[str, str], ...]]:
        """A learner's terms (and the words each spans) with kin, ranks and descriptions
        read as the names they stand for; the terms of a description's words the pack
        never says, and (term, name) for a word the text calls that name by (see
        `_described`)."""
        terms, starts, ends = self._by_kin(words, terms, starts, ends)
        terms, starts, ends = self._by_rank(words, terms, starts, ends)
        return self._described(words, terms, starts, ends)

    def _by_kin(
        self, words: list[str], terms: list[str], starts: list[int], ends: list[int]
    ) -> tuple[list[str], list[int], list[int]]:
        """A learner's terms without the kin a person is named by ("Mary Anning's brother
        Joseph" is Joseph: what did he find, not she)."""
        kinds = self.entity_kinds
        for k in range(len(terms) - 2):
            if (
                kinds.get(terms[k]) == "person"
                and kinds.get(terms[k + 2]) == "person"
                and ends[k] == starts[k + 1]
                and ends[k + 1] == starts[k + 2]
                and words[starts[k + 1]] in KIN_WORDS
            ):
                keep = [j for j in range(len(terms)) if j not in (k, k + 1)]
                return [terms[j] for j in keep], [starts[j] for j in keep], [ends[j] for j in keep]
        return terms, starts, ends

    def _by_rank(
        self, words: list[str], terms: list[str], starts: list[int], ends: list[int]
    ) -> tuple[list[str], list[int], list[int]]:
        """A learner's terms with a rank the text puts before a name, or any form of
        address, read as part of that name ("inspector Garrow" of "Inspector Nell Garrow"
        is her, as her name alone is: no word a sentence naming her without the rank
        lacks; "doctor Pryce" is Dr. Pryce)."""
        for k in range(len(terms) - 1):
            if ends[k] == starts[k + 1] and (
                self._descriptions.ranks(stem(words[starts[k]]), terms[k + 1])
                or (words[starts[k]] in ADDRESS and self.entity_kinds.get(terms[k + 1]) == "person")
            ):
                spans = (starts[:k] + starts[k + 1 :], ends[:k] + ends[k + 1 :])
                spans[0][k] = starts[k]  # the name now begins at its rank
                return terms[:k] + terms[k + 1 :], *spans
        return terms, starts, ends

    def _described(
        self, words: list[str], terms: list[str], starts: list[int], ends: list[int]
    ) -> tuple[list[str], list[int], list[int], frozenset[str], tuple[tuple[str, str], ...]]:
        """A learner's terms with a phrase that describes a name read as that name, and
        the phrase's terms of words the pack never says: kept, but weighing little, as a
        kind word does ("founder": the essay never calls Lenin that); and (term, name)
        for its words the text calls that name by ("duchess" of Duchess Imarra)."""
        if not self._descriptions:
            return terms, starts, ends, frozenset(), ()
        kinds, known = self.entity_kinds, self.stems
        said: set[str] = set()
        called: list[tuple[str, str]] = []
        for at, end, key in self._descriptions.named(
            words, terms, starts, ends, kinds.__contains__
        ):
            if (
                at == _ASKED_AT
                and tuple(words[:at]) in _WHO_WAS
                and any(self._descriptions.posted(stem(w), key) for w in words[at:end])
            ):
                continue  # "who was the chief engineer?": the post's holder is asked
            # less any name inside ("the founder of the USSR" is no question of the USSR)
            keep = [
                k for k in range(len(terms)) if not (at <= starts[k] < end and terms[k] in kinds)
            ]
            said.update(  # a word the pack never says: no fact is missing it
                terms[k]
                for k in keep
                if at <= starts[k] < end and stem(words[starts[k]]) not in known
            )
            called.extend(
                (terms[k], key)
                for k in keep
                if at <= starts[k] < end and self._descriptions.calls(stem(words[starts[k]]), key)
            )
            spot = next((n for n, k in enumerate(keep) if starts[k] >= at), len(keep))
            terms = [terms[k] for k in keep[:spot]] + [key] + [terms[k] for k in keep[spot:]]
            ends = [ends[k] for k in keep[:spot]] + [end] + [ends[k] for k in keep[spot:]]
            starts = [starts[k] for k in keep[:spot]] + [at] + [starts[k] for k in keep[spot:]]
        return terms, starts, ends, frozenset(said), tuple(called)
