"""The index breaks ties with plain `ratio` where its strings are already token-sorted:
the figure must be token_sort_ratio's, or replies would change with the speed-up."""

from __future__ import annotations

from rapidfuzz import fuzz

import tutor


def test_plain_ratio_gives_token_sort_ratios_figure_on_the_default_pack() -> None:
    t = tutor.Tutor()
    index, analyzer = t._engine.index, t._engine.analyzer
    assert index._plain  # every term of the default pack is a plain word
    strings = [s for i in range(len(index.docs)) for s in index._strings_of(i)]
    for fact in t.pack.facts[::3]:
        for question in fact.questions[:2]:
            query = " ".join(sorted(analyzer.analyze(question).terms))
            for s in strings:
                assert fuzz.ratio(query, s) == fuzz.token_sort_ratio(query, s)
