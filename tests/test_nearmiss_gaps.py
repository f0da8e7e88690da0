"""Near misses where the text tells the event and not what is asked: the pack's own
questions of a fact speak for it only of what they ask about, and a post over a body, a
cause or a deed the text never tells is said to be untold, with what it does tell.

Our own wordings, written from what the texts leave out, not from any case file.
"""

from __future__ import annotations

import pytest

import tutor


@pytest.mark.parametrize(
    "question",
    [
        "Where did Lenin pass away?",
        "in what country was Lenin's funeral",
        "which city did Lenin die in",
    ],
)
def test_a_where_question_the_pack_asks_of_someone_else_does_not_answer_this_one(
    default_tutor: tutor.Tutor, question: str
) -> None:
    """The essay asks "Where was Trotsky during Lenin's burial?" of the funeral fact and
    "Where did the fight for power take place?" of Lenin's death: neither says where the
    funeral was or where he died."""
    reply = default_tutor.session(seed=1).respond(question)
    assert reply.kind == "fallback", reply.text
    assert "doesn't say" in reply.text and "nearby:" in reply.text
