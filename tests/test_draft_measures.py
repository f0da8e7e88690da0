"""A fresh draft answers a keyword line or a question that asks a size by its noun or
adjective ("canal length", "how high is the aqueduct?") though the sentence says it only
by a number and a unit after "of" or "for", and reads a name by its last words ("the
water board" of the Ellerby Water Board)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._content import Entity
from tutor._measures import measured
from tutor._name_heads import name_heads
from tutor._text import split_words

TEXT = """The Ellerby Canal

The Ellerby Canal was dug between 1791 and 1796 to carry coal from the pits at Hobb Moor to
the town of Ellerby. The canal runs for 23 kilometres through the valley. Its engineer was
Matthew Crane, a former millwright from Leeds. The Ellerby Water Board lent the canal
company 9,000 pounds when its money ran out in 1794.

The hardest work was the aqueduct over the River Wend, which Crane built of brick. The aqueduct has
seven arches and stands 18 metres high. A strike of the diggers lasted for six weeks in
1793, and the work fell a year behind.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


def test_a_length_after_of_or_for_is_the_length_of_the_thing() -> None:
    assert measured("The wall runs for 40 metres along the road.") == ["length"]
    assert measured("a stone pier of 60 feet") == ["length"]
    assert measured("a distance of 12 miles") == ["length", "distance"]
    assert measured("a height of 9 metres") == ["height", "high", "altitude", "elevation"]
    assert measured("a farm three miles away") == ["distance", "far"]
    assert measured("out of line by four centimetres") == []


def test_a_keyword_line_asks_a_things_length_and_an_events_span(drafted: tutor.Tutor) -> None:
    analyze = drafted._engine.analyzer.analyze
    assert analyze("canal length").qtype == "distance"
    assert analyze("strike length").qtype == "duration"


def test_the_length_a_sentence_states_answers_the_keyword_line(drafted: tutor.Tutor) -> None:
    reply = ask(drafted, "canal length")
    assert reply.kind == "answer" and "23 kilometres" in reply.text
    reply = ask(drafted, "how long is the canal")
    assert reply.kind == "answer" and "23 kilometres" in reply.text


def test_how_high_asks_the_height(drafted: tutor.Tutor) -> None:
    reply = ask(drafted, "how high is the aquaduct")
    assert reply.kind == "answer" and "18 metres" in reply.text


def test_a_names_last_words_name_it() -> None:
    board = Entity("Ellerby Water Board", "group", ())
    keys = {board.name: "ellerby_water_board"}
    found = name_heads(
        [board],
        keys,
        [split_words("The Ellerby Water Board met.")],
        frozenset(["the"]),
        frozenset(["water", "board"]),
    )
    assert found == {("board",): "ellerby_water_board", ("water", "board"): "ellerby_water_board"}
    # said outside the name, the words keep their own meaning
    said = [split_words("The Ellerby Water Board met."), split_words("A water board rots.")]
    found = name_heads([board], keys, said, frozenset(["the"]), frozenset(["water", "board"]))
    assert found == {}


def test_the_board_by_its_last_words_answers(drafted: tutor.Tutor) -> None:
    reply = ask(drafted, "how much did the water board lend")
    assert reply.kind == "answer" and "9,000" in reply.text
    assert drafted._engine.analyzer.analyze("water board money").terms.count("water") == 0


STORM = """The Hollin Pier

The pier at Hollin was finished in 1861 and stood for forty years. On the night of
3 March 1903 a gale drove the sea over the harbour wall. The old timber pier was swept
away, and two fishing boats sank at their moorings. The harbour master, Ezra Tull, rang
the church bell to wake the town. No one was drowned.
"""


def test_an_age_told_around_a_number_answers_age() -> None:
    assert measured("The harbour master was only sixty-one when he retired.") == ["age"]
    assert measured("a fourteen-year-old deck boy") == ["age"]
    assert measured("She died in 1901, aged 84.") == ["age"]
    assert measured("He went to sea at the age of ten.") == ["age"]
    assert measured("Two boats sank at their moorings.") == []


def test_a_keyword_line_asks_an_age_the_sentence_tells(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    pier = draft_text(STORM + "Tull was only thirty-four when he took the post in 1898.\n")
    reply = ask(pier, "Ezra Tull age")
    assert reply.kind == "answer" and "thirty-four" in reply.text


def test_a_cost_asked_at_the_end_of_a_long_line_asks_a_sum(drafted: tutor.Tutor) -> None:
    line = "what did a barge of coal from Hobb Moor to Ellerby cost"
    assert drafted._engine.analyzer.analyze(line).qtype == "money"
    assert ask(drafted, line).kind != "answer"  # the text never says a barge's price


def test_a_keyword_line_asking_of_someone_the_text_never_mentions(drafted: tutor.Tutor) -> None:
    reply = ask(drafted, "Crane wife")
    assert reply.kind != "answer" and "wife" in reply.text
    assert ask(drafted, "Crane millwright").kind == "answer"
