"""Reading quantities, and what counts as agreeing (see `tutor._quantity_agree`)."""

from __future__ import annotations

import pytest

from tutor._phrases import words
from tutor._quantities import Quantity, quantities, tokens
from tutor._quantity_agree import agrees, comparable
from tutor._text import CLAUSE


def _one(text: str) -> Quantity:
    found = quantities(tokens(text))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("he hired four hundred and twelve carters", "count", 412),
        ("it took a year and a half", "span", 547.875),
        ("it took 18 months", "span", 547.875),
        ("a crowd of 1,250 people", "count", 1250),
        ("paid £48,000", "money", 48000),
        ("at the 9th annual fair", "ordinal", 9),
        ("twenty-one days", "span", 21),
        ("a wall 30 feet high", "length", 9.144),
    ],
)
def test_a_figure_is_read_with_its_unit_in_the_base_unit(
    text: str, kind: str, value: float
) -> None:
    q = _one(text)
    assert q.kind == kind and q.lo == pytest.approx(value)


def test_a_year_a_day_and_a_bare_article_are_no_counts() -> None:
    assert quantities(tokens("In 1871 a keeper came, and one of them stayed.")) == ()


def test_a_month_is_read_only_where_it_is_one() -> None:
    assert _one("It opened on May 4, 1903.").months == frozenset([5])
    assert quantities(tokens("We may go in the spring palace.")) == ()
    assert _one("in the autumn of 1872").months == frozenset([9, 10, 11, 12])


def test_a_figure_keeps_its_comma_and_point_in_a_clause() -> None:
    assert CLAUSE.split("about 4,200 residents and 2.5 tons, then") == [
        "about 4,200 residents and 2.5 tons",
        " then",
    ]


def test_a_figure_a_respelling_would_take_stays_before_a_unit() -> None:
    assert words("it took 2 years, 4 members came 2 town") == (
        *("it", "took", "2", "years", "4", "members", "came", "to", "town"),
    )


@pytest.mark.parametrize(
    ("claimed", "told", "verdict"),
    [
        ("a year", "eleven months", False),  # a plain figure must be the text's
        ("about a year", "eleven months", True),
        ("almost a year", "eleven months", True),
        ("over a year", "eleven months", False),
        ("two years", "24 months", True),
        ("over 400 men", "412 men", True),
        ("about 400 men", "412 men", True),
        ("about 500 men", "412 men", False),
        ("412 men", "about 400 men", True),  # the text's own "about"
        ("3000 men", "more than 300 men", None),  # the text leaves it open
        ("30 men", "more than 300 men", False),
        ("20 metres", "seventy feet", True),  # a learner's rounding across systems
        ("three shillings a week", "three shillings a day", False),
        ("in June", "in the summer", None),
        ("in the spring", "in March", True),
        ("in the autumn", "in March", False),
    ],
)
def test_what_counts_as_agreeing(claimed: str, told: str, verdict: bool | None) -> None:
    c, t = _one(claimed), _one(told)
    assert comparable(c, t)
    assert agrees(c, t) is verdict


def test_counts_of_other_things_are_not_compared() -> None:
    assert not comparable(_one("three ships"), _one("three children"))
    assert comparable(_one("five kids"), _one("three children"))  # both people
