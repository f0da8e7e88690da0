"""A claimed year against a drafted text that goes on about someone with "she": the
fact telling her death is hers, not that of the first person named after the pronoun,
nor the fact where another's death is told beside her name."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

MILL = """The Orme Family of Pellow

Hugo Orme was born in 1790 in the village of Pellow, where he kept a mill on the river.
He married Nell Brisk in 1815. They had two children: Ada, born in 1816, and Piers, born
in 1819.

When Hugo died in 1850, Ada took over the mill and ran it for thirty years. Piers went to
sea and never came back to Pellow.

Ada Orme never married. She died in Pellow in 1884, at the age of sixty-eight, and was buried beside her father in
the churchyard of Saint Oda.
"""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("mill")
    (root / "mill.txt").write_text(MILL, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "mill.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_the_year_of_her_death_is_confirmed(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("Ada died in 1884")
    assert reply.kind == "answer" and "1884" in reply.text


def test_another_year_of_her_death_is_corrected_with_hers(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("Ada died in 1870")
    assert reply.kind == "correction" and "1884" in reply.text


def test_the_year_of_anothers_death_is_no_confirmation(mill: tutor.Tutor) -> None:
    reply = mill.session(seed=1).respond("Ada died in 1850")
    assert reply.kind != "answer" or not reply.text.startswith("Yes")


@pytest.mark.parametrize(
    ("line", "year"),
    [("did ada die in 1870?", "1884"), ("was hugo orme born in 1795?", "1790")],
)
def test_a_question_dating_an_event_wrongly_gets_a_clear_no(
    mill: tutor.Tutor, line: str, year: str
) -> None:
    """Asked as a yes-or-no question, a wrong year is corrected as the claim is, with the
    year the text gives, not "I can't find that exactly" beside it."""
    reply = mill.session(seed=1).respond(line)
    assert reply.kind == "correction" and year in reply.text, line


def test_a_question_of_an_event_the_text_never_dates_is_not_denied(mill: tutor.Tutor) -> None:
    """The text tells no voyage's year: Piers's going to sea is no "no" to a year."""
    reply = mill.session(seed=1).respond("did piers go to sea in 1840?")
    assert reply.kind != "correction"
