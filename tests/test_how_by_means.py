""" "How did Voss resist while living abroad?" asks by what means he did it: a fact sharing
the line's words but telling no means ("Voss lived abroad in Vienna and eventually
Zurich") does not say; one nearly as good telling him doing something by some means
("through his pamphlets and a secret press") does.

On a pack written here, so that nothing in the check knows the essay.
"""

from __future__ import annotations

import pytest

import tutor

LEXICON = """\
entities:
  - name: Anton Voss
    kind: person
    aliases: [voss, anton]
  - name: Duke Ferrand
    kind: person
    aliases: [the duke, ferrand]
  - name: Vienna
    kind: place
    aliases: []
  - name: Zurich
    kind: place
    aliases: []
"""

FACTS = """\
topic:
  id: exile
  title: The exile of Anton Voss
  summary: Voss was banished, lived abroad and wrote against the Duke.
  order: 1
facts:
  - id: voss-banished
    answer: In 1851 Duke Ferrand banished Voss from Brno for his printing.
    source: "In 1851 Duke Ferrand banished Voss from Brno for his printing."
    questions: [When was Voss banished?, Who banished Voss?]
    keywords: [banished, banishment, printing]
  - id: voss-cities
    answer: After his banishment, Voss lived abroad in Vienna and eventually Zurich.
    source: "After his banishment, Voss lived abroad in Vienna and eventually Zurich."
    questions: [Where did Voss live abroad?, Where did Voss go after his banishment?]
    keywords: [abroad, lived, living, exile]
  - id: voss-pamphlets
    answer: In exile, Voss made efforts to rally resistance to the Duke through his pamphlets and a secret press.
    source: "In exile, Voss made efforts to rally resistance to the Duke through his pamphlets and a secret press."
    questions: [What did Voss do in exile?, How did Voss rally resistance?]
    keywords: [pamphlets, press, resistance, exile, abroad, fight back]
"""


@pytest.fixture(scope="module")
def exile(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("exile")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "00-lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    (root / "knowledge" / "01-exile.yaml").write_text(FACTS, encoding="utf-8")
    return tutor.Tutor.from_path(root)


@pytest.mark.parametrize(
    "line",
    [
        "how did voss resist while living abroad",
        "how did voss fight on while he lived abroad?",
        "How did Voss hit back at the Duke while living abroad?",
    ],
)
def test_how_asks_the_means(exile: tutor.Tutor, line: str) -> None:
    reply = exile.session(seed=0).respond(line)
    assert reply.kind == "answer"
    assert "pamphlets" in reply.text


def test_where_he_lived_is_still_told(exile: tutor.Tutor) -> None:
    reply = exile.session(seed=0).respond("where did Voss live abroad?")
    assert "Vienna" in reply.text


def test_on_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session().respond("how did trotsky try to hit back while living abroad")
    assert "Fourth International" in reply.text
