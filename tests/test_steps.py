"""Steps and stages of a process, asked by their place: "what's the third stage of
binding a book?", "what about the fifth?", "and the last one?", "and what comes next?",
"how many steps are there?".

Our own wording, about a short made-up text drafted as an educator would (no editing):
a process told "First, ... Second, ... Finally, ..." after a sentence that counts its
stages, one told a paragraph a step ("It starts with ...", "Next comes ...", "Then ..."),
and one told as a bulleted list under "The three steps are:". Each test failed before
the text's processes were read (tutor/_steps.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor._steps import mark

_TEXT = """The Bindery at Quillon Street

The bindery at Quillon Street was opened in 1923 by Petra Haskell, a printer's daughter \
from Leeds. It binds about three hundred books a year, most of them ledgers for old \
firms and diaries for collectors. Petra's grandson, Rowan Haskell, runs it today.

Binding a ledger by hand takes six stages. First, the printed sheets are folded in half \
with a bone folder and gathered into sections of eight leaves. Second, the sections are \
pierced along the fold with an awl, using a paper template so that every hole lines up. \
Third, the sections are sewn onto linen tapes with waxed thread. The thread is pulled \
tight after each section. Fourth, the spine is brushed with hot animal glue and rounded \
with a hammer. Fifth, boards of grey millboard are laced onto the tapes. Finally, the \
book is covered in calfskin and pressed overnight between brass-edged boards.

A gilded title is added in a separate job. It starts with the design. Rowan draws the \
letters on tracing paper and marks where each one sits on the spine.

Next comes the heating of the tools. The brass letters are warmed on a small stove until \
a drop of water hisses on them.

Then the gold is laid. A thin leaf of gold is pressed onto the leather with the hot \
letters, and the loose gold is rubbed away with a soft cloth.

Every repair that comes to the bindery is judged first. The three steps are:

- Collation: every leaf is counted and checked against the printer's list.
- Cleaning: loose dirt is lifted with a soft brush and a grated rubber.
- Mending: torn leaves are joined with Japanese tissue and wheat-starch paste.

In 1961 the bindery nearly closed. Rowan's father first sold the old press, then he \
borrowed money from a cousin in York. The firm survived.
"""


@pytest.fixture(scope="module")
def bindery(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(_TEXT)


def _talk(t: tutor.Tutor, *lines: str) -> list[str]:
    session = t.session(seed=3)
    return [session.respond(line).text for line in lines]


def test_the_step_asked_is_of_the_process_the_line_names(bindery: tutor.Tutor) -> None:
    """Three processes: the words of the line ("binding a ledger", "gilded title",
    "repair") pick the one, the ordinal its step; "Third, ..." is no answer to the
    third step of another."""
    assert "sewn" in _talk(bindery, "what is the third stage of binding a ledger?")[0]
    assert "gold is laid" in _talk(bindery, "what's the third step of a gilded title?")[0]
    assert "Cleaning" in _talk(bindery, "what is the 2nd step when a repair comes in?")[0]
    assert "calfskin" in _talk(bindery, "what is the final stage of binding a ledger?")[0]


def test_an_ordinal_after_a_step_asks_another_step_of_it(bindery: tutor.Tutor) -> None:
    """'what about the fifth?' and 'and the last one?' after a step are steps of the same
    process; 'and what comes next?' and 'and before that?' walk it, past a sentence that
    only explains the step before ("The thread is pulled tight ...")."""
    said = _talk(
        bindery,
        "what happens in the first stage of binding a ledger?",
        "what about the fifth?",
        "and the last one?",
    )
    assert "folded" in said[0] and "millboard" in said[1] and "calfskin" in said[2], said
    said = _talk(
        bindery,
        "what's the third stage of binding a ledger?",
        "and what comes next?",
        "and before that?",
    )
    assert "sewn" in said[0] and "hot animal glue" in said[1] and "sewn" in said[2], said


def test_a_process_told_a_paragraph_a_step(bindery: tutor.Tutor) -> None:
    """'It starts with the design.' / 'Next comes ...' / 'Then the gold is laid.': one step
    a paragraph, the sentences between them explaining each."""
    said = _talk(bindery, "what is the first step of adding a gilded title?", "and then?")
    assert "design" in said[0] and "heating" in said[1], said
    assert "heating" in _talk(bindery, "gilded title second step")[0]


def test_after_that_stage_is_the_next_one(bindery: tutor.Tutor) -> None:
    said = _talk(bindery, "what happens in the fourth stage of binding?", "and after that stage?")
    assert "glue" in said[0] and "millboard" in said[1], said


def test_after_a_clause_telling_a_step_is_the_next_step(bindery: tutor.Tutor) -> None:
    """'what happens after the sections are pierced?' is the step after the one that
    clause tells; after a sentence explaining a step ('the brass letters are warmed') the
    step after that one. A step told with a second deed ('brushed with glue and rounded')
    tells itself what comes after the first."""
    assert "sewn" in _talk(bindery, "what happens after the sections are pierced?")[0]
    said = _talk(bindery, "what happens after the brass letters are warmed on the stove?")
    assert "gold is laid" in said[0], said
    said = _talk(bindery, "what happens after the spine is brushed with glue?")
    assert "rounded" in said[0], said


def test_the_stages_of_a_process_are_told_in_order(bindery: tutor.Tutor) -> None:
    """'what are the stages of binding a ledger?' is its lead and every step, each once,
    in the text's order; 'and the last one?' then is its last step."""
    said = _talk(bindery, "what are the stages of binding a ledger?", "and the last one?")
    steps = ["six stages", "folded", "pierced", "sewn", "hot animal glue", "millboard", "calfskin"]
    at = [said[0].find(s) for s in steps]
    assert -1 not in at and at == sorted(at), said[0]
    assert "calfskin" in said[1], said
    listed = _talk(bindery, "what are the steps when a repair comes in?")[0]
    assert listed.count("Collation") == 1 and "Mending" in listed, listed


def test_the_step_after_one_named_by_its_word(bindery: tutor.Tutor) -> None:
    assert "Mending" in _talk(bindery, "which step comes after the cleaning of a repair?")[0]


def test_how_many_is_the_sentence_that_counts_them(bindery: tutor.Tutor) -> None:
    assert "six stages" in _talk(bindery, "how many stages does binding a ledger take?")[0]
    assert "three steps" in _talk(bindery, "how many steps are there for a repair?")[0]


def test_an_ordinal_asking_another_role_asks_no_step(bindery: tutor.Tutor) -> None:
    """'who opened it first?' is asked of the text, not of a step: 'first' is not a
    step's place when the line asks who, or names what no process holds."""
    said = _talk(bindery, "what is the first stage of binding a ledger?", "who opened the bindery?")
    assert "Petra Haskell" in said[1], said
    assert "Collation" not in _talk(bindery, "where did Petra Haskell come from first?")[0]


def test_a_story_told_with_first_and_then_is_no_process(bindery: tutor.Tutor) -> None:
    """'Rowan's father first sold the old press, then he borrowed ...' tells a story:
    one sentence is no run of steps, and only the three processes are read."""
    steps = bindery._engine.context._around.steps
    assert len(steps.processes) == 3
    assert [len(p.steps) for p in steps.processes] == [6, 3, 3]
    assert [p.count for p in steps.processes] == [6, None, 3]


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        ("First, the sheets are folded.", ("at", 1)),
        ("First he taps each pot.", ("at", 1)),
        ("First prize went to the Leeds bindery.", None),
        ("In the second stage, the larvae are moved.", ("at", 2)),
        ("The last step is grading.", ("at", -1)),
        ("Step three: the boards are laced.", ("at", 3)),
        ("It begins with the pager.", ("at", 1)),
        ("The oxygen was measured first, because it changes quickly.", ("at", 1)),
        ("Lastly, the book is pressed.", ("at", -1)),
        ("The observer then works through the list.", ("next", 0)),
        ("A heavy iron roller then pressed the sheets flat.", ("next", 0)),
        ("A week later the men then left.", None),
        ("Next comes the race to the boathouse.", ("next", 0)),
        ("The first sign of trouble came in 1995.", None),
        ("The last stretch was hauled by fourteen men.", None),
    ],
)
def test_how_a_sentence_marks_a_step(sentence: str, marked: tuple[str, int] | None) -> None:
    assert mark(sentence) == marked


def test_explain_says_a_step_was_asked_by_its_place(bindery: tutor.Tutor) -> None:
    """`tutor explain` shows the step a line asks by its place, which search did not pick."""
    from tutor._explain import explain, format_explanation

    shown = explain(bindery, "what is the fifth stage of binding a ledger?")
    assert shown.step is not None and shown.reply_facts == (shown.step,)
    assert "asked by its place" in format_explanation(shown)


def test_a_misspelt_ordinal_the_text_never_says(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'secnd' is 'second', not 'send' (the text says 'sends'), though the text tells
    its steps 'First, ... Next, ... Finally' and never says 'second': an ordinal is a
    word a learner asks by, corrected as a function word is."""
    t = draft_text(
        "Washing a Fleece\n\nA raw fleece is washed in three steps. First, the wool is "
        "soaked overnight in cold rainwater. Next, it is lowered into hot water with soap "
        "flakes. Finally, the wool is rinsed and laid on a rack in the shade to dry. The "
        "farm never sends its fleeces away to be washed.\n"
    )
    assert "soap" in _talk(t, "whats the secnd step of washing a fleece")[0]


_COOPER = """The Cooper's Barrel

A tight barrel is made in five stages. First, the oak is split into staves. Second, the
staves are shaped with a drawknife. Third, the cooper stands the staves inside a raising
hoop. Fourth, the barrel is heated over a fire. Finally, the head is fitted.

Testing a barrel takes three steps. First, boiling water is poured in. Second, the cooper
watches the joints. Finally, the barrel is left overnight.

In the second trial, ten barrels were filled with cider and stored for a year.
"""


def test_a_count_asked_is_of_the_process_that_says_that_noun(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "how many stages ...?" is the process told in stages, not the one told in steps;
    "how many barrels ...?" counts no steps at all; and a process the text never tells
    ("the stages of brewing beer") is none of its own."""
    cooper = draft_text(_COOPER)
    reply = cooper.session(seed=1).respond("how many stages does it take to make a barrel?")
    assert "five stages" in reply.text
    reply = cooper.session(seed=1).respond("how many barrels were filled in the second trial?")
    assert "three steps" not in reply.text and "five stages" not in reply.text
    reply = cooper.session(seed=1).respond("what are the stages of brewing beer?")
    assert reply.kind != "answer"
