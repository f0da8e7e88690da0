"""A fresh draft reads a learner's slips as the words they stand for, and only those: a
name's word slipped into an English word the pack also knows, a real word never taken
for a function word (which would then drop out of the line), and "name" asked of a
person is a question about who."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

TEXT = """The Harwick Canal

Building the Canal

The Harwick Canal was dug between 1818 and 1824 to carry coal from the pits at Denby to
the river port of Harwick. Its route was laid out by the surveyor Hugh Pellow, a former
millwright. The surveyor's men set milestones along the towpath carved with the names of the
villages they passed. Most of the digging was done by gangs of navvies paid by the yard. The
clerk Ellen Barr kept the company's accounts from 1821. In May 1826
Lord Denby died, leaving his shares in the company to a nephew. At Harwick the canal
joins the River Wend through a pair of sea locks.

Working the Locks

Each lock gate was shut with a heavy oak bar. The boat lift at Stanton, which raised boats
twelve metres in a single tank, opened in 1875. Boatmen cut their names into the stones of
Stanton bridge while they waited their turn, and many of them can still be read.

Decline

Railways took most of the coal trade after 1860. The last cargo passed through in 1931,
and the company sold the canal to the county in 1948. Ellen Barr died of a fever on 2 June 1859 at Harwick, at the
age of 61.
"""


@pytest.fixture(scope="module")
def canal(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("canal")
    text = root / "canal.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


def test_a_names_word_slipped_into_a_word_the_pack_knows_is_read_as_the_name(
    canal: tutor.Tutor,
) -> None:
    # 'bar' is English and a word of the text (the gates' oak bar), so alone it stays;
    # beside 'ellen' it is one letter from the name Ellen Barr
    reply = ask(canal, "what did ellen bar do")
    assert reply.kind == "answer"
    assert "accounts" in reply.text
    # away from the name it is the text's own word
    assert "bar" in canal._engine.analyzer.analyze("what was the oak bar for").words


def test_a_real_word_is_never_read_as_a_function_word(canal: tutor.Tutor) -> None:
    # 'mist' is one vowel from the text's 'most' and 'must'; read as one of them it
    # would drop out, and the line would ask about the boat lift
    assert "mist" in canal._engine.analyzer.analyze("when did the mist lift").words
    assert ask(canal, "when did the mist lift").kind != "answer"


@pytest.mark.parametrize(
    "line", ["surveyor name", "the surveyor's name", "what was the name of the surveyor"]
)
def test_a_name_asked_of_a_person_asks_who(canal: tutor.Tutor, line: str) -> None:
    # "name" of a person noun asks for the person, not for a sentence that says "names"
    reply = ask(canal, line)
    assert reply.kind == "answer"
    assert "Hugh Pellow" in reply.text


@pytest.mark.parametrize(
    "line", ["which river does the canal join", "what river is the canal joined to"]
)
def test_what_and_a_word_of_a_name_asks_for_the_thing_so_named(
    canal: tutor.Tutor, line: str
) -> None:
    # "river" is said by the text only in the name River Wend and in "the river port":
    # "which river" asks for the one named so, not for a sentence that says "river"
    reply = ask(canal, line)
    assert reply.kind == "answer"
    assert "River Wend" in reply.text


def test_name_asked_of_a_person_is_the_kind_asked_not_a_word_to_find(
    canal: tutor.Tutor,
) -> None:
    # a sentence saying "names" ("the names of the villages") holds no more of the
    # question than one naming the surveyor
    query = canal._engine.analyzer.analyze("surveyor name")
    assert query.qtype == "person"
    assert query.kind_terms  # "name", by its canonical term
    assert query.kind_terms == set(query.terms) - {"surveyor"}


def test_name_as_a_verb_is_no_question_of_who(canal: tutor.Tutor) -> None:
    analyzer = canal._engine.analyzer
    assert analyzer.analyze("what did the engineer name the boat").qtype != "person"


@pytest.mark.parametrize("line", ["death cause", "reason for the death"])
def test_asked_why_of_two_deaths_the_one_the_text_gives_a_cause_for_answers(
    canal: tutor.Tutor, line: str
) -> None:
    # two deaths, told alike; only "died of a fever" says why: no "Do you mean ...?"
    reply = ask(canal, line)
    assert reply.kind == "answer"
    assert "fever" in reply.text


@pytest.mark.parametrize(
    ("typed", "meant"), [("sistirs", "sisters"), ("animels", "animals"), ("unfuir", "unfair")]
)
def test_one_vowel_for_another_in_an_english_word_the_text_does_not_use_is_put_back(
    canal: tutor.Tutor, typed: str, meant: str
) -> None:
    # spelt as it sounds; the text never says the word, so English is what it is read by
    analyzer = canal._engine.analyzer
    assert meant not in analyzer.vocabulary
    assert analyzer.analyze(f"were there any {typed} at the locks").words[3] == meant
