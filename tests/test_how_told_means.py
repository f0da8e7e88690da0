"""A bare "how?" after an answer that tells no means: the text may say how elsewhere in
so many words ("How Odo outwitted Anselm is a tale of ..."), and a "with" in a description
set beside a name ("Brother Odo, a quiet cellarer with little learning, ...") is no means
to repeat the last answer for.

Tried on a small text of our own, drafted with `new-pack` and never edited.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor.cli import main

from conversation import talk

ABBEY = """The Abbey Election

After the old abbot died in 1310, a bitter quarrel over the abbey began. Brother Anselm, \
a gifted preacher and the abbot's favourite, seemed certain to succeed him. However, it was \
Brother Odo, a quiet cellarer with little learning, who finally won the election. How Odo \
outwitted Anselm is a tale of patient bargaining and careful favours. Odo's victory shows \
that quiet work can beat fame.

The Cellarer's Office

Odo had kept the abbey's stores since 1298. The office looked dull, but it let him decide \
who ate well and who went hungry. In 1309 Odo allied himself with Brother Wulfric, the \
sacristan, who feared Anselm's pride. Together they won over the younger monks.
"""


@pytest.fixture(scope="module")
def abbey(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root: Path = tmp_path_factory.mktemp("abbey")
    source = root / "text.txt"
    source.write_text(ABBEY, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(source)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_how_after_who_won_is_the_sentence_telling_how_he_won(abbey: tutor.Tutor) -> None:
    won = talk(abbey, "who won the election?", seed=2)
    assert "won the election" in won.text
    for follow in ("how?", "how did he do it?"):
        reply = talk(abbey, "who won the election?", follow, seed=2)
        assert reply.kind == "answer" and "patient bargaining" in reply.text, follow
        assert reply.text != won.text


def test_with_in_a_description_of_someone_is_no_means(abbey: tutor.Tutor) -> None:
    index = abbey._engine.index
    for fact in abbey._engine.pack.facts:
        if "little learning" in fact.answer:
            assert not index.offers(fact.id, "means"), fact.answer
        if fact.answer.startswith("How Odo"):
            assert index.offers(fact.id, "means")
