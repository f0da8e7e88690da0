""" "Why did Harte still care about Brisk?" asks of a worry: caring about a person is
WordNet's "worry, care" (be concerned with), which a text tells as a fear ("Harte feared
Brisk even in exile"); caring about a thing ("Harte cared about order") is an interest,
and is read as the text says it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Exile of Anna Brisk

Anna Brisk led the printers' union in Dunholm until 1885. The mayor, Silas Harte, cared
about order in the town above all. In 1886 Harte had Brisk banished to Norway. Harte feared
Brisk even in exile and had her letters opened. Brisk died in Bergen in 1901.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "Why did Harte still care about Brisk when she was far away?",
        "did Harte care about her even after the exile?",
    ],
)
def test_caring_about_someone_is_the_worry(drafted: tutor.Tutor, line: str) -> None:
    reply = drafted.session().respond(line)
    assert reply.kind == "answer", line
    assert "feared Brisk even in exile" in reply.text, line


def test_caring_about_a_thing_is_as_said(drafted: tutor.Tutor) -> None:
    reply = drafted.session().respond("what did Harte care about?")
    assert "order in the town" in reply.text


def test_on_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session().respond(
        "Why would Stalin still care about Trotsky once he had left the country?"
    )
    assert reply.kind == "answer"
    assert "threat even in exile" in reply.text
