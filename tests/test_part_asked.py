"""A question asking someone's part by a noun the text never says is answered.

"What role did Osler play?", "which side was Hale on?" ask by "role" and "side" for a
sentence of what one did or whom one joined; a fresh draft that never says "role" or
"side" still answers them, and a line naming nothing the text tells is still not answered.
"""

from __future__ import annotations

import pytest

import tutor
from tutor._analyze import Analyzer
from tutor.cli import main

TEXT = """The Ferry and the Bridge

In 1871 the town of Marrow argued over how to cross the Tess. The ferry company had run
boats for fifty years and most townspeople trusted it.

The Merchants

The merchant Ruth Osler led the bridge party. She lent money to three councillors and
paid an engineer from Leeds to draw the plans. The council approved the bridge in 1876.

The Ferrymen

Tom Hale joined the ferrymen's union in 1874 and fought the bridge in the council. The
union printed pamphlets against the plans.

The Opening

The bridge opened in 1881. The ferry company sold its last boat two years later.
"""


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("ferry")
    text = root / "ferry.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=0).respond(line)


def test_the_role_someone_played_is_what_they_did(ferry: tutor.Tutor) -> None:
    reply = ask(ferry, "What role did Osler play in all this?")
    assert reply.kind == "answer"
    assert "Osler" in reply.text


def test_the_side_someone_was_on_is_whom_they_joined(ferry: tutor.Tutor) -> None:
    reply = ask(ferry, "Which side was Tom Hale on?")
    assert reply.kind == "answer"
    assert "union" in reply.text


def test_the_part_is_the_kind_asked_not_a_word_to_hold(ferry: tutor.Tutor) -> None:
    read = Analyzer(ferry.pack).analyze
    for line in (
        "Which side was Tom Hale on?",
        "whose side was Hale on?",
        "what role did the union have in it?",
    ):
        query = read(line)  # the noun weighs little; the names asked of stay
        assert query.kind_terms and not query.kind_terms & set(query.entities), line
    for line in (
        "which side of the river was the ferry on?",  # a part of a whole: the whole's
        "whose role did she play up?",  # whose own role it was
        "what role?",  # no one's
    ):
        assert not read(line).kind_terms - set(read(line).entities), line


def test_the_role_of_someone_the_text_never_names_is_not_told(ferry: tutor.Tutor) -> None:
    reply = ask(ferry, "What role did the mayor play?")
    assert reply.kind != "answer"
