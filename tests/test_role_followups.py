"""Follow-ups that name their doer and ask by role, on a text of our own (a harbour choir,
drafted afresh) and, generated from the frames and the text's order, over every fact of
the essay and of the draft: "what did X do after that?" is X's next deed in the text,
"... before that?" the one before, "who was in it besides X?" the others the last answer
names (bench/roles.py builds the conversations and their expected replies)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import tutor

TEXT = """The Pellow Harbour Choir

Beginnings

In 1952 the fisherman Tobias Venn founded a choir in the harbour town of Pellow. Venn
recruited twelve singers from the net lofts and the fish market. Venn and the schoolmaster
Edith Crane wrote the choir's first songbook together. The choir sang its first concert in
the chapel on Quay Street in 1953.

Rivals

In 1957 the brewer Silas Oake started a rival choir in the town hall. Oake hired a
professional conductor from Plymouth. Venn challenged Oake to a singing contest on the
harbour wall. The harbour choir won the contest by a single point.

Later Years

In 1961 Venn handed the choir to Edith Crane. Crane took the choir on a tour of Brittany in
1964. Oake closed his rival choir in 1966 because his singers had left for the harbour
choir. Crane retired in 1979, and the choir still sings at the harbour every Christmas.
"""

FERRY = """The Kestrel Ferry

The Company

Ada Morrow was a skilled navigator and a fine carpenter. In 1890 the ferry company
sacked the captain Ada Morrow after a quarrel about wages.
The mate Hugh Pell painted the ferry red in 1896. Pell also bought a second boat from a
yard in Leith.

The Pell Years

Once Ada Morrow was sacked by the ferry company, Hugh Pell took command of the ferry.
Pell ran the crossing for thirty years without a single accident.
"""

ORCHARD = """The Orchard Dispute

In 1901 the farmers Nell Ashby and Tom Garrow planted an orchard together on Mill Lane.
The orchard gave its first apples in 1905. Ashby built a cider press beside the barn.
In 1910 Ashby took Garrow to court over the orchard. The judge gave the orchard to Ashby.
"""

# a floor per kind of generated follow-up, a little under what both packs reach
FLOORS = {
    "next_of": 0.9,
    "then_of": 0.9,
    "before_of": 0.9,
    "besides": 0.8,
    "next_he": 0.7,
    "before_he": 0.7,
}


def _roles() -> ModuleType:
    path = Path(__file__).parent.parent / "bench" / "roles.py"
    spec = importlib.util.spec_from_file_location("bench_roles", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def choir(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def _talk(t: tutor.Tutor, *lines: str) -> tutor.Reply:
    session = t.session(seed=0)
    replies = [session.respond(line) for line in lines]
    return replies[-1]


def test_a_named_doers_next_deed_is_theirs_in_the_texts_order(choir: tutor.Tutor) -> None:
    reply = _talk(choir, "who founded the choir?", "what did venn do after that?")
    assert "recruited twelve singers" in reply.text
    reply = _talk(choir, "who started a rival choir?", "then what did oake do?")
    assert "hired a professional conductor" in reply.text


def test_before_that_is_their_deed_told_before(choir: tutor.Tutor) -> None:
    reply = _talk(choir, "who challenged oake to a contest?", "what did venn do before that?")
    assert "recruited twelve singers" in reply.text or "founded a choir" in reply.text


def test_a_next_deed_skips_sentences_where_the_doer_does_nothing(choir: tutor.Tutor) -> None:
    # the concert and the rival's founding lie between: Venn's next deed is the challenge
    reply = _talk(choir, "who recruited the singers?", "what did venn do next?")
    assert "challenged Oake" in reply.text or "songbook" in reply.text


@pytest.fixture(scope="module")
def ferry(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(FERRY)


def test_a_sentence_opening_on_the_last_event_is_what_came_next(ferry: tutor.Tutor) -> None:
    # told later than his painting, "Once Ada Morrow was sacked ..., Pell took command"
    # says it followed her sacking
    reply = _talk(ferry, "when was ada morrow sacked?", "what did pell do after that?")
    assert "took command" in reply.text


def test_what_else_of_an_answer_telling_more_than_was_asked_is_that_answer(
    ferry: tutor.Tutor,
) -> None:
    # asked about the navigator, told "a navigator and a carpenter": the rest is there
    reply = _talk(ferry, "was ada morrow a good navigator?", "what else was she good at?")
    assert "carpenter" in reply.text


def test_them_with_someone_before_is_an_earlier_event_of_both(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # taken to court in 1910, planting an orchard with her in 1901
    orchard = draft_text(ORCHARD)
    reply = _talk(orchard, "who did ashby take to court?", "hadn't they worked with ashby before?")
    assert "planted an orchard" in reply.text


def test_he_before_that_is_his_deed_not_the_sentence_before(choir: tutor.Tutor) -> None:
    # the sentence before the challenge is Oake's hiring: "he" is Venn, who challenged
    reply = _talk(choir, "who challenged oake to a contest?", "what did he do before that?")
    assert "Venn" in reply.text and "hired" not in reply.text


def test_besides_someone_is_the_others_the_answer_names(choir: tutor.Tutor) -> None:
    reply = _talk(choir, "who wrote the first songbook?", "who was in it besides crane?")
    assert "Venn" in reply.text


def test_besides_with_a_word_of_its_own_asks_elsewhere(default_tutor: tutor.Tutor) -> None:
    # "accused" is the line's own: not the last answer's others, told again
    reply = _talk(default_tutor, "who formed the troika?", "who else was accused besides trotsky?")
    assert "formed the 'Triumvirate'" not in reply.text


@pytest.mark.parametrize("which", ["essay", "choir"])
def test_generated_role_follow_ups(
    which: str, default_tutor: tutor.Tutor, choir: tutor.Tutor
) -> None:
    table = _roles().score(default_tutor if which == "essay" else choir)
    for kind, floor in FLOORS.items():
        passed, total = table[kind]
        assert passed >= floor * total, f"{kind}: {passed}/{total}"


QUILL = """The Quill Workshop

In 1920 the town council dismissed the engineer Rosa Quill after a quarrel about the new
pumps. The mayor praised Quill in a speech a month later. In 1922 Quill opened a workshop on
Mill Street. She built forty pumps there for farms in the valley.
"""


def test_after_what_befell_someone_their_next_deed_is_theirs(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # dismissed, then praised by the mayor (his deed, not hers), then her workshop
    quill = draft_text(QUILL)
    reply = _talk(quill, "who was dismissed in 1920?", "what did quill do after that?")
    assert "opened a workshop" in reply.text


ELLERY = """The Ellery Drawings

Margaret Ellery drew plants for the town museum from 1898. In 1904 the director Walter
Stroud sent Ellery to the mountains. She collected four hundred specimens there. Stroud
resigned in protest in 1906. Ellery published her drawings in 1910.
"""


def test_she_after_what_befell_her_is_still_her(draft_text: Callable[[str], tutor.Tutor]) -> None:
    # sent by Stroud, she did nothing in that sentence: "she" is not the man who acted
    ellery = draft_text(ELLERY)
    reply = _talk(ellery, "what did ellery do in 1904?", "what did she do after that?")
    assert "collected four hundred specimens" in reply.text


def test_a_sequel_follows_the_last_event_not_its_people(default_tutor: tutor.Tutor) -> None:
    # "Once Trotsky and the Left were expelled from the Communist Party, Stalin ..." shares
    # Trotsky and "party" with the Troika's sentence, not its event
    reply = _talk(default_tutor, "who made up the troika?", "what did stalin do after that?")
    assert "moved against Bukharin" not in reply.text


def test_what_he_did_about_it_is_what_met_the_thing_just_told(
    default_tutor: tutor.Tutor,
) -> None:
    # Lenin's testament warned against Stalin; what Stalin did about it is what met it
    # (suppressing it), not his next deed by the frames (the Lenin cult)
    reply = _talk(default_tutor, "how did lenin feel about stalin?", "what did he do about it?")
    assert "suppressed" in reply.text


def test_she_after_what_befell_her_is_her_own_next_deed(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # as with her name: dismissed, then praised by the mayor (his deed), then her workshop
    quill = draft_text(QUILL)
    reply = _talk(quill, "who was dismissed in 1920?", "what did she do after that?")
    assert "opened a workshop" in reply.text
