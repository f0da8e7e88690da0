"""A rare real word where a question's verb stands is the common verb it is with one
letter doubled or made single, when the text writes that verb's family: "who did Ada
mary?" asks whom she married; elsewhere the word stays ("who is mary?")."""

from __future__ import annotations

import pytest

import tutor

MILL = """\
topic: {id: mill, title: The mill}
facts:
  - id: wedding
    answer: In 1851 Ada Brent married Tobias Quill, a miller's son from Redford.
    source: In 1851 Ada Brent married Tobias Quill, a miller's son from Redford.
    questions: [Who was Ada Brent's husband?]
  - id: wheel
    answer: The mill's wheel was rebuilt in oak in 1860.
    source: The mill's wheel was rebuilt in oak in 1860.
    questions: [When was the wheel rebuilt?]
"""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("mill")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "mill.yaml").write_text(MILL)
    return tutor.Tutor.from_path(root, cache=None)


@pytest.mark.parametrize("line", ["who did Ada mary?", "when did Ada Brent mary?"])
def test_a_name_typed_for_the_verb_after_its_subject_is_the_verb(
    mill: tutor.Tutor, line: str
) -> None:
    reply = mill.session().respond(line)
    assert reply.kind == "answer" and reply.fact_ids == ("wedding",)


@pytest.mark.parametrize("line", ["who is mary?", "who did mary meet?"])
def test_the_name_elsewhere_stays_a_name_the_text_does_not_know(
    mill: tutor.Tutor, line: str
) -> None:
    reply = mill.session().respond(line)
    assert "wedding" not in reply.fact_ids
