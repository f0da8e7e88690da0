"""A label a text gives someone answers "what names did they call him?".

"What names ...?" asks for a name, and a fact that names nothing is held back; but "the
masters branded the weaver Tomas Hale a heretic" says what he was called, in lower case.
"""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

TEXT = """The Weavers' Guild

The Guild

The guild of Carrow was founded in 1650 and met at the Wool Hall. In 1702 the guild
masters branded the weaver Tomas Hale a heretic. Hale moved to the town of Brill, where he
opened a workshop. The guild closed in 1820.
"""


@pytest.fixture(scope="module")
def guild(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("guild")
    text = root / "guild.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_a_label_is_a_name_the_fact_offers(guild: tutor.Tutor) -> None:
    index = guild._engine.index
    labelled = [f.id for f in guild.pack.facts if "branded" in f.answer]
    closed = [f.id for f in guild.pack.facts if "closed" in f.answer]
    assert labelled and index.offers(labelled[0], "name")
    assert closed and not index.offers(closed[0], "name")  # "closed in 1820": no label
