"""How long between two events the text dates apart: the span from the two years, with
both facts shown; "that" is the last answer's event; an age runs from the birth; when
the text dates only one end it says so. On a drafted text of our own and the essay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

HARL = """The Harl Ropewalk

Edda Morrow was born in Calder in 1841. She opened a ropewalk on the Harl quay in 1866, with money her uncle had left her.

In 1879 a fire destroyed the east shed of the ropewalk. Edda rebuilt it in stone.

The ropewalk closed in 1902, when steam mills in the south took its trade. Edda died in Calder in 1911.

Her apprentice, Tam Vell, later built a boat yard at Osk.
"""


@pytest.fixture(scope="module")
def harl(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(HARL)


def _talk(t: tutor.Tutor, *lines: str) -> tutor.Reply:
    s = t.session(seed=1)
    reply = None
    for line in lines:
        reply = s.respond(line)
    assert reply is not None
    return reply


@pytest.mark.parametrize(
    ("lines", "span", "years"),
    [
        (["how long after the fire did the ropewalk close?"], "About 23 years", ("1879", "1902")),
        (["how many years between the fire and Edda's death?"], "About 32 years", ("1879", "1911")),
        (["how much time passed from the fire to the closing of the ropewalk?"], "23", ()),
        (["when did the ropewalk close?", "how long was that after the fire?"], "23", ()),
        (
            ["when did the fire destroy the east shed?", "how many years later did Edda die?"],
            "32",
            (),
        ),
        (["how old was Edda when she opened the ropewalk?"], "About 25", ("1841", "1866")),
        # "she" in a fresh talk, of a text dating one birth: hers
        (["how old was she when she opened the ropewalk?"], "About 25", ("1841", "1866")),
    ],
)
def test_the_span_between_two_dated_events_is_told_with_both(
    harl: tutor.Tutor, lines: list[str], span: str, years: tuple[str, ...]
) -> None:
    reply = _talk(harl, *lines)
    assert reply.kind == "answer" and span in reply.text, reply.text
    assert len(reply.fact_ids) == 2, reply.fact_ids  # both facts, cited
    assert all(y in reply.text for y in years), reply.text


def test_a_span_with_one_end_undated_says_the_text_does_not_give_it(harl: tutor.Tutor) -> None:
    """The fire is dated, the boat yard is not: no figure, and what it says of each."""
    reply = _talk(harl, "how long after the fire did Tam Vell build the boat yard?")
    assert reply.kind == "fallback" and "doesn't say how long" in reply.text, reply.text
    assert "1879" in reply.text and "boat yard" in reply.text, reply.text
    assert "About" not in reply.text


def test_an_age_without_a_birth_year_is_not_worked_out(harl: tutor.Tutor) -> None:
    reply = _talk(harl, "how old was Tam Vell when he built the boat yard?")
    assert reply.kind == "fallback" and "About" not in reply.text, reply.text


def test_a_span_asked_after_it_is_about_the_later_event(harl: tutor.Tutor) -> None:
    """After "how long after the fire did it close?", "he"/"it" talk goes on from the
    closing: "how many years later did Edda die?" counts from 1902."""
    reply = _talk(
        harl,
        "how long after the fire did the ropewalk close?",
        "how many years later did Edda die?",
    )
    assert "About 9 years" in reply.text and "1902" in reply.text, reply.text


def test_someone_the_line_names_only_by_kin_is_not_dated_as_its_subject(
    harl: tutor.Tutor,
) -> None:
    """ "after her uncle died": the text never dates the uncle's death; Edda's is not it."""
    reply = _talk(harl, "how long after her uncle died did Edda open the ropewalk?")
    assert "About" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("lines", "span"),
    [
        (["when did trotsky get exiled?", "how long was that after lenin died?"], "About 5 years"),
        (["when was trotsky removed from the party?", "how long was that after lenin died?"], "3"),
        (["how many years passed between lenin's death and trotsky's murder?"], "About 16 years"),
        (["when was trotsky killed?", "how long after he was thrown out of the country?"], "11"),
        (["how long after stalin became general secretary did lenin die?"], "About 2 years"),
    ],
)
def test_the_essays_spans_come_from_its_dated_facts(lines: list[str], span: str) -> None:
    reply = _talk(tutor.Tutor(), *lines)
    assert reply.kind == "answer" and span in reply.text, reply.text


def test_a_span_a_fact_states_is_told_as_it_stands(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "110 years after": a fact that says how long is the answer, not the arithmetic."""
    t = draft_text(
        "The Idea of Osk\n\nPell Orran published his book in 1801.\n\n"
        "His idea was confirmed exactly 110 years after his book appeared, in 1911.\n"
    )
    reply = _talk(t, "how many years after his book was Orran's idea confirmed?")
    assert "110 years" in reply.text and not reply.text.startswith("About"), reply.text


MARROW = """The Siege of Marrow Keep

Lady Ilse Varn was born on 3 April 1351 at Osk. Her father held Marrow Keep on the river Pell.

The Baron died on 12 June 1386, and Ilse took command of the keep. On 19 September 1388 the army of Count Hadrel reached the river and laid siege to Marrow Keep.

The siege was lifted on 14 January 1389, when a relief force from Osk broke through. Ilse signed a peace with the Count in March 1390.
"""


@pytest.fixture(scope="module")
def marrow(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(MARROW)


@pytest.mark.parametrize(
    ("line", "told"),
    [
        # days and months, not "about 1 year", when the text gives both days
        ("how long did the siege last?", "117 days (about 4 months), from 19 September 1388"),
        (
            "how long after the baron died did the count lay siege to the keep?",
            "2 years and 3 months",
        ),
        ("how old was Ilse when the siege was lifted?", "37 years old, from 3 April 1351"),
        # a month and a day against a month alone: months, and "about"
        ("how many months between the lifting of the siege and the peace?", "About 14 months"),
    ],
)
def test_full_dates_give_the_span_exactly(marrow: tutor.Tutor, line: str, told: str) -> None:
    reply = _talk(marrow, line)
    assert reply.kind == "answer" and reply.text.startswith(told), reply.text


def test_how_long_a_thing_lasted_runs_from_its_opening_to_its_closing(harl: tutor.Tutor) -> None:
    reply = _talk(harl, "how long did the ropewalk last?")
    assert reply.text.startswith("About 36 years, from 1866 to 1902"), reply.text


def test_how_long_a_state_lasted_runs_to_the_persons_death() -> None:
    """The essay's exile: 1929, and his killing in 1940 ends it (as a claimed span)."""
    reply = _talk(tutor.Tutor(), "when was trotsky exiled?", "how long was he in exile?")
    assert reply.text.startswith("About 11 years, from 1929 to 1940"), reply.text


def test_a_span_a_fact_states_of_other_events_is_not_the_answer(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "had lasted 40 days when it ended" states the strike's span, not the one asked
    (from the rockfall to the strike's end): worked out from both days, "2" not read as
    "to"."""
    t = draft_text(
        "The Quarry Strike\n\nOn 2 March 1702 the mason Pell Arro was hurt in a rockfall at "
        "Quarry Gate.\n\nThe quarry strike had lasted 40 days when it ended on 20 March 1702.\n"
    )
    reply = _talk(t, "when was Pell Arro hurt?", "how long was that before the strike ended?")
    assert reply.text.startswith("18 days, from 2 March 1702 to 20 March 1702"), reply.text
    reply = _talk(t, "how long did the quarry strike last?")
    assert "40 days" in reply.text and not reply.text.startswith("18"), reply.text


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("how long did Ysa reign?", "About 38 years, from 1602 to 1640"),
        ("Ysa reigned for 38 years", ""),  # the claimed span, checked the same way
        ("Ysa reigned for ten years", ""),
    ],
)
def test_a_state_ended_by_until_starts_with_the_year_before_it(
    draft_text: Callable[[str], tutor.Tutor], line: str, told: str
) -> None:
    """ "took the throne in 1602 and reigned until her death in 1640": 38 years."""
    t = draft_text(
        "The Queen of Osk\n\nYsa Morrin took the throne in 1602 and reigned until her death "
        "in 1640.\n\nHer son Pell Morrin sold the crown lands.\n"
    )
    reply = _talk(t, line)
    assert reply.text.startswith(told), reply.text
    if "for" in line.split():
        assert reply.kind == ("answer" if "38" in line else "correction"), reply.text


def test_a_stated_span_stands_when_the_text_dates_one_end_only(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "how long was it a reed bed before it was drained?": the stage's own length, told,
    not "doesn't say how long" from the drainage's year alone."""
    t = draft_text(
        "Fell Moor\n\nAt Fell Moor the reed stage lasted roughly 400 years.\n\n"
        "In 1702 the moor was drained by the Abbot of Ranne.\n"
    )
    reply = _talk(t, "For how long was Fell Moor a reed bed before it was drained?")
    assert "400 years" in reply.text and "doesn't say" not in reply.text, reply.text


def test_the_year_before_an_until_of_someone_else_does_not_start_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "Pell Dorn died in 1701, and Ysa Morrin ran the mill until 1720": Ysa's running
    did not start in 1701."""
    t = draft_text(
        "The Mill at Ranne\n\nPell Dorn died in 1701, and Ysa Morrin ran the mill until her "
        "death in 1720.\n\nThe mill burned down in 1733.\n"
    )
    reply = _talk(t, "how long did Ysa Morrin run the mill?")
    assert "1701 to" not in reply.text and "19 years" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("how old was Teo when he opened the forge?", "About 27 years old, from 1853 to 1880"),
        ("how old was Orrin when he left for Varn?", "About 21 years old, from 1850 to 1871"),
    ],
)
def test_births_listed_in_one_sentence_are_each_their_own(
    draft_text: Callable[[str], tutor.Tutor], line: str, told: str
) -> None:
    t = draft_text(
        "The Fenn Brothers\n\nAda Fenn had two sons: Orrin, born in 1850, and Teo, born in "
        "1853.\n\nOrrin left for Varn in 1871. Teo opened a forge at Osk in 1880.\n"
    )
    reply = _talk(t, line)
    assert reply.text.startswith(told), reply.text


def test_a_birth_is_not_given_to_another_the_sentence_names(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "Mara Lusk's son Pim was born in 1862": not Mara's birth, so no age of hers."""
    t = draft_text(
        "The School at Hale\n\nMara Lusk's son Pim was born in 1862.\n\n"
        "Mara Lusk opened a school at Hale in 1870.\n"
    )
    reply = _talk(t, "how old was Mara Lusk when she opened the school?")
    assert "About 8" not in reply.text and "1862 to" not in reply.text, reply.text


def test_an_age_at_someone_elses_deed(draft_text: Callable[[str], tutor.Tutor]) -> None:
    t = draft_text(
        "The School at Hale\n\nMara Lusk's son Pim was born in 1862.\n\n"
        "Mara Lusk opened a school at Hale in 1870.\n"
    )
    reply = _talk(t, "how old was Pim when Mara Lusk opened the school?")
    assert reply.text.startswith("About 8 years old, from 1862 to 1870"), reply.text


def test_an_event_only_a_heading_names_dates_nothing(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """A drafted fact carries its section's heading among its keywords ("The flood" on
    every fact under it); a death told under that heading is no date of the flood, and a
    span worked out from it is a wrong figure (a review found "about 17 years")."""
    t = draft_text(
        "The Mill at Orrin\n\nThe miller Bram Tolle built the mill at Orrin in 1760, and "
        "his sister Wenna Tolle kept its books.\n\nThe flood\n\nThe inquiry into the "
        "damage was held at Orrin in May 1772. The mill was rebuilt in 1775 with a stone "
        "weir. Bram Tolle died in 1790 and was buried beside the mill race.\n"
    )
    for line in (
        "how long between the flood and the inquiry?",
        "how long after the flood did bram die?",
    ):
        said = t.session(seed=0).respond(line).text
        assert not said.startswith("About"), said  # no span: the text never dates the flood
