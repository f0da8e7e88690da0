"""On a fresh draft, "when did he stop ...?" asks where a span ended, which a sentence
saying "until 1902" tells, though it says no "stop": not another sentence dated by him."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The School at Ockley

The village school at Ockley opened in 1861 in a converted barn. Its first master was
Arthur Penrose, a curate's son from Lewes. In 1874 Penrose wrote the school's first
reading primer. Penrose stayed on as master of the school until 1902, when he moved to
Bath to live with his sister. The barn was replaced by a brick building in 1910.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_until_a_year_tells_when_he_stopped(drafted: tutor.Tutor) -> None:
    session = drafted.session(seed=0)
    session.respond("who was Arthur Penrose?")
    assert "1902" in session.respond("when did he stop running the school?").text


def test_when_he_began_is_not_read_as_an_end(drafted: tutor.Tutor) -> None:
    session = drafted.session(seed=0)
    assert "1874" in session.respond("when did Penrose write the primer?").text
