"""Follow-up questions on a fresh draft, with no editing: the drafted names carry the
kinds and short forms that let "it", "they" and "there" find what they lean on."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._draft_names import find_entities
from tutor._scaffold import scaffold
from tutor.cli import main

from conversation import talk

TEXT = """The Wenlow Canal

Building the Canal

In 1790 the engineer Tobias Crane planned a canal from the market town of Wenlow to the
river port of Hallam. Most of the digging was done by navvies from the village of Pyke,
who were paid by the day. The Wenlow Canal Trust raised the money, and the Trust opened the
canal in 1796.
A toll board listing the charges was put up at Hallam that year.

The Locks

The canal climbs through eleven locks near Hallam. The locks were built of local sandstone.
The lock keeper Samuel Dobbs retired in 1899 after thirty-one years of service. Dobbs served
under four chairmen of the Trust.

The Flood

In 1888 a great flood washed away four lock gates near Hallam, and boats waited for weeks.
The wharf at Wenlow was rebuilt in 1890 with a new crane. The gates were rebuilt in 1892,
paid for by a public appeal.

Decline

Traffic fell after the railway reached Wenlow in 1851. Boatmen from Hallam asked the Trust
to lower its tolls. The Trust refused, and most boatmen sold their boats within ten years.
In 1860 the boatman Ada Finch organised a petition to Parliament against the tolls. Finch's
petition failed. The last cargo passed through the locks in 1911.
"""


@pytest.fixture(scope="module")
def canal(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("canal")
    text = root / "canal.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_a_name_the_text_calls_a_town_or_a_village_of_is_a_place() -> None:
    # "from the village of Pyke, who were paid": a name before a verb reads as a person,
    # unless the text says what kind of thing it is
    kinds = {
        e.name: e.kind
        for e in find_entities(
            [
                "Navvies came from the village of Pyke.",
                "The men of Pyke dug the cutting.",
                "Planners from the city of Dunmore have visited it.",
                "Dunmore has since built its own canal.",
            ]
        )
    }
    assert kinds["Pyke"] == "place"
    assert kinds["Dunmore"] == "place"


def test_a_name_ending_in_authority_or_trust_is_a_group() -> None:
    kinds = {
        e.name: e.kind
        for e in find_entities(
            ["The Selby River Authority built a dam.", "The Wenlow Canal Trust raised money."]
        )
    }
    assert kinds["Selby River Authority"] == "group"
    assert kinds["Wenlow Canal Trust"] == "group"


def test_a_name_of_x_of_y_is_known_by_x_and_its_last_word() -> None:
    entities = find_entities(
        [
            "In 1402 a Venetian trader, Nico Barbaro of Venice, opened a bank.",
            "The bank of Nico Barbaro of Venice lent to the Wenlow Trust.",
        ]
    )
    nico = next(e for e in entities if e.name == "Nico Barbaro of Venice")
    assert nico.aliases[:2] == ["nico barbaro", "barbaro"]
    assert all(not a.startswith("of ") for a in nico.aliases)
    assert nico.sure


def test_the_last_word_of_a_name_alone_is_that_name() -> None:
    entities = find_entities(
        [
            "The Selby River Authority built a dam in 1934.",
            "In 1953 the court and the Authority signed an agreement.",
        ]
    )
    names = {e.name: e for e in entities}
    assert "Authority" not in names
    assert "authority" in names["Selby River Authority"].aliases


def test_they_of_no_one_are_the_things_the_last_answer_gave(canal: tutor.Tutor) -> None:
    # the flood's answer names no person: "they" are the lock gates it washed away, so
    # "rebuilt" is the gates' rebuilding, not the wharf's
    reply = talk(canal, "What did the flood wash away?", "When were they rebuilt?")
    assert "1892" in reply.text


def test_did_it_work_is_the_verdict_the_next_sentence_gives(canal: tutor.Tutor) -> None:
    reply = talk(canal, "Who organised the petition against the tolls?", "Did it work?")
    assert reply.kind == "answer"
    assert "failed" in reply.text


def test_his_opening_a_sentence_is_the_one_person_the_sentence_before_names() -> None:
    # Josiah Crane is named far more often, but "his time" follows the newcomer; and a
    # subject "He also ..." goes on with the last sentence's subject
    files = scaffold(
        "Keepers\n\nJosiah Crane kept the light. He trimmed the wicks. Crane painted his "
        "tower. Crane retired in 1879. The last principal keeper, Arthur Kitto, arrived in "
        "1958. During his time the light was converted to electricity. Kitto kept a diary. "
        "He also recorded the decision to automate the station.\n"
    )
    text = files["knowledge/01-keepers.yaml"]
    assert '"During Kitto\'s time the light was converted to electricity."' in text
    assert '"Kitto also recorded the decision to automate the station."' in text


def test_a_person_named_x_of_y_is_named_again_by_x() -> None:
    files = scaffold(
        "Charter\n\nThe fair began when Count Baldric III of Brabancourt granted a charter. "
        "Baldric wanted the tolls. Count Baldric III of Brabancourt built a bridge. "
        "His charter promised protection to merchants.\n"
    )
    assert (
        '"Baldric\'s charter promised protection to merchants."'
        in files["knowledge/01-charter.yaml"]
    )


def test_that_year_is_the_year_the_sentence_before_gives(canal: tutor.Tutor) -> None:
    reply = talk(canal, "When was the toll board put up?")
    assert reply.kind == "answer"
    assert "1796" in reply.text


def test_by_then_asks_of_the_time_of_the_last_answer(canal: tutor.Tutor) -> None:
    # the last answer says how long he had served ("thirty-one years of service");
    # "served" alone would reach the sentence saying whom he served under
    reply = talk(canal, "When did Samuel Dobbs retire?", "How long had he served by then?")
    assert "thirty-one years" in reply.text


def test_an_owners_name_before_another_name_is_two_names() -> None:
    names = {
        e.name
        for e in find_entities(
            [
                "The Canal Trust's Wenlow Heritage 2030 plan keeps the locks open.",
                "The Canal Trust sold the wharf.",
                "Saint Anne's Day was a holiday.",
            ]
        )
    }
    assert {"Canal Trust", "Wenlow Heritage 2030", "Saint Anne's Day"} <= names


def test_its_after_a_thing_named_by_no_name_finds_that_thing(tmp_path: Path) -> None:
    text = tmp_path / "sundial.txt"
    text.write_text(
        "Parish Records\n\nThe sundial was carved in 1702 for the parish. "
        "Its face was so worn that the vicar Amos Reed at first took it for a plain slab.\n",
        encoding="utf-8",
    )
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(text)]) == 0
    t = tutor.Tutor.from_path(tmp_path / "pack")
    assert "so worn" in talk(t, "How worn was the sundial's face?").text


def test_in_that_year_opening_a_sentence_is_dated_as_written(tmp_path: Path) -> None:
    """ "Until 1874 ... In that year the Post Office appointed ...": the drafted answer
    says "In 1874 the Post Office" (not "In in 1874"), and its drafted questions keep "the
    Post Office" whole (not "... in that year the?")."""
    text = tmp_path / "post.txt"
    text.write_text(
        "The Island Post\n\nUntil 1874 the island had no post office. In that year the Post"
        " Office appointed Isabella MacNeil as the island's first postmistress.\n",
        encoding="utf-8",
    )
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(text)]) == 0
    fact = next(
        f for f in tutor.Tutor.from_path(tmp_path / "pack").pack.facts if "appointed" in f.answer
    )
    assert fact.answer.startswith("In 1874 the Post Office appointed"), fact.answer
    assert fact.questions
    assert not any(q.endswith((" the?", "that year?")) for q in fact.questions), fact.questions


def test_a_clause_cut_at_a_semicolon_ends_as_a_sentence(tmp_path: Path) -> None:
    """ "Arthur wanted machines; George wanted a shop.": each drafted clause reads as a
    sentence, never "... machines;." """
    text = tmp_path / "firm.txt"
    text.write_text(
        "The Brothers\n\nIn 1889 the firm made a profit. Arthur Penrose wanted to buy sewing"
        " machines; George Penrose wanted to spend it on a shop in London.\n",
        encoding="utf-8",
    )
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(text)]) == 0
    answers = [f.answer for f in tutor.Tutor.from_path(tmp_path / "pack").pack.facts]
    assert any(a.endswith("sewing machines.") for a in answers), answers
    assert not any(";." in a for a in answers), answers
