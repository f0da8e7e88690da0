"""A surname three people of a text share, which the text never writes alone for one of
them, is no one's alias (docs/authoring.md: an alias only for a surname no other entity
shares): "Brannagh" would otherwise answer for whichever one the draft guessed."""

from __future__ import annotations

from collections.abc import Callable

import tutor

MILL = """# The Tollard Mill

## The Family

Owen Tollard built the mill on the Cress in 1820. His daughter Maeve Tollard kept the
accounts. Her cousin Tomas Tollard ran the carts.

## Work

Maeve Tollard added a second wheel in 1841. Tollard flour was sold in three towns. In 1850
Tomas Tollard bought a new cart.
"""


def _aliases(pack: tutor.Tutor) -> dict[str, tuple[str, ...]]:
    return {e.name: tuple(e.aliases) for e in pack.pack.entities}


def test_a_shared_surname_never_written_alone_is_no_ones_alias(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    aliases = _aliases(draft_text(MILL))
    assert not [name for name, said in aliases.items() if "tollard" in said], aliases


def test_a_shared_surname_written_alone_as_someone_still_goes_to_one(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    text = MILL.replace("Tollard flour was sold", "Tollard sold flour")
    aliases = _aliases(draft_text(text))
    assert [name for name, said in aliases.items() if "tollard" in said] == ["Owen Tollard"]


def test_a_surname_after_a_title_is_written_alone(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "Captain Tollard sold flour": the captain is called by the surname."""
    text = MILL.replace("Tollard flour was sold", "Captain Tollard sold flour")
    aliases = _aliases(draft_text(text))
    assert [name for name, said in aliases.items() if "tollard" in said] == ["Owen Tollard"]
