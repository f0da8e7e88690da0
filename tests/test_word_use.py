"""The part of speech a learner's word is used in, read from the words around it: a word
ending in "-ed" is a verb's form only when the ending is one ("founded"), not when the
word is its own stem ("breed", "speed", "creed")."""

from __future__ import annotations

from tutor._analyze import _use_at


def test_a_word_ending_in_ed_that_is_its_own_stem_is_no_verb_form() -> None:
    assert _use_at(["which", "breed", "of", "cows"], 1) is None
    assert _use_at(["their", "speed", "was"], 1) == "n"
    assert _use_at(["who", "founded", "it"], 1) == "v"
