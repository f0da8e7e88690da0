"""A fresh draft, asked why, ranks first the sentence that gives a cause or a purpose; asked
in a long paraphrase, the sentence holding most of the line, not the one with a short
drafted question that fits one of its words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

SALT = """The Salt Works at Brannock

The First Pans

The salt pans at Brannock were dug in 1650 on the flat shore south of the village. Each
summer the workers flooded the pans with sea water and left it to dry in the sun. The salt
was carried to market at Kell on mules.

Moving North

In 1702 the owners moved the pans to the northern shore to escape the floods that covered
the southern shore every winter. The northern shore had no road, so the mules took a day
longer to reach Kell. In 1760 the pans were moved once more, to the mouth of the river Ash.
"""

HERON = """The Heron of Pellick

The Ship and Her Captain

The Heron was a small trading ship built at Pellick in 1821. Captain Orla Venn sailed the
Heron for twenty years. She had learned the coast as a girl from her father, a pilot.

Trade

Every spring the Heron carried wool and tin from Pellick to the northern ports. In autumn
she came back with timber, salt fish and lamp oil. The crew were paid when the cargo was
sold.

The Wreck

In 1844 the Heron ran onto the Skerry Rocks in a gale. Venn and her crew rowed to shore in
the ship's boat, but the cargo was lost.
"""


@pytest.fixture(scope="module")
def salt(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(SALT)


@pytest.fixture(scope="module")
def heron(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(HERON)


def best(t: tutor.Tutor, line: str) -> str:
    engine = t._engine
    return engine.index.search(engine.analyzer.analyze(line))[0].fact.answer


@pytest.mark.parametrize(
    "line",
    [
        "Why were the pans moved?",
        # asked by a noun after "what was": the same question
        "What was the reason the pans were moved?",
        "What was the purpose of moving the pans?",
    ],
)
def test_why_is_answered_by_the_move_made_for_a_purpose(salt: tutor.Tutor, line: str) -> None:
    # both moves hold "pans" and "moved"; only the first says what it was for
    reply = salt.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert "to escape the floods" in reply.text


def test_a_noun_after_what_was_names_the_kind_asked(salt: tutor.Tutor) -> None:
    analyzer = salt._engine.analyzer
    query = analyzer.analyze("What was the reason the pans were moved?")
    assert query.qtype == "reason"
    assert analyzer.analyze("What is the purpose of the road?").qtype == "reason"
    # "what was" with no noun after it still asks for a thing
    assert analyzer.analyze("What was moved in 1760?").qtype == "thing"


@pytest.mark.parametrize(
    "line",
    [
        "How did the gale end things for the captain's boat?",
        "Where did the captain's boat end up in the gale?",
    ],
)
def test_a_long_line_ranks_the_sentence_holding_most_of_it(heron: tutor.Tutor, line: str) -> None:
    # "Captain Orla Venn sailed the Heron" holds "captain" and has a short drafted
    # question ("Who was Orla Venn?"); the wreck holds more of what the line says
    assert "Skerry Rocks" in best(heron, line)
