"""A line of keywords asks a figure by the measure it names ("waterwheel width", "mill
amount"): the sentence giving that figure of what the line names answers it. A sentence
whose figure is told of something else, in another clause, does not ("flour amount" of
"bought the mill for 900 pounds, and the railway carried its flour"): the tutor says
the text does not say."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

TEXT = """The Harrow Mill

The Wheel

The Harrow Mill stood on the River Lune for two centuries. Its waterwheel was the pride of
the valley. The waterwheel measured twenty feet across and drove three pairs of stones. In
1920 the miller sold the waterwheel for scrap.

The Pond

The mill pond filled with silt every winter. The silting was slow, about three centimetres
a year, but the pond had to be dredged every decade. Silt from the pond was spread on the
fields.

The Sale

The Lune Water Company had leased the mill since 1890. In 1931 the company bought the mill
for 900 pounds, and the railway carried its flour to the coast.
"""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("mill")
    text = root / "mill.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


@pytest.mark.parametrize(
    ("line", "figure"),
    [("waterwheel width", "twenty feet"), ("mill amount", "900 pounds")],
)
def test_a_figure_asked_by_keywords_is_answered_by_the_sentence_giving_it(
    mill: tutor.Tutor, line: str, figure: str
) -> None:
    reply = ask(mill, line)
    assert reply.kind == "answer" and figure in reply.text


def test_a_figure_told_of_something_else_does_not_answer(mill: tutor.Tutor) -> None:
    reply = ask(mill, "flour amount")
    assert reply.kind == "fallback" and "900" not in reply.text


def test_a_question_is_not_held_to_the_clause(mill: tutor.Tutor) -> None:
    reply = ask(mill, "how much did the company pay for the mill?")
    assert "900 pounds" in reply.text
