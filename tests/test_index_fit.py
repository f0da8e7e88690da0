"""The fit of a fact's question variants to a line is read from bit masks of its
variants (the one holding least rarity first): it must be the very figure of fitting
every variant holding a term of the line, or replies would change with the speed-up."""

from __future__ import annotations

import tutor
from tutor._index import Index


def _every_variant(
    index: Index, i: int, have: list[tuple[str, float, float]], total: float, qtype: str | None
) -> float:
    doc = index.docs[i]
    best = 0.0
    for variant, held, vtype in zip(doc.variants, doc.held, doc.variant_types, strict=True):
        got = said = 0.0
        for t, w, rarity in have:  # sums in the line's order, as the index takes them
            if t in variant:
                got += rarity
                said += w
        if got:
            same_kind = qtype is None or vtype is None or vtype == qtype
            best = max(best, got / (held + (total - said)) * (1.0 if same_kind else 0.8))
    return best


def test_fit_is_the_best_of_every_variant_on_the_default_pack() -> None:
    t = tutor.Tutor()
    index, analyzer = t._engine.index, t._engine.analyzer
    lines = [q for fact in t.pack.facts[::4] for q in fact.questions[:2]]
    lines += ["why did stalin win", "who was kamenev", "when did lenin die in gorki"]
    checked = 0
    for line in lines:
        query = analyzer.analyze(line)
        weights = index.weights(query)
        total = sum(weights.values())
        for qtype in (query.qtype, None, "reason"):
            for i, doc in enumerate(index.docs):
                have = [(t, w, index.idf[t]) for t, w in weights.items() if t in doc.weights]
                if have:
                    assert index._fit(i, have, total, qtype) == _every_variant(
                        index, i, have, total, qtype
                    )
                    checked += 1
    assert checked > 1000
