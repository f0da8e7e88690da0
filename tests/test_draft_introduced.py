""" "Who was X?" of a draft is answered where the text brings X in and says what X is
("went to work for the harbour surveyor Tobias Wren"), not where it says more of X
later; and a name in a list of names takes no description from the item after it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._draft_names import DraftEntity, NameFinder, describe

TEXT = """The Chart Maker of Osk

Mara Lind was born in the fishing town of Osk in 1840, the daughter of a net mender.
In 1858 she went to work for the harbour surveyor Tobias Wren in the port of Kessel.
Wren was a stern master, but he let her ink his soundings and copy his charts.
After six years she left Kessel and opened a shop of her own in Osk.

In 1871 the town formed a harbour board of four members: Mara Lind, Tobias Wren, Jon
Hale, the mayor of Osk, and one pilot chosen by the others. Jon Hale ran the fish market
for thirty years. The board dredged the harbour mouth in 1874.
"""


@pytest.fixture(scope="module")
def charts(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def _said(sentence: str, names: list[str]) -> dict[str, list[str]]:
    finder = NameFinder(DraftEntity(n, "person", []) for n in names)
    return {e.name: words for e, words in describe(sentence, finder)}


def test_a_description_after_a_preposition_says_what_its_object_is() -> None:
    said = _said(
        "In 1858 she went to work for the harbour surveyor Tobias Wren in Kessel.", ["Tobias Wren"]
    )
    assert said == {"Tobias Wren": ["harbour", "surveyor"]}


def test_a_time_before_the_subject_is_no_description() -> None:
    assert _said("In the spring Tobias Wren sailed to Kessel.", ["Tobias Wren"]) == {}


def test_a_name_in_a_list_of_names_takes_no_description_from_the_next_item() -> None:
    said = _said(
        "The board had four members: Mara Lind, Tobias Wren, Jon Hale, the mayor of Osk, and a pilot.",
        ["Mara Lind", "Tobias Wren", "Jon Hale"],
    )
    assert "Jon Hale" not in said
    assert "Tobias Wren" not in said


def test_who_was_x_is_answered_where_the_text_brings_x_in(charts: tutor.Tutor) -> None:
    reply = charts.session(seed=1).respond("Who was Tobias Wren?")
    assert reply.kind == "answer"
    assert "surveyor" in reply.text


SISTERS = """The Lamp Makers of Brell

Ada Morrow was born in Brell in 1820. She had a younger sister, Nell Morrow, and an
older brother, Kell, who went to sea as a ship's cook. Nell Morrow painted the glass
shades of the lamps. Kell sold the lamps in foreign ports.
"""


def test_a_one_word_name_said_with_the_family_name_is_not_another_name(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    drafted = draft_text(SISTERS)
    assert "kell" in drafted._engine.analyzer.analyze("Who was Kell Morrow?").entities
    reply = drafted.session(seed=1).respond("Who was Kell Morrow?")
    assert "painted" not in reply.text
