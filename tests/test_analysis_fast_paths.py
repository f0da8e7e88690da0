"""Where the analysis takes a shorter road for speed, it must arrive where the long one
does, or a reply would change with the speed-up."""

from __future__ import annotations

import tutor
from tutor._text import split_words


def test_terms_as_written_are_the_analysis_terms() -> None:
    t = tutor.Tutor()
    analyzer = t._engine.analyzer
    texts = [f.answer for f in t.pack.facts] + [q for f in t.pack.facts for q in f.questions]
    texts += [w for text in list(texts) for w in split_words(text)]
    texts += [e.name for e in t.pack.entities]  # events among them ("... Congress")
    assert any(analyzer.entity_kinds.get(k) == "event" for k in analyzer.entity_kinds)
    for text in dict.fromkeys(texts):
        assert analyzer.terms_as_written(text) == analyzer.analyze(text, correct=False).terms


def test_the_argument_is_found_on_first_need_and_is_the_same() -> None:
    from tutor._argument import ArgumentFacts, argument_facts

    pack = tutor.Tutor().pack
    lazy = ArgumentFacts(pack)
    assert lazy._ids is None  # nothing split while a Tutor is made
    found = argument_facts(pack)
    assert found and tuple(lazy) == found and lazy[0] == found[0] and found[-1] in lazy
    assert len(lazy) == len(found) and bool(lazy)
