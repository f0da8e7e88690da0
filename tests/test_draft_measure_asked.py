"""Questions asking a measure or a quantity on a fresh draft: "how often?", "how
high?", "how much snow?" want a figure of that kind, and a sentence holding none does not
answer them ("the text doesn't say how often"); a follow-up asking it of the last answer
("how deep did they get?" after "after boring 120 metres ...") is answered from it."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

from conversation import talk

TEXT = """The Marle Quarry

The Quarry

The Marle Quarry cut limestone near the village of Oxley from 1790 to 1902. In 1850 the
owners sank a trial shaft, but after boring 120 metres the men struck water and the pumps
failed. The quarry pond beside the engine house is only four metres deep. Floods damage
the lower workings of the quarry. Lime from the kilns was slaked into a putty, which was
kept in covered pits for at least three months before use.

Trade

In 1860 the Oxley Railway agreed to carry the stone, charging a surcharge of 15 percent
over the canal rate. The quarrymen met at the Red Lion inn on Mill Street.
"""


@pytest.fixture(scope="module")
def quarry(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("quarry")
    (root / "quarry.txt").write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "quarry.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize(
    ("asked", "untold"),
    [
        ("How often do floods damage the lower workings?", "how often"),
        ("How much limestone did the Marle Quarry cut?", "how much limestone"),
        ("How high is the Red Lion inn?", "how high the red lion inn is"),
    ],
)
def test_a_measure_no_sentence_gives_is_untold(
    quarry: tutor.Tutor, asked: str, untold: str
) -> None:
    """No figure of the kind asked: the honest 'doesn't say', not a sentence without one."""
    reply = talk(quarry, asked)
    assert reply.kind == "fallback" and f"doesn't say {untold}" in reply.text.lower()


def test_a_measure_the_text_gives_is_answered(quarry: tutor.Tutor) -> None:
    """A sentence giving the depth still answers 'how deep?'."""
    reply = talk(quarry, "How deep is the quarry pond?")
    assert reply.kind == "answer" and "four metres deep" in reply.text


def test_how_deep_after_a_length_is_that_length(quarry: tutor.Tutor) -> None:
    """'How deep did they get?' after the shaft's 120 metres asks those, not the pond."""
    reply = talk(quarry, "What happened to the trial shaft?", "How deep did they get?")
    assert reply.kind == "answer" and "120 metres" in reply.text


def test_how_much_extra_after_a_percent_is_that_share(quarry: tutor.Tutor) -> None:
    """'How much extra?' after a surcharge of 15 percent asks that share."""
    reply = talk(
        quarry, "What did the Oxley Railway agree to do?", "how much extra were they charging?"
    )
    assert reply.kind == "answer" and "15 percent" in reply.text


def test_how_long_is_it_kept_asks_a_time(quarry: tutor.Tutor) -> None:
    """'How long is it kept?' asks how long a keeping goes on, as 'how long is the putty
    kept?' does: a pronoun for the thing leaves the verb, not the thing, after 'is'."""
    assert quarry._engine.analyzer.analyze("how long is it kept before use").qtype == "duration"
    reply = talk(quarry, "What was the lime slaked into?", "How long is it kept before use?")
    assert reply.kind == "answer" and "three months" in reply.text
