"""Spelling: a learner's misspelt, run-on and split words are read as the pack's words."""

from __future__ import annotations

import pickle

import tutor


def test_a_cached_analyzer_still_corrects_spelling() -> None:
    """A built pack is pickled to the disk cache without its spelling caches; loaded back,
    it corrects a learner's words as the fresh build did."""
    analyzer = tutor.Tutor()._engine.analyzer
    line = "whokilled trotksy in mexco"
    loaded = pickle.loads(pickle.dumps(analyzer, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded.analyze(line).words == analyzer.analyze(line).words
    assert loaded.analyze(line).words == ("who", "killed", "trotsky", "in", "mexico")
    assert loaded.correct("stallin") == "stalin"
