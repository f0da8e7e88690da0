"""Follow-ups that ask what became of a union just told: "what happened to that one?"
after "she formed a partnership with him" is what befell the partner later, not the
partnership's sentence again (it tells nothing more of its fate); "what about Hale later?"
of one it names is what befell him past it, not that sentence again either."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Glassworks at Renn

In 1901 Mara Voss formed a partnership with Edwin Hale. The partners opened a glassworks
on the river at Renn. Their bottles sold across the county. A flood damaged the furnace in
1906. In 1909 Voss pushed Hale out of the business, and she ran the works alone until 1920.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize("line", ["what happened to that one?", "and what happened to it?"])
def test_the_fate_of_a_partnership_is_what_befell_the_partner(
    drafted: tutor.Tutor, line: str
) -> None:
    reply = talk(drafted, "what did Mara Voss form in 1901?", line)
    assert "pushed Hale out" in reply.text


@pytest.mark.parametrize("line", ["what about Hale later?", "and Edwin Hale afterwards?"])
def test_a_fragment_asking_later_of_one_named_is_what_befell_him(
    drafted: tutor.Tutor, line: str
) -> None:
    reply = talk(drafted, "what did Mara Voss form in 1901?", line)
    assert "pushed Hale out" in reply.text
    assert "formed a partnership" not in reply.text
