"""A follow-up that asks one role of the event the last answer told, in its own words:
"who did the building?" after "Construction began in 1974 and was carried out by a group
of contractors", "with what?" after "the oil lamps were replaced by a paraffin burner".

`Context` asks this when a line neither is bare ("when?") nor leans by a pronoun alone:
the line names the event again, and the last answer may hold what it asks.
"""

from __future__ import annotations

from collections.abc import Collection

from ._analyze import Query
from ._lexicon import same_sense
from ._reading import PackReading
from ._referents import PERSON_PRONOUNS

__all__ = ["LastEvent"]


class LastEvent(PackReading):
    """Reads a follow-up against the last answer's event for one pack. Immutable; shared."""

    def again(self, query: Query, last: str, asked: Collection[str]) -> str | None:
        """The last fact, when a line that names only its event asks who did it and
        names no one who did ("who did the building?"; "who did he ally with?" asks for
        someone besides "he"), and the fact names a person or a firm besides those
        `asked` of before."""
        if query.qtype != "person" or query.entities or PERSON_PRONOUNS & set(query.pronouns):
            return None
        if not self.named(query, last):
            return None
        offers = self._index.offers
        done = any(f.role("agent") for f in self._frames_of(last))
        if offers(last, "person", besides=asked) or (done and offers(last, "name", besides=asked)):
            return last
        return None

    def named(self, query: Query, last: str) -> bool:
        """Whether a line names only the event the last answer told and those it named:
        each of its own content words is one the answer says, or says in another word
        of the same sense ("building" of "construction")."""
        kinds = self._analyzer.entity_kinds
        if not set(query.entities) <= self._index.names(last):
            return False
        own = {t for t, _ in query.surface if t not in kinds and t not in query.kind_terms}
        if not own:
            return False  # "who did it?": nothing of its own, read as bare elsewhere
        answer = self._analyzer.analyze(self._pack.fact(last).answer, correct=False)
        said = [t for t in answer.terms if t not in kinds]
        return all(t in said or any(same_sense(t, h) for h in said) for t in own)

    def by_thing(self, fact_id: str) -> bool:
        """Whether a fact tells a thing that did its event, not a person: "were replaced
        by a paraffin burner" (its agent is words, no name), what "with what?" asks."""
        kinds = self._analyzer.entity_kinds
        return any(
            agents and not any(a in kinds for a in agents)
            for frame in self._frames_of(fact_id)
            if (agents := frame.role("agent"))
        )
