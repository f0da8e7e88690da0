"""A learner calls a person by the first word of their name though the text calls them
by their surname ("why did Hedda sell the dairy?" of Hedda Lorne, "Lorne" ever after):
when one person alone bears that name and it is no everyday word, it names them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Lorne Dairy

In 1921 Hedda Lorne bought a small dairy on the Askel road. Lorne sold the dairy in 1948
because her knees could no longer take the cold floors. Piet Vane and Piet Arkel drove the
milk carts, and Vane kept the books. Arkel left for the city in 1930. Grace Holm made the
butter. Basil Orme grew the herbs, and June Tarn sold the cheese at the market. Inspector
Aldo Fenn closed the dairy for a week in 1936.
"""


@pytest.fixture(scope="module")
def dairy(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_first_name_one_person_bears_names_them(dairy: tutor.Tutor) -> None:
    query = dairy._engine.analyzer.analyze("Why did Hedda sell up?")
    assert query.entities == ("hedda_lorne",)
    # after a title, the first name is the word that follows it
    # ("Inspector" is a title: the name is Aldo Fenn)
    assert dairy._engine.analyzer.analyze("What did Aldo do?").entities == ("aldo_fenn",)


@pytest.mark.parametrize(
    "line",
    [
        "What did Piet do?",
        "Was Grace happy?",
        # a rarer English word ("did they grow basil?") or a month is no name
        "Did the dairy grow basil?",
        "What happened in June?",
    ],
)
def test_a_shared_or_everyday_first_name_names_no_one(dairy: tutor.Tutor, line: str) -> None:
    assert dairy._engine.analyzer.analyze(line).entities == ()
