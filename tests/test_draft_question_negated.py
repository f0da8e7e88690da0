"""Drafted questions that ask what the sentence says, not its opposite nor nothing: "No
boat was lost" asks no "What was lost?", "Not everything went well" no "What did not
everything do?"; "In the following decade no boat from Tarn was lost" keeps its subject
whole (not "... in the following decade no boat from?"); and "The beam was visible from
the shore" asks what was visible, not "What was the beam?"."""

from __future__ import annotations

from tutor._draft_questions import draft_questions


def _asked(sentence: str) -> list[str]:
    return draft_questions(sentence, False, None, frozenset(["Tarn"]))


def test_a_negative_subject_is_never_asked_for() -> None:
    for sentence in ("No boat was lost.", "Not everything went well.", "Nobody came."):
        asked = _asked(sentence)
        assert not any(q.startswith(("What was lost", "What went", "Who came")) for q in asked)
        assert not any("did not everything" in q or "did nobody" in q for q in asked)


def test_a_subject_after_an_opening_phrase_keeps_its_own_words() -> None:
    asked = _asked("In the following decade no boat from Tarn was lost near the coast.")
    assert not any(q.endswith("from?") for q in asked)
    assert "What happened in the following decade?" in asked
    asked = _asked("In 1890 the boat from Tarn was lost at sea.")
    assert "What was lost at sea in 1890?" in asked


def test_what_something_was_like_is_not_asked_as_what_it_was() -> None:
    asked = _asked("The beam was visible from the far shore.")
    assert "What was the beam?" not in asked
    assert "What was visible from the far shore?" in asked
    assert "What was the mill?" in _asked("The mill was a big stone building.")
