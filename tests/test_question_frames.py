""" "What's the deal with Crane's testament?" asks what the testament was, and "what's the
Grinder supposed to mean in this story?" what the Grinder means: the frame a learner asks
through ("the deal with", "supposed to", "in this story", "so-called", a hyphened
likeness: "a Napoleon-sounding charge", a hedge: "to be honest") names no topic, so no fact is
asked to hold its words, even where WordNet leads them to a word of the text ("deal":
handled; "story": tale). A text that says a frame's words keeps them as its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tutor

SOURCE = """The Mill at Harrow Ford

In 1850 the miller Tobias Crane built a water mill at Harrow Ford. Crane wrote a testament
that left the mill to his nephew Amos. The testament was read aloud in the church in 1860.
The villagers called the great wheel the Grinder, after the noise it made. The Grinder was
feared by children. Amos handled the accounts himself. The tale of the mill is told still.
"""

LEXICON = """entities:
  - name: Tobias Crane
    kind: person
    aliases: [crane]
  - name: Amos
    kind: person
  - name: the Grinder
    kind: thing
    aliases: [grinder]
"""

FACTS = """topic: {id: mill, title: The mill}
facts:
  - id: testament-left
    answer: Crane wrote a testament that left the mill to his nephew Amos.
    source: Crane wrote a testament that left the mill to his nephew Amos.
    questions: [What did Crane's testament say?, Who got the mill?]
  - id: testament-read
    answer: The testament was read aloud in the church in 1860.
    source: The testament was read aloud in the church in 1860.
    questions: [When was the testament read?]
  - id: grinder-named
    answer: The villagers called the great wheel the Grinder, after the noise it made.
    source: The villagers called the great wheel the Grinder, after the noise it made.
    questions: [What was the Grinder?, Why was the wheel called the Grinder?]
  - id: grinder-feared
    answer: The Grinder was feared by children.
    source: The Grinder was feared by children.
    questions: [Who feared the Grinder?]
  - id: amos-accounts
    answer: Amos handled the accounts himself.
    source: Amos handled the accounts himself.
    questions: [Who handled the accounts?]
  - id: tale-told
    answer: The tale of the mill is told still.
    source: The tale of the mill is told still.
    questions: [Is the tale of the mill still told?]
"""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root: Path = tmp_path_factory.mktemp("mill")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "mill.txt").write_text(SOURCE, encoding="utf-8")
    (root / "knowledge" / "00-lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    (root / "knowledge" / "01-mill.yaml").write_text(FACTS, encoding="utf-8")
    return tutor.Tutor.from_path(root)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("What was the deal with Crane's testament?", "left the mill"),
        ("what's up with the Grinder?", "Grinder"),
        ("What's the Grinder supposed to mean in this story?", "called the great wheel"),
        # "so-called" and a hyphened likeness ("-sounding", "-style") name no topic either
        ("What was the so-called Grinder?", "called the great wheel"),
        ("what's that testament-sounding paper Crane left supposed to mean?", "left the mill"),
        # nor a speaker's hedge
        ("to be honest, who feared the Grinder?", "feared by children"),
        # nor a request to be taught: the learner's wish, not a word of the topic
        ("teach me about the Grinder", "Grinder"),
        ("can you teach me about crane's testament", "testament"),
        ("i want to learn about the accounts", "handled the accounts"),
    ],
)
def test_the_frame_names_no_topic(mill: tutor.Tutor, line: str, said: str) -> None:
    reply = mill.session().respond(line)
    assert reply.kind == "answer", line
    assert said in reply.text, line


DEAL = """The Railway at Harrow Ford

In 1850 the miller Tobias Crane built a water mill at Harrow Ford. In 1890 Amos Crane
struck the deal with the Northern Railway that brought a branch line to the mill. The
railway paid Amos forty pounds a year. The mill closed in 1921.
"""


def test_a_text_saying_the_frame_keeps_it(draft_text: Callable[[str], tutor.Tutor]) -> None:
    reply = draft_text(DEAL).session().respond("what was the deal with the railway?")
    assert reply.kind == "answer"
    assert "struck the deal" in reply.text


@pytest.mark.parametrize("line", ["and how did he manage that?", "how did he manage it?"])
def test_manage_it_asks_how_the_deed_just_told_was_done(line: str) -> None:
    """ "How did he manage that?" is "how did he do that?": the pro-verb of success
    stands for the deed just told and names no topic of its own ("manage" would pull
    towards a fact of handling something)."""
    session = tutor.Tutor().session(seed=0)
    session.respond("who came out on top in the end?")
    reply = session.respond(line)
    assert reply.kind == "answer"
    assert "Stalin" in reply.text
    assert "manipulation" in reply.text or "strategy" in reply.text


@pytest.mark.parametrize("line", ["teach me about the text", "ok teach me more", "teach me"])
def test_a_request_for_a_lesson_is_still_one_though_teach_me_about_x_asks_to_be_told(
    mill: tutor.Tutor, line: str
) -> None:
    assert mill.session().respond(line).kind == "lesson", line
