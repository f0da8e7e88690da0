"""Follow-ups on a fresh draft asking someone's work: "what was his job?" after a
sentence that sets it beside his name ("married Tobin Hale, a ship's carpenter") is
that sentence; a kin word set there ("her brother, Walter Rooke") is no work."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

from conversation import talk

TEXT = """Ada Rooke

Early Life

Ada Rooke was born in 1840 in the port of Saltby. Her brother, Walter Rooke, sailed to
Canada in 1858. In Montreal Walter Rooke worked as a cooper for a brewery. In 1862 Rooke
married Tobin Hale, a ship's carpenter, and went with him on a voyage to Lisbon. The
voyage lasted two years. A loan from the grocer Silas Venn paid for her first shop.

Later Life

The shop sold maps and charts to the captains of the harbour. Hale died in 1880 after a
fall from a mast. Rooke ran the shop alone until her death in 1901.
"""


@pytest.fixture(scope="module")
def rooke(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("rooke")
    (root / "rooke.txt").write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "rooke.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize("asked", ["what was his job?", "What was his trade?"])
def test_work_set_beside_the_name_answers_what_his_job_was(rooke: tutor.Tutor, asked: str) -> None:
    reply = talk(rooke, "Who did Ada Rooke marry?", asked)
    assert reply.kind == "answer" and "carpenter" in reply.text


def test_work_set_before_the_name_answers_too(rooke: tutor.Tutor) -> None:
    reply = talk(rooke, "Who paid for her first shop?", "what was his job?")
    assert reply.kind == "answer" and "grocer" in reply.text


def test_a_kin_word_is_no_work(rooke: tutor.Tutor) -> None:
    """'Her brother, Walter Rooke,': brother is no job; the sentence saying his is."""
    reply = talk(rooke, "Where did Walter Rooke sail to?", "what was his job?")
    assert reply.kind == "answer" and "cooper" in reply.text
