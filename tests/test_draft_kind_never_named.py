"""A question asking the name of a specific kind of thing the text never names ("which
university ...?") is told the text does not say which, whatever fact it lands on: how
strongly the fact holds the person's name (how many facts carry it as a keyword) must
not turn it into a confident answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Water Survey

In 1961 the council asked Dr. Tomas Vell, the county's water engineer, to test the canal.
Vell, who had once taught at the Fenmoor Technical Institute, took samples at five locks
every week for a year. His report named the Selby Dye Works as the main polluter, and the
council closed its outfall in 1963.
"""


@pytest.fixture(scope="module")
def survey(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line",
    ["At which university did Vell learn it?", "Which university did the engineer Vell go to?"],
)
def test_a_name_of_a_kind_the_text_never_names_is_a_gap(survey: tutor.Tutor, line: str) -> None:
    engine = survey._engine
    query = engine.analyzer.analyze(line)
    for fact in survey.pack.facts:
        gap = engine.nearmiss.gap(query, fact)
        assert gap is not None and gap.asked == "which university", fact.id


def test_the_name_of_a_thing_the_text_tells_is_no_gap(survey: tutor.Tutor) -> None:
    engine = survey._engine
    query = engine.analyzer.analyze("Which works did the report name as the main polluter?")
    fact = next(f for f in survey.pack.facts if "Selby Dye Works" in f.answer)
    assert engine.nearmiss.gap(query, fact) is None
