""" "Why drown him if he was already banished?", "even with the council mocking him, what
was he still good at?": a clause that grants something asks nothing of it. Its words weigh
less than a time clause's, a place in it says where, not of whom, and a word the text never
says inside it is not the thing the text "doesn't say"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._analyze import Analyzer

TEXT = """The Ferryman of Loch Aird

Duncan Reid ran the ferry across Loch Aird from 1871 to 1902. In 1880 the council of Inverlaw
banished his rival, the smuggler Ewan Muir, to the island of Skye. Muir sailed from Skye to
Norway in 1884. The council still saw Muir as a danger in Norway. In 1886 the council paid a
sailor to drown Muir, because it feared that he would return and take back the trade. The
council criticised the ferry fares of Duncan and mocked his old boat. The mockery hurt his
trade in the town, though Duncan remained a skilled pilot and a fine carpenter. The council
praised the carpentry of his son. In 1902 Duncan Reid retired to a cottage above the pier.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def _answers(drafted: tutor.Tutor, line: str, said: str) -> None:
    reply = drafted.session().respond(line)
    assert reply.kind == "answer", reply.text
    assert said in reply.text


def test_why_despite_an_if_clause_after_it(drafted: tutor.Tutor) -> None:
    # the reason for the drowning, not the banishment the "if" grants
    line = "why bother drowning Muir if the council had already banished the smuggler to Skye?"
    _answers(drafted, line, "because it feared")
    _answers(drafted, "why have Muir drowned if he was already banished to Skye?", "to drown")


def test_places_in_a_granted_time_clause(drafted: tutor.Tutor) -> None:
    line = (
        "even after Muir was banished to Skye and sailed to Norway, did the council still fear him?"
    )
    _answers(drafted, line, "a danger in Norway")


def test_what_held_on_despite_what_is_granted(drafted: tutor.Tutor) -> None:
    line = (
        "even with the council mocking his fares and his old boat, what was Duncan still good at?"
    )
    _answers(drafted, line, "skilled pilot")


def test_an_if_clause_before_the_question_is_kept(drafted: tutor.Tutor) -> None:
    # "if the ferry was so dull, why did he keep it?": the clause names what "it" is
    analyzer = Analyzer(drafted.pack)
    before = analyzer.analyze("if the ferry was so dull, why did Duncan keep it?")
    assert not before.setting
    after = analyzer.analyze("why did Duncan keep the ferry if the fares were already dull?")
    assert {"fares", "dull"} <= {dict(after.surface).get(t) for t in after.granted}
    # without "already", the clause is what the answer weighs the rest against ("why
    # did he lose if he was the famous one?"): asked of as much as the rest
    assert not analyzer.analyze("why did Duncan keep the ferry if the fares were dull?").setting
    # a time clause is no grant: it weighs as before
    timed = analyzer.analyze("what did the council fear after Muir sailed to Norway?")
    assert timed.setting and not timed.granted


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("when Muir sailed to Norway, did the council still see him as a danger?", "a danger"),
        ("when Muir had sailed to Norway, did the council still fear him?", "a danger"),
        ("when the council mocked his boat, did Duncan stay a skilled pilot?", "skilled pilot"),
    ],
)
def test_the_question_after_an_opening_clause(drafted: tutor.Tutor, line: str, said: str) -> None:
    # "when ..., did ...?" asks yes or no of the clause after the one setting its time,
    # not a date ("the text doesn't say when") nor the event of that clause
    _answers(drafted, line, said)


def test_a_question_word_ends_the_opening_clause(drafted: tutor.Tutor) -> None:
    analyzer = Analyzer(drafted.pack)
    assert analyzer.analyze("after the fire, did Duncan keep the ferry?").qtype is None
    assert analyzer.analyze("before all that, whose son was Edward?").qtype == "person"
    assert analyzer.analyze("when did Muir sail to Norway?").qtype == "date"
