"""`tutor explain`: an educator sees why a question got its reply and what would change it."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._explain import explain
from tutor.cli import main

PENICILLIN = Path(__file__).parent.parent / "examples" / "penicillin"


def test_explain_shows_the_reading_the_best_facts_and_the_reply(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["explain", "--pack", str(PENICILLIN), "who", "discoverd", "penicilin"]) == 0
    out = capsys.readouterr().out
    read = next(line for line in out.splitlines() if line.startswith("read as:"))
    assert "penicillin" in read and "penicilin" not in read  # spelling fixed
    assert "asks for:  person" in out
    assert "best facts (the answer needs coverage >= " in out
    assert "  1. " in out and "score" in out and "holds: " in out
    assert "reply (answer): " in out


def test_a_fallback_is_explained_with_what_the_best_fact_lacks() -> None:
    t = tutor.Tutor.from_path(PENICILLIN)
    e = explain(t, "what did fleming eat for breakfast")
    assert e.reply_kind == "fallback"
    assert e.facts and e.facts[0].lacks  # the words no fact holds together
    assert any("needs" in a or "never uses" in a for a in e.advice)
    assert "breakfast" in " ".join(e.unknown + tuple(w for f in e.facts for w in f.lacks))


def test_explain_on_a_missing_pack_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["explain", "--pack", str(tmp_path / "none"), "hello"]) == 2
    assert capsys.readouterr().err.startswith("tutor: ")


def test_a_follow_up_is_explained_as_it_leans_on_the_lines_before(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """'when?' alone asks nothing; after a question it carries that question's words, and
    the explanation says which answer it leans on and what it carried over, with the reply
    the conversation gives."""
    alone = explain(tutor.Tutor.from_path(PENICILLIN), "when?")
    assert alone.leans_on is None and not alone.carried
    args = ["explain", "--pack", str(PENICILLIN), "when?", "--after", "who discovered penicillin?"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("after:     who discovered penicillin?")
    assert "leans on:  " in out and "carried:   " in out and "penicillin" in out
    assert "reply (answer): " in out and "1928" in out
