"""Relation and polarity checks of a claim: two people it relates one way that a fact
relates the opposite way ("sided with" / "feared"), and a word it asserts that the fact
denies ("loyal" / "disloyal", "never" / a plain statement; "read out" / "suppressed")."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ._analyze import Query
from ._claim_reading import (
    CLOSE,
    MIN_COVERAGE,
    PARTIES,
    SUPPORT_COVERAGE,
    ClaimCheck,
    ClaimReader,
    Reading,
)
from ._content import Fact
from ._index import Hit

__all__ = ["Polarity"]

_LOOSE = 0.75  # a fact denying the claim outright may score a little lower
_PAIR_WINDOW = 14  # words between two names for the text to relate them


class Polarity:
    """Checks which way a claim relates and asserts. Immutable; shared by all sessions."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.index = reader.index
        self.kinds = reader.kinds

    def relation(self, claim: Reading, hits: Sequence[Hit]) -> ClaimCheck | None:
        """Two people the claim relates one way and a fact relates the opposite way."""
        reader = self.reader
        spans = reader.class_spans(claim.stems)
        if not spans or len({m[0] for m in claim.mentions}) < 2:
            return None
        at = spans[0][0]
        left = [m[0] for m in claim.mentions if m[2] <= at]
        right = [m[0] for m in claim.mentions if m[1] > at and m[0] not in left]
        pairs = [(a, b) for a in dict.fromkeys(left) for b in dict.fromkeys(right)]
        if not pairs:
            names = list(dict.fromkeys(m[0] for m in claim.mentions))
            pairs = [(names[0], names[1])]
        wanted = frozenset((r, side) for _, r, side in spans)
        if reader.denies(claim.words[:at]):  # "did not suppress it"; not "..., preventing"
            done = self.told_done(claim, hits)
            if done is not None:
                return ClaimCheck(False, (done,), "relation")
            wanted = frozenset((r, 1 - side) for r, side in wanted)
        opposite = frozenset((r, 1 - side) for r, side in wanted)
        top = hits[0].score if hits else 0.0
        for hit in hits:
            if hit.score < top * CLOSE:
                break
            for reading in (reader.facts[hit.fact.id], reader.sources[hit.fact.id]):
                for pair in pairs:
                    between = self._between(reading, pair, {r for r, _ in wanted})
                    # each kind of relation on its own: "X and his allies published the
                    # testament" is wrong of a text telling it "suppressed", however the
                    # two agree on "allies"
                    agreed = {r for r, _ in between & wanted}
                    if any(r not in agreed for r, _ in between & opposite):
                        return ClaimCheck(False, (hit.fact,), "relation")
                    if between & wanted and not between & opposite:
                        # the best fact relating the two says so: a later, lesser one
                        # relating them otherwise is another time ("then turned on them")
                        return ClaimCheck(True, (hit.fact,), "relation")
        return None

    def _classes(self, claim: Reading) -> set[tuple[int, int]]:
        """The claim's relation classes as it asserts them: turned round after its
        negation ("his allies did not reveal it": allies, and hid it), kept before it."""
        spans = self.reader.class_spans(claim.stems)
        if not claim.negated:
            return {(r, side) for _, r, side in spans}
        at = next((k for k, w in enumerate(claim.words) if self.reader.denies([w])), 0)
        return {(r, 1 - side if k > at else side) for k, r, side in spans}

    def told_done(self, claim: Reading, hits: Sequence[Hit]) -> Fact | None:
        """Of a claim that denies a relation ("Stalin never attacked Bukharin"), a fact
        among any of `hits` that relates the two people it names as the claim denies
        ("Stalin later moved against Bukharin"), either way round: the text says it
        happened, at some time, however plainly a likelier fact relates them otherwise
        ("formed an alliance with Bukharin", which is no "never")."""
        said = frozenset((r, side) for _, r, side in self.reader.class_spans(claim.stems))
        names = list(dict.fromkeys(m[0] for m in claim.mentions))
        if not said or len(names) < 2:
            return None
        turned = frozenset((r, 1 - side) for r, side in said)
        kinds = {r for r, _ in said}
        for hit in hits:
            for reading in (self.reader.facts[hit.fact.id], self.reader.sources[hit.fact.id]):
                for pair in itertools.permutations(names, 2):
                    between = self._between(reading, pair, kinds)
                    if between & said and not between & turned:
                        return hit.fact
        return None

    def _between(
        self, reading: Reading, pair: tuple[str, str], kinds: set[int]
    ) -> frozenset[tuple[int, int]]:
        """How a text relates two names in the claim's order: per kind of relation, its
        first word after the first name ("A aligned with B, who feared C": A-B support,
        B-C oppose), turned round when a denial comes between the first name and it
        ("A declined to mobilize against B"), as a claim's is; a denial elsewhere in the
        text ("A suppressed B's testament, preventing it from ...") does not reach it."""
        windows = sorted(
            (mb[1] - ma[2], ma[2], mb[2], mb[1])
            for ma in reading.mentions
            if ma[0] == pair[0]
            for mb in reading.mentions
            if mb[0] == pair[1] and 0 <= mb[1] - ma[2] <= _PAIR_WINDOW
        )
        found: dict[int, tuple[int, int]] = {}
        for _, lo, hi, second in windows:  # `second`: where the second name starts
            spans = self.reader.class_spans(reading.stems, lo, min(len(reading.stems), hi + 2))
            for at, r, side in spans:
                aimed = [m for m in reading.mentions if at < m[1] < second and m[0] not in pair]
                if aimed and self.kinds.get(aimed[0][0]) in PARTIES:
                    continue  # "mobilize against Stalin after Lenin's death": at Stalin
                if r in kinds and r not in found:
                    denied = self.reader.denies(reading.words[lo:at])
                    found[r] = (r, 1 - side if denied else side)
        return frozenset(found.values())

    def polarity(self, claim: Reading, query: Query, hits: Sequence[Hit]) -> ClaimCheck | None:
        """A word the claim asserts that the fact denies, or the other way round."""
        if not hits:
            return None
        facts, sources = self.reader.facts, self.reader.sources
        top = hits[0]
        for hit in hits[:3]:
            fact = facts[hit.fact.id]
            source = sources[hit.fact.id]
            f_pos = fact.positive | source.positive
            f_neg = fact.negative | source.negative
            # a denied word is not indexed as said ("disloyal"), so count it as held here
            wanted = frozenset(query.terms) - claim.relation_terms  # "failed" vs "effective"
            share = self.reader.share(wanted, f_pos | f_neg)
            if hit.score < top.score * _LOOSE or max(hit.coverage, share) < MIN_COVERAGE:
                continue
            content = {t for t in query.terms if t not in self.kinds}
            asserted = (claim.positive & content) - claim.negative
            denied = (claim.negative & content) - claim.positive
            claim_classes = self._classes(claim)
            fact_classes = set(fact.classes) | set(source.classes)
            # "did not publish the testament" of "suppressed the testament": the denial
            # reaches the verb, whose opposite the fact tells, not the testament
            turned = claim.negated and claim_classes and claim_classes <= fact_classes
            if not turned and ((asserted & (f_neg - f_pos)) or (denied & (f_pos - f_neg))):
                return ClaimCheck(False, (hit.fact,), "polarity")
            both_deny = claim.negated and (fact.negated or source.negated)
            if len(claim.mentions) < 2 and not both_deny:  # "not X" against "not X" agrees
                for r, side in claim_classes:
                    if (r, 1 - side) in fact_classes and (r, side) not in fact_classes:
                        return ClaimCheck(False, (hit.fact,), "polarity")
            if claim.negated and hit is top:
                done = self.told_done(claim, hits)
                if done is not None:
                    return ClaimCheck(False, (done,), "polarity")  # it did happen, later
                # "X was never done" against a fact that plainly says X was done.
                for other in hits[:3]:
                    held = facts[other.fact.id].classes | sources[other.fact.id].classes
                    close = other.score >= top.score * CLOSE
                    if close and claim_classes and claim_classes <= held:
                        return ClaimCheck(True, (other.fact,), "polarity")
                said = {t for t in asserted if self.index.term_weight(t) > 2.0}
                plain = not (fact.negated or source.negated or claim_classes & fact_classes)
                if plain and said and said <= f_pos:
                    return ClaimCheck(False, (hit.fact,), "polarity")
            if hit is top and hit.coverage >= SUPPORT_COVERAGE:
                break  # the fact the claim is about agrees: a weaker one is beside the point
        return None
