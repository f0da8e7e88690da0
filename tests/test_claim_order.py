"""The order a claim gives two events ("first A, then B", "A and later B", "after B, A",
"A before B") against the years the text tells them with: confirmed when right,
corrected when turned round, and neither when the text tells both without ordering them.
On a drafted text of our own and on the shipped essay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

LIGHT = """The Keepers of Skarra Light

Mara Venn came to the island of Skarra in 1861 as an assistant keeper. She was promoted to
head keeper in 1868, after the old keeper Tobias Grell retired. In 1874 the light was fitted
with a new lens from Paris.

Osk Venn was dismissed from the lighthouse service in 1870 and left Skarra in 1872.

Mara painted the tower red. Osk built a boat of his own.
"""


@pytest.fixture(scope="module")
def light(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(LIGHT)


def _say(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


@pytest.mark.parametrize(
    "line",
    [
        "so first Mara was promoted to head keeper and then she came to Skarra?",
        "the light got a new lens and then Mara was promoted to head keeper",
        "after the new lens was fitted, Mara was promoted to head keeper",
    ],
)
def test_two_events_in_the_wrong_order_are_corrected_with_both(
    light: tutor.Tutor, line: str
) -> None:
    reply = _say(light, line)
    assert reply.kind == "correction", line
    assert len(reply.fact_ids) == 2 and len(set(reply.fact_ids)) == 2, line


@pytest.mark.parametrize(
    "line",
    [
        "so first Mara came to Skarra and then she was promoted to head keeper?",
        "Mara was promoted to head keeper, then later the light got a new lens",
        "after she came to Skarra, Mara was promoted to head keeper",
    ],
)
def test_two_events_in_the_right_order_are_confirmed_with_both_years(
    light: tutor.Tutor, line: str
) -> None:
    reply = _say(light, line)
    assert reply.kind == "answer", line
    assert len(set(reply.fact_ids)) == 2, line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Osk left Skarra, then later he was dismissed", "correction"),
        ("Osk left Skarra before he was dismissed from the service, right?", "correction"),
        ("after he left Skarra, Osk was dismissed from the service", "correction"),
        ("Osk was dismissed from the service, then later he left Skarra", "answer"),
        ("after he was dismissed, Osk left Skarra", "answer"),
    ],
)
def test_one_sentence_dating_both_events_orders_them_by_its_years(
    light: tutor.Tutor, line: str, kind: str
) -> None:
    """ "dismissed in 1870 and left in 1872": each event takes the year told with it."""
    reply = _say(light, line)
    assert reply.kind == kind and "1870" in reply.text and "1872" in reply.text, line


def test_two_undated_events_get_neither_verdict(light: tutor.Tutor) -> None:
    reply = _say(light, "Osk built a boat and then Mara painted the tower red")
    assert reply.kind == "correction" and "order" in reply.text.lower()
    assert not reply.text.startswith(("Yes", "Correct", "That's right"))


@pytest.fixture(scope="module")
def essay() -> tutor.Tutor:
    return tutor.Tutor()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("so he was first thrown out of the party and then out of the politburo?", "correction"),
        ("first he lost his politburo seat and then he was thrown out of the party", "answer"),
        ("after he was exiled, Trotsky was expelled from the politburo", "correction"),
    ],
)
def test_the_essays_dated_steps_order_a_claim(essay: tutor.Tutor, line: str, kind: str) -> None:
    reply = _say(essay, line)
    assert reply.kind == kind, (line, reply.text)
    assert len(set(reply.fact_ids)) >= 2 or "1926" in reply.text, line


def test_two_undated_events_told_in_turn_are_confirmed_in_that_order(light: tutor.Tutor) -> None:
    """One section telling A and then B bears out "A and then B"; told the other way
    round it is no evidence against (above): neither verdict, never a correction."""
    reply = _say(light, "Mara painted the tower red and then Osk built a boat")
    assert reply.kind == "answer" and "boat" in reply.text
