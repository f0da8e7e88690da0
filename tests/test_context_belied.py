"""A follow-up asking whether what only seemed so came about ("so did she take over?"
after "Orme seemed the natural heir") is answered by the sentence the text sets against
the seeming ("However, it was Tull who ..."), not by the seeming again; a question of
something else about her, or of the seeming itself ("was she expected to?"), is not.

On a pack written here, so that nothing in the reading knows the essay.
"""

from __future__ import annotations

import pytest

import tutor

from conversation import talk

LEXICON = """\
entities:
  - name: Ada Orme
    kind: person
    aliases: [orme, ada]
  - name: Bram Tull
    kind: person
    aliases: [tull, bram]
  - name: Mel Quill
    kind: person
    aliases: [quill, mayor quill]
"""

FACTS = """\
topic:
  id: rise
  title: The harbour city after Quill
  summary: Orme seemed Quill's heir, but Tull won the city.
  order: 1
facts:
  - id: quill-died
    answer: After Mayor Quill died in 1890, a bitter struggle for the city began.
    source: "After Mayor Quill died in 1890, a bitter struggle for the city began."
    questions: [When did Quill die?]
    keywords: [struggle, died]
    related: []
  - id: orme-heir
    answer: Ada Orme, Quill's deputy for ten years, seemed the natural heir to the office.
    source: "Ada Orme, Quill's deputy for ten years, seemed the natural heir to the office."
    questions: [Who was Quill's deputy?]
    keywords: [deputy, heir, office]
    related: []
  - id: tull-won
    answer: It was Bram Tull, a harbour clerk few people knew, who won the office.
    source: "However, it was Bram Tull, a harbour clerk few people knew, who won the office."
    questions: [Who won the office?]
    keywords: [won, clerk]
    related: []
  - id: orme-left
    answer: Orme left the city in 1893 and opened a school in Corvo.
    source: "Orme left the city in 1893 and opened a school in Corvo."
    questions: [Where did Orme go?]
    keywords: [school, left]
    related: []
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("belied")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "00-lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    (root / "knowledge" / "01-rise.yaml").write_text(FACTS, encoding="utf-8")
    return tutor.Tutor.from_path(root)


@pytest.mark.parametrize("line", ["so did she take over after Quill?", "did she end up in office?"])
def test_whether_the_seeming_came_about_is_what_the_text_sets_against_it(
    city: tutor.Tutor, line: str
) -> None:
    assert "Tull" in talk(city, "Who was Quill's deputy?", line).text


@pytest.mark.parametrize("line", ["did she have children?", "was she expected to win?"])
def test_a_question_of_something_else_or_of_the_seeming_is_not(
    city: tutor.Tutor, line: str
) -> None:
    assert "Tull" not in talk(city, "Who was Quill's deputy?", line).text
