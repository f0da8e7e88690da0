"""Who stood with or against whom around a fact: the side the last answer tells, the one
it acted against, its next partner, those it dealt with. A follow-up's "against whom?",
"and the next one?" or "who were they?" is answered from these (see `Around`)."""

from __future__ import annotations

from collections.abc import Collection

from ._reading import NEXT_SPAN, PARTIES, PackReading

__all__ = ["Sides"]

_SIDES = ("agent", "recipient")  # who make up a side: the doers and those they join
_OPPOSED_SPAN = 2  # whom a side acted against is told with it or right after
_PARTNER_SPAN = 6  # the doers' next dealings with someone new are told a few facts on
_NAMED_SPAN = 3  # whom a plural noun stands for is named a sentence or two away, if at all


class Sides(PackReading):
    """Finds the facts that tell who sided with or acted on whom around one. Immutable; shared."""

    def opposed(self, last: str, asked: Collection[str]) -> str | None:
        """The fact telling who stood against whom around the last one: "who led the Left
        Opposition?" "who was on the other side?" is answered by the sentence where
        others act on the one asked about ("Stalin and Bukharin marginalized the Left
        Opposition"); "Stalin formed an alliance with Bukharin" "against whom?" by the
        next sentence, where they marginalize the Left Opposition; "Stalin aligned
        himself with Zinoviev and Kamenev, who feared Trotsky" by itself. The side is
        the doers and partners of the last fact; the one they act on is a person or a
        group outside it."""
        kinds = self._analyzer.entity_kinds
        for frame in self._frames_of(last):
            if not set(asked).isdisjoint(frame.roles.get("patient", ())) and any(
                kinds.get(n) in PARTIES and n not in asked for n in frame.roles.get("agent", ())
            ):
                return last
        side = {
            n
            for f in self._frames_of(last)
            for role in _SIDES
            for n in f.roles.get(role, ())
            if kinds.get(n) in PARTIES
        }
        if not side:
            return None
        topic = self._pack.fact(last).topic
        for fact in (last, *self._index.following(last, _OPPOSED_SPAN)):
            if self._pack.fact(fact).topic != topic:
                break
            for frame in self._frames_of(fact):
                if side.isdisjoint(frame.roles.get("agent", ())):
                    continue
                if any(
                    kinds.get(n) in PARTIES and n not in side
                    for n in frame.roles.get("patient", ())
                ):
                    return fact
        return None

    def next_of_kind(self, last: str, asked: Collection[str]) -> str | None:
        """The next fact, a few on in the text, that holds what the last question asked
        about with someone new in it: "who were his first allies?" (Zinoviev and Kamenev)
        "and the next one?" is "... a new alliance with Bukharin"."""
        if not asked:
            return None
        kinds = self._analyzer.entity_kinds
        known = self._index.names(last)

        def parties(fact_id: str, event: Collection[str] = ()) -> set[tuple[str, str]]:
            named = self._index.names(fact_id)  # a name the draft took for a thing too
            return {  # (role, who) of its events (of the one asked about), doers left out
                (role, n)
                for f in self._frames_of(fact_id)
                if not event or f.predicate in event
                for role, names in f.roles.items()
                if role != "agent"
                for n in names
                if kinds.get(n) in PARTIES or (n in named and kinds.get(n) != "place")
            }

        roles = {role for role, _ in parties(last, asked)}  # "allied with Z and K": recipients
        # (a draft may not see whom the last event dealt with: "hired a coxswain, Peter
        # Vane, ..."; then anyone it dealt with, who is not its doer)
        for fact in self._index.following(last, NEXT_SPAN):
            new = {
                n for role, n in parties(fact) if (role in roles or not roles) and n not in known
            }
            if new and any(t in self._index.held(fact) for t in asked):
                return fact
        return None

    def next_partner(self, last: str, doers: Collection[str], event: Collection[str]) -> str | None:
        """The next fact, a few on in the text, where the same doers act with someone the
        last fact does not name (holding the event asked of, if the line names one):
        "After defeating Trotsky, Stalin turned on his former allies" "who did he team up
        with then?" / "who replaced them?" is "... a new alliance with Bukharin"."""
        kinds = self._analyzer.entity_kinds
        known = self._index.names(last) | set(doers)
        for fact in self._index.following(last, _PARTNER_SPAN):
            if event and not any(t in self._index.held(fact) for t in event):
                continue
            for frame in self._frames_of(fact):
                if set(doers).isdisjoint(frame.role("agent")):
                    continue
                if any(
                    kinds.get(n) in PARTIES and n not in known
                    for role, names in frame.roles.items()
                    if role != "agent"
                    for n in names
                ):
                    return fact
        return None

    def own_part(self, last: str, who: str, terms: Collection[str]) -> str | None:
        """What the part of the text the last fact is in says someone it does not name
        did: "the General Secretary gave Stalin enormous influence" "did Trotsky realise
        that?" is "Trotsky underestimated the power of the party machinery". Of several,
        the one holding most of the line's own words, then the nearest; when that part
        tells nothing they did, the nearest fact elsewhere telling them with someone the
        last fact names ("did Lenin notice?": "Lenin had grown suspicious of Stalin")."""
        index, topic = self._index, self._pack.fact(last).topic
        at = index.position(last)
        kinds = self._analyzer.entity_kinds
        named = {n for n in index.names(last) if kinds.get(n) in PARTIES}
        found: list[tuple[bool, int, int, str]] = []
        for fact in self._near(last):
            if not any(who in f.role("agent") for f in self._frames_of(fact)):
                continue
            elsewhere = self._pack.fact(fact).topic != topic
            if elsewhere and named.isdisjoint(index.names(fact)):
                continue  # another part only where they are told with someone just named
            held, away = index.held(fact), abs(index.position(fact) - at)
            found.append((elsewhere, -sum(t in held for t in terms), away, fact))
        return min(found)[3] if found else None

    def named_dealt_with(self, last: str, doers: Collection[str]) -> str | None:
        """The nearest fact, just before the last one or else just after, where the same
        doers act on people it names: "Stalin had eliminated all potential rivals" "who
        were they?" is "... Stalin later moved against Bukharin as well"."""
        kinds = self._analyzer.entity_kinds
        near = [
            *self._index.preceding(last, _NAMED_SPAN),
            *self._index.following(last, _NAMED_SPAN),
        ]
        for fact in near:
            for frame in self._frames_of(fact):
                if set(doers).isdisjoint(frame.role("agent")):
                    continue
                if any(kinds.get(n) == "person" and n not in doers for n in frame.role("patient")):
                    return fact
        return None
