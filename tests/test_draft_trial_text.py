"""What a new educator meets in a fresh draft of a short history (`tutor new-pack`), on a
text of bellfounders: the opening sentence that announces the text's contents answers
nothing (its clauses are asked of the sections that answer them), drafted questions
and fill-ins say whom they ask of and blank the answer, a surname two people share is
neither's alias ("who was Reel?" asks which), "what happened to him?" goes on with his
story, and the text pasted as one line keeps its headings out of its facts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

import tutor
from tutor._draft_contents import contents_questions, tells_contents
from tutor._draft_flat import unflatten
from tutor._draft_ladder import ladder
from tutor._explain import explain, format_explanation
from tutor._scaffold import scaffold

TEXT = """The Bellfounders of Quarrow

The hill town of Quarrow is known for its bronze bells. For two hundred years a guild of \
founders cast them in a row of workshops beside the market. This text describes how the \
guild rose, how its bells were cast, and why it finally collapsed.

Founding of the Guild

In 1652 a Quarrow tinsmith named Abel Voss gathered nine metalworkers into a guild. Abel \
Voss wrote its first rules and set the price of every bell by its weight. The guild met \
each month in the back room of the Crown inn.

Years of Plenty

By 1700 the guild had forty members. In 1718 the master founder Walter Reel cast the great \
bell of Quarrow, which still hangs in the tower of the town church. Walter Reel trained \
twelve apprentices and opened a second foundry by the river. His daughter Agnes Reel kept \
the guild's ledgers and later designed the patterns for the smaller hand bells. Agnes Reel \
was the first woman admitted to the guild, in 1731.

How a Bell Was Cast

Casting a bell took four stages. First the founders built a core of brick and clay. Then \
they laid a false bell of wax over the core and carved the letters into it. Next they \
covered the wax with a mantle of loam and heated the mould until the wax ran out. Finally \
they poured the molten bronze into the gap and let the mould cool for a week.

Rivals and Debts

In 1764 a merchant named Jonas Pell built an iron works at the edge of the town. Jonas \
Pell offered cheap iron bells to poor parishes. Two years later he bought the old Crown \
inn and turned it into a warehouse. The guild lost its meeting room and met in a cold \
barn instead. Jonas Pell became mayor of Quarrow in 1770 and raised \
the tax on bronze.

The Collapse

The price of copper rose sharply after the war of 1779. Half of the workshops closed \
within five years. In 1788 a fire swept through the market and destroyed the river \
foundry. The guild was dissolved in 1791, and its charter was burned at the town hall.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return scaffold(TEXT)


def _facts(files: dict[str, str]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path, body in sorted(files.items()):
        if path.startswith("knowledge/") and path.endswith(".yaml"):
            out += yaml.safe_load(body).get("facts") or []
    return out


def _asks(files: dict[str, str]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path, body in sorted(files.items()):
        if path.startswith("dialogs/") and not path.endswith("lesson.yaml"):
            out += yaml.safe_load(body).get("questions") or []
    return out


# --- 1. the sentence announcing the text's contents ---------------------------------------


def test_a_sentence_announcing_the_contents_is_no_fact(files: dict[str, str]) -> None:
    assert tells_contents("This text describes how the guild rose.")
    assert tells_contents("In this article, we look at three mills.")
    assert not tells_contents("This guild describes itself as the oldest in the county.")
    assert not any("This text describes" in str(f["answer"]) for f in _facts(files))


@pytest.mark.parametrize("line", ["why did the guild collapse?", "when did the guild end?"])
def test_the_collapse_is_told_by_the_section_headed_so(drafted: tutor.Tutor, line: str) -> None:
    reply = drafted.session(seed=0).respond(line)
    assert "This text describes" not in reply.text
    assert reply.fact_ids and all(f.startswith("collapse-") for f in reply.fact_ids)


def test_how_a_bell_was_made_is_the_section_of_its_stages(drafted: tutor.Tutor) -> None:
    reply = drafted.session(seed=0).respond("how was a bell made?")
    assert reply.text.startswith("Casting a bell took four stages. First the founders")


def test_the_announced_clauses_read_as_questions() -> None:
    asked = contents_questions(
        "This text describes how the mill was built, and why the village abandoned it."
    )
    assert asked == [
        ("How was the mill built?", "build"),
        ("Why did the village abandon the mill?", "abandon"),
    ]


# --- 2. drafted lesson questions ----------------------------------------------------------


def test_a_question_is_not_built_across_an_apposition(files: dict[str, str]) -> None:
    asked = [str(q["ask"]) for q in _asks(files)]
    questions = [str(q) for f in _facts(files) for q in f["questions"]]  # type: ignore[attr-defined]
    assert "What did a Quarrow tinsmith named Abel Voss do in 1652?" in asked
    assert not any(q.endswith("named?") for q in [*asked, *questions])


def test_the_gap_of_a_what_question_is_its_answer(files: dict[str, str]) -> None:
    first = next(q for q in _asks(files) if q["ask"] == "What is known for its bronze bells?")
    prompt = first["expectations"][0]["prompt"]  # type: ignore[index]
    assert prompt["text"] == "The hill town of ____ is known for its bronze bells."
    assert prompt["answers"] == ["quarrow"]


def test_the_gap_of_who_is_the_name_not_whose_relative() -> None:
    sentence = "His daughter Agnes Reel kept the guild's ledgers."
    rungs = ladder(sentence, "His daughter Agnes Reel", ["daughter"], True, "Who kept the ledgers?")
    assert rungs is not None
    assert rungs.prompt == "His daughter ____ kept the guild's ledgers."
    # and a thing named after a town is the thing, not the town
    bell = "The great bell of Quarrow still rings every Sunday."
    rungs = ladder(bell, "The great bell of Quarrow", ["bell"], True, "What still rings?")
    assert rungs is not None and rungs.answers == ("bell",)


def test_a_dated_deed_is_asked_in_the_past(files: dict[str, str]) -> None:
    asked = [str(q["ask"]) for q in _asks(files)]
    assert "What does the master founder Walter Reel do in 1718?" not in asked


# --- 3. a surname two people share ---------------------------------------------------------


def test_the_surname_of_the_one_talked_of_is_them(drafted: tutor.Tutor) -> None:
    s = drafted.session(seed=0)
    s.respond("who was Walter Reel?")
    reply = s.respond("what did Reel do next?")
    assert reply.text.startswith("Walter Reel trained twelve apprentices")


def test_a_first_name_the_text_never_gives_is_no_shared_surname(drafted: tutor.Tutor) -> None:
    reply = drafted.session(seed=0).respond("who was Martin Reel?")
    assert reply.kind != "clarify"


# --- 4. what happened to him ---------------------------------------------------------------


def test_what_happened_to_him_goes_on_with_his_story(drafted: tutor.Tutor) -> None:
    s = drafted.session(seed=0)
    first = s.respond("who was Jonas Pell?").text
    assert first.startswith("In 1764 a merchant named Jonas Pell")
    reply = s.respond("what happened to him?")
    assert reply.text == "Jonas Pell offered cheap iron bells to poor parishes."


def test_a_sentence_never_naming_him_holds_him_only_as_its_paragraphs(
    drafted: tutor.Tutor,
) -> None:
    e = explain(drafted, "what did he do?", after=["who was Jonas Pell?"])
    said = {f.fact_id: f for f in e.facts}
    for fact in drafted.pack.facts:
        if fact.id in said and "jonas pell" in said[fact.id].holds:
            named = "Pell" in fact.answer
            assert ("jonas pell" in said[fact.id].inherited) is not named, fact.answer
    assert "jonas pell (its paragraph's)" in format_explanation(e)


# --- 5. the text pasted as one line --------------------------------------------------------


def test_headings_of_a_flat_text_are_put_back_on_their_lines() -> None:
    flat = TEXT.replace("\n", " ")
    lines = [line for line in unflatten(flat).split("\n") if line]
    assert lines[:3] == [
        "The Bellfounders of Quarrow",
        lines[1],
        "Founding of the Guild",
    ]
    assert "How a Bell Was Cast" in lines and "Years of Plenty" in lines
    assert "The Collapse" in lines


def test_a_flat_text_drafts_the_facts_of_its_lines(files: dict[str, str]) -> None:
    flat = scaffold(TEXT.replace("\n", " "))
    answers = [str(f["answer"]) for f in _facts(flat)]
    assert answers == [str(f["answer"]) for f in _facts(files)]
    assert not any(a.startswith(("Founding of the Guild", "The Collapse The")) for a in answers)


def test_a_headed_text_is_left_as_it_is() -> None:
    assert unflatten(TEXT) == TEXT


def test_a_long_paragraph_without_headings_is_left_as_it_is(tmp_path: Path) -> None:
    prose = " ".join(["The Royal Society met in London. The fellows read letters aloud."] * 30)
    assert unflatten(prose) == prose
