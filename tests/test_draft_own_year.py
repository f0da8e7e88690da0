"""A drafted sentence is dated by its own deed's year, not by an earlier deed's it tells of
in a clause put back by 'had' ('that he had bought the field in 1790'), when its section
has already told a later year: /timeline keeps it off rather than a decade early."""

from __future__ import annotations

from collections.abc import Callable

import tutor
from tutor._draft_own_year import earlier_year
from tutor._timeline import timeline

TEXT = """The Orchard at Fenby

The flood

In 1820 a great flood covered the lower fields of Fenby. The orchard kept its trees when \
every hedge had drowned. This caused a quarrel over who owned it. Anna Pell showed her \
father's will, which proved that he had bought the orchard in 1790. The court ruled for \
Anna Pell in 1822.
"""


def test_a_year_of_an_earlier_deed_is_not_the_sentences_own(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    events = timeline(draft_text(TEXT).pack)
    labels = [e.label for e in events]
    assert "1790" not in labels
    assert labels == ["1820", "1822"]


def test_the_sentences_own_year_stays_when_the_clause_is_the_main_verbs() -> None:
    # the miners' demand came in 1912: the year is the main verb's, after the clause
    assert not earlier_year("The eight-hour day that the miners had demanded came in 1912.", 1915)
    # no later year told before: the clause's year may be all the text says of it
    assert not earlier_year("She showed a deed which proved that he had bought it in 1790.", None)
    assert earlier_year("She showed a deed which proved that he had bought it in 1790.", 1820)
