"""A follow-up asking something new of the person just told of ("how was he
remembered?" after "he was drowned"), in words the last answer holds none of, is not
answered by that answer again: the learner has just read it; nor is "who got it after
him?", which the next sentence tells; and "how did it work?" asks no outcome."""

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


MINT = """The Ware Mint

Ann Ware ran a small mint in the town of Elby. In 1850 she built a sorting machine in
which coins rolled down a brass ramp and fell through holes of different sizes. It sorted
a sack of coins in an hour. In 1852 the bank cancelled its contract with the mint. The
loss meant that Ware could not afford a steam press, so every coin was struck by hand.
"""


def test_how_did_it_work_is_no_outcome(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """ "how did it work?" after the sorting machine asks how it sorted, not what came
    of something: never the sentence about the lost contract."""
    session = draft_text(MINT).session(seed=0)
    first = session.respond("who built the sorting machine?")
    assert "brass ramp" in first.text, first.text
    reply = session.respond("how did it work?")
    assert "loss" not in reply.text, reply.text


MILL = """The Tolley Mill

The Tolley Mill stands on the river Wend below the village of Ashby Parva. It ground
corn for the farms of the valley for two hundred years. Its wheel was made of oak and
iron.

Samuel Tolley ran the mill himself until his death in 1801, when it went to his only
son, Robert. Robert Tolley had no sons, and in 1840 he left the mill to his daughter
Winifred. Two years later she married a miller from Fenby, and from then on the business
traded as Tolley & Marsh. Winifred kept the books until her death in 1880. The mill
closed in 1911.
"""


def test_who_got_it_after_him_is_the_next_sentence_that_hands_it_on(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "who got it after him?" after "..., when it went to his only son, Robert": the
    next sentence, which names him and hands the mill on to his daughter; not "the text
    doesn't say", nor the last answer again."""
    session = draft_text(MILL).session(seed=0)
    first = session.respond("who got the mill when samuel tolley died in 1801?")
    assert "his only son, Robert" in first.text, first.text
    reply = session.respond("who got it after him?")
    assert "to his daughter Winifred" in reply.text, reply.text
    assert session.respond("who did she marry?").text.startswith("Two years later Winifred")


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
