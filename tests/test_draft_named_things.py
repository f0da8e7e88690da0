"""A fresh draft reads a thing named after people as a thing, hears the noun inside a
name ("the hotel" of "Hotel Brandt-Holm"), knows what a length measures from the word
around it, keeps a city apart from the university named after it, and says so when a
distance is asked that the text never gives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._draft_names import find_entities
from tutor.cli import main

TEXT = """The Harbour at Skellan

Skellan is a fishing town on the north coast of the island of Varo. The Skellan Point
Tower stands at 64 metres on a cliff above the harbour, and fishermen paint the tower white
every spring. The tower's lamp, 90 centimetres across, was ground in 1881 by the glassmaker Petra Holm for the University of Varo,
which never paid for it. A merchant named Ivo Brandt bought the lamp for 900 marks and gave
it to the town. Petra Holm died in 1899.

In 1902 the town opened an inn on the quay. It was named Hotel Brandt-Holm, and it soon
became the busiest house in the harbour. Fishermen from Varo ate in its kitchen every
winter, and students from Varo slept in its attic.

Each evening the keeper follows a set routine. First, the keeper winds the clockwork of the
lamp. Next, the keeper trims the wick. Finally, the keeper lights the lamp and writes the hour in the log.

Next comes the foghorn. Its engine pumps air through a brass reed, and ships hear the
sound five miles away in thick weather.

The town's proudest day came on 4 June 1911. A fishing boat towed a whale into the
harbour that morning, and children climbed on the whale until the tide turned. The whale
was later sold to a soap works, and the inn burned 40 tonnes of coal that winter.

The harbour wall, 300 metres long, was finished in 1910. A storm broke it in 1936, and the
town rebuilt it in stone because the old wall had been made of timber. In 1938 Ivo Brandt hired six divers from the mainland. The divers stayed on the island for
a month. Brandt stayed in Skellan until his death in 1950. In 1948 a fire broke
out in the attic of the inn, and the students carried their books down to the quay. Today the tower is run by the Skellan Harbour Trust.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("harbour")
    text = root / "harbour.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def _sentences() -> list[str]:
    return [s for s in TEXT.replace("\n", " ").split(". ") if s]


def test_a_thing_named_after_people_is_no_person() -> None:
    kinds = {e.name: e.kind for e in find_entities(_sentences())}
    assert kinds["Hotel Brandt-Holm"] != "person"
    assert kinds["Petra Holm"] == "person"


def test_a_university_named_after_a_place_leaves_the_place_its_own_name() -> None:
    found = {e.name: e for e in find_entities(_sentences())}
    assert "Varo" in found  # not a short form of "University of Varo"
    assert "varo" not in found["University of Varo"].aliases


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what was the hotel called?", "Brandt-Holm"),
        ("how high up is the tower?", "64"),
        ("how hihg is the towr", "64"),
        ("how wide is the lamp?", "90 centimetres"),
        ("who currently runs the tower?", "Trust"),  # "today" is the present
        ("what does the foghorn do?", "brass reed"),  # not "Next comes the foghorn."
        ("which stage of the keeper's routine comes first?", "winds"),
        ("whale arrival date", "1911"),  # what the paragraph goes on to repeat
        ("coal amount", "40 tonnes"),  # an amount asks a figure
    ],
)
def test_the_noun_inside_a_name_and_the_measure_of_a_length(
    harbour: tutor.Tutor, question: str, expected: str
) -> None:
    reply = harbour.session(seed=0).respond(question)
    assert expected in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "How far is Skellan from Varo?",  # no distance told
        "Did Ivo Brandt have a wife?",  # a yes-or-no of a word the text never uses
    ],
)
def test_what_the_text_never_gives_is_not_answered(harbour: tutor.Tutor, question: str) -> None:
    reply = harbour.session(seed=0).respond(question)
    assert "doesn't say" in reply.text, reply.text


def test_a_cause_the_sentence_gives_is_answered(harbour: tutor.Tutor) -> None:
    reply = harbour.session(seed=0).respond("Why did the town rebuild the wall in stone?")
    assert "timber" in reply.text, reply.text


def test_they_after_one_person_are_the_people_the_answer_gave(harbour: tutor.Tutor) -> None:
    session = harbour.session(seed=0)
    assert "divers" in session.respond("Who did Ivo Brandt hire?").text
    reply = session.respond("when did he die?")
    assert "1950" in reply.text, reply.text


def test_what_a_fallback_shows_nearby_is_what_the_next_line_leans_on(
    harbour: tutor.Tutor,
) -> None:
    session = harbour.session(seed=0)
    first = session.respond("What did Ivo Brandt pay the divers?")
    assert "can't find that exactly" in first.text and "six divers" in first.text
    reply = session.respond("when did he die?")
    assert "1950" in reply.text, reply.text


_ALMANAC = """The Almanac Maker

Tilde Marsk was born in 1790 in the port of Essvik. Her uncle kept a ship's chandlery there,
and she learned to read the tide tables before she could write.

In 1815 she and her friend Aud Dahl opened a small printing shop near the harbour, called
Marsk and Dahl. Sailors bought its charts of the coast for forty years.

Late in life she also began writing. Her book, The Quiet Harbour, published in 1851, gave
the tides of every harbour on the coast for the whole year.
"""


def test_a_name_set_beside_its_noun_answers_what_it_was_called(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "Her book, The Quiet Harbour, published in 1851": the title between commas is
    what the book was called, so "what was her book called?" is answered by it, not
    refused (nor answered by the shop the text says was "called" something)."""
    almanac = draft_text(_ALMANAC)
    for line in ("what was her book called?", "what was the name of her book?"):
        reply = almanac.session(seed=1).respond(line)
        assert reply.kind == "answer", line
        assert "The Quiet Harbour" in reply.text, line
    reply = almanac.session(seed=1).respond("what was the shop called?")
    assert "called Marsk and Dahl" in reply.text
