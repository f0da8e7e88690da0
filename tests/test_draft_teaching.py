"""A fresh draft teaches: its lesson asks why and how, its hints point at the answer
without saying it, its fill-in blanks the answer's key phrase, and the steps of a process
read as whole sentences in every answer, hint and recap. Read as transcripts of a learner
going through /lesson and /quiz on a text of our own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tutor
from tutor._scaffold import scaffold

TEXT = """The Lamp Oil of Thessa

Making the Oil

Pressing lamp oil at Thessa took three days. The work had three stages.

- First, the olives were crushed under a stone wheel turned by a mule.
- Then, the paste was spread on rope mats and squeezed in a wooden press.
- Finally, the oil was left in clay jars until the water sank below it.

The pressers skimmed the oil from the top because water is heavier than oil.

The Guild

In 1702 Rosa Venn founded the Pressers' Guild of Thessa. A storm wrecked the harbour in
1731. As a result, the guild sold no oil abroad for two years.

The Books

Rosa Venn kept the guild's accounts by scratching every sale on a slate.

The End

The guild ended in 1780, when the last presser sold the last mule to a farmer from Orlo.
"""


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return scaffold(TEXT, "oil.txt")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory, files: dict[str, str]) -> Path:
    root = tmp_path_factory.mktemp("oil")
    for name, body in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(body, encoding="utf-8")
    return root


def _dialogs(files: dict[str, str]) -> str:
    return "\n".join(v for k, v in sorted(files.items()) if k.startswith("dialogs/0"))


def test_steps_of_a_process_read_as_whole_sentences(files: dict[str, str]) -> None:
    everything = "\n".join(files.values())
    assert ".:" not in everything and ":." not in everything and ";." not in everything
    assert (
        'answer: "The work had three stages. Then, the paste was spread on rope mats and '
        'squeezed in a wooden press."' in files["knowledge/01-oil.yaml"]
    )
    intro = next(
        line for line in files["knowledge/01-oil.yaml"].splitlines() if 'answer: "The work' in line
    )
    assert intro.count("First, the olives") == 1  # its steps once, not twice


def test_a_lesson_asks_why_and_how_not_who(files: dict[str, str]) -> None:
    asked = re.findall(r'ask: "([^"]+)"', _dialogs(files))
    assert asked == [
        "Why did the pressers skim the oil from the top?",
        "Why did the guild sell no oil abroad for two years?",  # "As a result": the one before
        "How did Rosa Venn keep the guild's accounts?",  # "by scratching": a means
        "How did the guild end in 1780?",  # "ended ..., when": how it came about
    ]


def test_no_hint_says_what_the_blank_asks_for(files: dict[str, str]) -> None:
    for body in files.values():
        for block in body.split("      - id: ")[1:]:
            hints = re.findall(r'^          - "([^"]+)"', block, re.M)
            answers = re.findall(r"answers: \[([^\]]+)\]", block)
            assert len(hints) == 2
            for answer in re.findall(r'"([^"]+)"', answers[0]):
                assert not any(answer in h.lower() for h in hints), (answer, hints)


def test_the_fill_in_blanks_the_answers_key_phrase(files: dict[str, str]) -> None:
    text = _dialogs(files)
    assert (
        'text: "The pressers skimmed the oil from the top because water is ____ than oil."' in text
    )
    assert (
        'text: "Rosa Venn kept the guild\'s accounts by scratching every sale on a ____."' in text
    )


def test_a_learner_goes_through_the_lesson(pack: Path) -> None:
    s = tutor.Tutor.from_path(pack).session(seed=0)
    reply = s.respond("/lesson")
    assert "Topic 1 of 4: Making the Oil" in reply.text
    assert reply.follow_up == "Why did the pressers skim the oil from the top?"
    # "I don't know": encouragement and a hint that points, never the answer
    reply = s.respond("I don't know")
    assert reply.kind == "hint" and "heavier" not in reply.text + (reply.follow_up or "")
    assert reply.follow_up == "Think about what the text says about water."
    # a wrong answer: the next rung, still not the answer
    reply = s.respond("because it tasted better")
    assert reply.verdict == "incorrect" and "heavier" not in reply.text + (reply.follow_up or "")
    # the right one: praised, the recap in whole sentences, the next topic asked
    reply = s.respond("water is heavier")
    assert reply.verdict == "correct"
    assert "The work had three stages. First, the olives were crushed" in reply.text
    assert reply.follow_up == "Why did the guild sell no oil abroad for two years?"
    # part of the reason: partial credit, and a hint
    reply = s.respond("because of a storm")
    assert reply.verdict == "partial" and reply.kind == "hint"
    reply = s.respond("a storm wrecked the harbour")
    assert reply.verdict == "correct"
    assert reply.follow_up == "How did Rosa Venn keep the guild's accounts?"
    reply = s.respond("by scratching each sale on a slate")
    assert reply.verdict == "correct"
    assert reply.follow_up == "How did the guild end in 1780?"
    # stuck: the ladder climbs to the fill-in and only then tells
    rungs = [s.respond("no idea") for _ in range(4)]
    said = " ".join(r.text + " " + (r.follow_up or "") for r in rungs)
    assert "the last presser sold the ____ to a farmer from Orlo" in said
    told = said.index("sold the last mule")
    assert told > said.index("____")


def test_a_quiz_on_a_fresh_draft_asks_and_marks(pack: Path) -> None:
    s = tutor.Tutor.from_path(pack).session(seed=0)
    reply = s.respond("/quiz 4")
    assert reply.kind == "quiz" and reply.follow_up
    asked = {reply.follow_up}
    answers = {
        "Why did the pressers skim the oil from the top?": "water is heavier than oil",
        "Why did the guild sell no oil abroad for two years?": "a storm wrecked the harbour",
        "How did Rosa Venn keep the guild's accounts?": "I don't know",
        "How did the guild end in 1780?": "the guild sold no oil abroad",
    }
    for _ in range(4):
        question = reply.follow_up
        assert question in answers
        reply = s.respond(answers[question])
        asked.add(reply.follow_up or "")
    assert "you scored 2 out of 4" in reply.text


def test_a_how_question_only_of_a_means_a_verb_takes() -> None:
    from tutor._draft_how import how_split

    assert how_split("Ivo dated the beam by counting its rings.", frozenset()) == (
        "How did Ivo date the beam?",
        "counting its rings",
        "Ivo dated the beam by counting its rings",
    )
    for sentence in (
        "This softening of the clay by steam is called tempering.",  # no verb before 'by'
        "The barrels were carried to the quay by fishing families.",  # 'by' names the doer
        "Orla argued that the glass cracked by cooling too fast.",  # 'by' of the inner verb
        "Ivo found this by counting the rings.",  # 'this' stands for a sentence before
    ):
        assert how_split(sentence, frozenset()) is None, sentence
