"""A question about the writer's own view is answered with the text's argument.

"What does the author think decided it?" asks what the text argues: its thesis (the
sentence closing its first paragraph) and its conclusion (its last paragraph), found by
their place in any text, here a fresh draft no one edited.
"""

from __future__ import annotations

import pytest

import tutor
from tutor._argument import argument_facts
from tutor.cli import main

TEXT = """The Ferry and the Bridge

In 1871 the town of Marrow argued over how to cross the Tess. The ferry company had run
boats for fifty years and most townspeople trusted it. Yet the bridge, backed by a few
merchants, was built within a decade. The story shows that patient money and friends on
the council count for more than habit and affection.

The Ferry Company

The ferry company was owned by the Hale family. Its boats carried carts and cattle across
the river every hour. In winter the river froze and the boats stopped for weeks.

The Bridge Merchants

The merchant Ruth Osler led the bridge party. She lent money to three councillors and
paid an engineer from Leeds to draw the plans. The council approved the bridge in 1876.

The Opening

The bridge opened in 1881. The ferry company sold its last boat two years later.

The bridge won not because the town loved it, but because its backers controlled the
money and the votes. Marrow's crossing was decided in the council chamber, not on the
riverbank.
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


def test_the_argument_is_the_thesis_and_the_conclusion(ferry: tutor.Tutor) -> None:
    stating = [ferry.pack.fact(f).source for f in argument_facts(ferry.pack)]
    assert any(s.startswith("The story shows") for s in stating)  # the first paragraph's last
    assert any(s.startswith("The bridge won not because") for s in stating)
    assert not any("1881" in s or "Ruth Osler" in s for s in stating)  # the story, not the case


def test_the_writers_view_is_answered_from_the_argument(ferry: tutor.Tutor) -> None:
    reply = ask(ferry, "In the writer's opinion, why did the bridge beat the ferry?")
    assert reply.kind == "answer"
    assert "backers controlled the money" in reply.text


def test_what_the_author_thinks_settled_it(ferry: tutor.Tutor) -> None:
    reply = ask(ferry, "What does the author reckon decided the matter?")
    assert reply.kind == "answer"
    assert "council chamber" in reply.text


def test_the_writers_view_of_what_the_text_never_says_is_not_answered(
    ferry: tutor.Tutor,
) -> None:
    reply = ask(ferry, "What does the author think of the mayor's wife?")
    assert reply.kind == "fallback"


def test_on_the_essay_the_writers_view_is_its_conclusion(default_tutor: tutor.Tutor) -> None:
    for line in (
        "What does the author argue let Stalin win?",
        "In the writer's opinion, why did Stalin beat Trotsky?",
    ):
        reply = ask(default_tutor, line)
        assert reply.kind == "answer", line
        assert "political strategy" in reply.text, line


def test_the_writers_view_asked_in_few_words_is_the_thesis_not_who_the_writer_was(
    default_tutor: tutor.Tutor,
) -> None:
    """'what is the author's opinion?' names nothing else: the text's own view answers
    it; 'the author's view on Stalin' is no question of who the author was."""
    assert default_tutor.ask("what is the author's opinion").kind == "answer"
    reply = default_tutor.ask("what's the writer's view on stalin")
    assert reply.kind == "answer" and "who the" not in reply.text


def test_the_lesson_the_writer_draws_is_the_argument(ferry: tutor.Tutor) -> None:
    # "lesson" and "moral" name the writer's view as "takeaway" does: no story word
    reply = ask(ferry, "What lesson does the writer draw from the bridge?")
    assert reply.kind == "answer"
    assert "backers controlled the money" in reply.text
    reply = ask(ferry, "so what is the writer's lesson?")
    assert reply.kind == "answer"
    assert "patient money" in reply.text


def test_the_argument_asked_is_not_split_in_two(default_tutor: tutor.Tutor) -> None:
    # thesis and conclusion both state the writer's view: no "do you mean X or Y?"
    reply = default_tutor.session(seed=0).respond("What lesson does the essay teach?")
    assert reply.kind == "answer"
    assert "reminder" in reply.text
