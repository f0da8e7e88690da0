"""A fresh draft reaches a fact in the learner's form of the text's words: the text says
"salt" in one sentence and "salty" in another, and a learner asks with either."""

from __future__ import annotations

import pytest

import tutor
from tutor._lexicon import broader_kin, derived_kin
from tutor.cli import main

TEXT = """The Kelby Smokehouse

The smokehouse at Kelby was opened in 1888 by the fisherman Jon Rask, beside the harbour
wall. Each morning the boats brought in herring from the northern banks.

The fish were first laid in salt for a night. The salt draws water out of the flesh and
keeps it from spoiling. Then the herring hung on wooden rods over slow oak fires for two
days, until their skins turned gold. A salty wind blew from the harbour all year, and the
workers said they could taste it in their bread.

Rask's daughter Mette took over in 1921. She sent the smoked fish by train to the markets
of the south, and the smokehouse employed thirty people at its busiest. It closed in 1967,
when a new road took the trade to a factory at Hollin.
"""


@pytest.fixture(scope="module")
def smokehouse(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("smokehouse")
    text = root / "smokehouse.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_words_of_one_root_in_two_parts_of_speech_are_kin() -> None:
    kin = derived_kin(["salt", "salti", "farm", "farmer", "hard", "soft", "size", "larg"])
    assert kin["salti"] == {"salt"}
    assert kin["farm"] == {"farmer"}
    # an adjective's attribute is a derived form in WordNet, but of no shared root
    assert "hard" not in kin and "size" not in kin


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("What does a salty night do to the fish?", "laid in salt for a night"),
        ("What happens to the fish flesh in the salty stage?", "draws water out of the flesh"),
    ],
)
def test_a_learner_form_of_a_word_the_text_says_elsewhere(
    smokehouse: tutor.Tutor, line: str, told: str
) -> None:
    # the text's "salty" is of the wind; the fact asked says "salt"
    reply = smokehouse.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert told in reply.text


BURNED = """The Tanner's Yard at Wendle

The tannery at Wendle stood by the river from 1790 to 1902. In 1856 a fire broke out in
the drying loft and burned for a whole night; the tanner's sons saved the ledgers. The
yard was opened again in 1858 with a slate roof.
"""


@pytest.fixture(scope="module")
def tannery(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("tannery")
    text = root / "tannery.txt"
    text.write_text(BURNED, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_a_noun_reaches_the_text_s_broader_noun_in_the_sense_it_is_below(
    tannery: tutor.Tutor,
) -> None:
    analyze = tannery._engine.analyzer.analyze
    # a blaze is a kind of fire (fire as a flame, a sense WordNet's rows for "fire" rank
    # below its first four)
    assert "fire" in analyze("where did the blaze start?").terms
    # a hole is a kind of opening, but the text's "opened" is a verb
    assert "open" not in analyze("were there holes in the roof?").terms
    reply = tannery.session(seed=1).respond("When did the blaze break out?")
    assert "1856" in reply.text


CHAPEL = """The Chapel at Carrow

The chapel at Carrow was built in 1820 by the mason Edwin Hale. Its walls are of grey
stone cut from the hill behind the village, and its roof was first covered with reeds.

The floor was laid with marble brought by cart from Trewin in 1824. The masons polished
the marble with wet sand for a month until it shone. In 1871 a fire destroyed the roof,
and the village paid for a new roof of slate.

Hale's grandson Piran repaired the walls in 1902 and added a bell tower.
"""


@pytest.fixture(scope="module")
def chapel(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("chapel")
    text = root / "chapel.txt"
    text.write_text(CHAPEL, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize(
    ("line", "told"),
    [
        # marble is a kind of stone, which the text says of the walls
        ("Which stone shone after a month?", "polished the marble"),
        # asked for by its kind, the floor's marble stays the answer
        ("What stone was the floor made of?", "laid with marble"),
    ],
)
def test_a_learner_asks_of_the_text_s_noun_by_its_kind(
    chapel: tutor.Tutor, line: str, told: str
) -> None:
    reply = chapel.session(seed=1).respond(line)
    assert reply.kind == "answer"
    assert told in reply.text


def test_a_kind_the_text_says_is_no_answer_to_a_line_off_the_text(chapel: tutor.Tutor) -> None:
    reply = chapel.session(seed=1).respond("How much did the stone cost?")
    assert reply.kind != "answer"


def test_a_noun_s_kind_is_one_way_and_not_a_common_word() -> None:
    own = {"limeston": 3, "stone": 2, "task": 1, "work": 4, "marbl": 1}
    kinds = broader_kin(own, lambda s: s, lambda s: s == "work")
    assert kinds["limeston"] == {"stone"}
    assert "stone" not in kinds  # a sentence saying "stone" tells of no limestone
    assert "task" not in kinds  # "work" says nothing of a sense ("line of work")
