"""A topic the tutor offers when it cannot answer can be asked back, by its title alone or
in a request ("tell me about ...", "what about ...?", "ok, ... then"), and gets that
topic's opening fact; a real question sharing a title's words stays a question."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tutor
from tutor.cli import main

DUCHY = """The Duchy of Varn

The Founding

In 1210 Count Odo of Varn was raised to duke by the emperor, and his lands became a
duchy. He built a castle at Merrow on the river Tane and moved his court there.

The Duchy

Its rulers taxed the salt that barges carried down the Tane. The money paid for walls
around Merrow and for a bridge of stone in 1244.

The War

In 1302 the dukes of Varn fought the bishops of Hale over the salt road. The fighting
lasted nine years and ended with the Treaty of Asp in 1311.
"""


@pytest.fixture(scope="module")
def duchy(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root: Path = tmp_path_factory.mktemp("duchy")
    source = root / "text.txt"
    source.write_text(DUCHY, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(source)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def _topic_of(t: tutor.Tutor, reply: tutor.Reply) -> str:
    assert reply.kind == "answer", reply.text
    return t.pack.fact(reply.fact_ids[0]).topic


def test_the_offered_title_asked_back_gets_its_topic(duchy: tutor.Tutor) -> None:
    s = duchy.session(seed=0)
    refused = s.respond("who paid the salt tax?")
    assert refused.kind == "fallback"  # the text says who taxed it, not who paid
    offered = re.search(r"covers is '([^']+)'", refused.text)
    assert offered is not None, refused.text
    title = offered.group(1)
    topic = next(t for t in duchy.pack.topics if t.title == title)
    reply = s.respond(f"ok, {title} then")
    assert _topic_of(duchy, reply) == topic.id
    assert "taxed the salt" in reply.text


@pytest.mark.parametrize(
    ("line", "topic", "said"),
    [
        ("the duchy", "duchy", "taxed the salt"),
        ("Tell me about the duchy", "duchy", "taxed the salt"),
        ("The Duchy please", "duchy", "taxed the salt"),
        ("what about the war?", "war", "1302"),
        ("The War", "war", "1302"),
    ],
)
def test_a_title_alone_or_asked_for_gets_its_topic(
    duchy: tutor.Tutor, line: str, topic: str, said: str
) -> None:
    reply = duchy.session(seed=0).respond(line)
    assert _topic_of(duchy, reply) == topic
    assert said in reply.text


@pytest.mark.parametrize("line", ["when did the war end?", "what did the duchy sell in 1500?"])
def test_a_question_sharing_a_title_is_no_request_for_it(duchy: tutor.Tutor, line: str) -> None:
    # a question stays one: answered by the sentence that answers it ("... ended with the
    # Treaty of Asp in 1311") or refused, never given its topic's opening
    reply = duchy.session(seed=0).respond(line)
    assert reply.kind == "fallback" or (reply.kind == "answer" and "1311" in reply.text)
    assert "1302" not in reply.text and "taxed the salt" not in reply.text
