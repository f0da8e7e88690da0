"""`tutor new-pack DIR --from text.txt`: a draft pack that works before anyone edits it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import tutor
from tutor._eval import evaluate, load_cases
from tutor._scaffold import scaffold
from tutor.cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "penicillin"
TEXT = EXAMPLE / "knowledge" / "penicillin.txt"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("drafts") / "penicillin"
    assert main(["new-pack", str(root), "--from", str(TEXT)]) == 0
    return root


def _knowledge(files: dict[str, str]) -> str:
    """All the drafted knowledge files as one text (a titled text has a topic a paragraph)."""
    return "\n".join(v for k, v in sorted(files.items()) if k.startswith("knowledge/"))


def test_the_draft_answers_direct_questions_about_its_text(drafted: Path) -> None:
    direct = [c for c in load_cases(EXAMPLE / "cases.yaml") if c["category"] == "direct"]
    report = evaluate(tutor.Tutor.from_path(drafted), direct)
    passed, total = report.by_category()["direct"]
    assert total == 25
    assert passed / total >= 0.8


def test_the_draft_validates_but_strict_fails_until_the_drafts_are_reviewed(
    drafted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(drafted)]) == 0
    capsys.readouterr()
    assert main(["validate", "--strict", str(drafted)]) == 1
    out = capsys.readouterr().out
    assert "knowledge/02-mould-petri-dish.yaml:" in out
    assert "drafted item(s) marked `draft: true` not reviewed yet" in out


def test_a_topic_per_heading_and_a_fact_per_sentence_or_bullet(drafted: Path) -> None:
    pack = tutor.Tutor.from_path(drafted).pack
    assert [t.title for t in pack.topics] == [
        "The Discovery of Penicillin",
        "A Mould on a Petri Dish",
        "Why Fleming Stopped",
        "The Oxford Team",
        "First Tests",
        "Mass Production",
        "Recognition and a Warning",
    ]
    assert len(pack.facts) == 26  # a sentence or bullet each, and the heading of a list
    bullet = next(f for f in pack.facts if f.source.startswith("In May 1940"))
    assert bullet.source == "In May 1940, penicillin cured mice infected with deadly streptococci."
    assert bullet.date == "1940"
    assert all(f.source in pack.sources[0] for f in pack.facts)  # verbatim quotes


def test_names_become_entities_with_a_guessed_kind(drafted: Path) -> None:
    kinds = {e.name: (e.kind, e.aliases) for e in tutor.Tutor.from_path(drafted).pack.entities}
    assert kinds["Alexander Fleming"] == ("person", ("fleming",))
    assert kinds["St Mary's Hospital"][0] == "place"
    assert kinds["Second World War"][0] == "event"
    assert kinds["Norman Heatley"] == ("person", ("heatley",))
    assert "September" not in kinds
    assert "September 1928" not in kinds  # a date, not a name
    assert kinds["Staphylococcus"][0] != "person"  # named once, doing nothing


def test_files_name_their_schema_and_mark_what_is_drafted(drafted: Path) -> None:
    files = sorted(drafted.glob("*/*.yaml"))
    assert [f.name for f in files][:2] == [
        "01-discovery-penicillin.yaml",
        "02-mould-petri-dish.yaml",
    ]
    for f in files:
        first, rest = f.read_text("utf-8").split("\n", 1)
        target = first.removeprefix("# yaml-language-server: $schema=")
        assert (f.parent / target).resolve().is_file(), first
        assert "draft: true" in rest or f.name == "lesson.yaml"


def test_a_pronoun_sentence_is_tied_to_the_person_before_it(drafted: Path) -> None:
    pack = tutor.Tutor.from_path(drafted).pack
    fact = next(f for f in pack.facts if f.source.startswith("He noticed"))
    assert fact.answer.startswith("Fleming noticed that a mould")
    assert "alexander fleming" in fact.keywords
    pronouns = {"he", "she", "his", "her", "him", "it", "they", "their"}
    assert not [k for f in pack.facts for k in f.keywords if k in pronouns]


def test_every_fact_has_two_real_questions_and_no_placeholder(drafted: Path) -> None:
    pack = tutor.Tutor.from_path(drafted).pack
    for fact in pack.facts:
        assert len(fact.questions) >= 2, fact.id
        assert not [q for q in fact.questions if "say about" in q or "TODO" in q], fact.id
    heatley = next(f for f in pack.facts if f.source.startswith("Norman Heatley designed"))
    assert heatley.questions[0] == (
        "Who designed equipment to grow the mould and extract the drug in larger amounts?"
    )
    bedpans = next(f for f in pack.facts if "bedpans" in f.source)
    assert list(bedpans.questions[:2]) == [
        "Why did the team grow the mould in bedpans, milk churns and bathtubs?",
        "What was the reason the team grew the mould in bedpans, milk churns and bathtubs?",
    ]


NAMES = """The Flight of Apollo 13

In April 1970 the Saturn V rocket lifted Apollo 13 towards the Moon. Jim Lovell \
commanded the mission. When Swigert stirred the oxygen tanks, one of them exploded. The \
crew moved into the lunar module Aquarius. Lovell later wrote a book about it. At the \
13th Party Congress in Moscow nobody mentioned the flight. The capsule landed near Samoa.
"""


def test_names_keep_their_words_and_their_kind() -> None:
    from tutor._draft_names import find_entities
    from tutor._source import passages

    found = {e.name: e for e in find_entities([p.text for p in passages(NAMES)])}
    assert found["Saturn V"].kind == "thing"  # "the Saturn V": people take no article
    assert found["Apollo 13"].kind == "thing"
    assert found["13th Party Congress"].kind == "event"
    assert found["Jim Lovell"].kind == "person"
    assert found["Jim Lovell"].aliases == ["lovell"]
    assert "Swigert" in found and "When Swigert" not in found  # function words stripped
    assert found["Samoa"].kind == "place"
    assert "Lovell" not in found  # the surname alone is Jim Lovell
    aliases = [a for e in found.values() for a in e.aliases]
    assert all(len(a) >= 2 for a in aliases)


def test_a_number_that_counts_is_no_part_of_the_name_before_it() -> None:
    from tutor._draft_names import find_entities

    found = {
        e.name
        for e in find_entities(
            ["In England 307 people died.", "Apollo 13 was launched in April 1970."]
        )
    }
    assert "England" in found and "England 307" not in found
    assert "Apollo 13" in found  # a number before a verb stays in the name


def test_a_paragraph_that_only_points_back_keeps_what_it_points_to() -> None:
    files = scaffold(
        "Floods\n\nA high tide and a gale together can flood the town.\n\n"
        "That is exactly what happened in 1953. Later the council built a wall.\n"
    )
    text = _knowledge(files)
    assert '"A high tide and a gale together can flood the town. That is exactly' in text
    # a sentence that says what it is about does not take its neighbour along
    assert 'answer: "Later the council built a wall."' in text


def test_this_idea_takes_the_sentence_that_says_the_idea() -> None:
    files = scaffold(
        "Stones\n\nAnning concluded that the stones were fossil droppings. "
        "The geologist William Buckland published this idea in 1829. "
        "In this year the museum shows them.\n"
    )
    text = files["knowledge/01-stones.yaml"]
    assert '"Anning concluded that the stones were fossil droppings. The geologist' in text
    assert 'answer: "In this year the museum shows them."' in text  # a time, not an idea


def test_a_name_opening_a_sentence_is_its_subject_not_the_paragraphs_hero() -> None:
    files = scaffold(
        "Return\n\nEdgar Evans, weakened by a fall, died near the glacier. "
        "Lawrence Oates knew he was slowing the others. Oates left the tent.\n"
    )
    evans = files["knowledge/01-return.yaml"].split("died near the glacier")[-1]
    assert "lawrence oates" not in evans.split("keywords: ")[1].splitlines()[0]


def test_a_list_keeps_its_intro_and_the_intro_its_items() -> None:
    text = (
        "Stages\n\nThe cycle has three stages:\n- fixation, which makes ammonia;\n"
        "- nitrification, which makes nitrate;\n- denitrification, which frees nitrogen gas.\n"
    )
    files = scaffold(text, "cycle.txt")
    pack_text = files["knowledge/01-stages.yaml"]
    assert '"The cycle has three stages: nitrification, which makes nitrate."' in pack_text
    assert (
        '"The cycle has three stages: fixation, which makes ammonia; nitrification, which '
        'makes nitrate; denitrification, which frees nitrogen gas."' in pack_text
    )


def test_parts_told_one_by_one_answer_the_sentence_that_announces_them() -> None:
    """'The year had two seasons.' then 'The first ...', 'The last ...': the announcing
    sentence answers 'what were the two seasons?' with both, as a list's intro does."""
    text = (
        "The Farm\n\nThe farm year at Wending had two seasons. The first was the wet "
        "season, when rice was planted. The last was the dry season, when it was cut.\n"
    )
    pack_text = scaffold(text, "farm.txt")["knowledge/01-farm.yaml"]
    assert (
        '"The farm year at Wending had two seasons. The first was the wet season, when rice '
        'was planted. The last was the dry season, when it was cut."' in pack_text
    )


def test_a_list_right_under_its_heading_keeps_the_heading_as_its_intro() -> None:
    """Each item says what it is one of; in a text without headings a list is left as
    it is (no made-up title joins it)."""
    text = "Advantages of the Office\n\n- Control over appointments.\n- Access to the files.\n"
    files = scaffold(text, "office.txt")
    assert (
        '"Advantages of the Office: Access to the files."'
        in files["knowledge/01-advantages-office.yaml"]
    )
    assert (  # the heading answers with the whole list
        'answer: "Advantages of the Office: Control over appointments; Access to the files."'
        in files["knowledge/01-advantages-office.yaml"]
    )
    plain = scaffold("- Control over appointments.\n- Access to the files.\n", "list.txt")
    assert any('answer: "Access to the files."' in v for v in plain.values())


def test_markdown_headings_and_a_text_without_headings() -> None:
    files = scaffold("# Bees\n\nBees make honey from nectar. They live in hives.\n", "bees.txt")
    assert sorted(files) == [
        "dialogs/01-bees.yaml",
        "dialogs/lesson.yaml",
        "knowledge/00-lexicon.yaml",
        "knowledge/01-bees.yaml",
        "knowledge/bees.txt",
    ]
    plain = scaffold("Bees make honey from nectar. They live in hives.\n")
    assert '  title: "Introduction"' in plain["knowledge/01-introduction.yaml"]
    paragraphs = scaffold("Bees make honey from nectar.\n\nWasps eat other insects.\n")
    assert [k for k in paragraphs if k.startswith("knowledge/0")] == [
        "knowledge/00-lexicon.yaml",
        "knowledge/01-bees-honey.yaml",
        "knowledge/02-wasps-eat-insects.yaml",
    ]  # without headings, a topic per paragraph


def test_a_lesson_runs_on_a_fresh_draft_asking_before_it_tells(drafted: Path) -> None:
    s = tutor.Tutor.from_path(drafted).session(seed=1)
    reply = s.respond("/lesson")
    assert "Topic 1 of 7: The Discovery of Penicillin" in reply.text
    assert reply.follow_up and reply.follow_up.endswith("?")
    hint = s.respond("I don't know")
    assert hint.kind == "hint"  # a hint, not the answer
    assert "widely used" not in hint.text + (hint.follow_up or "")
    reply = s.respond("/skip")
    assert "widely used in medicine" in reply.text  # told only after asking
    # what happened, not who: the event is what the learner tells
    assert reply.follow_up == (
        "What did the Scottish bacteriologist Alexander Fleming do in September 1928?"
    )
    assert s.respond("the cat").verdict == "incorrect"
    reply = s.respond("he came back from holiday to his laboratory in London")
    assert reply.verdict in ("correct", "partial")
    topics = 2 + (" of 7: " in reply.text)
    for _ in range(60):
        reply = s.respond("/skip")
        topics += " of 7: " in reply.text
        if reply.follow_up is None:
            break
    assert topics == 7


def test_new_pack_builds_the_draft_into_the_cache_so_its_first_use_is_quick(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tutor import _cache

    cache = tmp_path / "cache"
    monkeypatch.setenv("TUTOR_CACHE", str(cache))
    source = tmp_path / "text.txt"
    source.write_text("Pole\n\nIn 1911 Roald Amundsen reached the South Pole with four men.\n")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 0
    assert len(list(cache.glob("*.pack"))) == 1
    built: list[int] = []
    monkeypatch.setattr(_cache, "build", lambda load: built.append(1) or load())
    assert main(["--pack", str(tmp_path / "pack"), "ask", "who reached the south pole?"]) == 0
    assert built == []  # read back from the cache, not built again


def test_new_pack_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "keep.txt").write_text("mine")
    assert main(["new-pack", str(tmp_path), "--from", str(TEXT)]) == 2
    assert capsys.readouterr().err == (
        f"tutor: {tmp_path}: already exists and is not empty; choose a new folder\n"
    )
    assert (tmp_path / "keep.txt").read_text() == "mine"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such text file"),
        (b"", "the file is empty"),
        (b"caf\xe9\n", "not UTF-8 text (byte 3); save it as UTF-8"),
    ],
)
def test_new_pack_bad_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    source = tmp_path / "text.txt"
    if content is not None:
        source.write_bytes(content)
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 2
    assert capsys.readouterr().err == f"tutor: {source}: {message}\n"
    assert not (tmp_path / "pack").exists()


def test_new_pack_needs_from(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["new-pack", "somewhere"])
    assert caught.value.code == 2
    assert "--from" in capsys.readouterr().err


def test_headings_that_yaml_reads_as_numbers_or_booleans_still_make_a_valid_pack(
    tmp_path: Path,
) -> None:
    source = tmp_path / "t.txt"
    source.write_text(
        "1929\n\nStalin expelled Trotsky in 1929. He went to Turkey.\n\n"
        "True\n\nHe lived in Mexico later. He was killed there.\n"
    )
    root = tmp_path / "pack"
    assert main(["new-pack", str(root), "--from", str(source)]) == 0
    report = tutor.validate(root)
    assert report.errors == []
    assert tutor.Tutor.from_path(root).ask("who did stalin expel in 1929?").kind == "answer"


@pytest.mark.parametrize("shape", ["one huge text", "one huge section"])
def test_new_pack_refuses_past_the_loaders_cap_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shape: str
) -> None:
    source = tmp_path / "big.txt"
    if shape == "one huge text":  # past the cap of one file: nothing is read
        source.write_text("Bees make honey. " * 130_000)
    else:  # under it, but the draft repeats the sentence (answer, source and summary)
        source.write_text(" ".join(f"bees{i % 50} make honey" for i in range(60_000)) + ".\n")
    root = tmp_path / "pack"
    assert main(["new-pack", str(root), "--from", str(source)]) == 2
    err = capsys.readouterr().err
    assert (
        "the loader's cap (2,000,000 bytes)" in err or "(2,000,000 bytes, the loader's cap)" in err
    )
    assert not root.exists()


def test_new_pack_shows_progress_on_a_terminal_and_nothing_on_a_pipe(tmp_path: Path) -> None:
    import pexpect

    cmd = f"{sys.executable} -m tutor new-pack {tmp_path / 'tty'} --from {TEXT}"
    child = pexpect.spawn(cmd, encoding="utf-8", timeout=60)
    child.expect(r"\[#+\] drafting facts")
    child.expect(pexpect.EOF)
    piped = subprocess.run(
        [sys.executable, "-m", "tutor", "new-pack", str(tmp_path / "pipe"), "--from", str(TEXT)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert piped.stderr == ""


def test_a_family_name_goes_to_the_person_the_text_is_about_and_is_marked() -> None:
    from tutor._draft_names import find_entities

    text = [
        "Mary Anning was born in Lyme Regis in 1799.",
        "Her father Richard Anning made cabinets.",
        "Mary Anning found the first ichthyosaur with her brother Joseph Anning.",
        "Later Mary sold fossils to Lieutenant-Colonel Thomas Birch.",
        "Henry De la Beche drew her at work, and De la Beche stayed her friend.",
    ]
    found = {e.name: e for e in find_entities(text)}
    mary = found["Mary Anning"]
    assert mary.aliases == ["anning", "mary"] and not mary.sure  # shared: for review
    assert found["Richard Anning"].aliases == []
    assert "Thomas Birch" in found and found["Thomas Birch"].kind == "person"
    assert found["Henry De la Beche"].aliases == ["beche", "de la beche"] or (
        "de la beche" in found["Henry De la Beche"].aliases
    )
    assert "De la Beche" not in found and "Mary" not in found


@pytest.mark.parametrize(
    ("sentence", "split"),
    [
        (
            "The enzyme is poisoned by oxygen, so microbes have evolved ways to protect it.",
            ("The enzyme is poisoned by oxygen", "microbes have evolved ways to protect it"),
        ),
        (
            "The team grew the mould in bathtubs because proper vessels were scarce.",
            ("The team grew the mould in bathtubs", "proper vessels were scarce"),
        ),
        ("Birch was so moved by their poverty that he sold his collection.", None),
    ],
)
def test_a_dialog_asks_why_only_of_a_real_cause_or_result(
    sentence: str, split: tuple[str, str] | None
) -> None:
    from tutor._draft_questions import cause_split

    found = cause_split(sentence)
    assert (found[:2] if found else None) == split


def test_a_drafted_lesson_asks_why_of_reasons_and_purposes_in_plain_questions() -> None:
    """'since 1791' and 'since her husband died in 1880' say since when, not why; 'so that'
    says what a thing was done for, asked as why; of 'A, and he had to B, because C' the
    lesson asks why he had to B, naming him."""
    text = (
        "The Rope Walk\n\nThe Marren family has made rope in Harle since 1791. Jonas "
        "Marren's first order was a hawser for the ferry, and he had to twist it in the "
        "churchyard because his shed was too short. Hemp is soaked for a week, so that "
        "it bends without breaking. The walk was run by Ada Marren, who had kept the "
        "books since her husband died in 1880.\n"
    )
    dialog = scaffold(text, "rope.txt")["dialogs/01-rope-walk.yaml"]
    asked = [line.split("ask: ", 1)[1] for line in dialog.splitlines() if "ask: " in line]
    assert asked == [
        '"Why did Jonas Marren have to twist it in the churchyard?"',
        '"Why is hemp soaked for a week?"',
    ]
    from tutor._draft_questions import why_question

    # a participle describing the subject is no verb: the verb is "are"
    assert why_question("Old ropes sent back to Harle are unpicked") == (
        "Why are old ropes sent back to Harle unpicked?"
    )


def test_he_after_someone_named_only_by_role_is_that_role_not_the_last_name() -> None:
    """'The miller opens the sluice. He then starts the wheel': the miller, never the woman
    named a paragraph before; a role that a name fills ('The first miller was Tom Reed.
    He ...') still gives the name."""
    text = (
        "The Mill\n\nThe mill at Oldham Reach was built by Ruth Vane in 1790.\n\n"
        "A day's grinding begins at dawn. The miller opens the sluice on the leat. He "
        "then starts the wheel with a long lever.\n\nThe first miller was Tom Reed. He "
        "worked the mill for thirty years.\n"
    )
    pack_text = _knowledge(scaffold(text, "mill.txt"))
    assert '"The miller then starts the wheel with a long lever."' in pack_text
    assert "Vane then starts" not in pack_text
    assert '"Reed worked the mill for thirty years."' in pack_text


def test_her_opening_a_sentence_is_whom_the_last_one_named_though_it_names_another() -> None:
    """'In 1902 the board hired Ada Kerr. Her first task was to survey the harbour with the
    engineer Tom Pike': her task, Kerr's, though the sentence names Pike too."""
    text = (
        "The Harbour\n\nIn 1902 the harbour board hired Ada Kerr as its surveyor. Her "
        "first task was to survey the old quay with the engineer Tom Pike.\n"
    )
    pack_text = _knowledge(scaffold(text, "harbour.txt"))
    assert "\"Kerr's first task was to survey the old quay" in pack_text


def test_a_sentence_that_names_nobody_is_tied_to_whom_its_paragraph_is_about() -> None:
    text = (
        "The Race\n\nRoald Amundsen sailed south in 1910. Amundsen wintered at the Bay of "
        "Whales. The second attempt began in October with four companions.\n"
    )
    files = scaffold(text, "race.txt")
    attempt = files["knowledge/01-race.yaml"].split("second attempt began", 1)[1]
    keywords = attempt.split("keywords: ", 1)[1].split("\n", 1)[0]
    assert '"roald amundsen"' in keywords


def test_a_sentence_that_leans_on_the_one_before_keeps_it() -> None:
    files = scaffold(
        "Mould\n\nFleming saw a mould on a dish. This mould had killed the bacteria.\n"
    )
    assert (
        '    answer: "Fleming saw a mould on a dish. This mould had killed the bacteria."'
        in files["knowledge/01-mould.yaml"]
    )
    assert '    source: "This mould had killed the bacteria."' in files["knowledge/01-mould.yaml"]


def test_he_and_she_go_to_a_person_of_that_gender_named_just_before() -> None:
    files = scaffold(
        "Anning\n\nMary Anning found fossils on the beach. Her father, Richard Anning, made "
        "cabinets. He died in 1810. Mary Anning kept collecting. Her dog Tray died in 1833. "
        "The news reached him late.\n"
    )
    answers = [
        line.split("answer: ", 1)[1]
        for line in _knowledge(files).splitlines()
        if "answer: " in line
    ]
    assert answers[1:] == [
        # 'her' is not Richard, nor "Anning's father", who could be his own
        '"Mary Anning\'s father, Richard Anning, made cabinets."',
        '"Richard Anning died in 1810."',
        '"Mary Anning kept collecting."',
        '"Mary Anning\'s dog Tray died in 1833."',
        '"The news reached him late."',  # an object is left as it is
    ]


def test_a_quotation_stays_one_sentence_and_abbreviations_split_nothing() -> None:
    from tutor._source import split_sentences

    assert split_sentences(
        'He wired: "Fram proceeding Antarctic. Amundsen." It arrived on Sept. 3. '
        '"Great God! this is an awful place," Scott wrote. Mt. Erebus smoked.'
    ) == [
        'He wired: "Fram proceeding Antarctic. Amundsen."',
        "It arrived on Sept. 3.",
        '"Great God! this is an awful place," Scott wrote.',
        "Mt. Erebus smoked.",
    ]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Nitrogenase splits the triple bond.", "What splits the triple bond?"),
        (
            "With the prize gone, and with creditors waiting, Amundsen decided to turn south.",
            "Who decided to turn south with the prize gone, and with creditors waiting?",
        ),
        ("Siberian ponies, which sank in soft snow, suffered.", None),
        (
            "Edgar Evans, weakened by a head injury, collapsed and died near the glacier.",
            "What collapsed and died near the glacier?",
        ),
        ("Nitrate, however, carries a negative charge.", "What carries a negative charge?"),
    ],
)
def test_questions_cut_the_sentence_at_its_verb(sentence: str, first: str | None) -> None:
    from tutor._draft_questions import draft_questions

    questions = draft_questions(sentence, "Amundsen" in sentence, None, frozenset(["amundsen"]))
    if first is None:
        assert questions[0].startswith("Is it true that")  # no verb found: no guess
    else:
        assert questions[0] == first


def test_ids_yaml_would_read_as_numbers_or_booleans_are_quoted(tmp_path: Path) -> None:
    source = tmp_path / "ids.txt"
    source.write_text("1929\n\nThe crash came in October.\n\nTrue\n\nPeople lost savings.\n")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 0
    assert main(["validate", str(tmp_path / "pack")]) == 0  # loads: ids stay text
    assert [t.id for t in tutor.Tutor.from_path(tmp_path / "pack").pack.topics] == ["1929", "true"]


def test_a_text_of_headings_only_is_refused_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "t.txt"
    source.write_text("A Title\n\nAnother line without a stop\n", encoding="utf-8")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 2
    assert "no sentence to draft a fact from" in capsys.readouterr().err
    assert not (tmp_path / "pack").exists()


ODD_TEXTS = [
    "- a list\n- with no intro\n",
    "He said so.",
    "Über Straße: Ärger.\n\nÉtienne a vu Zoë. Elle est partie.",
    "The. The. The.",
    "\u201cAn open quote never closed. Next sentence. Another.",
    "Title\n\nSt. Dr. the mat sat V. 13th they Apollo.",
    "Facts\n\n1. One thing happened.\n2. Another followed:\n   - nested item\n",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_any_text_drafts_a_pack_that_loads_and_teaches(tmp_path: Path, text: str) -> None:
    source = tmp_path / "odd.txt"
    source.write_text(text, encoding="utf-8")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 0
    assert not tutor.validate(tmp_path / "pack").errors
    s = tutor.Tutor.from_path(tmp_path / "pack").session()
    assert s.respond("/lesson").kind in ("lesson", "command")
    assert s.respond("/skip").text


def _draft_to(tmp_path: Path, text: str) -> tutor.Tutor:
    for rel, content in scaffold(text, "text.txt").items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(content, encoding="utf-8")
    return tutor.Tutor.from_path(tmp_path)


EXPLORERS = """Explorers

In 1910, the Norwegian explorer Roald Amundsen sailed south on the Fram. Amundsen landed \
in January 1911 at the Bay of Whales and named his base Framheim. Amundsen reached the \
pole in December 1911. The geologist William Buckland studied fossils in Oxford. Buckland \
gave lectures every week. In the following decades Mary Anning kept collecting.
"""


def test_what_the_text_calls_a_name_is_drafted_as_its_keywords(tmp_path: Path) -> None:
    from tutor._draft_names import NameFinder, describe, find_entities

    finder = NameFinder(find_entities(EXPLORERS.splitlines()[2:]))
    said = {e.name: words for s in EXPLORERS.split(". ") for e, words in describe(s, finder)}
    assert said["Roald Amundsen"] == ["norwegian", "explorer"]
    assert said["William Buckland"] == ["geologist"]
    assert "Mary Anning" not in said  # 'the following decades' describe nobody
    pole = _draft_to(tmp_path, EXPLORERS).session()
    # the pole fact never says 'Norwegian': what the text calls Amundsen elsewhere does
    assert "December 1911" in pole.respond("When did the Norwegian reach the pole?").text
    assert "geologist" in pole.respond("who was William Buckland").text
    assert "Bay of Whales" in pole.respond("Framheim location").text


def test_she_after_a_paragraph_of_men_is_the_woman_the_text_is_about() -> None:
    files = scaffold(
        "Anning\n\nMary Anning found fossils. She sold them to tourists.\n\n"
        "John Smith, Peter Brown, Henry Green, Thomas White and Carl Black met in a shop.\n\n"
        "In 1833 she nearly died in a landslide.\n"
    )
    assert '"In 1833 Anning nearly died in a landslide."' in _knowledge(files)


def test_he_is_the_one_the_last_sentence_names_not_a_man_named_paragraphs_before() -> None:
    files = scaffold(
        "Harbour\n\nIn 1901 the council asked Professor Alan Marsh to study the harbour. "
        "Marsh wrote that his survey favoured a wall.\n\n"
        "The engineer Tom Reed of the firm Hale and Rowe came up with another plan. "
        "According to a local story, he was inspired by a folding fan. "
        "His design used hinged panels.\n"
    )
    text = _knowledge(files)
    assert '"According to a local story, Reed was inspired by a folding fan."' in text
    assert '"Reed\'s design used hinged panels."' in text


def test_an_irregular_form_in_the_text_answers_its_lemma(tmp_path: Path) -> None:
    """The text says "found" and "taught"; the learner asks "find" and "teach"."""
    source = tmp_path / "text.txt"
    source.write_text(
        "Search\n\nIn November 1912 a search party found the tent near the depot. "
        "The guide Ana Ruiz taught the crew to drive dogs.\n"
    )
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 0
    session = tutor.Tutor.from_path(tmp_path / "pack").session(seed=1)
    assert "November 1912" in session.respond("when did they find the tent?").text
    assert "Ruiz" in session.respond("who would teach the crew?").text


def test_the_barrier_opening_a_sentence_is_the_sections_one_barrier() -> None:
    files = scaffold(
        "Building\n\nThe Thames Barrier guards London from the sea. "
        "The barrier was first used in 1982.\n"
    )
    later = files["knowledge/01-building.yaml"].split("first used in 1982")[-1]
    assert '"thames barrier"' in later.split("keywords: ")[1].splitlines()[0]


def test_a_misspelling_is_read_as_the_pack_word_it_sounds_like(tmp_path: Path) -> None:
    """'serge' is one letter from 'surge' and from 'serve': the one it sounds like wins."""
    source = tmp_path / "text.txt"
    source.write_text(
        "Floods\n\nStrong winds can pile up a bulge of water known as a storm surge. "
        "The gates serve the port.\n"
    )
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 0
    analyzer = tutor.Tutor.from_path(tmp_path / "pack")._engine.analyzer
    assert analyzer.correct("serge") == "surge"


def test_each_clause_of_a_long_sentence_gets_its_own_short_question() -> None:
    from tutor._draft_questions import clause_questions

    assert clause_questions(
        "He borrowed the ship from Nansen, and he planned to let her drift north.", True
    ) == ["Who borrowed the ship from Nansen?", "Who planned to let her drift north?"]
    # a relative clause hangs on what it follows; a one-clause sentence asks nothing more
    assert clause_questions("Scott took motor sledges, which broke down within days.", True)[
        1:
    ] == ["What broke down within days?"]
    assert clause_questions("Fleming noticed a mould.", True) == ["Who noticed a mould?"]


def test_a_name_of_the_form_x_of_y_takes_its_kind_from_x() -> None:
    from tutor._draft_names import find_entities

    kinds = {
        e.name: e.kind
        for e in find_entities(
            ["Amundsen landed at the Bay of Whales.", "Ships left the Gulf of Mexico."]
        )
    }
    assert kinds["Bay of Whales"] == "place"
    assert kinds["Gulf of Mexico"] == "place"


def test_a_subject_he_goes_on_with_the_last_sentences_subject() -> None:
    files = scaffold(
        "Return\n\nRobert Scott led the party. Scott wrote a diary every day. Lawrence Oates "
        "knew that he was slowing his friends. Around 17 March he left the tent in a "
        "blizzard, saying, according to Scott's diary, that he was going outside.\n"
    )
    assert '"Around 17 March Oates left the tent in a blizzard' in files["knowledge/01-return.yaml"]


def test_a_list_item_that_says_what_a_term_is_answers_what_is_it(tmp_path: Path) -> None:
    text = (
        "Cycle\n\nThe cycle has three stages:\n- fixation, which turns N2 into ammonia;\n"
        "- nitrification, which turns ammonium into nitrate;\n"
        "- denitrification, which turns nitrate back into nitrogen gas.\n\n"
        "Denitrification\n\nThe cycle closes with denitrification. Denitrification happens in "
        "wet soils. Nitrification needs oxygen.\n"
    )
    session = _draft_to(tmp_path, text).session()
    assert "nitrogen gas" in session.respond("what is denitrification").text


def test_a_sentence_naming_others_but_about_no_one_keeps_its_paragraphs_person() -> None:
    text = (
        "The Race\n\nRoald Amundsen sailed south in 1910. Amundsen wintered at the Bay of "
        "Whales. The second attempt began in October with two companions: Olav Bjaaland and "
        "Helmer Hanssen.\n"
    )
    attempt = scaffold(text, "race.txt")["knowledge/01-race.yaml"].split("second attempt", 1)[1]
    keywords = attempt.split("keywords: ", 1)[1].split("\n", 1)[0]
    assert '"roald amundsen"' in keywords


def test_a_family_plural_is_no_name_and_birthplace_asks_where_one_was_born(
    tmp_path: Path,
) -> None:
    from tutor._draft_names import find_entities

    text = (
        "Life\n\nMary Anning was born in 1799 in Lyme Regis, a town in Dorset. Anning sold "
        "fossils to tourists. The Annings were poor, and Anning worked hard. In 1847 Anning "
        "died of cancer.\n"
    )
    names = {e.name for e in find_entities(text.splitlines()[2:])}
    assert "Annings" not in names  # it would take 'Anning' (one stem) from Mary Anning
    assert "Lyme Regis" in _draft_to(tmp_path, text).session().respond("Anning birthplace").text


def test_how_much_money_is_answered_only_by_a_sum(tmp_path: Path) -> None:
    text = (
        "Fossils\n\nJoseph Anning found a skull in 1811. The family sold the skeleton to a "
        "collector for 23 pounds. Scott led the Terra Nova expedition to the pole in 1910.\n"
    )
    session = _draft_to(tmp_path, text).session()
    assert "23 pounds" in session.respond("How much money did the family get for it?").text
    reply = (
        tutor.Tutor.from_path(tmp_path)
        .session()
        .respond("How much money did the Terra Nova expedition cost?")
    )
    assert reply.kind == "fallback" and "doesn't say how much" in reply.text


def test_a_sentence_that_opens_with_a_name_and_an_aside_is_about_that_person() -> None:
    files = scaffold(
        "Return\n\nRobert Scott led the party. Scott wrote a diary every day. Lawrence Oates, "
        "whose feet were frostbitten, knew that he was slowing his friends. Around 17 March "
        "he left the tent, saying, according to Scott's diary, that he was going outside. "
        "He was never seen again.\n"
    )
    assert '"Oates was never seen again."' in files["knowledge/01-return.yaml"]  # not Scott


def test_the_glacier_is_the_one_glacier_its_section_names() -> None:
    text = (
        "The Climb\n\nThe party climbed the Beardmore Glacier in December. On the glacier "
        "they lost two ponies.\n\nHome\n\nBack home, the glacier was forgotten.\n"
    )
    files = scaffold(text, "climb.txt")
    climb = files["knowledge/01-climb.yaml"].split("On the glacier", 1)[1]
    assert '"beardmore glacier"' in climb.split("keywords: ", 1)[1].split("\n", 1)[0]
    home = files["knowledge/02-home.yaml"].split("keywords: ", 1)[1].split("\n", 1)[0]
    assert "beardmore" not in home  # another section names no glacier: 'the glacier' is open


ORCHESTRA = """Two Conductors

In 1921 the Danish conductor Karl Holm founded an orchestra in Leeds. Holm hired forty \
players in his first year. He wrote a letter to his Austrian rival. The rival was Anton \
Weiss of the Vienna Opera. Weiss toured Spain with his own players that spring. In 1925 \
the Finnish pianists Lena Roth and Greta Amsel joined the orchestra. Amsel later recorded \
three sonatas. To save money, orchestra treasurer Paul Lund cut the winter season. Lund \
also sold the old organ.
"""


def test_a_name_is_described_through_a_list_an_opening_phrase_and_a_shared_word() -> None:
    from tutor._draft_names import NameFinder, demonyms, describe, find_entities

    sentences = " ".join(ORCHESTRA.splitlines()[2:]).split(". ")
    finder = NameFinder(find_entities(sentences))
    said: dict[str, list[str]] = {}
    named = {}
    for sentence in sentences:
        for entity, words in describe(sentence, finder):
            said.setdefault(entity.name, []).extend(words)
            named[entity.name] = entity
    assert said["Greta Amsel"] == ["finnish", "pianists"]  # the list shares what opens it
    assert said["Paul Lund"] == ["orchestra", "treasurer"]  # after a comma, no article
    people = demonyms(sentences, {id(named[n]): w for n, w in said.items()})
    assert people[id(named["Anton Weiss"])] == ["austrian"]  # 'his Austrian rival'
    assert id(named["Paul Lund"]) not in people


def test_a_question_naming_a_person_by_what_the_text_calls_him_reaches_him(
    tmp_path: Path,
) -> None:
    s = _draft_to(tmp_path, ORCHESTRA).session()
    # the sentences asked about never say 'Austrian', 'pianist' or 'treasurer': the
    # sentences that describe the person do
    assert "Spain" in s.respond("What did the Austrian do that spring?").text
    assert "sonatas" in s.respond("What did the Finnish pianist record?").text
    assert "organ" in s.respond("What did the treasurer sell?").text


def test_the_name_of_a_ship_or_a_thing_is_a_name_a_question_can_ask_for(
    tmp_path: Path,
) -> None:
    s = _draft_to(
        tmp_path,
        "The Merchant\n\nIn 1870 the merchant Jonas Pike opened a warehouse in Bristol. Pike "
        "bought the schooner Morning Star from a shipwright. In 1873 Pike sailed to Lisbon on "
        "the Morning Star with a cargo of wool.\n",
    ).session()
    reply = s.respond("What was the name of the ship Pike took to Lisbon?")
    assert "cargo of wool" in reply.text


def test_a_lists_intro_is_asked_for_what_it_lists() -> None:
    from tutor._scaffold import list_questions

    assert list_questions("The mill used four main machines:") == [
        "What were the four main machines?",
        "What were the main machines?",
        "What were the machines?",
    ]
    assert list_questions("Its chief exports are:") == ["What are its chief exports?"]
    assert list_questions("Her best paintings included:") == [
        "What did her best paintings include?"
    ]
    assert list_questions("The mill was busy:") == []  # no plural names what is listed
    files = scaffold(
        "Mill\n\nThe mill used four main machines:\n- a carding engine;\n- a spinning mule;\n"
        "- a power loom;\n- a steam engine.\n"
    )
    intro = _knowledge(files).split("What were the four main machines?")[0]
    assert "a carding engine; a spinning mule; a power loom; a steam engine" in intro
    assert "Is it true that the mill used four main machines" not in _knowledge(files)


def test_a_list_item_is_asked_of_the_thing_it_lists_not_with_a_filler() -> None:
    from tutor._scaffold import item_questions

    assert item_questions("two old barges, which sank in the flood;", "The firm had boats:") == [
        "What happened to two old barges?",
        "Is it true that the firm had two old barges?",
    ]
    assert item_questions("a power loom;", "Its machines were these:") == ["What was a power loom?"]
    assert item_questions("nitrate, which plants take up.", "The soil holds two forms:") == [
        "What is nitrate?",
        "Is it true that the soil holds nitrate?",
    ]
    files = scaffold("Mill\n\nThe mill used four machines:\n- a power loom;\n- a steam engine.\n")
    text = _knowledge(files)
    assert '"What was a power loom?"' in text
    assert '"Is it true that the mill used a power loom?"' in text
    assert "Is it true that a power loom" not in text  # the filler made of the item alone


def test_a_headings_name_is_what_every_fact_of_its_section_is_about(tmp_path: Path) -> None:
    """Two lists that never name whose errors they list: the heading says it, and a
    question naming him reaches his section's item, not the other's."""
    source = tmp_path / "text.txt"
    source.write_text(
        "The Brothers\n\nEdwin Hallam and Oswin Marsh ran the farm together after 1850.\n\n"
        "Costly Farming Errors by Hallam\n\n- Missing the harvest fair because of a fever.\n"
        "- Selling the north field too cheaply.\n\n"
        "Costly Farming Errors by Marsh\n\n- Missing the harvest fair because of a broken cart.\n"
        "- Buying a lame horse.\n"
    )
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 0
    pack = tutor.Tutor.from_path(tmp_path / "pack")
    assert "fever" in pack.session(seed=1).respond("why did Hallam miss the fair?").text
    assert "cart" in pack.session(seed=1).respond("why did Marsh miss the fair?").text


def test_a_question_for_the_list_under_a_heading_gets_every_item(tmp_path: Path) -> None:
    source = tmp_path / "text.txt"
    source.write_text(
        "The Harbour\n\nThe harbour was rebuilt in 1890 by the town council.\n\n"
        "Main Duties of the Harbour Master\n\n- Collecting mooring fees from visiting boats.\n"
        "- Keeping the channel free of wrecks.\n- Lighting the pier lamps at dusk.\n"
    )
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(source)]) == 0
    session = tutor.Tutor.from_path(tmp_path / "pack").session(seed=1)
    reply = session.respond("what were the main duties of the harbour master?").text
    assert all(item in reply for item in ("mooring fees", "wrecks", "pier lamps")), reply


@pytest.mark.parametrize(
    ("heading", "first"),
    [
        ("Key Advantages of the Role", "What were the key advantages of the role?"),
        ("Propaganda Against Hallam", "What was the propaganda against Hallam?"),
        ("Exploiting the Harvest Fair", "What did exploiting the harvest fair involve?"),
    ],
)
def test_a_list_headings_question_fits_its_grammar(heading: str, first: str) -> None:
    from tutor._draft_list_questions import heading_questions

    asked = heading_questions(heading, frozenset(["hallam"]))
    assert asked[0] == first
    assert len(set(asked)) == 2


def test_a_subject_that_names_people_is_asked_with_who() -> None:
    files = scaffold("Duties\n\nThe keepers lit the lamps at dusk.\n", "duties.txt")
    assert '"Who lit the lamps at dusk?"' in files["knowledge/01-duties.yaml"]


def test_a_name_after_a_verb_takes_no_description_from_around_it() -> None:
    """'a testament suggesting Stalin be removed' says nothing of what Stalin is, nor
    'How Stalin beat Trotsky is a study' of Trotsky; 'Richard Anning was a cabinetmaker'
    and 'the Norwegian explorer Roald Amundsen' still do."""
    from tutor._draft_names import DraftEntity, NameFinder, describe

    people = [DraftEntity(n, "person") for n in ("Stalin", "Trotsky", "Richard Anning")]
    people.append(DraftEntity("Roald Amundsen", "person"))
    finder = NameFinder(people)

    def said(text: str) -> dict[str, list[str]]:
        return {e.name: words for e, words in describe(text, finder)}

    assert said("Lenin wrote a political testament suggesting Stalin be removed.") == {}
    assert "Trotsky" not in said("How Stalin beat Trotsky is a fascinating study in power.")
    assert said("Richard Anning was a cabinetmaker.") == {"Richard Anning": ["cabinetmaker"]}
    assert said("The Norwegian explorer Roald Amundsen sailed.") == {
        "Roald Amundsen": ["norwegian", "explorer"]
    }


def test_a_noun_named_is_no_naming_and_a_month_no_may() -> None:
    """'a miller named Josiah Pratt drowned': he drowned, nobody named him; '4 May' is a
    date; and 'a chapel, which they called Pratt Chapel' asks nothing of 'which'."""
    text = scaffold(
        "Mills\n\nOn 4 May 1850, a miller named Josiah Pratt drowned in the weir. "
        "The villagers built a small chapel, which they called Pratt Chapel, beside the weir.\n"
    )["knowledge/01-mills.yaml"]
    assert '"Who drowned in the weir on 4 May 1850?"' in text
    assert "Who named" not in text and "Who called" not in text


def test_a_titled_text_without_headings_is_taught_a_paragraph_at_a_time(tmp_path: Path) -> None:
    text = (
        "How Our Village Bakes Bread\n\n"
        "The bakery opens at four because the dough must rise before the first customers "
        "come.\n\nThe baker shapes the loaves by hand, since the old machine tears the "
        "dough.\n\nThe loaves bake for forty minutes, so the crust turns dark and hard.\n"
    )
    files = scaffold(text)
    topics = [k for k in files if k.startswith("knowledge/0") and "lexicon" not in k]
    assert len(topics) == 3  # one per paragraph
    pack = tmp_path / "pack"
    for name, content in files.items():
        (pack / name).parent.mkdir(parents=True, exist_ok=True)
        (pack / name).write_text(content, encoding="utf-8")
    s = tutor.Tutor.from_path(pack).session(seed=0)
    first = s.respond("/lesson")
    assert "Topic 1 of 3" in first.text and first.follow_up
    seen = 1
    for _ in range(20):
        reply = s.respond("/skip")
        seen += " of 3: " in reply.text
        if reply.follow_up is None:
            break
    assert seen == 3  # every paragraph asked about, not one question for the whole text


def test_he_and_her_after_two_people_are_the_two_the_subject_pronoun_the_other() -> None:
    files = scaffold(
        "The Lamp\n\nMara Senn kept the lamp at Doley. In 1905 Senn married Tomas Lind, a "
        "keeper. He shared the duties of the lamp with her.\n"
    )
    text = _knowledge(files)
    assert '"Lind shared the duties of the lamp with her."' in text  # not "Senn shared"


def test_he_after_a_woman_married_a_man_the_text_may_have_called_her_is_the_man() -> None:
    files = scaffold(
        "The Light\n\nIn 1893 Ruth Varga kept the light, and she cleaned the lens herself. "
        "The captain, Duncan Reid, thanked her. In 1905 Varga married Tomas Lind, a keeper. "
        "He shared the duties of the light with her, and they raised two sons. After Lind "
        "drowned in 1914, she asked to stay at the light.\n"
    )
    assert '"Lind shared the duties of the light with her' in _knowledge(files)
