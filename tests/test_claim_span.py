"""A claimed duration against the two ends the text dates: a state's start and its end
("until ..."), a range ("from 1868 to 1899"), or the person's death; on a drafted text
of our own and on the shipped essay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

VENN = """The Brothers Venn

Osk Venn was dismissed from the lighthouse service in 1870. He was exiled to Norway in 1872
for smuggling.

Osk worked in Bergen as a net maker. He died in Bergen in 1890, still in exile.

His sister Mara kept the light on Skarra from 1868 to 1899.
"""


@pytest.fixture(scope="module")
def venn(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(VENN)


def _say(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Osk was in exile for 30 years", "correction"),
        ("so Osk was in exile for only five years?", "correction"),
        ("Osk was in exile for 18 years", "answer"),
    ],
)
def test_a_span_runs_from_the_start_to_the_persons_death(
    venn: tutor.Tutor, line: str, kind: str
) -> None:
    """Exiled in 1872, died in exile in 1890: eighteen years, and both ends are shown."""
    reply = _say(venn, line)
    assert reply.kind == kind and "1872" in reply.text and "1890" in reply.text, line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Mara kept the light for 31 years", "answer"),
        ("Mara kept the light for 50 years", "correction"),
    ],
)
def test_a_span_between_a_ranges_two_years(venn: tutor.Tutor, line: str, kind: str) -> None:
    reply = _say(venn, line)
    assert reply.kind == kind and "1899" in reply.text, line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Trotsky lived in exile for twenty years", "correction"),
        ("Trotsky was in exile for 11 years", "answer"),
    ],
)
def test_the_essays_exile_runs_from_1929_to_his_killing(line: str, kind: str) -> None:
    """The list of dated steps gives the exile's own year (1929), not the list's first."""
    reply = _say(tutor.Tutor(), line)
    assert reply.kind == kind and "1929" in reply.text and "1940" in reply.text, line
