"""Follow-ups on a fresh draft asking a role of the last event that its sentence does
not give and the next sentence of the same paragraph does: the text goes on to say how
a sum was raised, or who carried a thing on, so that sentence answers, not the last one
again nor "the text doesn't say"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Brackwater Rowing Club

Beginnings

The Brackwater Rowing Club was formed in 1902 by a group of dock clerks who wanted
somewhere to train on the estuary. Their first boathouse was a tarred shed lent by a
timber merchant named Silas Oakes.

The New Boathouse

In 1961 the club decided to build a brick boathouse with a clubroom above it. The
county sports board promised a grant of six thousand pounds if the club could raise a
further two thousand pounds itself. The members met that sum within a year through
raffles, a sponsored swim and the sale of old oars. The boathouse opened in 1964.

The Regatta

The club has held a regatta every August since 1925. In the flood year of 1953 the
regatta was nearly cancelled. Hester Quayle, the club's first woman captain, organised
it from her kitchen and kept it running.
"""


@pytest.fixture(scope="module")
def club(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_how_is_told_by_the_next_sentence(club: tutor.Tutor) -> None:
    reply = talk(club, "what did the sports board promise?", "how did they raise it?")
    assert reply.kind == "answer"
    assert "raffles" in reply.text


def test_the_last_answer_that_gives_the_role_is_kept(club: tutor.Tutor) -> None:
    # the sentence names who lent the shed: no need to go on to the next paragraph
    reply = talk(club, "what was the first boathouse?", "who lent it?")
    assert "Silas Oakes" in reply.text


def test_a_yes_or_no_question_does_not_go_on(club: tutor.Tutor) -> None:
    reply = talk(club, "what did the sports board promise?", "did they raise it?")
    assert "sponsored swim" not in reply.text


def test_who_carried_it_on_is_told_next(club: tutor.Tutor) -> None:
    reply = talk(club, "what happened to the regatta in 1953?", "who kept it running?")
    assert "Hester Quayle" in reply.text


FERRY = """The Lydd Ferry

A ferry has crossed the river at Lydd since the fourteenth century, first by rowing boat
and later by a flat barge pulled along a chain.

One spring the ferryman Jonah Creel raised the fare for crossing the river to twopence.
The villagers complained to the parish council about the higher fare. When the council
did nothing, the schoolmaster Amos Pike took the ferryman before the magistrates at
Lydd in 1892. The magistrates ordered the fare lowered to a penny.
"""


def test_a_follow_up_answered_a_few_sentences_on_needs_not_repeat_the_topic(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # the parish council the first question asked of is not said again where the text
    # goes on to the magistrates, the next sentence of the same part
    session = draft_text(FERRY).session(seed=0)
    session.respond("who did the villagers complain to?")
    reply = session.respond("when did it go before the magistrates?")
    assert reply.kind == "answer"
    assert "1892" in reply.text


BELL = """St Ebba's Church

The Tower

The tower of St Ebba's was finished in 1790 with a ring of four bells.

The Tenor Bell

A new tenor bell was hung in 1868. The old tenor had cracked during a hard frost in the
winter before. The replacement was cast by a foundry in Lisbon and brought up the river
by barge.
"""


def test_a_role_told_past_an_aside_two_sentences_on(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'where was it made?' after 'a new tenor bell was hung': the place is told two
    sentences on, past one about the old bell, not 'the text doesn't say'."""
    church = draft_text(BELL)
    reply = talk(church, "when was the new tenor bell hung?", "where was it made?")
    assert reply.kind == "answer" and "Lisbon" in reply.text
