"""Names and descriptions a draft must not invent: "Two of Rosa's cousins" counts her
cousins and names no one "Two of Rosa"; and a pronoun the drafter replaced by a name
("next to the model she once made": "the model Rosa once made") does not make "model"
what the text calls her, a keyword of every fact about her."""

from __future__ import annotations

import yaml

from tutor._draft_names import find_entities
from tutor._scaffold import scaffold
from tutor._source import passages

TEXT = """Rosa Lind

Rosa Lind was born in 1840 in Tarn, a fishing town. In 1856 a storm wrecked three boats
near the harbour. Two of Rosa's cousins drowned that night. She decided to build a better
lamp.

In 1870 she built a small lamp of brass. It is now kept in the town museum, next to the
model she once made for the harbour board.
"""


def test_a_count_of_what_someone_has_is_no_name() -> None:
    names = {e.name for e in find_entities([p.text for p in passages(TEXT)])}
    assert not any(name.startswith("Two") for name in names)
    files = scaffold(TEXT)
    assert "Who was Two of" not in "".join(files.values())


def test_a_name_put_for_a_pronoun_is_not_described_by_the_noun_before_it() -> None:
    files = scaffold(TEXT)
    facts = [
        fact
        for path, content in files.items()
        if path.startswith("knowledge/0") and path.endswith(".yaml")
        for fact in yaml.safe_load(content).get("facts", [])
    ]
    born = next(f for f in facts if "was born in 1840" in f["answer"])
    assert "model" not in born["keywords"]
