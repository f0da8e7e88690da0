"""A drafted lesson asks its questions cold, so a pronoun in one must name someone the
question says: it takes the name a fact before it resolved the same pronoun to ("Why does
the well not supply drinking water?"), and a question whose pronoun stays unbound ("Why
did the college refuse her?") is not asked."""

from __future__ import annotations

import re

from tutor._draft_bound import unbound_pronoun
from tutor._scaffold import scaffold


def _asks(text: str) -> list[str]:
    """The `ask:` lines a fresh draft of a text puts in its dialogs."""
    files = scaffold(text)
    dialogs = "\n".join(v for k, v in sorted(files.items()) if k.startswith("dialogs/0"))
    return re.findall(r'^    ask: "(.*)"$', dialogs, re.MULTILINE)


def test_a_pronoun_takes_the_name_a_fact_before_it_resolved() -> None:
    asks = _asks(
        "Decline\n\nAfter piped water arrived in 1912, the well was no longer needed. "
        "It was covered with a heavy iron grate. Today it does not supply drinking water, "
        "because the water is no longer safe to drink.\n"
    )
    assert asks == ["Why does the well not supply drinking water?"]


def test_a_question_whose_pronoun_names_no_one_is_not_asked() -> None:
    asks = _asks(
        "Training\n\nIn 1890 Ada Venn applied to the Royal College at Dunmore. "
        "The college refused her because it admitted only men.\n"
    )
    assert asks and not any(unbound_pronoun(a) for a in asks), asks


def test_a_pronoun_is_bound_by_what_the_question_names() -> None:
    assert unbound_pronoun("Why did Kessling hold her gatherings in the hall?") is None
    assert unbound_pronoun("Who scrubbed her hands with lye soap?") is None
    assert unbound_pronoun("Why is it that the milk rests overnight?") is None
    assert unbound_pronoun("Why did Threlkeld agree to take her?") == "her"
    assert unbound_pronoun("Who taught him to build moulds?") == "him"
    assert unbound_pronoun("Why did they row out three times?") == "they"
