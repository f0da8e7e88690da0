"""Whether a line asks a new question is told by the phrases that open a question ("I was
wondering who ...") only when the line opens with a word one of them opens with: the
same lines are questions, the rest of the line is not compared phrase by phrase."""

from __future__ import annotations

import tutor


def test_the_openers_first_words_tell_which_lines_to_compare(default_tutor: tutor.Tutor) -> None:
    dialogue = default_tutor._engine.dialogue
    openers = dialogue.cues.question_openers
    assert dialogue._opener_starts == {lead[0] for lead in openers}
    reader = default_tutor._engine.reader
    for line, asks in [
        ("I was wondering who killed Trotsky", True),
        ("tell me when Lenin died", True),
        ("do you know why he was expelled", True),
        ("I was sure he would win", False),
        ("Trotsky was killed in Mexico", False),
    ]:
        assert dialogue._asks(reader.read(line)) is asks, line
