"""A drafted text without headings gets a topic per paragraph, named by what its opening
sentence is about, so a lesson's "Topic 3 of 5: ..." and "what does the text cover?" read
as a teacher's outline, not as the paragraphs' first words cut off."""

from __future__ import annotations

from collections.abc import Callable

import tutor
from tutor._draft_titles import paragraph_title

_MILL = (
    "The Old Mill at Harrowby\n\n"
    "The mill at Harrowby was built in 1762 by the miller Josiah Penhale. "
    "It ground wheat for four villages.\n\n"
    "Then, in the winter of 1814, a great flood tore away the wheel. "
    "Penhale's grandson rebuilt it with iron spokes.\n\n"
    "He also dug a second channel so that the water could be let past the mill.\n\n"
    "The last miller left in 1931, and the building became a museum.\n"
)


def test_a_paragraph_is_named_by_the_subject_of_its_opening_sentence() -> None:
    assert paragraph_title("The mill at Harrowby was built in 1762.") == "The mill at Harrowby"
    assert paragraph_title("The last miller left in 1931.") == "The last miller"
    # an opening phrase is no part of the name, but its year says when
    assert (
        paragraph_title("Then, in the winter of 1814, a great flood tore away the wheel.")
        == "A great flood (1814)"
    )


def test_a_subject_that_names_nothing_keeps_the_first_words() -> None:
    # a pronoun points back; a verb before its subject leaves none to name
    assert paragraph_title("He also dug a second channel.") == "He also dug a..."
    assert paragraph_title("Next come the sacks of flour.") == "Next come the sacks..."
    # an opening phrase without its comma is no subject
    assert paragraph_title("Within a week thirty people fell ill.") == "Within a week thirty..."


def test_a_drafted_lesson_names_its_topics_so(draft_text: Callable[[str], tutor.Tutor]) -> None:
    session = draft_text(_MILL).session()
    opening = session.respond("/lesson").text
    assert "Topic 1 of 4: The mill at Harrowby" in opening
    overview = session.respond("/topics").text
    assert "A great flood (1814)" in overview and "The last miller" in overview
    assert "He also dug a..." in overview


def test_a_lone_article_is_no_title() -> None:
    # "A raised bog is ...": the subject was read as "A", shown to learners as "The
    # closest thing it covers is 'A'"; the opening words say more
    assert paragraph_title("A raised bog is a dome of wet peat fed only by rain.") == (
        "A raised bog is..."
    )
