""" "What did chilly nights do to the roots?": after "did" a word is read as a verb, but
"chilly" has no sense as a verb; the line misread its use, and the word keeps the link
it has in every use (to the text's "cold"), as it does after "the"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Orchards of Calder Vale

In 1850 the farmer Josiah Brand planted orange trees on the slopes of Calder Vale. The cold
winters of the 1880s killed most of the young trees, because their roots froze in the clay.
Brand then planted apples, which bore fruit within five years. His daughter Ruth opened a
cider press in 1899 and sold the cider in Harwick market. The press burned down in 1921.
"""


@pytest.fixture(scope="module")
def orchard(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_word_with_no_verb_sense_after_did_keeps_its_link(orchard: tutor.Tutor) -> None:
    analyze = orchard._engine.analyzer.analyze
    assert "cold" in analyze("What did chilly nights do to the roots?").terms
    assert "cold" in analyze("What did the chilly nights do to the roots?").terms


def test_the_sentence_it_leads_to_answers(orchard: tutor.Tutor) -> None:
    reply = orchard.session(seed=1).respond("What did chilly nights do to the roots?")
    assert reply.kind == "answer"
    assert "froze" in reply.text


def test_a_line_off_the_text_is_still_refused(orchard: tutor.Tutor) -> None:
    reply = orchard.session(seed=1).respond("Did chilly weather hurt the apples?")
    assert reply.kind != "answer"
