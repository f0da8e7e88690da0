"""Relation and polarity checks of a claim: two people it relates one way that a fact
relates the opposite way ("sided with" / "feared"), and a word it asserts that the fact
denies ("loyal" / "disloyal", "never" / a plain statement; "read out" / "suppressed")."""

from __future__ import annotations

from collections.abc import Sequence

from ._analyze import Query
from ._claim_reading import (
    CLOSE,
    MIN_COVERAGE,
    SUPPORT_COVERAGE,
    ClaimCheck,
    ClaimReader,
    Reading,
)
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
            wanted = frozenset((r, 1 - side) for r, side in wanted)
        opposite = frozenset((r, 1 - side) for r, side in wanted)
        top = hits[0].score if hits else 0.0
        for hit in hits:
            if hit.score < top * CLOSE:
                break
            for reading in (reader.facts[hit.fact.id], reader.sources[hit.fact.id]):
                for pair in pairs:
                    between = self._between(reading, pair, {r for r, _ in wanted})
                    if between & opposite and not between & wanted:
                        return ClaimCheck(False, (hit.fact,), "relation")
                    if between & wanted and not between & opposite:
                        # the best fact relating the two says so: a later, lesser one
                        # relating them otherwise is another time ("then turned on them")
                        return ClaimCheck(True, (hit.fact,), "relation")
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
            (mb[1] - ma[2], ma[2], mb[2])
            for ma in reading.mentions
            if ma[0] == pair[0]
            for mb in reading.mentions
            if mb[0] == pair[1] and 0 <= mb[1] - ma[2] <= _PAIR_WINDOW
        )
        found: dict[int, tuple[int, int]] = {}
        for _, lo, hi in windows:
            spans = self.reader.class_spans(reading.stems, lo, min(len(reading.stems), hi + 2))
            for at, r, side in spans:
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
            if (asserted & (f_neg - f_pos)) or (denied & (f_pos - f_neg)):
                return ClaimCheck(False, (hit.fact,), "polarity")
            claim_classes = {(r, s) for r, s in claim.classes}
            fact_classes = set(fact.classes) | set(source.classes)
            if claim.negated:
                claim_classes = {(r, 1 - s) for r, s in claim_classes}
            both_deny = claim.negated and (fact.negated or source.negated)
            if len(claim.mentions) < 2 and not both_deny:  # "not X" against "not X" agrees
                for r, side in claim_classes:
                    if (r, 1 - side) in fact_classes and (r, side) not in fact_classes:
                        return ClaimCheck(False, (hit.fact,), "polarity")
            if claim.negated and hit is top:
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
