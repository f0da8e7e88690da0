"""'including Peter Vane?' after an answer naming a few people: a question of its own
whether they take in one more (as 'and Peter Vane?' asks), never the learner's attempt
at the question the tutor put after its answer."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

from conversation import talk

GUILD = """The Weavers' Guild of Marrow

Founding

The Weavers' Guild of Marrow was founded in 1841 by the cloth merchant Henry Pask. Its
first hall stood on Mill Lane beside the river. In 1850 the guild's master, Henry Pask,
expelled three members for selling cloth below the agreed price: Anna Holt, Peter Vane and
Jonas Crane. Later that year the guild readmitted Peter Vane after he paid a fine of ten
pounds.

Decline

The guild lost most of its members when the steam mills opened in the 1870s. Its hall was
sold in 1889.
"""


@pytest.fixture(scope="module")
def guild(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("guild")
    (root / "guild.txt").write_text(GUILD, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "guild.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_including_someone_is_asked_not_an_attempt(guild: tutor.Tutor) -> None:
    """The tutor asks a question after its answer; 'including Peter Vane?' is not judged
    as the learner's answer to it ('Not quite.') but answered: he was one of the three."""
    reply = talk(guild, "Who did Henry Pask expel in 1850?", "including Peter Vane?", seed=1)
    assert reply.kind == "answer" and "Peter Vane" in reply.text, reply.text
