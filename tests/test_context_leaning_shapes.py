"""Follow-ups in everyday shapes that lean wholly on the last answer: what the thing just
told made someone able to do ("what did that let the keepers do?"), what else people
were saying (an inflected word of saying is no word of the question's own), "and
then?" after "who ... first?" (who filled that role next), and a bare "why?" of a deed
whose doer had lived through something told beside it.

Each is tried on a small text of our own, drafted with `new-pack` and never edited.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor.cli import main

from conversation import talk

LIGHT = """The Orla Lighthouse

Building the Light

The lighthouse at Orla Point was built in 1850 by the engineer Ruth Calder. Calder had
seen the schooner Wren sink off the point in 1846 with all hands. She raised 900 pounds
from the shipowners of Kell and hired masons from Tarn. The masons worked on the rock only
in summer, because the winter gales threw spray over the whole reef. Each winter the
reef lay dark.

The Keepers

Calder first hired the brothers Ned and Owen Pike as keepers. The Pike brothers had fished
off the point since boyhood. In 1852 she hired a clerk, Lars Amble, who kept the log. In 1853 Calder took charge of the light herself. In 1880 the
board cut the keepers' pay from 40 pounds to 32 pounds a year. In 1890 the harbour board
installed an electric lamp. The
new lamp allowed the keepers to see ships twelve miles out.

The Rumours

Her loudest critic was Silas Monk, a Dunmore merchant who had lost the harbour contract to
her. The rival shipowners of Dunmore spread stories about Calder:
- They called her reckless with other people's money
- They mocked her Scottish accent
- They accused her of stealing the lamp design

The stories did not stop the board from renewing her contract in 1895. Calder ran the
light until 1902, when she retired to Kell.
"""


@pytest.fixture(scope="module")
def light(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("light")
    (root / "light.txt").write_text(LIGHT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "light.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_what_that_let_someone_do_is_what_came_of_it(light: tutor.Tutor) -> None:
    """'what did that let the keepers do?' after the lamp was installed: what the lamp
    made them able to do, told next, though the line names the keepers in its own words
    (not the installing again)."""
    reply = talk(
        light, "What did the harbour board put in in 1890?", "what did that let the keepers do?"
    )
    assert reply.kind == "answer" and "twelve miles" in reply.text


def test_what_they_let_someone_do_reads_as_a_result(default_tutor: tutor.Tutor) -> None:
    """'what did they let him do?' asks what the things just told made him able to do,
    as 'what did it let him do?' does: its kind is a result, not a thing."""
    analyzer = default_tutor._engine.analyzer
    assert analyzer.analyze("what did they let the mayor do?").qtype == "result"
    assert analyzer.analyze("what did those allow her to do?").qtype == "result"
    assert analyzer.analyze("what did they give him?").qtype != "result"


def test_saying_and_telling_are_no_words_of_the_questions_own(
    default_tutor: tutor.Tutor,
) -> None:
    """'what else were they saying about her?' asks as 'what else did they say about
    her?' does: 'saying' and 'telling' carry no term for a fact to hold."""
    analyzer = default_tutor._engine.analyzer
    for line in ("what else were they saying about her?", "what were they telling people?"):
        terms = analyzer.analyze(line).terms
        assert not {"saying", "say", "telling", "tell"} & set(terms), terms


def test_and_then_after_who_came_first_is_who_came_next(default_tutor: tutor.Tutor) -> None:
    """'who did he team up with first?' 'and then?': the next one allied with, though the
    sentence right after the first ones tells more of them."""
    reply = talk(default_tutor, "who did stalin team up with first?", "and then?")
    assert reply.kind == "answer" and "Bukharin" in reply.text


def test_why_of_a_deed_is_what_its_doer_had_lived_through(light: tutor.Tutor) -> None:
    """'why?' after the lighthouse was built: what its builder had seen, told in the
    next sentence with no reason word ('Calder had seen the schooner Wren sink')."""
    reply = talk(light, "when was the lighthouse built?", "why?")
    assert reply.kind == "answer" and "Wren" in reply.text


def test_why_asked_outright_is_what_the_doer_had_lived_through_too(light: tutor.Tutor) -> None:
    """'why did Calder build the lighthouse?' asked outright gets what the follow-up
    'why?' gets (what she had seen, told beside the deed), not 'the text doesn't say
    outright why' while the follow-up says otherwise."""
    reply = talk(light, "why did Ruth Calder build a lighthouse at Orla Point?")
    assert reply.kind == "answer" and "Wren" in reply.text


def test_why_asked_outright_of_a_deed_told_with_its_occasion_is_that_deed(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'He changed his mind after the vote' tells what the change followed: 'why did she
    change her mind?' is that sentence, not the belief told before it (why she first
    backed the plan)."""
    town = draft_text(
        "The Canal Plan\n\nThe mayor, Edith Rowe, at first backed the canal. Rowe believed "
        "that barges would bring trade to the market. She changed her mind after the flood "
        "of 1881, and the council dropped the plan.\n"
    )
    reply = talk(town, "why did Rowe change her mind?")
    assert reply.kind == "answer" and "flood" in reply.text


def test_until_when_is_where_the_state_just_told_ended(light: tutor.Tutor) -> None:
    """'until when?' after she took charge: the sentence telling where her running of
    the light ended, some sentences on, not the year she took charge."""
    reply = talk(light, "when did calder take charge of the light?", "until when?")
    assert reply.kind == "answer" and "1902" in reply.text


HOLT = """Vera Holt

Vera Holt was born in Brill in 1905 and taught music at the Brill school. From 1931 until
1940 Holt held the county title at draughts. After the war Holt ran a chess school for children
in the old corn exchange.
"""


def test_since_when_is_never_the_start_of_another_state_of_the_same_person(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'since when?' after she ran a chess school: the text gives no start for that, and
    the years she held a title are another state of hers, not when the school began (a
    state is matched by a word its sentence says besides her name; one that shared a
    word such as 'chess' with the title would still be taken for it)."""
    reply = talk(draft_text(HOLT), "who ran the chess school?", "since when?")
    assert "1931" not in reply.text


def test_since_when_of_an_undated_answer_is_where_it_began(
    default_tutor: tutor.Tutor,
) -> None:
    """'since when?' after what a post gave someone, told with no date: the sentence
    saying from what year they held it."""
    session = default_tutor.session(seed=0)
    session.respond("what advantages came with the general secretary role?")
    reply = session.respond("since when?")
    assert reply.kind == "answer" and "1922" in reply.text


def test_and_after_it_of_a_change_just_told_is_that_change(light: tutor.Tutor) -> None:
    """'what was their pay before the cut?' 'and after it?': the sentence that gave the
    pay before gives the pay after too ('from 40 pounds to 32 pounds'), not the next
    sentence; and the talk stays on the pay."""
    session = light.session(seed=0)
    first = session.respond("what was the keepers' pay before the cut?")
    assert "40 pounds" in first.text
    reply = session.respond("and after it?")
    assert reply.kind == "answer" and reply.fact_ids == first.fact_ids


def test_why_of_a_feeling_is_what_the_one_just_described_had_lived_through(
    light: tutor.Tutor,
) -> None:
    """'why did he resent her so much?' after the answer described him as one 'who
    had lost the harbour contract to her': that answer, which gives no reason word."""
    reply = talk(light, "who was silas monk?", "why did he resent her so much?")
    assert reply.kind == "answer" and "harbour contract" in reply.text


def test_why_not_of_a_part_of_the_last_answer_is_its_own_reason(light: tutor.Tutor) -> None:
    """'why not in winter?' after 'they worked only in summer, because the winter gales
    ...': that answer, which says why, though another sentence tells of the winter."""
    reply = talk(light, "when did the masons work on the rock?", "why not in winter?")
    assert reply.kind == "answer" and "gales" in reply.text
