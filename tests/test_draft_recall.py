"""A fresh draft answers a learner's own wording, and the shared English words keep one
sense each, so that a text other than the essay is not read with the essay's senses."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._explain import explain
from tutor._source import passages
from tutor.cli import main

TEXT = """The Old Mill at Brenford

Building the Mill

In 1791 the miller Tobias Venn built a water mill on the river Brenn, below the village of
Brenford. The wheel turned two pairs of millstones that ground wheat from the surrounding
farms. Every night the miller closed the sluice gates. A flood in 1802 tore away the wooden sluice, and repairs were delayed by a shortage
of timber.

Later Years

The mill was sold to the Harrow family in 1850, who fitted an iron wheel. Grain prices fell
after 1880, and the mill stopped grinding in 1911. Today the building is a museum run by
volunteers from the village.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mill")
    text = root / "mill.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return root / "pack"


@pytest.fixture(scope="module")
def reviewed(drafted: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same pack with every `draft: true` deleted, as an educator does after review."""
    root = tmp_path_factory.mktemp("reviewed") / "pack"
    for path in drafted.rglob("*"):
        target = root / path.relative_to(drafted)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        target.write_text("".join(x for x in lines if x.strip() != "draft: true"), "utf-8")
    return root


def test_a_drafted_fact_answers_when_the_question_adds_only_everyday_words(
    drafted: Path, reviewed: Path
) -> None:
    # "slow" is not in the text; the fact holds the rest ("repairs were delayed")
    line = "Why were the repairs so slow?"
    reply = tutor.Tutor.from_path(drafted).session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert "shortage of timber" in reply.text
    # a reviewed fact is held to the usual coverage: its author lists the wordings
    assert tutor.Tutor.from_path(reviewed).session(seed=1).respond(line).kind != "answer"


def test_a_drafted_fact_does_not_answer_what_it_gives_no_kind_of(drafted: Path) -> None:
    t = tutor.Tutor.from_path(drafted)
    for line in ("How much did the mill cost to build?", "How much did the iron wheel cost?"):
        reply = t.session(seed=1).respond(line)
        assert reply.kind != "answer", line


def test_everyday_words_keep_their_everyday_sense_in_a_new_pack(drafted: Path) -> None:
    analyze = tutor.Tutor.from_path(drafted)._engine.analyzer.analyze
    # each was read as a word of the essay's: grab, support, goal, mechanics, ideology,
    # spy, guardian, emphasize, live, betray
    for line, term in [
        ("held", "grab"),
        ("back", "support"),
        ("points", "goal"),
        ("workings", "mechan"),
        ("idea", "ideolog"),
        ("operated", "spi"),
        ("defend", "guardian"),
        ("dig up", "emphas"),
        ("settled", "live"),
        ("ditches", "betray"),
    ]:
        assert term not in analyze(line, correct=False).terms, line


def test_the_essay_keeps_its_own_senses_in_its_own_lexicon() -> None:
    analyze = tutor.Tutor()._engine.analyzer.analyze
    assert analyze("who backed Stalin", correct=False).terms[0] == "support"
    assert "ideolog" in analyze("Trotsky's ideas", correct=False).terms


def test_a_paragraph_wrapped_at_a_fixed_width_gives_whole_sentences(drafted: Path) -> None:
    answers = [f.answer for f in tutor.Tutor.from_path(drafted).pack.facts]
    assert "The mill was sold to the Harrow family in 1850, who fitted an iron wheel." in answers
    assert not any(a.startswith(("of timber", "farms", "Brenford")) for a in answers)
    # the same text with no wrapping gives the same sentences
    one_line = "\n\n".join(p.replace("\n", " ") for p in TEXT.split("\n\n"))
    assert [p.text for p in passages(one_line)] == [p.text for p in passages(TEXT)]


SCHOOL = """The School at Brenford

Opening

In 1851 Martha Quill opened the first school in Brenford, in a room above the bakery.
Twenty children came in the first week, most of them from farming families.

Later Years

The parish built a proper schoolhouse in 1868. Martha Quill taught there until 1880, when
she retired to Whitby. In 1872 she nearly died of a fever.
"""


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("school")
    (root / "school.txt").write_text(SCHOOL, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "school.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_a_name_is_asked_of_the_sentence_that_first_names_it(school: tutor.Tutor) -> None:
    # no sentence says who she was: "Who was Martha Quill?" goes to her first sentence,
    # and "In 1851" is no part of her name
    first = next(f for f in school.pack.facts if f.answer.startswith("In 1851"))
    assert "Who was Martha Quill?" in first.questions
    assert [e.name for e in school.pack.entities if "Quill" in e.name] == ["Martha Quill"]


def test_a_close_call_is_no_death(school: tutor.Tutor) -> None:
    reply = school.session(seed=1).respond("When did Martha Quill die?")
    assert "fever" not in reply.text
    assert "fever" in school.session(seed=1).respond("What did Martha Quill nearly die of?").text


def test_explain_says_a_draft_answered_under_the_threshold(drafted: Path) -> None:
    e = explain(tutor.Tutor.from_path(drafted), "Why were the repairs so slow?")
    assert e.reply_kind == "answer"
    assert any("answers as a draft that lacks only everyday words (slow)" in a for a in e.advice)
