"""A drafted pack reads a learner's misspelling by the shape of the slip: one vowel of a
pair left out ("lern"), a double typed single ("setling" is "settling", not the text's
"setting"), the regular plural of a noun that takes "-ves" ("leafs"), a silent final "e"
left out ("hous", "lense"), a real word said alike beside the text's neighbour ("grate
frost"); and a real word it does not list ("planter") stays itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Hollin Orchard

The Orchard

In 1852 the brothers Aldo and Remy Fasset planted the Hollin orchard on a slope above the
village of Carrow. Their pears were picked in October and stored on slatted racks in two
drying houses, where the fruit was turned by hand every third day.

After the picking, the leaves were raked into pits and left for eight months to rot into a
dark mould that fed the trees.

The Press

Juice pressed from the fruit was left in open vats to settle for four days, so that the pulp
sank and the clear juice could be drawn off the top. The setting of the racks each autumn was
the task of Remy's daughter Ines.

Ines went to the town of Malbury in 1861 to study grafting under the nurseryman Piet Grell,
and she brought back the Carrow Gold pear.
"""


@pytest.fixture(scope="module")
def orchard(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


def test_a_vowel_of_a_pair_left_out_is_the_common_word(orchard: tutor.Tutor) -> None:
    # "lern" is no word and the text never says "learn": before, it stayed an unknown word
    # the text "doesn't say anything about"
    reply = ask(orchard, "where did ines go to lern grafting")
    assert reply.kind == "answer"
    assert "Malbury" in reply.text


def test_a_double_typed_single_is_the_texts_family_not_a_word_a_letter_off(
    orchard: tutor.Tutor,
) -> None:
    # "setling" is one letter from the text's "setting" too, but a double typed single is
    # the likelier slip, and "settling" is of the text's "settle"
    reply = ask(orchard, "how long did setling take")
    assert reply.kind == "answer"
    assert "four days" in reply.text


def test_a_regular_plural_of_a_noun_in_ves_is_the_texts_plural(orchard: tutor.Tutor) -> None:
    reply = ask(orchard, "how long were the leafs left in the pits")
    assert reply.kind == "answer"
    assert "eight months" in reply.text


def test_a_silent_e_left_out_reads_as_the_word(orchard: tutor.Tutor) -> None:
    # "hous" read as typed is a rare word that outweighs "press" and draws the drying
    # houses; read as "house" it is the everyday word it is, and the press is asked about
    assert orchard._engine.analyzer.analyze("the drying hous").words[-1] == "house"
    reply = ask(orchard, "what happened in the press hous")
    assert reply.kind == "answer"
    assert "four days" in reply.text


def test_a_real_word_no_list_holds_is_not_bent_into_the_texts(orchard: tutor.Tutor) -> None:
    # "planter" is of the text's "planted" and no English list holds it, but it is no
    # slip: no final "e" or "-ves" reading touches it
    analyzer = orchard._engine.analyzer
    assert analyzer.analyze("who was the planter").words[-1] == "planter"


FROST = """The Orchards of Pellwick

The Great Frost

The Great Frost of 1740 killed half the apple trees in the valley of Pellwick. The river froze
so hard that carts crossed it for six weeks.

Recovery

Each spring after that the growers lit smudge pots among the trees whenever a late frost was
forecast. By 1760 the orchards had been replanted with a hardier apple, the Pellwick Russet,
bred by the nurseryman Tobias Wren.
"""


def test_a_word_said_alike_is_the_texts_beside_its_neighbour_even_a_skipped_one(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # "grate" is English, so alone it stays; beside "frost" it is the text's "Great
    # Frost", though "great" is a word the matcher skips; "grate" beside no word the text
    # says with "great" stays itself
    frost = draft_text(FROST)
    reply = ask(frost, "what did the grate frost kill")
    assert reply.kind == "answer", reply.text
    assert "half the apple trees" in reply.text
    assert frost._engine.analyzer.analyze("was the russet grate").words[-1] == "grate"
