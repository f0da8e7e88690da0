"""Follow-ups on a fresh draft that ask one role of the event the last answer told, in
words of their own: who did it ("who did the building?" of "construction ... was carried
out by"), and with what ("with what?" of "the sails were replaced by an electric motor");
the last question again at a later time ("how many cars in 1960?" "and afterwards?"); and
why someone did it, when the sentence next to the deed tells what they knew; and the name
of a thing the last answer names beside it ("her pony, Bramble")."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._state import state_data
from tutor.cli import main

from conversation import talk

TEXT = """The Harl Windmill

Early Years

The Harl Windmill stands on a low ridge above the village of Corby Fen. It was built in
1816 for the miller Jonas Harl, who ground wheat and barley for the farms of the fen.
Its four canvas sails turned a pair of millstones brought from Derbyshire. Construction
of a granary beside the mill began in 1830 and was carried out by a builder from Ely
named Amos Reed.

Changes

In 1921 the canvas sails were replaced by an electric motor bought from a works in
Leeds. In 1925 the hand bell on the gallery was replaced by an electric siren, because
the bell could not be heard above the noise of the sails. The mill then ground animal
feed until the Second World War. In 1950 Jonas Harl's granddaughter, Ruth Amble, sold
the mill to the county council so that it could be kept open as a museum. The council
sold the old millstones in 1955 because the museum had no room for them. In 1960 the
mill's wooden fantail was replaced by a steel one made in Hull.

Restoration

Restoration began in 1978 and was carried out by a firm of millwrights known as Pask and
Dunn. The new sails were first turned by the wind in 1982. Today volunteers open the
mill to visitors on summer weekends.
"""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("mill")
    (root / "mill.txt").write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "mill.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_who_did_the_work_names_the_doer_of_the_last_event(mill: tutor.Tutor) -> None:
    """'who did the building?' after the granary's start: the builder the same sentence
    names, although it says 'construction' (one sense) and another fact says 'built'."""
    reply = talk(mill, "When was the granary begun?", "who did the building?")
    assert reply.kind == "answer" and "Amos Reed" in reply.text


def test_who_did_it_of_a_firm_by_name(mill: tutor.Tutor) -> None:
    """A firm named as the doer ('carried out by ... Pask and Dunn') answers 'who'."""
    reply = talk(mill, "When did the restoration start?", "who did the repairs?")
    assert reply.kind == "answer" and "Pask and Dunn" in reply.text


def test_with_what_of_a_thing_that_replaced_another(mill: tutor.Tutor) -> None:
    """'with what?' after 'the sails were replaced by an electric motor': the motor, not
    the next sentence's siren that replaced a bell."""
    reply = talk(mill, "When were the sails replaced?", "with what?")
    assert reply.kind == "answer" and "electric motor" in reply.text


FERRY = """The Kessock Ferry

The Old Crossing

In 1960 the Kessock ferry carried about 9,000 cars a month across the firth, and the
crossing took 25 minutes in calm weather. The boats were old, and in winter storms the
service often stopped for days.

The New Boat

In 1967 the county bought a larger boat, the Rose of Ardmore, from a yard in Dundee. It
could carry thirty cars at once. After the new boat arrived, traffic rose from 9,000
cars a month to 14,000, and the crossing was cut from 25 minutes to 15 minutes.

The Bridge

A bridge across the firth opened in 1982, and the ferry made its last crossing that
summer.
"""


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("ferry")
    (root / "ferry.txt").write_text(FERRY, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "ferry.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_a_count_asked_again_later_is_the_count_changed(ferry: tutor.Tutor) -> None:
    """'and afterwards?' after a count asks for the count later (the sentence taking it
    from 9,000 to 14,000), not the next sentence of the text."""
    reply = talk(ferry, "How many cars did the ferry carry in 1960?", "and afterwards?")
    assert reply.kind == "answer" and "14,000" in reply.text


def test_a_span_asked_again_after_an_event(ferry: tutor.Tutor) -> None:
    """'and after the purchase?' after how long the crossing took: the span changed."""
    reply = talk(ferry, "How long did the crossing take in 1960?", "and after the purchase?")
    assert reply.kind == "answer" and "15 minutes" in reply.text


def test_a_sequel_is_asked_only_of_a_measure(ferry: tutor.Tutor) -> None:
    """'and afterwards?' after who bought the boat is what happened next, not the count
    of cars asked again: no sequel is sought (the next step, "After the new boat arrived,
    traffic rose ...", happens to hold the count, so the reply alone cannot show it)."""
    from tutor._last_event import sequel

    session = ferry.session(seed=0)
    session.respond("Who bought the Rose of Ardmore?")
    context = dict(state_data(session.conversation)["context"])
    engine = ferry._engine
    assert sequel(engine.analyzer, engine.index, context, context["fact"], 1) is None
    assert session.respond("and afterwards?").kind == "answer"


ASHBY = """The Ashby Crossing

The Ferryman

Tom Ashby ran the ferry across the Wenn estuary from 1910 to 1931. Ashby refused to sail
with the evening mail one night in March 1923, although the postmaster offered him
double pay. Ashby had noticed that the tide was turning an hour earlier than the printed
tables said. The mail boat from Carrow sailed without him and ran aground on the Scar
Bank.

Later Years

In 1931 Ashby sold the ferry to the harbour board because his eyesight was failing. He
died in 1940 at Wenn.
"""


@pytest.fixture(scope="module")
def ashby(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("ashby")
    (root / "ashby.txt").write_text(ASHBY, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "ashby.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize("why", ["why did he do that?", "why?"])
def test_why_of_a_deed_is_what_the_doer_had_noticed(ashby: tutor.Tutor, why: str) -> None:
    """The refusal gives no reason; the next sentence says what Ashby had noticed."""
    reply = talk(ashby, "What did Ashby refuse to do in March 1923?", why)
    assert reply.kind == "answer" and "tide was turning" in reply.text


def test_a_deed_with_its_own_reason_keeps_it(ashby: tutor.Tutor) -> None:
    """'because his eyesight was failing' is the reason; nothing next to it replaces it."""
    reply = talk(ashby, "When did Ashby sell the ferry?", "why?")
    assert "eyesight" in reply.text


PIT = """The Dunmow Pit

The Mine

The Dunmow coal pit opened in 1851 beside the village of Lanby. In 1888 a roof fall in
the east seam trapped the pit's pony, Bramble, for three days before the miners dug her
out. The owners later named the east seam the Bramble Seam, and in 1950 the village
named its new school after the pit.

Closure

Every summer the miners named the strongest pit pony at a fair on the common. The pit
closed in 1968, and the last miners were moved to a colliery at Hesketh.
"""


def test_a_name_asked_of_a_thing_the_last_answer_names(tmp_path: Path) -> None:
    """'what was the pony's name?' after 'trapped the pit's pony, Bramble': the answer
    names her beside the word, though another sentence says 'named' of a pit pony."""
    (tmp_path / "pit.txt").write_text(PIT, encoding="utf-8")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(tmp_path / "pit.txt")]) == 0
    pit = tutor.Tutor.from_path(tmp_path / "pack")
    reply = talk(pit, "What happened in the east seam in 1888?", "what was the pony's name?")
    assert reply.kind == "answer" and "Bramble" in reply.text


LIND = """Mara Lind

Early Life

Mara Lind was born in 1850 in the town of Oster. Her father kept a small bookshop near
the harbour, and she learned to draw by copying the maps he sold. In 1872 Mara Lind burned
her early paintings in the yard of the bookshop. She then moved to Paris, where she
studied with the painter Emile Roux. Years later Lind wrote that she had burned the
paintings so that no dealer could ever sell them under her name.

Later Years

Lind returned to Oster in 1890 and opened a school for young painters. She died there in
1921.
"""


def test_why_she_behaved_so_is_the_reason_told_later_of_the_same_deed(tmp_path: Path) -> None:
    """'why did she behave like that?' asks, as 'why?' does, why she did the deed just
    told: a sentence further on gives it of the same burning, not the move that follows."""
    (tmp_path / "lind.txt").write_text(LIND, encoding="utf-8")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(tmp_path / "lind.txt")]) == 0
    lind = tutor.Tutor.from_path(tmp_path / "pack")
    reply = talk(lind, "What did Mara Lind do in 1872?", "why did she behave like that?")
    assert reply.kind == "answer" and "no dealer" in reply.text, reply.text
