""" "What did Harrow think of Pell?" asks Harrow's view: "Pell regarded Harrow as a
dangerous competitor" names both but tells Pell's view of her, the holder and the one
judged swapped. A sentence telling her own view answers; with none, the reply says the
text does not say what she thought, and what it does say (never the swapped view as the
answer)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

ONE_VIEW = """The Two Mills

Agnes Harrow ran the upper mill on the Wenning for thirty years. Her rival, Thomas Pell,
built the lower mill in 1820. Pell regarded Harrow as a dangerous competitor and tried to
buy her out. Harrow refused every offer and kept grinding for the farmers of the valley.
The Pell mill burned down in 1834, and Pell left the valley for Lancaster.
"""

BOTH_VIEWS = """The Two Mills

Agnes Harrow ran the upper mill on the Wenning for thirty years. Her rival, Thomas Pell,
built the lower mill in 1820. Pell regarded Harrow as a dangerous competitor and tried to
buy her out. Harrow refused every offer. In her letters Harrow considered Pell a reckless
spender. The Pell mill burned down in 1834, and Pell left the valley for Lancaster.
"""


@pytest.fixture(scope="module")
def one_view(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(ONE_VIEW)


@pytest.fixture(scope="module")
def both_views(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(BOTH_VIEWS)


@pytest.mark.parametrize(
    "line",
    [
        "What did Harrow think of Pell?",
        "How did Harrow feel about Pell?",
        "What was Harrow's attitude towards Pell?",
        "How did Harrow see Pell?",
    ],
)
def test_the_swapped_view_is_no_answer(one_view: tutor.Tutor, line: str) -> None:
    reply = one_view.session().respond(line)
    assert reply.kind == "fallback"
    assert "doesn't say what Agnes Harrow thought of Thomas Pell" in reply.text
    assert "Pell regarded Harrow" in reply.text  # what it does say


def test_the_holders_own_view_is_still_told(one_view: tutor.Tutor) -> None:
    reply = one_view.session().respond("What did Pell think of Harrow?")
    assert reply.kind == "answer"
    assert "Pell regarded Harrow" in reply.text


def test_the_holders_own_view_answers(both_views: tutor.Tutor) -> None:
    reply = both_views.session().respond("What was Harrow's opinion of Pell?")
    assert reply.kind == "answer"
    assert "Harrow considered Pell a reckless spender" in reply.text


def test_on_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session().respond("What did Trotsky think of Stalin?")
    assert reply.kind != "answer"
    assert "doesn't say what" in reply.text
    reply = default_tutor.session().respond("What did Stalin think of Trotsky?")
    assert reply.kind == "answer"
    assert "Stalin, meanwhile, viewed Trotsky" in reply.text


NOT_NAMED = """The Two Mills

Agnes Harrow ran the upper mill on the Wenning for thirty years. Thomas Pell, a man often
viewed as a careless and wasteful miller, built the lower mill in 1820. Harrow's contempt
for wasteful millers cost her the friendship of the valley guild. The Pell mill burned
down in 1834, and Pell left the valley for Lancaster.
"""


@pytest.fixture(scope="module")
def not_named(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(NOT_NAMED)


def test_a_view_never_naming_the_holder_is_not_hers(not_named: tutor.Tutor) -> None:
    # "Pell, a man often viewed as a careless miller" is others' view of Pell, not hers
    reply = not_named.session().respond("What did Harrow think of careless millers?")
    assert reply.kind == "answer"
    assert "Harrow's contempt" in reply.text


def test_how_others_saw_him_is_still_told(not_named: tutor.Tutor) -> None:
    reply = not_named.session().respond("How did people see Pell?")
    assert "often viewed as a careless" in reply.text


ANOTHERS_VIEW = """The Two Mills

Agnes Harrow ran the upper mill on the Wenning for thirty years. Her rival, Thomas Pell,
built the lower mill in 1820. Harrow wrote to the bank in 1825 asking for a loan to buy
new stones. Later historians would regard Pell as the valley's boldest miller, while
Harrow's mill outlived his by fifty years.
"""


@pytest.mark.parametrize(
    "line", ["What did Harrow think of Pell?", "How did Harrow feel about Pell?"]
)
def test_a_third_partys_view_naming_the_holder_in_passing_is_not_her_view(
    draft_text: Callable[[str], tutor.Tutor], line: str
) -> None:
    """The historians' view of Pell names Harrow only as her mill's owner: it tells no
    view of hers, so the reply says the text does not say what she thought."""
    reply = draft_text(ANOTHERS_VIEW).session(seed=1).respond(line)
    assert reply.kind == "fallback", reply.text
    assert "doesn't say what Agnes Harrow thought of Thomas Pell" in reply.text


def test_the_holders_own_doing_is_quoted_beside_an_untold_view() -> None:
    """Asked Lenin's view of Trotsky, which the essay never gives: what Lenin himself
    did and thought (of Stalin) is the nearest thing, not a later generation's view."""
    reply = tutor.Tutor().session(seed=1).respond("What did Lenin really think of Trotsky?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say what Lenin thought of Trotsky" in reply.text
    assert "Lenin had grown suspicious of Stalin" in reply.text
