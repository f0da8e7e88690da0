"""Follow-ups on a fresh draft that ask what came of the event the last answer told, or
why it mattered: "why did that matter?" of a deed told with its purpose ("... to keep it
dry", "... to block his rival's carts") is that purpose, before anything told later that
came of it; "why would that have mattered?" asks the same, rare as "mattered" may be in the text; "did it work out for
him?" of one the last event dealt with is what befell him after it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Pennock Lifeboat Station

The Station

The lifeboat station at Pennock was opened in 1862 by the fishermen of the village, after
a storm drowned eleven of them within sight of the shore. The boathouse was built on the
beach below the church. The builder, Samuel Ord, raised its floor on oak piles to keep it
dry at high tide. The fishermen hired a retired navy coxswain, Peter Vane, to train the
crew. Vane drilled them every Sunday in the bay. The station's first rescue came in 1864,
when the crew saved nine men from a collier. In 1871 the committee dismissed Vane for
drunkenness. In his place the crew chose Jack Moore, a pilot from the harbour, as their
coxswain.

The Boats

The first boat was a rowing boat called the Grace, with ten oars and a crew of twelve.
In 1903 the station bought a motor lifeboat, the Kittiwake, from a yard in Cowes. Its
engine failed during its first rescue, and the crew rowed it home.

Later Years

The station closed in 1969, when a larger station opened at Hexley. Its first crew came
from the town. Ned Pike, though the most experienced sailor on the coast, could not swim.
The station chose a young fisherman, Owen Cray, as its coxswain. The Kittiwake was
sold to a fisherman in Whitby. The boathouse is now
a cafe, and the Grace hangs from its ceiling.
"""


@pytest.fixture(scope="module")
def station(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("asked", ["why did that matter?", "why would that have mattered?"])
def test_why_it_mattered_is_the_purpose_the_last_answer_gives(
    station: tutor.Tutor, asked: str
) -> None:
    first = talk(station, "what did Samuel Ord raise the floor on?")
    assert "oak piles" in first.text
    reply = talk(station, "what did Samuel Ord raise the floor on?", asked)
    assert reply.kind == "answer"
    assert "dry at high tide" in reply.text


def test_why_it_mattered_is_no_cause_told_again(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """A last answer giving why it happened ("because the air changed the dye") says
    nothing of why it mattered: it is not told again as if it did."""
    dye = draft_text(
        "The Dye\n\nThe cloth was lifted out of the vat. In the air it turned blue within"
        " minutes, because the air changed the dye. The cloth was dipped again to make a"
        " darker shade. The dyers sold it at the fair in Norwich.\n"
    )
    session = dye.session(seed=0)
    session.respond("why did the cloth turn blue?")
    reply = session.respond("why would that matter?")
    assert "because the air changed" not in reply.text, reply.text


def test_the_second_one_of_people_the_last_answer_listed_is_no_later_fact(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "who was the first member?" answered with the four members: "and the second
    one?" is among them, not the next sentence naming someone new."""
    trip = draft_text(
        "The Expedition\n\nIn 1951 the botanist Ruth Hale led an expedition to Skarvoy.\n\n"
        "The expedition had four members: Hale; her cousin Erik, a doctor, who also served as"
        " cook; a young student named Tom Ash, who had studied mosses in Germany; and a"
        " hunter, Ada Kerr, who knew the ice. They sailed from Bergen on 2 June in a sealing"
        " ship, the Tern, and landed on 9 June.\n\nThe expedition nearly ended in August."
        " Kerr fell on the ice and broke her arm, and Erik set the bone in the tent. Then a"
        " storm delayed the Tern by eleven days, and the party ran short of food.\n"
    )
    session = trip.session(seed=0)
    session.respond("who was the first member of the expedition?")
    reply = session.respond("and the second one?")
    assert "storm" not in reply.text, reply.text


@pytest.mark.parametrize("asked", ["did it work out for him?", "how did that end for him?"])
def test_how_it_went_for_one_the_last_event_dealt_with_is_what_befell_him(
    station: tutor.Tutor, asked: str
) -> None:
    first = talk(station, "who did the fishermen hire to train the crew?")
    assert "Peter Vane" in first.text
    reply = talk(station, "who did the fishermen hire to train the crew?", asked)
    assert reply.kind == "answer"
    assert "dismissed" in reply.text


def test_it_is_the_thing_the_last_answer_named_not_the_words_that_asked_for_it(
    station: tutor.Tutor,
) -> None:
    first = talk(station, "what motor lifeboat did the station buy?")
    assert "Kittiwake" in first.text
    reply = talk(station, "what motor lifeboat did the station buy?", "who was it sold to?")
    assert reply.kind == "answer"
    assert "Whitby" in reply.text


@pytest.mark.parametrize("asked", ["and the second one?", "and their second?"])
def test_the_next_ordinal_asks_the_next_of_the_kind_the_last_question_asked(
    station: tutor.Tutor, asked: str
) -> None:
    first = talk(station, "who was the crew's first coxswain?")
    assert "Peter Vane" in first.text
    reply = talk(station, "who was the crew's first coxswain?", asked)
    assert reply.kind == "answer"
    assert "Jack Moore" in reply.text


@pytest.mark.parametrize(
    "asked", ["so why didn't he get the job?", "then why didn't they pick him?"]
)
def test_why_not_after_a_strength_is_what_the_text_sets_against_it(
    station: tutor.Tutor, asked: str
) -> None:
    first = talk(station, "who was the most experienced sailor on the coast?")
    assert "Ned Pike" in first.text
    reply = talk(station, "who was the most experienced sailor on the coast?", asked)
    assert reply.kind == "answer"
    assert "could not swim" in reply.text


LANE = """The Mill Lane

In 1890 the quarry owner Silas Venn bought the mill lane to block his rival's carts. His
rival, Ned Croft, lost most of his trade within a year. Croft sold his quarry to Venn in
1893 and left the valley.
"""


def test_why_it_mattered_is_the_purpose_before_what_came_of_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """A deed told with what it was for ("... to block his rival's carts"): why it
    mattered is that purpose, said first, before what came of it later."""
    reply = talk(draft_text(LANE), "What did Silas Venn buy in 1890?", "why did that matter?")
    assert reply.kind == "answer"
    assert "to block his rival's carts" in reply.text
