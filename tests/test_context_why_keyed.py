"""'why was he still a target?' after the answer telling how Rask was killed asks why he
was killed: 'target' is a word only another fact's keywords hold ('next target', of the
banker Orsen turned on after), which the text itself never says, so the reason sought is
the killing's ('Orsen's long campaign to remove his most dangerous rival').

On a pack written here, so that nothing in the reading knows the essay.
"""

from __future__ import annotations

import pytest

import tutor

from conversation import talk

LEXICON = """\
entities:
  - name: Ivo Rask
    kind: person
    aliases: [rask, ivo]
  - name: Duke Orsen
    kind: person
    aliases: [orsen, the duke]
  - name: Tomas Brun
    kind: person
    aliases: [brun, tomas]
  - name: Nuno Vale
    kind: person
    aliases: [vale, nuno]
  - name: Lisbon
    kind: place
    aliases: []
"""

FACTS = """\
topic:
  id: end
  title: The end of Rask
  summary: Rask was killed in Lisbon; Orsen then turned on Brun.
  order: 1
facts:
  - id: rask-exile
    answer: After his defeat, Rask lived in exile in Lisbon, where he wrote pamphlets against Orsen.
    source: "After his defeat, Rask lived in exile in Lisbon, where he wrote pamphlets against Orsen."
    questions: [Where did Rask live in exile?]
    keywords: [exile, pamphlets]
    related: []
  - id: rask-killed
    answer: In 1901 Ivo Rask was killed in Lisbon by Nuno Vale, a hired gunman.
    source: "In 1901 Ivo Rask was killed in Lisbon by Nuno Vale, a hired gunman."
    questions: [How did Rask die?, Who killed Rask?]
    keywords: [killed, gunman, shot]
    related: [rask-campaign]
  - id: rask-campaign
    answer: The killing of Rask ended Orsen's long campaign to remove his most dangerous rival.
    source: "The killing of Rask ended Orsen's long campaign to remove his most dangerous rival."
    questions: [What did Rask's killing end?]
    keywords: [campaign, rival]
    related: []
  - id: brun-next
    answer: After Rask's death, Orsen moved against the banker Tomas Brun as well.
    source: "After Rask's death, Orsen moved against the banker Tomas Brun as well."
    questions: [Who did Orsen move against after Rask?]
    keywords: [banker, moved against, next target]
    related: []
"""


@pytest.fixture(scope="module")
def rask(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("keyed")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "00-lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    (root / "knowledge" / "01-end.yaml").write_text(FACTS, encoding="utf-8")
    return tutor.Tutor.from_path(root)


@pytest.mark.parametrize("line", ["why was he still a target?", "why was he a target?"])
def test_why_in_a_word_only_keywords_hold_asks_of_the_last_event(
    rask: tutor.Tutor, line: str
) -> None:
    reply = talk(rask, "How did Rask die?", line)
    assert reply.kind == "answer" and "campaign" in reply.text, reply.text


def test_a_question_naming_the_keyed_one_still_finds_him(rask: tutor.Tutor) -> None:
    """Naming the banker, the line asks of him: the fact keyed 'next target'."""
    reply = talk(rask, "How did Rask die?", "why was Brun a target?")
    assert "Brun" in reply.text, reply.text
