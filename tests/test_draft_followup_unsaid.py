"""A follow-up in the last answer's own words gets that answer again ("how was he
drowned?" after "he was drowned"), and "what did she do about it?" gets a sentence of
what she did, not the one the learner has just read."""

from __future__ import annotations

from collections.abc import Callable

import tutor

FLOOD = """The Flood at Harrow

Harrow is a market town on the river Lume. Its ferry crossed the river below the mill
for two hundred years. The mill ground corn for the farms of the valley. The council was
formally recognised as the owner of the ferry in 1890.

In 1910 the river broke its banks at Harrow. A young ferryman, Tom Reddle, was drowned
while he carried a family across. Forty houses were lost in the night. The mill wheel
was torn from its axle. The flood reached the church steps by morning.

The town rebuilt the bridge in 1912. The new bridge had three stone arches. It cost four
thousand pounds, raised by a public subscription. In 1930 the town placed a bronze
plaque on the new bridge in memory of Tom Reddle. The ferry never ran again.
"""


def test_a_question_the_last_answer_holds_still_gets_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'how was he drowned?' asks in the last answer's own word: it answers again."""
    session = draft_text(FLOOD).session(seed=0)
    session.respond("who was Tom Reddle?")
    reply = session.respond("how was he drowned?")
    assert "carried a family" in reply.text, reply.text


LAMBS = """The Lost Lambs

The trouble began on the morning of 3 May 1921. Ada Crane, a shepherd at Holt Farm, had
walked her dog to the top field to count the ewes. Instead of ewes, the dog found twenty
dead lambs lying by the wall. Miss Crane counted the tracks around them and decided that
a fox had come in the night. She wrote to the parish council that evening.

The council paid a reward for every fox killed in the parish. By 1925 the farm had lost
no more lambs.
"""


def test_what_she_did_about_it_is_a_sentence_of_her_own(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "what did she do about it?" after Ada Crane's walk is her next deed, not the next
    sentence drafted with hers for its leaning word ("Instead of ewes, the dog found
    ..."), which names her only in the sentence it repeats."""
    session = draft_text(LAMBS).session(seed=0)
    first = session.respond("who was Ada Crane?")
    assert "a shepherd at Holt Farm" in first.text, first.text
    reply = session.respond("what did she do about it?")
    assert "counted the tracks" in reply.text, reply.text
