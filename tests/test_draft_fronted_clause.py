"""'Before his death, Arkel sold the mill': the 'his' of a clause before a sentence's
subject is that subject, not the man the sentence before was about. The draft keeps the
sentence as written, asks its question with the clause still in front ("Before his
death, who sold ...?", not "Who sold ... before his death?", which reads as another's
death), and does not take the death for someone else's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._scaffold import scaffold

TEXT = """The Mill at Askel

Tomas Hale ran the paper mill at Askel after 1840, and he bought rags from every village
on the river. One of Hale's best suppliers was Piet Arkel, a rag merchant from Lusk.
Before his death, Arkel sold his warehouse to Hale for ninety pounds. Hale died in 1871.
"""


def test_his_in_a_clause_before_the_subject_is_the_subjects() -> None:
    files = scaffold(TEXT)
    facts = "".join(v for k, v in files.items() if k.startswith("knowledge/0"))
    assert '"Before his death, Arkel sold' in facts
    assert "Before Hale's death" not in facts
    assert "Before his death, who sold" in facts


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_drafted_question_gives_no_word_to_a_name_it_asks_for(mill: tutor.Tutor) -> None:
    roles = mill._engine.index.roles
    death = mill._engine.analyzer.analyze("death").terms[0]
    sold = next(i for i, f in enumerate(mill.pack.facts) if f.answer.startswith("Before his"))
    assert "tomas_hale" not in roles.names_of(sold, death)
