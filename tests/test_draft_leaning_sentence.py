"""A drafted sentence that opens on a pronoun ("It stays lit ...", "They paid ...") goes
on about the sentence before it, so that sentence's words reach it too (weakly): a
question naming the furnace finds how long "it" stays lit."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Harwell Glassworks

The Harwell glassworks opened in 1822 beside the canal, where barges could bring sand and
coal. Each morning the glassblowers light the great furnace with beech logs. It stays lit
for fourteen hours at about 1,100 degrees before the first bottles are shaped. The bottles
then cool slowly in a long oven called the lehr, so that they do not crack.

Most of the glass went to the breweries of the county. They paid by the crate, and a crate
held forty bottles. In 1870 a second furnace was built, and the works employed ninety people.
"""


@pytest.fixture(scope="module")
def glassworks(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("How many hours is the furnace lit?", "fourteen hours"),
        ("furnace lit hours", "fourteen hours"),
        ("How many bottles did the breweries get in a crate?", "forty bottles"),
    ],
)
def test_a_sentence_opening_on_a_pronoun_holds_the_one_before(
    glassworks: tutor.Tutor, line: str, said: str
) -> None:
    reply = glassworks.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert said in reply.text
