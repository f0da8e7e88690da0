"""What the text sets against a fact: the sentence contrasting one person with another,
describing them alike, granting a strength and setting a failing against it, or saying
how a thing seemed. "And Trotsky, by comparison?" or "why didn't that help him?" is
answered from these (see `Around`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ._analyze import Analyzer
from ._content import Pack
from ._frames import Frame
from ._index import Index
from ._reading import PackReading
from ._text import split_words

__all__ = ["Contrasts"]

_CONCESSIONS = frozenset(["though", "although", "despite", "yet"])  # "though brilliant, ..."
_FAILING = frozenset(["not", "never", "failed", "powerless", "ineffectual", "unable"])
_DESCRIBED_SPAN = 3  # "and Trotsky?" of a description: his is told a few sentences away


@lru_cache(maxsize=256)
def _described(surname: str) -> re.Pattern[str]:
    """A name and a description set after it: "Trotsky, a ...", "Dray was an ..."."""
    return re.compile(rf"\b{re.escape(surname)}(?:,| was| is) (?:a|an) ")


class Contrasts(PackReading):
    """Finds the facts that set one against another, or describe them alike. Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        super().__init__(pack, analyzer, index, frames_of)
        markers = "|".join(" ".join(m) for m in analyzer.contrasts)
        sets_against = re.compile(rf"\b(?:{markers})\b") if markers else None
        self._contrasting = tuple(
            f.id for f in pack.facts if sets_against and sets_against.search(f.answer.lower())
        )

    def contrast(self, last: str, new: Sequence[str], old: Sequence[str]) -> str | None:
        """The fact that sets the new person against the old one: "what did Trotsky focus
        on?" "and Stalin?" is answered by "In contrast to Trotsky, Stalin mastered ...",
        whatever its verb. One the last fact points to comes first, then the nearest."""
        if not new:
            return None
        related = self._pack.fact(last).related
        names, order = self._index.names, self._index.position  # the text's order

        def near(f: str) -> bool:  # about the same thing: linked either way, or next to it
            linked = f in related or last in self._pack.fact(f).related
            return linked or abs(order(f) - order(last)) <= 1

        fits = [
            f
            for f in self._contrasting
            if f != last and set(new) <= names(f) and not names(f).isdisjoint(old) and near(f)
        ]
        if not fits:
            return None
        return min(fits, key=lambda f: (f not in related, abs(order(f) - order(last))))

    def described_alike(self, last: str, new: Sequence[str], old: Sequence[str]) -> str | None:
        """The fact that describes the new person as the last one described the old:
        "how was Stalin seen?" "Joseph Stalin, a man often viewed as a bureaucrat, ..."
        "and Trotsky?" is "Leon Trotsky, a charismatic revolutionary, ...": a name set
        off by a description after it ("X, a ...", "X was a ..."), the nearest in the
        text, its own part first. None unless the last answer describes one of `old` so."""
        if len(new) != 1 or not any(self._describes(last, o) for o in old):
            return None
        index, topic = self._index, self._pack.fact(last).topic
        at = index.position(last)
        near = index.preceding(last, _DESCRIBED_SPAN) + index.following(last, _DESCRIBED_SPAN)
        fits = [f for f in near if self._describes(f, new[0])]
        return min(
            fits,
            key=lambda f: (self._pack.fact(f).topic != topic, abs(index.position(f) - at)),
            default=None,
        )

    def _describes(self, fact_id: str, who: str) -> bool:
        """Whether a fact's answer describes someone right after their name: "Leon
        Trotsky, a charismatic revolutionary", "Dray was an engineer"."""
        written = self._analyzer.entity_names.get(who, "").split()
        if not written:
            return False
        return _described(written[-1]).search(self._pack.fact(fact_id).answer) is not None

    def contrasted(self, last: str, asked: Sequence[str]) -> str | None:
        """The sentence a contrasting answer set itself against, when the learner asks of
        the one it was set against: after "In contrast to Trotsky, Stalin mastered the
        mechanics of power", "and Trotsky's weakness by comparison?" is "Trotsky
        underestimated the party machinery", the sentence next to it or one it links."""
        if not asked:
            return None
        names, order = self._index.names, self._index.position
        if last not in self._contrasting:
            return self._contrasting_with(last, asked)
        if not set(asked) <= names(last):
            return None
        near = [*self._pack.fact(last).related]
        near += [*self._index.preceding(last, 1), *self._index.following(last, 1)]
        fits = [
            f
            for f in dict.fromkeys(near)
            if f in self._pack.by_id and f not in self._contrasting and set(asked) <= names(f)
        ]
        return min(fits, key=lambda f: abs(order(f) - order(last)), default=None)

    def _contrasting_with(self, last: str, asked: Sequence[str]) -> str | None:
        """The sentence that sets the one asked of against the last answer's people, told
        next to it or linked: after "Trotsky underestimated the party machinery", "and
        Stalin?" is "In contrast to Trotsky, Stalin mastered the mechanics of power"."""
        names, order = self._index.names, self._index.position
        others = names(last) - set(asked)
        if not others or set(asked) <= names(last):
            return None  # the last answer names them itself: its own contrast, if any
        near = [*self._pack.fact(last).related]
        near += [*self._index.preceding(last, 1), *self._index.following(last, 1)]
        fits = [
            f
            for f in dict.fromkeys(near)
            if f in self._contrasting and set(asked) <= names(f) and not others.isdisjoint(names(f))
        ]
        return min(fits, key=lambda f: abs(order(f) - order(last)), default=None)

    def set_against(self, last: str) -> str | None:
        """What the text sets against the strength the last answer told: itself, when it
        tells a failing too ("... could not compete with Stalin's mastery of ...",
        "though brilliant, he failed ..."), else the nearest sentence granting that
        strength and setting a failing against it (`conceded`). Not the sentence going on
        with "However, it was Stalin who won": that tells who won, not why he did not."""
        words = set(split_words(self._pack.fact(last).answer.lower()))
        if not words.isdisjoint(_FAILING) or not words.isdisjoint(_CONCESSIONS):
            return last
        return self.conceded(last)

    def conceded(self, last: str) -> str | None:
        """The nearest other fact that grants someone the last fact names a quality it
        also says, and sets something against it ("Trotsky, though brilliant, often
        failed to navigate ... party politics"): why that quality did not help them
        ("... he remained a brilliant orator" "why didn't that help him?")."""
        kinds = self._analyzer.entity_kinds
        people = {n for n in self._index.names(last) if kinds.get(n) == "person"}
        said = self.answer_terms(last) - set(kinds)
        at = self._index.position(last)
        found: list[tuple[int, str]] = []
        for fact in self._near(last):
            if people.isdisjoint(self._index.names(fact)):
                continue
            words = set(split_words(self._pack.fact(fact).answer.lower()))
            if _CONCESSIONS.isdisjoint(words) or said.isdisjoint(self.answer_terms(fact)):
                continue
            found.append((abs(self._index.position(fact) - at), fact))
        return min(found)[1] if found else None

    def seeming(self, last: str) -> str | None:
        """The fact that says how the last one's thing or person seemed: itself, or the
        sentence told right after or before it in its part ("Joseph Stalin held the post
        of General Secretary." "Though this position appeared administrative, ..."), or
        one two sentences off that tells of the same thing ("the cut looked small")."""
        topic, seeming = self._pack.fact(last).topic, self._analyzer.seeming_words
        after, before = self._index.following(last, 2), self._index.preceding(last, 2)
        told = self.answer_terms(last)
        for k, f in enumerate([last, *after[:1], *before[:1], *after[1:], *before[1:]]):
            if self._pack.fact(f).topic != topic:
                continue
            if seeming.isdisjoint(split_words(self._pack.fact(f).answer.lower())):
                continue
            # two sentences off, only of the same thing ("the cut", "the cut looked small")
            if k < 3 or not told.isdisjoint(self.answer_terms(f)):
                return f
        return None
