"""What someone wished to happen to another ("what did Lenin want to happen to Stalin?",
"what did the letter say ought to become of him?") asks what was wished or urged, which
a text tells as a suggestion, not what befell anyone: "happen" and "become" after a word
of wishing are no term of the question.
"""

from __future__ import annotations

import tutor
from tutor._analyze import Analyzer


def test_happen_after_a_wish_is_no_term(default_tutor: tutor.Tutor) -> None:
    essay = Analyzer(default_tutor.pack)
    fate = essay.analyze("what happened to him?").terms[0]
    for line in (
        "what did she hope would happen to her brother?",
        "what did the will say ought to become of the farm?",
    ):
        assert fate not in essay.analyze(line).terms, line
    # no wish: the fate is asked
    assert fate in essay.analyze("what happened to the man he wanted to see?").terms


def test_what_a_letter_urged_for_someone(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session().respond(
        "What did Lenin's testament say ought to become of Stalin?"
    )
    assert reply.kind == "answer"
    assert "removed from his post" in reply.text
