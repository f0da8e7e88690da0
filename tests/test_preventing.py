""" "Stop X from doing", "keep X from doing" is preventing: with "from" and an -ing verb
after its object, "stop" is no halt and "keep" no holding, so a text that says
"preventing it from damaging ..." holds what the learner asked.
"""

from __future__ import annotations

import pytest

import tutor
from tutor._analyze import Analyzer


def test_stop_or_keep_with_from_and_a_doing_reads_as_prevent(default_tutor: tutor.Tutor) -> None:
    essay = Analyzer(default_tutor.pack)
    assert "prevent" in essay.analyze("how did he stop the news from spreading?").words
    assert "prevented" in essay.analyze("they kept their plans from leaking out").words
    for line in ("when did the fighting stop?", "did he keep the letter?", "stop from"):
        assert "prevent" not in essay.analyze(line).words, line


@pytest.mark.parametrize(
    "line",
    [
        "How did Stalin stop Lenin's doubts about him from wrecking his image?",
        "how did Stalin keep Lenin's suspicion of him from spoiling his good name?",
    ],
)
def test_what_was_done_to_prevent_a_harm(default_tutor: tutor.Tutor, line: str) -> None:
    reply = default_tutor.session().respond(line)
    assert reply.kind == "answer"
    assert "suppressed" in reply.text
