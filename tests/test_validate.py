"""`tutor validate`: every kind of mistake an educator can make, with its exact place and fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import tutor
from tutor.cli import main

SOURCE = "The cat sat on the mat. Dogs bark at night.\nBirds sing in the morning.\n"
SCHEMA = "# yaml-language-server: $schema=../schema/knowledge.schema.json\n"
DIALOG_SCHEMA = "# yaml-language-server: $schema=../schema/dialogs.schema.json\n"

GOOD = """\
topic:
  id: animals
  title: Animals
facts:
  - id: cat-mat
    answer: The cat sat on the mat.
    source: The cat sat on the mat.
    questions: [Where did the cat sit?]
  - id: dogs-bark
    answer: Dogs bark at night.
    source: Dogs bark at night.
    questions: [When do dogs bark?]
"""


def make_pack(root: Path, knowledge: dict[str, str], dialogs: dict[str, str] | None = None) -> Path:
    """A pack folder with the given files (YAML given without the schema line)."""
    (root / "knowledge").mkdir(parents=True)
    (root / "dialogs").mkdir()
    (root / "knowledge" / "source.txt").write_text(SOURCE, encoding="utf-8")
    for name, text in knowledge.items():
        (root / "knowledge" / name).write_text(SCHEMA + textwrap.dedent(text), encoding="utf-8")
    for name, text in (dialogs or {}).items():
        (root / "dialogs" / name).write_text(DIALOG_SCHEMA + textwrap.dedent(text), "utf-8")
    return root


def problems(root: Path, examples: bool = False) -> list[str]:
    return [str(p) for p in tutor.validate(root, examples=examples).problems]


def test_a_good_pack_has_no_problems(tmp_path: Path) -> None:
    assert problems(make_pack(tmp_path, {"a.yaml": GOOD})) == []


def test_yaml_syntax_error_names_line_column_and_the_fix(tmp_path: Path) -> None:
    bad = GOOD.replace("answer: Dogs bark at night.", "answer: Dogs bark: loudly at night.")
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:11:22: (file): YAML syntax: mapping values are not allowed in this "
        "context; put text that contains ': ' in quotes"
    ]


def test_an_over_indented_field_is_said_to_be_indented_not_to_need_quotes(
    tmp_path: Path,
) -> None:
    """Quoting would not fix it: the key sits deeper than the field before it."""
    bad = GOOD.replace("    answer: Dogs bark at night.", "      answer: Dogs bark at night.")
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:11:13: (file): YAML syntax: mapping values are not allowed in this "
        "context; this line is indented more than the field before it (line 10): line its "
        "key up with that field's"
    ]


def test_a_nul_byte_is_placed_by_line_and_column_in_plain_words(tmp_path: Path) -> None:
    bad = GOOD.replace("Dogs bark at night.\n    source", "Dogs bark\x00 at night.\n    source")
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:11:22: (file): a NUL byte, which YAML does not allow in a file; "
        "delete it (is the file text?)"
    ]
    (tmp_path / "knowledge" / "a.yaml").write_bytes(b"\x00" + bad.encode())
    (shown,) = problems(tmp_path)
    assert shown.startswith("knowledge/a.yaml:1:1: (file): a NUL byte")
    assert "unicode string" not in shown and "position" not in shown


def test_missing_field_points_at_the_fact_and_says_what_it_is(tmp_path: Path) -> None:
    bad = GOOD.replace("    source: The cat sat on the mat.\n", "")
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:6:5: facts[0].source: missing; add `source:` (The sentence of the "
        "source document (knowledge/*.txt) the fact rests on, copied verbatim)"
    ]


def test_wrong_type_says_what_was_expected(tmp_path: Path) -> None:
    bad = GOOD.replace("questions: [When do dogs bark?]", "questions: When do dogs bark?")
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:13:16: facts[1].questions: expected a list (lines starting with "
        "'- ', or [a, b]), got 'When do dogs bark?'"
    ]


def test_unknown_field_suggests_the_right_spelling(tmp_path: Path) -> None:
    bad = GOOD.replace("questions: [When", "keywrods: [dog]\n    questions: [When")
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:13:5: facts[1].keywrods: unknown field; did you mean `keywords`? "
        "expected one of: answer, date, draft, examples, frame, id, keywords, questions, related, "
        "source, topic"
    ]


def test_bad_id_and_bad_enum_value(tmp_path: Path) -> None:
    bad = GOOD.replace("id: dogs-bark", "id: Dogs Bark") + (
        "entities:\n  - name: Rex\n    kind: persn\n"
    )
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:10:9: facts[1].id: 'Dogs Bark': use lower-case letters, digits and - "
        "only, starting with a letter or digit (e.g. my-fact-1)",
        "knowledge/a.yaml:16:11: entities[0].kind: 'persn' is not allowed; expected one of: "
        "person, place, group, thing, event (did you mean 'person'?)",
    ]


def test_duplicate_key(tmp_path: Path) -> None:
    bad = GOOD.replace(
        "    answer: Dogs bark at night.\n",
        "    answer: Dogs bark at night.\n    answer: Dogs bark.\n",
    )
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:12:5: facts[1].answer: duplicate key (first at line 11); "
        "keep one of the two"
    ]


def test_yaml_1_1_traps_are_named_with_the_fix(tmp_path: Path) -> None:
    bad = GOOD.replace("answer: Dogs bark at night.", "answer: no").replace(
        "[When do dogs bark?]", "[When do dogs bark?, 010]"
    )
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:11:13: facts[1].answer: expected text, got false (YAML reads `no` as "
        'false, not as text; put it in quotes: "no")',
        "knowledge/a.yaml:13:37: facts[1].questions[1]: warning: YAML reads `010` as the "
        'number 8; if you meant the text, put it in quotes: "010"',
    ]


def test_a_date_written_as_a_date_must_be_quoted(tmp_path: Path) -> None:
    bad = GOOD.replace("    questions: [Where", "    date: 1924-01-21\n    questions: [Where")
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:9:11: facts[0].date: expected text or a whole number, got the date "
        "1924-01-21 (YAML reads `1924-01-21` as the date 1924-01-21, not as text; put it in "
        'quotes: "1924-01-21")'
    ]


def test_without_the_authoring_extra_a_date_is_placed_and_hides_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installed as the README says (no jsonschema), one date used to be reported at the
    file's first line as "Unsupported type: 'date'", hiding the file's other problems."""
    from tutor import _schema

    def missing(name: str) -> None:
        raise ImportError("jsonschema")

    monkeypatch.setattr(_schema, "_validator", missing)
    bad = GOOD.replace(
        "    questions: [Where", "    date: 1924-01-21\n    keywrods: [x]\n    questions: [Where"
    )
    found = problems(make_pack(tmp_path, {"a.yaml": bad}))
    (dated,) = [p for p in found if ".date:" in p]
    assert dated.startswith("knowledge/a.yaml:9:11: facts[0].date: expected text, got the date")
    assert 'put it in quotes: "1924-01-21"' in dated
    assert any("keywrods" in p for p in found)


def test_a_tab_in_the_indentation_is_named(tmp_path: Path) -> None:
    """libyaml's message ("found character that cannot start any token") never says tab."""
    bad = GOOD.replace("    questions: [Where", "\tquestions: [Where")
    (found,) = problems(make_pack(tmp_path, {"a.yaml": bad}))
    assert found.startswith("knowledge/a.yaml:9:")
    assert found.endswith("this is a tab: indent with spaces, not tabs")


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    other = """\
    topic:
      id: animals
      title: More animals
    facts:
      - id: cat-mat
        answer: Birds sing in the morning.
        source: Birds sing in the morning.
        questions: [When do birds sing?]
    """
    assert problems(make_pack(tmp_path, {"a.yaml": GOOD, "b.yaml": other})) == [
        "knowledge/b.yaml:3:7: topic.id: duplicate topic id 'animals' (also at "
        "knowledge/a.yaml:3:7); expected each topic to have its own id",
        "knowledge/b.yaml:6:9: facts[0].id: duplicate fact id 'cat-mat' (also at "
        "knowledge/a.yaml:6:5); expected each fact to have its own id",
    ]


def test_dangling_references_in_knowledge(tmp_path: Path) -> None:
    bad = GOOD.replace(
        "questions: [Where did the cat sit?]",
        "questions: [Where did the cat sit?]\n    related: [dogs-brak]\n    topic: animal",
    )
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:10:15: facts[0].related[0]: unknown fact id 'dogs-brak' (did you "
        "mean 'dogs-bark'?); expected the id of a fact in knowledge/*.yaml",
        "knowledge/a.yaml:11:12: facts[0].topic: unknown topic 'animal' (did you mean "
        "'animals'?); expected the id of a topic in knowledge/*.yaml (animals)",
    ]


DIALOG = """\
topic: animals
recap: Cats sit on mats and dogs bark at night.
questions:
  - id: why-bark
    ask: Why do dogs bark at night?
    kind: why
    facts: [dogs-bark]
    expectations:
      - id: night
        phrases: [they bark at night]
        keywords: [night]
        hints: [When do dogs bark?, Think of the dark.]
        prompt:
          text: Dogs bark at ____.
          answers: [night]
        assertion: Dogs bark at night.
"""


def test_a_good_dialog_file_and_lesson(tmp_path: Path) -> None:
    pack = make_pack(
        tmp_path, {"a.yaml": GOOD}, {"a.yaml": DIALOG, "lesson.yaml": "lesson: [animals]\n"}
    )
    assert problems(pack) == []


def test_dangling_references_in_dialogs(tmp_path: Path) -> None:
    dialog = DIALOG.replace("topic: animals", "topic: pets").replace("[dogs-bark]", "[dog-bark]")
    pack = make_pack(
        tmp_path,
        {"a.yaml": GOOD},
        {"a.yaml": dialog, "lesson.yaml": "lesson: [animals, pets, animals]\n"},
    )
    assert problems(pack) == [
        "dialogs/a.yaml:2:8: topic: unknown topic 'pets'; expected the id of a topic in "
        "knowledge/*.yaml (animals)",
        "dialogs/a.yaml:8:13: questions[0].facts[0]: unknown fact id 'dog-bark' (did you mean "
        "'dogs-bark'?); expected the id of a fact in knowledge/*.yaml",
        "dialogs/lesson.yaml:2:19: lesson[1]: unknown topic 'pets'; expected the id of a topic "
        "in knowledge/*.yaml (animals)",
        "dialogs/lesson.yaml:2:25: lesson[2]: topic 'animals' is listed twice (also "
        "lesson[0]); expected each topic once",
    ]


def test_dialog_schema_rules(tmp_path: Path) -> None:
    dialog = (
        DIALOG.replace("kind: why", "kind: whyy")
        .replace("hints: [When do dogs bark?, Think of the dark.]", "hints: [When do dogs bark?]")
        .replace("recap: Cats sit on mats and dogs bark at night.\n", "")
    )
    assert problems(make_pack(tmp_path, {"a.yaml": GOOD}, {"a.yaml": dialog})) == [
        "dialogs/a.yaml:2:1: recap: missing; a file with `topic:` also needs `recap:`",
        "dialogs/a.yaml:6:11: questions[0].kind: 'whyy' is not allowed; expected one of: why, "
        "how, what, who, when, where (did you mean 'why'?)",
        "dialogs/a.yaml:12:16: questions[0].expectations[0].hints: has 1; expected at least 2 "
        "items",
    ]


def test_source_quote_not_in_the_document_shows_the_closest_sentence(tmp_path: Path) -> None:
    bad = GOOD.replace("source: Dogs bark at night.", "source: Dogs bark all night.")
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:12:13: facts[1].source: not found in the source document "
        "(knowledge/source.txt); expected a verbatim quote; the closest sentence is: "
        "'Dogs bark at night.'"
    ]


def test_near_duplicate_questions_across_facts_are_a_warning(tmp_path: Path) -> None:
    bad = GOOD.replace("[When do dogs bark?]", "[When do dogs bark?, Where did the cats sit?]")
    assert problems(make_pack(tmp_path, {"a.yaml": bad})) == [
        "knowledge/a.yaml:13:37: facts[1].questions[1]: warning: 'Where did the cats sit?' "
        "looks the same to the matcher as 'Where did the cat sit?' of fact 'cat-mat' "
        "(knowledge/a.yaml:9:17): both come down to the words [cat, sit]; expected questions "
        "that only this fact answers (reword it with what is special to this fact, or remove it)"
    ]


def test_a_missing_schema_line_is_a_warning(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, {})
    (pack / "knowledge" / "a.yaml").write_text(GOOD, encoding="utf-8")
    assert problems(pack) == [
        "knowledge/a.yaml:1:1: (file): warning: the first line should be "
        "`# yaml-language-server: $schema=<path to>/knowledge.schema.json` so that editors "
        "check the file as you type (`tutor new-pack` writes it)"
    ]


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    bad = (
        GOOD.replace("answer: The cat sat on the mat.", "answer: yes")
        .replace("id: dogs-bark", "id: cat-mat")
        .replace("source: Dogs bark at night.", "source: Dogs never bark.")
    )
    broken = "facts:\n  - id: x\n    answer: [\n"
    found = problems(make_pack(tmp_path, {"a.yaml": bad, "b.yaml": broken}))
    assert [p.split(": ")[0] for p in found] == [
        "knowledge/a.yaml:7:13",
        "knowledge/a.yaml:10:9",
        "knowledge/a.yaml:12:13",
        "knowledge/b.yaml:5:1",
    ]


def test_the_loader_refuses_a_broken_pack_listing_every_error(tmp_path: Path) -> None:
    bad = GOOD.replace("answer: The cat sat on the mat.", "answer: yes").replace(
        "id: dogs-bark", "id: cat-mat"
    )
    with pytest.raises(tutor.ContentError) as caught:
        tutor.Tutor.from_path(make_pack(tmp_path, {"a.yaml": bad}))
    assert [str(p) for p in caught.value.problems] == str(caught.value).splitlines()
    assert len(caught.value.problems) == 2


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        # seen only once the YAML is read: the schema, ids across facts, a missing topic
        ("answer: Dogs bark at night.", "answer: yes", "knowledge/a.yaml:11:13"),
        ("id: dogs-bark", "id: cat-mat", "knowledge/a.yaml:10:9"),
        (
            "    answer: Dogs bark",
            "    topic: plants\n    answer: Dogs bark",
            "knowledge/a.yaml:11:12",
        ),
        # what the YAML reader itself refuses: a key written twice
        ("    source: Dogs", "    answer: Twice.\n    source: Dogs", "knowledge/a.yaml:12:5"),
    ],
)
def test_the_loader_says_file_and_line_as_validate_does(
    tmp_path: Path, old: str, new: str, where: str
) -> None:
    """Loading reads values without their positions (a big pack loads faster); a broken
    pack is read again with them, so its message still says file:line:column."""
    pack = make_pack(tmp_path, {"a.yaml": GOOD.replace(old, new)})
    with pytest.raises(tutor.ContentError) as caught:
        tutor.Tutor.from_path(pack)
    assert str(caught.value).split(": ")[0] == where
    assert [str(p) for p in caught.value.problems] == [
        str(p) for p in tutor.validate(pack).problems if p.severity == "error"
    ]


def test_a_loaded_fact_knows_its_file_and_line(tmp_path: Path) -> None:
    """What `validate --coverage` points at (file:line of a fact), kept by the fast reader."""
    facts = tutor.Tutor.from_path(make_pack(tmp_path, {"a.yaml": GOOD})).pack.facts
    assert [str(f.where) for f in facts] == ["knowledge/a.yaml:6:5", "knowledge/a.yaml:10:5"]


def test_warnings_do_not_stop_the_pack_from_loading(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, {})
    (pack / "knowledge" / "a.yaml").write_text(GOOD, encoding="utf-8")  # no schema line
    assert tutor.Tutor.from_path(pack).ask("where did the cat sit").kind == "answer"


# --- examples -------------------------------------------------------------------------------


def test_examples_that_route_wrongly_are_listed(tmp_path: Path) -> None:
    good = GOOD.replace(
        "questions: [Where did the cat sit?]",
        "questions: [Where did the cat sit?]\n    examples: [where was the cat, when do dogs bark]",
    )
    pack = make_pack(tmp_path, {"a.yaml": good})
    report = tutor.validate(pack, examples=True)
    assert report.examples == 2
    assert report.examples_failed == 1
    assert [str(p) for p in report.problems] == [
        "knowledge/a.yaml:10:35: facts[0].examples[1]: 'when do dogs bark' reaches fact "
        "'dogs-bark' (reply answer: 'Dogs bark at night.'); expected fact 'cat-mat': add a "
        "question or keyword in the learner's words to this fact"
    ]


def test_answer_examples_on_dialog_questions_are_judged(tmp_path: Path) -> None:
    dialog = DIALOG + (
        "    examples:\n"
        "      - say: they bark at night\n        verdict: correct\n"
        "      - say: because cats sit on mats\n        verdict: correct\n"
    )
    pack = make_pack(tmp_path, {"a.yaml": GOOD}, {"a.yaml": dialog})
    report = tutor.validate(pack, examples=True)
    assert report.examples == 2
    assert report.examples_failed == 1
    assert "'because cats sit on mats' is judged" in str(report.problems[0])
    assert "expected correct" in str(report.problems[0])


# --- the command ----------------------------------------------------------------------------


def test_validate_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = make_pack(tmp_path / "clean", {"a.yaml": GOOD})
    warned = make_pack(tmp_path / "warned", {})
    (warned / "knowledge" / "a.yaml").write_text(GOOD, encoding="utf-8")
    bad = GOOD.replace("answer: Dogs bark at night.", "answer: no")
    broken = make_pack(tmp_path / "broken", {"a.yaml": bad})
    assert main(["validate", str(clean)]) == 0
    assert capsys.readouterr().out == "0 error(s), 0 warning(s)\n"
    assert main(["validate", str(warned)]) == 0
    assert main(["validate", "--strict", str(warned)]) == 1
    assert main(["validate", str(broken)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "1 error(s), 0 warning(s)"
    assert out[-2].startswith("knowledge/a.yaml:11:13: facts[1].answer: expected text")


def test_validate_a_missing_folder_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err == f"tutor: {tmp_path / 'nope'}: no such pack folder\n"


def test_the_shipped_pack_has_no_errors_and_its_examples_pass() -> None:
    report = tutor.validate(examples=True)
    assert report.errors == []


def test_the_shipped_pack_is_clean_under_strict() -> None:
    assert main(["validate", "--strict", "--examples"]) == 0


def test_keys_1_and_true_are_not_called_duplicates_and_each_gets_its_own_hint(
    tmp_path: Path,
) -> None:
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "source.txt").write_text("Bees make honey.\n")
    (tmp_path / "knowledge" / "bees.yaml").write_text(
        "topic: {id: bees, title: Bees}\nfacts:\n  - id: honey\n    answer: Bees make honey.\n"
        "    source: Bees make honey.\n    questions: [What do bees make?]\n"
        "    1: one\n    true: yes\n"
    )
    messages = [str(p) for p in tutor.validate(tmp_path).errors]
    assert len(messages) == 2, messages
    first, second = messages
    assert first.startswith("knowledge/bees.yaml:7:") and "`1`" in first and "`true`" not in first
    assert second.startswith("knowledge/bees.yaml:8:") and "`true`" in second
    assert "duplicate key" not in second


def test_aliases_shorter_than_two_letters_or_on_two_entities_are_refused(tmp_path: Path) -> None:
    lexicon = (
        "entities:\n"
        "  - {name: Saturn V, kind: thing, aliases: [v]}\n"
        "  - {name: Pierre Curie, kind: person, aliases: [curie]}\n"
        "  - {name: Marie Curie, kind: person, aliases: [Curie]}\n"
    )
    found = problems(make_pack(tmp_path, {"a.yaml": GOOD, "00-lexicon.yaml": lexicon}))
    assert found == [
        "knowledge/00-lexicon.yaml:3:45: entities[0].aliases[0]: alias 'v' is shorter than two "
        "letters; expected a name learners write (a letter matches inside too many questions)",
        "knowledge/00-lexicon.yaml:5:49: entities[2].aliases[0]: alias 'Curie' also names "
        "'Pierre Curie'; expected each alias on one entity (or none: the tutor cannot tell "
        "them apart)",
    ]


def test_drafts_and_todo_notes_are_counted_and_fail_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafted = GOOD.replace("  - id: dogs-bark\n", "  - id: dogs-bark\n    draft: true\n")
    drafted += "# TODO: ask about cats too\n"
    root = make_pack(tmp_path, {"a.yaml": drafted})
    assert problems(root) == [
        "knowledge/a.yaml:11:5: facts[1].draft: warning: 1 drafted item(s) marked `draft: true` "
        "and 1 TODO note(s) (line 15) not reviewed yet; expected each checked and its "
        "`draft: true` or TODO deleted (`--strict` fails until then)"
    ]
    assert main(["validate", str(root)]) == 0
    assert main(["validate", "--strict", str(root)]) == 1


def test_a_list_item_indented_too_deep_is_flagged_as_merged(tmp_path: Path) -> None:
    merged = GOOD.replace(
        "    questions: [Where did the cat sit?]",
        "    questions:\n      - Where did the cat sit?\n       - What did the cat sit on?",
    )
    assert problems(make_pack(tmp_path, {"a.yaml": merged})) == [
        "knowledge/a.yaml:11:8: (list): warning: this item is indented deeper than the one "
        "above, so YAML reads it as more words of that item ('Where did the cat sit? - What "
        "did the cat sit on?'); expected it in line with the items above"
    ]


def test_one_yaml_syntax_error_is_reported_once_not_as_a_cascade(tmp_path: Path) -> None:
    bad = GOOD.replace("answer: Dogs bark at night.", "answer: Dogs bark: loudly at night.")
    dialog = (
        "topic: animals\nrecap: Cats sit.\nquestions:\n  - id: q\n    ask: Why?\n    kind: why\n"
        "    facts: [cat-mat]\n    expectations:\n      - id: e\n        phrases: [it sat]\n"
        "        keywords: [sat]\n        hints: [Look., Look again.]\n        prompt: {text: It ____., "
        "answers: [sat]}\n        assertion: It sat.\n"
    )
    found = problems(make_pack(tmp_path, {"a.yaml": bad}, {"a.yaml": dialog}))
    assert found == [
        "knowledge/a.yaml:11:22: (file): YAML syntax: mapping values are not allowed in this "
        "context; put text that contains ': ' in quotes"
    ]  # no "unknown topic 'animals'" or "unknown fact id 'cat-mat'" after it


# --- frames: who did what, read from the answer or written by hand ---------------------

NO_VERB = """\
topic:
  id: animals
  title: Animals
facts:
  - id: cat-mat
    answer: The cat sat on the mat.
    source: The cat sat on the mat.
    questions: [Where did the cat sit?]
  - id: birds-song
    answer: In the morning.
    source: Birds sing in the morning.
    questions: [What happens in the morning?]
"""


def test_validate_names_a_fact_whose_frame_cannot_be_read(tmp_path: Path) -> None:
    report = tutor.validate(make_pack(tmp_path, {"a.yaml": NO_VERB}))
    assert report.problems == ()  # a state with no doer is no mistake: a note, not a warning
    (note,) = [n for n in report.notes if "who did what" in n]
    assert "1 answer(s) (knowledge/a.yaml:11 birds-song)" in note and "frame:" in note


def test_a_written_frame_silences_it_and_a_frame_with_no_relation_is_named(
    tmp_path: Path,
) -> None:
    written = NO_VERB + "    frame: {predicate: sing, agent: birds, time: morning}\n"
    report = tutor.validate(make_pack(tmp_path / "a", {"a.yaml": written}))
    assert report.problems == () and not [n for n in report.notes if "who did what" in n]
    empty = NO_VERB + "    frame: {predicate: the, agent: birds}\n"
    found = problems(make_pack(tmp_path / "b", {"a.yaml": empty}))
    assert len(found) == 1 and "facts[1].frame.predicate: warning" in found[0]


def test_a_frame_role_that_is_not_one_is_an_error_with_its_place(tmp_path: Path) -> None:
    bad = NO_VERB + "    frame: {predicate: sing, singer: birds}\n"
    found = problems(make_pack(tmp_path, {"a.yaml": bad}))
    assert any("facts[1].frame.singer: unknown field" in p for p in found), found
    assert not any("warning" in p for p in found)


TWO = """\
topic:
  id: birds
  title: Birds
facts:
  - id: dawn
    answer: Birds sing loudly at dawn.
    source: Birds sing loudly at dawn.
    questions: [Where do birds sing?]
  - id: garden
    answer: Birds sing happily in the garden.
    source: Birds sing happily in the garden.
    questions: [How do birds sing?]
"""


def _where(root: Path) -> tutor.Reply:
    (root / "knowledge" / "source.txt").write_text(
        "Birds sing loudly at dawn. Birds sing happily in the garden.\n", encoding="utf-8"
    )
    return tutor.Tutor.from_path(root).session(seed=1).respond("Where do birds sing?")


def test_a_written_place_lets_the_fact_answer_where(tmp_path: Path) -> None:
    plain = _where(make_pack(tmp_path / "a", {"a.yaml": TWO}))
    placed = TWO + "    frame: {predicate: sing, agent: birds, place: garden}\n"
    told = _where(make_pack(tmp_path / "b", {"a.yaml": placed}))
    assert "garden" not in plain.text
    assert told.kind == "answer" and "garden" in told.text
