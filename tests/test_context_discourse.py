"""Follow-ups that lean on the last answer as a whole, naming no role of it: "can you
explain that?", "how so?", "tell me more" (the text's next sentence on it, not the one
before), "what happened right after that?" (the next event, told next in the text when
the text goes on forward in time), and "so what?" or "what more?", which are no "pardon?".
A text of its own, drafted afresh, so no pack's wording helps."""

from __future__ import annotations

import pytest

import tutor
from tutor.cli import main

from conversation import talk

TEXT = """The Alder Street Library

Beginnings

The Alder Street Library opened in 1897 in a former grain store. Its founder, the printer
Hugh Calloway, gave his own books to fill the first shelves. He wanted the dock workers of
the street to read without paying a fee.

The library's greatest problem was damp. Water from the river seeped into the cellar every
spring and ruined the lower shelves. In 1911 the trustees raised the floor by a metre to
keep the books dry.

Hard Times

In 1932 the city cut the library's grant by half. The trustees closed the reading room on
Sundays to save money. Although the cut looked small on paper, it ended the evening classes
for adults.

After the war a new librarian, Nora Fenwick, arrived in 1947. Fenwick started a lending
scheme for children. She carried boxes of books to the schools of the district on a
handcart.
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("library")
    (root / "library.txt").write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "library.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize(
    "line", ["can you explain that?", "could you expand on that?", "in what way?", "how so?"]
)
def test_asking_to_explain_gets_the_next_sentence(library: tutor.Tutor, line: str) -> None:
    """A line made only of words asking to hear more ("explain", "expand", "in what
    way") goes on to the sentence that says more of the last answer."""
    reply = talk(library, "What was the library's greatest problem?", line)
    assert reply.kind == "answer" and "seeped into the cellar" in reply.text


def test_tell_me_more_goes_on_not_back(library: tutor.Tutor) -> None:
    """'tell me more' after the founder's gift is what the text says next of it (why he
    gave them), not the sentence before it that the draft links too."""
    reply = talk(library, "Who gave his own books to fill the shelves?", "tell me more")
    assert "dock workers" in reply.text


def test_right_after_that_is_what_happened_next(library: tutor.Tutor) -> None:
    """'right' or 'immediately' before 'after that' still asks what happened next."""
    for line in ("what happened right after that?", "what came immediately after?"):
        reply = talk(library, "When did the city cut the grant?", line)
        assert reply.kind == "answer" and "reading room" in reply.text, line


def test_next_is_the_undated_sentence_told_next(library: tutor.Tutor) -> None:
    """After a dated event, the undated sentence told next comes before the next year the
    text names: the reading room closed after the cut of 1932, before 1947."""
    reply = talk(library, "When did the city cut the grant?", "what happened next?")
    assert "reading room" in reply.text and "1947" not in reply.text


@pytest.mark.parametrize("line", ["so what?", "what more?"])
def test_so_what_is_no_request_to_repeat(library: tutor.Tutor, line: str) -> None:
    """'so what?' and 'what more?' are not 'what?' (pardon) with a word around it."""
    reply = talk(library, "When did the city cut the grant?", line)
    assert "here it is again" not in reply.text.lower()


MARSH = """The Fenby Marsh

The Decline

Fenby Marsh once held the largest reed beds in the county. In 1961 the river board drained
the northern half to make new farmland. The bitterns that had nested there for centuries
left the marsh.

The Rescue

In 1974 the naturalist Clara Dunmore founded a society to save the rest of the marsh. She
bought the southern half with money left to her by her father.

Protecting the Marsh
- Fencing the nesting grounds against foxes
- Banning motor boats on the lagoon
- Paying farmers to leave the reed beds uncut

This programme ensured that the bitterns returned to breed in 1990.
"""


@pytest.fixture(scope="module")
def marsh(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("marsh")
    (root / "marsh.txt").write_text(MARSH, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "marsh.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize("line", ["what was the point of that?", "what did that achieve?"])
def test_the_point_of_an_item_is_what_the_list_was_for(marsh: tutor.Tutor, line: str) -> None:
    """The point of one step of a list is what the sentence summing the list up says it
    did, not another step's own purpose ('Paying farmers to leave ...')."""
    reply = talk(marsh, "What was banned on the lagoon?", line)
    assert reply.kind == "answer" and "bitterns returned" in reply.text


def test_the_point_of_a_deed_done_for_a_purpose_is_that_purpose(marsh: tutor.Tutor) -> None:
    """'what was their goal?' of a deed whose sentence says what it was for: that."""
    reply = talk(marsh, "Who founded the society?", "what was her goal?")
    assert reply.kind == "answer" and "to save the rest" in reply.text


@pytest.mark.parametrize(
    "line", ["did it seem like much at the time?", "was it seen as serious?", "did that look big?"]
)
def test_how_it_seemed_is_the_sentence_saying_so(library: tutor.Tutor, line: str) -> None:
    """How the thing just told seemed is told a sentence or two on, of the same thing
    ('the cut looked small on paper'), not the last answer again for its year."""
    reply = talk(library, "When did the city cut the grant?", line)
    assert reply.kind == "answer" and "looked small" in reply.text


def test_how_a_fresh_question_seemed_is_not_captured(library: tutor.Tutor) -> None:
    """A line naming a thing of its own asks of it, whatever was said before."""
    reply = talk(library, "When did the city cut the grant?", "how did the cellar look?")
    assert "looked small" not in reply.text


def test_what_came_of_it_untold_says_so_and_what_follows(marsh: tutor.Tutor) -> None:
    """When no sentence near says what came of the last event, the reply says the text
    does not say it outright, and gives the sentence the text goes on with."""
    reply = talk(marsh, "What did the river board drain?", "what came of that?")
    assert reply.kind == "fallback"
    assert "doesn't say outright" in reply.text and "bitterns" in reply.text


def test_how_people_reacted_untold_offers_what_follows(library: tutor.Tutor) -> None:
    """'how did people react?' names nothing of its own: it asks of the last answer."""
    reply = talk(library, "When did Nora Fenwick arrive?", "how did people react?")
    assert reply.kind == "fallback" and "lending scheme" in reply.text


def test_a_reaction_to_something_named_is_a_question_of_its_own(marsh: tutor.Tutor) -> None:
    reply = talk(marsh, "What did the river board drain?", "what was the reaction to the storm?")
    assert "doesn't say outright" not in reply.text


@pytest.fixture(scope="module")
def essay() -> tutor.Tutor:
    return tutor.Tutor()


@pytest.mark.parametrize(
    "line", ["what else did the role give him?", "what other things did the post give him?"]
)
def test_what_else_after_an_item_is_the_whole_list(essay: tutor.Tutor, line: str) -> None:
    """'what else ...?' after one item of a list gets the list that tells the others, not
    a fact that merely names the same post."""
    first = "did the post give stalin sensitive information about opponents?"
    reply = talk(essay, first, line)
    assert "loyal base" in reply.text and "narratives" in reply.text


def test_everyone_else_asks_no_more_of_the_list(marsh: tutor.Tutor) -> None:
    """'what did everyone else think?' says 'else' of people, not of the list."""
    reply = talk(marsh, "What was banned on the lagoon?", "what did everyone else think of it?")
    assert "Fencing" not in reply.text


def test_what_other_work_is_no_question_of_how_it_went(marsh: tutor.Tutor) -> None:
    """'what other steps worked?' asks for more of them, not 'did it work?'."""
    reply = talk(marsh, "What was banned on the lagoon?", "what other work was done?")
    assert "doesn't say outright" not in reply.text


ROWING = """The Ferrow Rowing Club

The Ferrow Rowing Club was founded in 1902 by the boatbuilder Samuel Ede. In 1925 the
club's first crew won the county cup. The crew won the cup not through strength, but
through long winter training and a light new boat. Ede built the boat himself from cedar.
"""


@pytest.fixture(scope="module")
def rowing(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("rowing")
    (root / "rowing.txt").write_text(ROWING, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "rowing.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize("line", ["and what didn't matter as much?", "what mattered less?"])
def test_the_other_side_of_not_but_is_the_last_answer(rowing: tutor.Tutor, line: str) -> None:
    """'not through X, but through Y' sets two sides against each other, as 'more on Y
    than on X' does: what mattered less is in the last answer."""
    reply = talk(rowing, "How did the crew win the cup?", line)
    assert reply.kind == "answer" and "not through strength" in reply.text


def test_a_word_of_its_own_the_last_answer_lacks_is_told_on(essay: tutor.Tutor) -> None:
    """ "so what did it cost him?" after Trotsky's alienated allies: the words carried
    over rank that answer first again, but it says no cost; the next sentence of its part
    does ("... cost him crucial support"), so it answers, not a repeat."""
    session = essay.session(seed=1)
    session.respond("Why did Trotsky push away possible allies?")
    reply = session.respond("so what did it cost him?")
    assert reply.kind == "answer" and "crucial support" in reply.text
