"""What people in general thought of someone is how he was regarded.

"Did people think Stalin was a genius?" asks how Stalin was seen, which the essay says
with no one doing the seeing ("a man often viewed as a bureaucratic figure"); "people"
is no one the text names. Not when someone makes people think, when what they believed
is a claim, or when they expected something of him.
"""

from __future__ import annotations

import tutor
from tutor._analyze import Analyzer


def terms(essay: Analyzer, line: str) -> tuple[str, ...]:
    return essay.analyze(line).terms


def test_people_thinking_of_someone_is_how_he_was_regarded(default_tutor: tutor.Tutor) -> None:
    essay = Analyzer(default_tutor.pack)
    regarded = terms(essay, "how was Stalin regarded?")[-1]
    for line in (
        "did folks reckon Stalin was a genius?",
        "what did everybody think of Stalin?",
        "did people see him as clever?",
    ):
        said = essay.analyze(line)
        assert regarded in said.terms, line
        assert "regarded" in said.words, line  # the people and their verb, read as one


def test_not_what_people_were_made_to_think_or_expected(default_tutor: tutor.Tutor) -> None:
    essay = Analyzer(default_tutor.pack)
    for line in (
        "how did the troika make people think Trotsky was arrogant?",
        "did people believe it?",
        "did everyone think Trotsky would lead after Lenin?",
    ):
        assert "regarded" not in essay.analyze(line).words, line
