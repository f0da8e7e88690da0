"""'Where did Tilde die?' asks of her own dying. A sentence that names her and tells of
others dying ("Tilde's worst setback came in the winter of 1826. ... eleven women died")
does not answer it; the sentence telling her death does, and when it gives no place ("She
died there ...") the reply says so and shows it, instead of the other deaths' town."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """Tilde Marrasch, Midwife

Tilde Marrasch was born in 1809 in the fishing village of Ostervang, the daughter of the
ferryman Anders Marrasch. At sixteen she was apprenticed to the midwife Greta Lunn in the town
of Brelle.

Tilde's worst setback came in the winter of 1826. A fever broke out among new mothers in
Brelle, and eleven women died in six weeks. The town physician blamed the midwives, and Tilde
lost her licence for a year.

Tilde retired in 1857 and moved back to Ostervang to live with her son. She died there on 19
November 1861.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_her_death_is_not_the_deaths_of_others_in_a_sentence_naming_her(
    drafted: tutor.Tutor,
) -> None:
    reply = drafted.ask("Where did Tilde die?")
    assert "eleven women" not in reply.text
    assert "1861" in reply.text and reply.kind == "fallback"


def test_the_others_deaths_still_answer_of_them(drafted: tutor.Tutor) -> None:
    assert "Brelle" in drafted.ask("Where did the eleven women die?").text
    assert "1861" in drafted.ask("When did Tilde die?").text
