"""A learner who forgets a name says what it is, and the tutor reads the name.

What a name is comes from the pack's own sentences ("Petra Solm, a marine surveyor") and,
for names and terms WordNet knows, from WordNet's definition (the essay never calls
Lenin a founder, nor the Politburo a committee).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._analyze import Analyzer
from tutor._content import load_pack
from tutor.cli import main

TEXT = """The Dunmore Breakwater

Building It

In 1903 the harbour board hired Petra Solm, a marine surveyor, to chart the shoals. The
board's chairman, Oskar Brede, wanted the work done before the winter gales. Solm finished
her charts in 1905. The last harbour master, Ida Renn, retired in 1961.

Later Years

A storm in 1911 broke the outer wall. Brede paid for the repairs himself.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Analyzer:
    root = tmp_path_factory.mktemp("breakwater")
    text = root / "breakwater.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return Analyzer(load_pack(root / "pack"))


def test_wordnet_says_what_a_name_is(default_tutor: tutor.Tutor) -> None:
    # WordNet: Lenin, "founder of the Bolsheviks ... first head of the USSR"; the essay
    # only says when he died
    reply = default_tutor.session(seed=1).respond("When did the founder of the USSR die?")
    assert reply.kind == "answer" and "1924" in reply.text


def test_wordnet_says_what_a_term_is(default_tutor: tutor.Tutor) -> None:
    # WordNet: the Politburo, "the chief executive and political committee of the
    # Communist Party"; without it the removal from the party (1927) came first
    line = "When was Trotsky thrown off the executive committee of the party?"
    reply = default_tutor.session(seed=1).respond(line)
    assert "Politburo" in reply.text and "1926" in reply.text


def test_the_texts_own_description_names_the_person(drafted: Analyzer) -> None:
    query = drafted.analyze("what did the marine surveyor chart?")
    assert query.entities == ("petra_solm",)


def test_a_description_shared_by_several_names_is_no_name(default_tutor: tutor.Tutor) -> None:
    # WordNet calls Lenin, Stalin and Bukharin each a leader
    analyzer = default_tutor._engine.analyzer
    assert analyzer.analyze("when did the leader die?").entities == ()


def test_a_word_the_description_lacks_keeps_it_from_naming(drafted: Analyzer) -> None:
    # the text's last harbour master is not the first one
    assert drafted.analyze("who was the first harbour master?").entities == ()
    assert drafted.analyze("when did the harbour master retire?").entities == ("ida_renn",)


def test_a_word_describing_a_name_is_no_typo(default_tutor: tutor.Tutor) -> None:
    # "founder" is a word of Lenin's description, not a misspelling of the text's "founded"
    analyzer = default_tutor._engine.analyzer
    assert "founder" in analyzer.analyze("who was the founder?").words


ORCHARD = """The Orchard Fire

In 1921 a fire swept the orchards above Keldby. Anna Prell, a village teacher, rang the
church bell to wake the farms. Mayor Jonas Voll ordered the well pumps opened. Mayor Voll
later paid the farmers from the town's own funds. The mayor was thanked by the county in
1922. Prell counted the burned trees the next spring. A fruit growers' guild was founded in
1923 by Karl Oster.
"""


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory) -> Analyzer:
    root = tmp_path_factory.mktemp("orchard")
    text = root / "orchard.txt"
    text.write_text(ORCHARD, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return Analyzer(load_pack(root / "pack"))


def test_a_filler_word_the_text_calls_someone_names_them(orchard: Analyzer) -> None:
    # "teacher" is dropped from a line as talk of the learner's own teacher, unless the
    # text calls someone so
    assert orchard.analyze("how did the teacher warn the farms?").entities == ("anna_prell",)


def test_a_title_before_a_name_names_its_one_holder(orchard: Analyzer) -> None:
    # the text says "mayor" three times, twice beside his name: still he
    assert orchard.analyze("what did the mayor order?").entities == ("jonas_voll",)
    # but "the mayors" are many: not the one the text has
    assert orchard.analyze("what did the mayors order?").entities == ()


def test_the_agent_noun_of_a_deed_told_in_the_passive_asks_of_the_deed(
    orchard: Analyzer,
) -> None:
    # "founded in 1923 by Karl Oster": a "founder" the text never says is its "founded"
    # (WordNet leads it to "find"), and stays the word of the deed, not a name: read as
    # the name, "who was the founder of the Oster Guild?" lost the founding sentence
    assert "found" in orchard.analyze("guild founder").terms
    assert "found" in orchard.analyze("who was the founder of the guild?").terms


MILL = """The Brook Lane Spinning Mill

In 1872 the mill began to spin strong cotton thread for the weavers of the valley. Each
thread was given a tight twist on the mule frames. The manager, Arthur Lisle, kept the
wage books. His clerk was Nora Gull, who met the carters at the gate.
"""


@pytest.fixture(scope="module")
def mill(draft_text: Callable[[str], tutor.Tutor]) -> Analyzer:
    return draft_text(MILL)._engine.analyzer


def test_a_surname_that_is_a_common_noun_says_nothing_of_the_person(mill: Analyzer) -> None:
    # WordNet's "lisle" is a strong cotton thread of a tight twist, words this text uses;
    # read as what Arthur Lisle is, "the strong cotton thread" was asked of him
    assert mill.analyze("what was the strong cotton thread used for?").entities == ()
    assert mill.analyze("what did the manager keep?").entities == ("arthur_lisle",)
