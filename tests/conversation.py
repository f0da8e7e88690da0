"""Test helper: one conversation with a tutor, for tests of follow-up questions."""

from __future__ import annotations

import tutor


def talk(t: tutor.Tutor, *lines: str, seed: int = 0) -> tutor.Reply:
    """The reply to the last line of one fresh conversation (of `seed`) made of `lines`."""
    session = t.session(seed=seed)
    return [session.respond(line) for line in lines][-1]
