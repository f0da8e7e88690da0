"""A drafted lesson's 'why' question asks a linking verb that is no auxiliary ('became',
'remains', 'seem') with 'do', as English does: "Why did the village become known ...?",
never "Why became the village known ...?"."""

from __future__ import annotations

import re

from tutor._scaffold import scaffold


def _asks(text: str) -> list[str]:
    """The `ask:` lines a fresh draft of a text puts in its dialogs."""
    files = scaffold(text)
    dialogs = "\n".join(v for k, v in sorted(files.items()) if k.startswith("dialogs/0"))
    return re.findall(r'^    ask: "(.*)"$', dialogs, re.MULTILINE)


def test_a_linking_verb_in_the_past_takes_did() -> None:
    asks = _asks(
        "Legacy\n\nBecause the villagers no longer spent hours carrying water, they had "
        "time to weave cloth, and the village became known for its blankets.\n"
    )
    assert asks == ["Why did the village become known for its blankets?"]


def test_a_linking_verb_in_the_present_takes_does() -> None:
    asks = _asks("The Lake\n\nThe lake remains cold all summer because springs feed it.\n")
    assert asks == ["Why does the lake remain cold all summer?"]
