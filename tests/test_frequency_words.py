"""Words saying how often are one word: "usually", "commonly", "typically" ask what a text
says happened "often" (english.yaml's group of them), so "how was he commonly seen?" is
answered by "a man often viewed as ...", not by a fact about how later people saw him.
"""

from __future__ import annotations

import pytest

import tutor


@pytest.mark.parametrize(
    "line",
    [
        "How did people commonly view Stalin before he was in charge?",
        "how did ordinary people normally see stalin",
    ],
)
def test_how_someone_was_commonly_seen(default_tutor: tutor.Tutor, line: str) -> None:
    reply = default_tutor.session().respond(line)
    assert reply.kind == "answer", reply.text
    assert "bureaucratic figure" in reply.text
