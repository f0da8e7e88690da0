""" "What did he do before that?" of someone the last answer calls "a former soldier" or
"a retired clerk": the text says what they were before, in that very answer, so it is
told again rather than the sentence before it in the text (someone else's deed) or "the
text tells nothing earlier"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Harbour Lifeboat

The Station

The lifeboat station at Penwick was opened in 1861 by the harbour board. In 1870 the
board bought a larger boat, which the crew named Endeavour. In 1894 Walter Greaves, a
former soldier, became coxswain. Greaves led the crew for twenty years and retired in
1914.

The Pier

The stone pier was built in 1902 by Amos Kellet, a retired shipwright from Hull. The
pier was lengthened in 1930 after a storm. Later the town council bought the old boathouse
and turned it into a museum.
"""


@pytest.fixture(scope="module")
def harbour(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_former_calling_is_what_he_did_before(harbour: tutor.Tutor) -> None:
    reply = talk(harbour, "Who became coxswain in 1894?", "What did he do before that?")
    assert reply.kind == "answer"
    assert "former soldier" in reply.text


def test_a_retired_calling_is_what_he_did_before(harbour: tutor.Tutor) -> None:
    reply = talk(harbour, "Who built the stone pier?", "What did he do before that?")
    assert reply.kind == "answer"
    assert "retired shipwright" in reply.text


def test_retiring_told_as_a_deed_is_no_calling(harbour: tutor.Tutor) -> None:
    # "... and retired in 1914" tells a deed, not what he was: not that answer again
    reply = talk(harbour, "When did Greaves retire?", "What did he do before that?")
    assert "led the crew" not in reply.text
