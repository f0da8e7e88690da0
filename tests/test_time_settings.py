"""A clause setting the time of what is asked ("before he seized control", "once he was
abroad") says when, not what: its words weigh less than the rest of the line, so a fact
telling only the event of the clause does not outrank the one telling what is asked.
"""

from __future__ import annotations

import tutor
from tutor._analyze import Analyzer


def _setting(essay: Analyzer, line: str) -> set[str]:
    said = essay.analyze(line)
    return {dict(said.surface).get(t, t) for t in said.setting}


def test_the_words_of_a_time_clause_are_its_setting(default_tutor: tutor.Tutor) -> None:
    essay = Analyzer(default_tutor.pack)
    assert _setting(essay, "how was he seen before he seized control?") == {"seized", "control"}
    kicked = essay.analyze("was Stalin still scared of Trotsky even after kicking him out?")
    assert kicked.setting and not kicked.setting & {*kicked.entities, *dict(kicked.surface)}
    # a line asking nothing besides what came after: the clause is what it asks of
    assert not _setting(essay, "what happened to Kamenev after he was expelled?")
    # "go after" is a verb's particle, no time
    assert not _setting(essay, "who did they go after together?")
    # names in the clause still say of whom
    party = essay.analyze("the Communist Party").terms[0]
    assert party not in essay.analyze("who led it after the Communist Party split?").setting


def test_a_view_before_an_event_is_not_the_event(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session().respond("How was Stalin viewed before he seized control?")
    assert reply.kind == "answer"
    assert "bureaucratic figure" in reply.text
