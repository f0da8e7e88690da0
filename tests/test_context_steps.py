"""Follow-ups that take a step from the last answer: who its event's doer picked next,
who was behind a claim it told, the next place of a journey, one of a listed series by
its place in it, the last question asked again of someone new.

Our own wording, about a short made-up chronicle drafted as an educator would (no
editing), not the essay's: each test failed before the mechanism it names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

_TEXT = """The Quarrel of the River Towns

In 1401 Mara Venn became ruler of Spain after her father Aldo Venn died. One key advantage \
of the crown was that Mara Venn could pick the judges and tax collectors of every town. At \
first she ruled with the help of two old nobles, Orlan Dace and Ilse Vesk, who feared the \
power of the merchant guilds.

After the harvest war, Mara Venn turned on her former allies Orlan Dace and Ilse Vesk. By \
1412, Mara Venn formed a new alliance with Tomas Tull and the Harbour League. Later Mara \
Venn moved against Tomas Tull as well.

The steps in the fall of Orlan Dace were his loss of the treasury in 1414, his removal from \
the council in 1416, and his banishment from Spain in 1419. After his banishment, Orlan \
Dace lived in exile in Lisbon, Genoa, Porto, and eventually Bruges.

Before his death, Aldo Venn had grown wary of Mara Venn and wrote a letter suggesting \
Orlan Dace be given the crown. Mara Venn and her friends burned the letter at the winter \
council in 1402, keeping it from the nobles.

Before she rose, Mara Venn was seen as a quiet and dull princess. Orlan Dace, a famous \
general and the old king's friend, seemed the natural choice to rule.

Together, Mara Venn and Ilse Vesk formed the Lantern Circle and worked to paint Orlan Dace \
as greedy and cruel. Pamphlets framed Orlan Dace as a traitor to Aldo Venn's memory.

In the end, the quarrel showed that in the river towns, power rested more on friends at \
court than on fame in battle.
"""


@pytest.fixture(scope="module")
def chronicle(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(_TEXT)


def _talk(t: tutor.Tutor, *lines: str) -> list[tutor.Reply]:
    session = t.session(seed=2)
    return [session.respond(line) for line in lines]


def test_who_the_last_events_doer_picked_instead_by_name_then_when(
    chronicle: tutor.Tutor,
) -> None:
    # the doer named, not "she": still the same doer's next partner, and "when?" its date
    replies = _talk(
        chronicle,
        "What happened to Orlan Dace and Ilse Vesk after the harvest war?",
        "who did Mara Venn pick instead?",
        "when?",
    )
    assert "turned on" in replies[0].text
    assert "Tomas Tull" in replies[1].text, replies[1].text
    assert replies[2].kind == "answer" and "1412" in replies[2].text, replies[2].text


@pytest.mark.parametrize("line", ["who was doing that?", "who was promoting that?"])
def test_who_was_doing_that_asks_who_made_the_claim_just_told(
    chronicle: tutor.Tutor, line: str
) -> None:
    # "was doing" is done, not undergone; a verb of its own names no part of the answer;
    # the name in "traitor to Aldo Venn's memory" is not a doer of the framing
    first, reply = _talk(chronicle, "Why was Orlan Dace called a traitor?", line)
    assert "Pamphlets" in first.text
    assert "Mara Venn" in reply.text and "Lantern Circle" in reply.text, reply.text


def test_where_to_first_after_a_departure_then_the_places_on_either_side(
    chronicle: tutor.Tutor,
) -> None:
    # "first" picks from the list, asks nothing of its own; the dated steps list no
    # place to go to; the place left is not where he went
    replies = _talk(
        chronicle,
        "When was Orlan Dace banished from Spain?",
        "where to first?",
        "and after that?",
        "and before that?",
    )
    assert "1419" in replies[0].text
    assert replies[1].kind == "answer" and "Lisbon" in replies[1].text, replies[1].text
    assert "Genoa" in replies[2].text.split(".")[0], replies[2].text
    assert "Lisbon" in replies[3].text.split(".")[0], replies[3].text


def test_before_that_after_the_last_place_is_the_one_before_it(chronicle: tutor.Tutor) -> None:
    replies = _talk(chronicle, "Where did Orlan Dace end up?", "and before that?")
    assert "Bruges" in replies[0].text
    assert "Porto" in replies[1].text.split(".")[0], replies[1].text


def test_an_ordinal_after_a_list_of_dated_steps_picks_that_step(chronicle: tutor.Tutor) -> None:
    replies = _talk(
        chronicle,
        "What were the steps in the fall of Orlan Dace?",
        "what year was the middle one?",
        "and the last?",
    )
    assert replies[1].kind == "answer"
    assert replies[1].text.startswith("The middle one: his removal from the council in 1416.")
    assert replies[2].text.startswith("The last one: his banishment from Spain in 1419.")
    # what came after the last step asks beyond the list: not that step as its item
    after = _talk(
        chronicle,
        "What were the steps in the fall of Orlan Dace?",
        "what happened after the last step?",
    )[1]
    assert not after.text.startswith("The last one"), after.text


def test_an_ordinal_after_a_list_of_places_picks_it_and_the_next_goes_on_from_it(
    chronicle: tutor.Tutor,
) -> None:
    replies = _talk(
        chronicle,
        "Where did Orlan Dace live in exile?",
        "which one came second?",
        "and after that?",
    )
    assert replies[1].text.startswith("The second one: Genoa."), replies[1].text
    assert "Porto" in replies[2].text.split(".")[0], replies[2].text


def test_a_list_item_is_picked_only_from_a_clean_list() -> None:
    from tutor._list_items import list_item

    steps = "The stages were the survey in 1801, the digging in 1803 and the opening in 1806."
    years = ["1801", "1803", "1806"]
    assert list_item(steps, years, 1, True) == "the survey in 1801"
    assert list_item(steps, years, 0, True) == "the digging in 1803"
    assert list_item(steps, years, -1, True) == "the opening in 1806"
    assert list_item(steps, years, 4, True) is None
    assert (
        list_item("Ships went to Oslo and Riga.", ["Oslo", "Riga"], 0, False) is None
    )  # no middle
    assert list_item("Ships went to Oslo and Riga.", ["Oslo", "Riga"], 2, False) == "Riga"


def test_what_a_document_said_about_someone_then_what_became_of_it(
    chronicle: tutor.Tutor,
) -> None:
    # "about Mara Venn" says whom the telling must name, not a new question of her; "what
    # happened to it?" of the letter is what others did to it next
    replies = _talk(
        chronicle,
        "What did Aldo Venn write before he died?",
        "what did it say about Mara Venn?",
        "so what happened to it?",
    )
    assert "letter suggesting" in replies[0].text
    assert "letter suggesting" in replies[1].text, replies[1].text
    assert "burned the letter" in replies[2].text, replies[2].text


def test_a_word_of_degree_asks_the_other_side_of_the_comparison_just_told(
    chronicle: tutor.Tutor,
) -> None:
    first, reply = _talk(
        chronicle, "What did the quarrel show in the end?", "and what mattered less?"
    )
    assert "than on fame in battle" in first.text
    assert reply.text == first.text


def test_who_was_behind_that_after_under_someone_is_that_someone() -> None:
    # "Under X, Y was done": X did it, though no frame makes X the agent (the review)
    s = tutor.Tutor().session(seed=0)
    assert "textbooks" in s.respond("what happened to the school books about trotsky?").text
    reply = s.respond("who was behind that?")
    assert reply.kind == "answer" and "Stalin" in reply.text, reply.text
