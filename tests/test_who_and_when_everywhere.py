"""/timeline and /people answer in every face (the library, `tutor ask`, `chat --json`, the
web), not only in the terminal that draws them in colour: the welcome and /help offer them
to every learner."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main


def test_the_library_answers_timeline_and_people(default_tutor: tutor.Tutor) -> None:
    session = default_tutor.session(seed=0)
    told = session.respond("/timeline")
    assert told.kind == "command"
    assert "1924" in told.text and "1940" in told.text
    assert told.text.index("1922") < told.text.index("1940")  # in order
    one = session.respond("/people mercader")
    assert one.kind == "command" and "NKVD" in one.text
    assert "know the command" not in one.text
    assert "/timeline" in session.respond("/help").text


def test_a_mistyped_timeline_is_offered_by_its_name(default_tutor: tutor.Tutor) -> None:
    said = default_tutor.session(seed=0).respond("/timelien").text
    assert "Did you mean /timeline?" in said


def test_tutor_ask_answers_people(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "/people"]) == 0
    out = capsys.readouterr().out
    assert "Leon Trotsky" in out and "Ramón Mercader" in out
