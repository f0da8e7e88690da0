"""A word of a multi-word name typed as another word said alike ("plane book" of the
Plain Book), beside the name's other words, is the name: a learner spells it as heard."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

TEXT = """The Hallam Press

The Press

The Hallam Press opened in 1820 above a bakery on Mill Street. Its founder, the printer
Silas Hallam, worked the first press himself. In 1839 the press printed the Plain Book,
a guide for farmers that sold four thousand copies in a year. The press closed in 1871
after a fire in the bakery below.
"""


@pytest.fixture(scope="module")
def press(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("press")
    text = root / "press.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_a_names_word_typed_as_a_word_said_alike_is_the_name(press: tutor.Tutor) -> None:
    reply = press.session(seed=1).respond("what was the plane book?")
    assert reply.kind == "answer" and "guide for farmers" in reply.text


def test_the_word_alone_stays_itself(press: tutor.Tutor) -> None:
    assert "plane" in press._engine.analyzer.analyze("did a plane fly over the press").words
