"""A plain question that asks for the last (or the first) of what the text tells of the
people it names ("what did Marsh end up doing to Boyd?", "how were things between them
at first?") is answered by the fact the text tells last (first) of them, not by the one
that happens to fit the line's wording best; and the words of such a cue ("end",
"finally") are not evidence for a fact that merely says them ("a drought ended ...").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._order_cue import FIRST, LAST, OrderCues, order_cue
from tutor._text import language

from conversation import talk

TEXT = """The Mill at Harrow

In 1831 Edwin Marsh went into partnership with Clara Boyd to run the flour mill at
Harrow. Marsh and Boyd quarrelled bitterly over the accounts in 1838. In 1840 Marsh bought
out Boyd's share and ran the mill alone. A long drought ended the mill's good years in
1850. In 1852 the mill was sold to the Harrow Brewery, which turned it into a malt store.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    "line", ["What did Marsh end up doing to Boyd?", "what did Marsh do to Boyd in the end?"]
)
def test_what_one_ended_up_doing_to_another_is_the_last_told(
    drafted: tutor.Tutor, line: str
) -> None:
    reply = talk(drafted, line)
    assert reply.kind == "answer"
    assert "bought out" in reply.text


FERRY = """The Ferry at Coll

The ferry at Coll had crossed the river Wend since 1790. The river there is wide and slow,
and the crossing takes a quarter of an hour. Farmers from the north bank used the ferry on
market days. Drovers used it in the autumn to bring cattle south. The boat was a flat
barge pulled along a rope.

In 1841 Tobias Venn and Ada Crane took on the ferry lease together. Venn and Crane argued
over the fares in 1845. In 1848 Venn forced Crane out of the lease and ran the ferry with
his sons.
"""


@pytest.mark.parametrize(
    "line", ["what did Venn do with Crane at first?", "What did Venn and Crane do at first?"]
)
def test_what_two_did_at_first_is_the_first_told_of_them(
    draft_text: Callable[[str], tutor.Tutor], line: str
) -> None:
    reply = talk(draft_text(FERRY), line)
    assert reply.kind == "answer"
    assert "took on the ferry lease" in reply.text


def test_without_a_cue_the_best_fit_answers(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "What did Marsh do to Boyd?")
    assert "bought out" not in reply.text


def _cue(line: str) -> tuple[str | None, frozenset[int]]:
    return order_cue(line.lower().split(), OrderCues(language()["order_cues"]))


@pytest.mark.parametrize(
    ("line", "order", "places"),
    [
        ("what did he end up doing", LAST, {3, 4}),
        ("did she get away in the end", LAST, {4, 5, 6}),
        ("who sided with him at first", FIRST, {4, 5}),
        ("what was it called originally", FIRST, {4}),
    ],
)
def test_a_cue_of_order_is_read_with_its_words(line: str, order: str, places: set[int]) -> None:
    assert _cue(line) == (order, frozenset(places))


@pytest.mark.parametrize(
    "line",
    [
        "what happened at the end of summer",  # a time of its own
        "at first he agreed but what did he do in the end",  # a change, not one end
        "what did he do",
    ],
)
def test_no_cue_of_order(line: str) -> None:
    assert _cue(line) == (None, frozenset())


GUILD = """The Guild at Tarn

In 1801 Hugo Lark joined forces with Mara Vell and Otto Brand against the old master of
the weavers' guild, Simon Greer. Greer lost the vote for master in 1803 and left Tarn.
After defeating Greer, Lark turned on Vell and Brand and drove them from the guild in 1805.
Lark ruled the guild alone until his death in 1820.
"""


def test_a_line_opening_with_once_asks_what_came_after_that_event(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "Once Greer was out of the way, ...?" asks what followed his fall: the sentence
    saying "After defeating Greer, ..." tells it, not their alliance before it."""
    reply = talk(
        draft_text(GUILD), "Once Greer was out of the way, what did Lark do to Vell and Brand?"
    )
    assert reply.kind == "answer"
    assert "turned on Vell and Brand" in reply.text
