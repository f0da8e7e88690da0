"""A claim's measures (how long, how many, how much, which one, when) against a drafted
text's: a false figure is corrected with the fact, never confirmed; a true one, written in
other words or units, is confirmed."""

from __future__ import annotations

import re

import pytest

import tutor
from tutor.cli import main

LIGHT = """The Building of the Harrow Point Light

The lighthouse at Harrow Point was built by the engineer Miriam Osgood. Work began in March
1871, after a storm wrecked two grain ships on the reef.

The tower took eleven weeks to raise. Osgood hired four hundred and twelve labourers from the
mining towns, and she paid each of them three shillings a day.

The lamp came from Glasgow in the autumn of 1872. It burned whale oil for twenty years before
the keepers switched to paraffin in 1892.

The first keeper was Thomas Reed, who served for eighteen months. He lived in the cottage with
his wife and three children.

In June 1875 a gale tore the lantern roof away. Repairs lasted two years and cost nine
hundred pounds.
"""

_CONFIRMED = re.compile(r"^(Correct|Yes|That's right)")


@pytest.fixture(scope="module")
def light(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("light")
    (root / "light.txt").write_text(LIGHT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "light.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


def _corrected(t: tutor.Tutor, line: str, told: str) -> None:
    reply = t.session(seed=1).respond(line)
    assert reply.kind == "correction" and told in reply.text, (line, reply.text)


def _confirmed(t: tutor.Tutor, line: str) -> None:
    reply = t.session(seed=1).respond(line)
    assert reply.kind == "answer" and _CONFIRMED.match(reply.text), (line, reply.text)


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("the tower took a year to build, right?", "eleven weeks"),
        ("osgood hired four thousand labourers, right?", "four hundred and twelve"),
        ("osgood hired 2 hundred labourers", "four hundred and twelve"),
        ("she paid them three shillings a week, right?", "a day"),
        ("work began in june 1871, right?", "March 1871"),
        ("work began in the autumn, right?", "March 1871"),
        ("the lamp came from glasgow in the spring, right?", "autumn"),
        ("reed served for two years, right?", "eighteen months"),
        ("reed had 5 children, right?", "three children"),
        ("the gale tore the roof away in march 1875, right?", "June 1875"),
        ("repairs lasted six months, right?", "two years"),
        ("a storm wrecked three grain ships, right?", "two grain ships"),
        ("reed was the second keeper, right?", "first keeper"),
    ],
)
def test_a_false_measure_is_corrected_with_the_texts(
    light: tutor.Tutor, line: str, told: str
) -> None:
    _corrected(light, line, told)


@pytest.mark.parametrize(
    "line",
    [
        "the tower took eleven weeks to build, right?",
        "the tower took 11 weeks to raise",
        # "about" agrees with a figure that rounds to it: eleven weeks is about three months
        "the tower took about three months to build, right?",
        "osgood hired four hundred and twelve labourers, right?",
        "osgood hired over 400 labourers, right?",
        "she paid them three shillings a day, right?",
        "work began in the spring of 1871, right?",
        "the lamp burned whale oil for two decades, right?",
        "reed served for a year and a half, right?",
        "repairs lasted 24 months, right?",
        "reed had 3 kids",
        "reed was the first keeper, right?",
    ],
)
def test_a_true_measure_in_other_words_or_units_is_confirmed(light: tutor.Tutor, line: str) -> None:
    _confirmed(light, line)


def test_a_plain_year_is_not_eleven_months_but_about_a_year_is(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A figure said plainly must be the text's; "about" and "nearly" give it its rounding."""
    root = tmp_path_factory.mktemp("mill")
    (root / "mill.txt").write_text(
        "The Old Mill at Penford\n\nThe new wheel of the Penford mill took eleven months "
        "to build. It was cut from oak by the wheelwright Adam Fell.\n",
        encoding="utf-8",
    )
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "mill.txt")]) == 0
    mill = tutor.Tutor.from_path(root / "pack")
    _corrected(mill, "the wheel took a year to build, right?", "eleven months")
    _confirmed(mill, "the wheel took about a year to build, right?")
    _confirmed(mill, "the wheel took almost a year to build, right?")
    _corrected(mill, "the wheel took over a year to build, right?", "eleven months")


def test_a_claim_stating_no_measure_is_checked_as_before(light: tutor.Tutor) -> None:
    _confirmed(light, "osgood built the lighthouse, right?")


def test_a_count_of_members_is_the_number_of_people_the_text_names() -> None:
    """The essay names the troika's three members without a figure: "four" is corrected
    with them, "three" confirmed."""
    t = tutor.Tutor()
    reply = t.session(seed=1).respond("the troika had four members")
    assert reply.kind == "correction" and "Zinoviev and Kamenev" in reply.text
    _confirmed(t, "the troika had three members, right?")


def test_an_ordinal_names_which_one() -> None:
    t = tutor.Tutor()
    _corrected(t, "the testament was suppressed at the 12th party congress, right?", "13th")
    _confirmed(t, "the testament was suppressed at the 13th party congress, right?")
