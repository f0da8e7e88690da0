"""A drafted text without headings gets a topic per paragraph, named by what its opening
sentence is about, so a lesson's "Topic 3 of 5: ..." and "what does the text cover?" read
as a teacher's outline, not as the paragraphs' first words cut off."""

from __future__ import annotations

from collections.abc import Callable

import tutor
from tutor._draft_titles import paragraph_heading, paragraph_title, paragraph_titles

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
    # a pronoun points back
    assert paragraph_title("He also dug a second channel.") == "He also dug a..."
    # a verb of arriving before its subject: what came names it (tutor/_draft_lead_in.py)
    assert paragraph_title("Next come the sacks of flour.") == "The sacks of flour"
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


_DUCHY = (
    "In the spring of 1402 the little county of Orvane, which lay between two rivers, "
    "lost its count to a fever. His heir was a boy of six.\n\n"
    "Aldwin now believed the regency was his by right. He raised three hundred spearmen "
    "and marched on the capital.\n\n"
    "In 1404, with money borrowed from the abbey, the steward Corwen Hale repaired the "
    "bridge at Marle. It stood for two hundred years.\n\n"
    "The bridge was opened in 1405 by the bishop. Crowds came from every village.\n\n"
    "The bridge was damaged by a flood in 1460. It was mended within the year.\n"
)


def test_a_subject_that_names_nothing_is_no_title() -> None:
    # "which" of a relative clause, a subject cut before its verb ("Aldwin now"): no
    # learner can ask about 'Which (1402)' or 'Aldwin now'
    opening = "In the spring of 1402 the county of Orvane, which lay by a river, lost its count."
    assert paragraph_title(opening, [["Orvane"]]) == "In the spring of..."
    assert paragraph_title("Aldwin now believed the regency was his.", [["Aldwin"]]) == ("Aldwin")
    assert paragraph_title("The man who built it was a miller.") == "The man"


def test_a_paragraph_is_named_by_the_name_its_main_clause_brings_in() -> None:
    # "In 1404, with money borrowed ..., Corwen Hale repaired": the opening phrase holds a
    # clause, and the name its verb follows is what the paragraph is about; but not a
    # name said in an earlier paragraph (the biography's subject would name them all,
    # and asking about it would find some other one)
    opening = "In 1404, with money borrowed from the abbey, Corwen Hale repaired the bridge."
    names = [["Corwen Hale", "hale"], ["Marle"]]
    assert paragraph_title(opening, names, opening, "") == "Corwen Hale (1404)"
    assert paragraph_title(opening, names, opening, "Corwen Hale was born.") == (
        "In 1404, with money..."
    )


def test_two_paragraphs_never_share_a_title() -> None:
    openings = ["The bridge was opened in 1405.", "The bridge was damaged in 1460."]
    assert paragraph_titles(openings, openings, []) == [
        "The bridge (1405)",
        "The bridge (1460)",
    ]


def test_the_topic_a_refusal_names_can_be_asked_about(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    session = draft_text(_DUCHY).session()
    overview = session.respond("/topics").text
    assert "Corwen Hale (1404)" in overview and "Aldwin;" in overview
    assert "Which" not in overview and "Aldwin now" not in overview
    refusal = session.respond("How tall was Aldwin?")
    assert refusal.kind == "fallback" and "'Aldwin'" in refusal.text
    asked = session.respond("Tell me about Aldwin")
    assert asked.kind == "answer" and "believed the regency" in asked.text


def test_a_word_of_sequence_opens_no_title_but_an_ordinal_of_a_name_does() -> None:
    # "Still", "Instead" say how the text goes on; "Second Lieutenant" is the man's title
    assert paragraph_heading("Still the ferry sailed every morning.") == "The ferry"
    assert paragraph_heading("Instead the guild built a second kiln.") == "The guild"
    assert paragraph_heading("Second Lieutenant Orme led the patrol.") == "Second Lieutenant Orme"
