"""The wrong ideas a pack's dialog scripts name: a claim voicing one gets its correction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ._claim_compare import Comparisons, Ordering
from ._claim_reading import ClaimCheck, ClaimReader
from ._dialogs import Dialogs, Misconception, Question
from ._once import Once

__all__ = ["Scripted"]


class Scripted:
    """The dialog scripts' misconceptions, read once per pack. Immutable; shared by all."""

    def __init__(self, reader: ClaimReader, dialogs: Dialogs, compare: Comparisons) -> None:
        self.reader = reader
        self.compare = compare
        analyzer = reader.analyzer
        self._scripted: tuple[tuple[Misconception, frozenset[str], bool, Ordering | None], ...] = (
            tuple(
                (
                    m,
                    frozenset(analyzer.analyze(p, correct=False).terms),
                    reader.negation_in(p),
                    compare.ordering(analyzer.analyze(p, correct=False).words),
                )
                for q in dialogs.questions.values()
                for m in q.misconceptions
                for p in m.phrases
            )
        )
        self._fact_of_misconception = {
            m.id: q.facts for q in dialogs.questions.values() for m in q.misconceptions
        }
        # misconception id -> the terms of what it is about: its question's, read the first
        # time a claim voices it (a big pack's questions name hundreds of facts)
        owner = {m.id: q for q in dialogs.questions.values() for m in q.misconceptions}
        self._about: Mapping[str, frozenset[str]] = Once(
            lambda mid: self._subject(owner[mid]), owner
        )

    def _subject(self, q: Question) -> frozenset[str]:
        """The terms of a question and of its facts: what its misconceptions are about."""
        analyzer, reader = self.reader.analyzer, self.reader
        subject = set(analyzer.analyze(q.ask, correct=False).terms)
        for fid in q.facts:
            subject |= reader.facts[fid].positive | set(
                analyzer.analyze(" ".join(reader.pack.fact(fid).keywords), correct=False).terms
            )
        return frozenset(subject)

    def check(self, words: Sequence[str]) -> ClaimCheck | None:
        """A wrong idea the dialog scripts already name, with their own correction.

        The claim must voice the whole idea; any other words it has must name what the
        idea is about ("the General Secretary job had no real power" for "it had no real
        power"), i.e. come from the facts of the question the idea belongs to. An idea
        the claim turns round ("Trotsky was more popular than Stalin" of "Stalin was more
        popular") is not voiced: it is the right one, confirmed with the correction's
        sentences naming the party the claim puts above, when they do.
        """
        terms = frozenset(self.reader.query(words).terms)
        negated = self.reader.denies(words)
        if not terms:
            return None
        order = self.compare.ordering(words)
        best: tuple[float, Misconception] | None = None
        turned: tuple[float, Misconception] | None = None
        for m, wanted, m_negated, m_order in self._scripted:
            if not wanted or negated != m_negated:
                continue
            score = self._score(terms, wanted, m)
            if score is None:
                continue
            if (
                order is not None
                and m_order is not None
                and self.compare.turned_round(order, m_order)
            ):
                if turned is None or score > turned[0]:
                    turned = (score, m)
            elif best is None or score > best[0]:
                best = (score, m)
        pack = self.reader.pack
        if turned is not None and order is not None and (best is None or turned[0] >= best[0]):
            # the idea turned round voices the claim best: it is the right one, or no script's
            right = self.compare.right_idea(order, turned[1].correction)
            fact_ids = self._fact_of_misconception.get(turned[1].id, ())
            facts = tuple(pack.fact(f) for f in fact_ids if f in pack.by_id)
            return ClaimCheck(True, facts, "script", right) if right and facts else None
        if best is None:
            return None
        fact_ids = self._fact_of_misconception.get(best[1].id, ())
        facts = tuple(pack.fact(f) for f in fact_ids if f in pack.by_id)
        return ClaimCheck(False, facts, "script", best[1].correction)

    def _score(
        self, terms: frozenset[str], wanted: frozenset[str], m: Misconception
    ) -> float | None:
        """How much of the claim a misconception's phrase voices, None when it does not
        voice the whole idea with only words of what the idea is about beside it."""
        both = terms & wanted
        if len(both) / len(wanted) < 0.8:
            return None
        about = self._about.get(m.id, frozenset())
        rest = terms - wanted
        score = len(both) / len(terms)
        fits = len(wanted) >= 2 and len(rest) <= 2 and rest <= about and score >= 0.5
        return score if fits else None
