"""Follow-ups that keep something of the last answer and ask of something else: its time
("who was her deputy at that point?"), what its thing served ("how did that help her?"),
the outcome it makes surprising ("then how come she lost?"), and the same question of a
new participant ("and Lind?").

Each is tried on a small text of our own, drafted with `new-pack` and never edited, and on
the essay in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor.cli import main

from conversation import talk

CHOIR = """The Harbour Choir

In 1951 Edna Vossel founded the Harbour Choir in the fishing town of Kelby. At first the
choir sang only in the chapel on Quay Street. The chapel soon grew too small for the
singers. Vossel rented the old sail loft on the quay instead. In 1953 Vossel chose the baker Paul Reyes as
her deputy. Vossel, a retired music teacher, was strict with her singers. The choir grew
to forty singers within three years. In 1958 Vossel chose the schoolteacher Oskar Lind as
her deputy, after Reyes moved to the capital. Lind, a young man from the islands, was
gentler at rehearsals.

Prizes

The Westholm Singers were the favourites for the national choir cup in 1958. Their
conductor fell ill a week before the contest, so they sang without him. In 1958 the
Harbour Choir won the national choir cup in Dunmore. The judges praised its tenors. Lind
kept a notebook of old sea shanties from the fishermen. He arranged the shanties for four
voices, and with them the choir beat the Westholm Singers at Dunmore in 1960. In 1962 the
choir sang for the king at Westholm.

Money

Vossel printed the concert programmes in the Kelby dialect to bring in the older
fishermen. The programmes won over the harbour pilots, who had never come to a concert
before. The choir was always short of money. In 1955 Vossel was elected treasurer of the
fishermen's guild. The post gave Vossel a say over the guild's purse, and the guild paid
for the choir's first uniforms. Later the town council gave the choir a small yearly grant.
"""


MILL = """The Mill

Anna Pell ran the mill at Ostby for thirty years. Her partner was the carter Jonas Hart. In
1890 the mill was burned down by Tom Rusk, a former miller. Hart rebuilt the mill in 1892.
Rusk was later seen working on a farm in Varna.
"""


def _draft(root: Path, text: str) -> tutor.Tutor:
    source = root / "text.txt"
    source.write_text(text, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(source)]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    return _draft(tmp_path_factory.mktemp("mill"), MILL)


@pytest.fixture(scope="module")
def choir(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    return _draft(tmp_path_factory.mktemp("choir"), CHOIR)


@pytest.mark.parametrize("then", ["at that point", "by then", "at the time"])
def test_by_then_keeps_the_year_of_the_last_answer(choir: tutor.Tutor, then: str) -> None:
    # two deputies in two years: the cup was won in 1958, so the deputy then is Lind
    reply = talk(choir, "When did the choir win the national cup?", f"who was her deputy {then}?")
    assert reply.kind == "answer"
    assert "Lind" in reply.text and "Reyes as her deputy" not in reply.text


def test_by_then_in_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = talk(
        default_tutor,
        "In which year did Trotsky lose his Politburo seat?",
        "and whom had Stalin teamed up with at that point?",
    )
    assert "Bukharin" in reply.text


@pytest.mark.parametrize("gain", ["what did she get out of it?", "what good did it do her?"])
def test_what_the_last_thing_did_for_someone_is_what_came_of_it(
    choir: tutor.Tutor, gain: str
) -> None:
    # not the election again: the next sentence tells what the post gave her
    reply = talk(choir, "When was Vossel elected treasurer of the guild?", gain)
    assert reply.kind == "answer" and "purse" in reply.text


def test_how_that_helped_him_against_someone_in_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = talk(
        default_tutor, "Since when was Stalin General Secretary?", "what did he get out of it?"
    )
    assert "influence" in reply.text
    reply = talk(
        default_tutor,
        "In what year was Stalin made General Secretary?",
        "how did it help him against his rivals?",
    )
    assert reply.kind == "answer" and "1922" not in reply.text


def test_how_he_used_the_thing_just_told_is_his_deed_with_it(default_tutor: tutor.Tutor) -> None:
    reply = talk(
        default_tutor,
        "Besides the party, what else was under Stalin's control?",
        "how did he use it against his rival?",
    )
    assert "rewrote history" in reply.text


def test_how_it_was_used_is_the_purpose_the_last_answer_gives(default_tutor: tutor.Tutor) -> None:
    reply = talk(
        default_tutor,
        "What did propaganda say about Trotsky's Menshevik days?",
        "how was it used against him?",
    )
    assert reply.text.startswith("Propaganda emphasized")


@pytest.mark.parametrize("going_on", ["then", "so", "but"])
def test_how_come_after_a_word_going_on_asks_why(choir: tutor.Tutor, going_on: str) -> None:
    # the favourites did not win: why not is the next sentence, not "I don't know"
    reply = talk(choir, "Who were the favourites for the cup?", f"{going_on} how come they lost?")
    assert reply.kind == "answer" and "fell ill" in reply.text


def test_how_come_he_lost_in_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "Who seemed set to succeed Lenin?", "then how come he lost?")
    assert reply.kind == "answer" and "Trotsky" in reply.text


def test_and_a_newcomer_after_a_description_is_the_newcomers_description(
    choir: tutor.Tutor,
) -> None:
    reply = talk(choir, "What was Vossel like with her singers?", "and Lind?")
    assert reply.kind == "answer" and "gentler" in reply.text


@pytest.mark.parametrize("fragment", ["what about the king?", "and the king?"])
def test_what_about_a_thing_asks_of_it_not_the_last_answer_again(
    choir: tutor.Tutor, fragment: str
) -> None:
    # the last answer's words, carried on, must not outweigh the one word asked of
    reply = talk(choir, "What did Lind keep?", "what did he do with it?", fragment)
    assert "king" in reply.text


def test_what_about_a_thing_in_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = talk(
        default_tutor,
        "Did Stalin have power over the press?",
        "what did he do with it?",
        "what about the photographs?",
    )
    assert "photographs" in reply.text


def test_who_that_won_over_is_what_came_of_it(choir: tutor.Tutor) -> None:
    # the next sentence names no one the last did, but the programmes it printed
    reply = talk(choir, "What did Vossel print?", "who did that win over?")
    assert "pilots" in reply.text


def test_why_bother_is_a_bare_why(choir: tutor.Tutor) -> None:
    # the purpose "to bring in the ...": a phrasal verb between "to" and its object
    reply = talk(choir, "What did Vossel print?", "why bother?")
    assert reply.kind == "answer" and "to bring in" in reply.text


def test_who_it_won_over_in_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = talk(
        default_tutor,
        "What did Stalin make himself out to be after Lenin died?",
        "who did that win over?",
    )
    assert "rank-and-file" in reply.text


def test_what_he_was_skilled_at_is_told_of_him_not_of_his_rival(
    default_tutor: tutor.Tutor,
) -> None:
    # "In contrast to Trotsky, Stalin mastered ..." scores as well, but tells of Stalin
    reply = talk(default_tutor, "Tell me who Trotsky was.", "what was he really skilled at?")
    assert "orator" in reply.text


def test_what_he_did_is_the_deed_he_was_named_for(mill: tutor.Tutor) -> None:
    # "he" is the one the answer describes as the former miller, and what he did is the
    # deed the answer names him for, not a later sentence about him
    reply = talk(mill, "Who was the former miller?", "what did he do?")
    assert "burned down" in reply.text


def test_what_he_did_in_the_essay(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "Which person was an agent of the NKVD?", "what did he do?")
    assert "assassinated" in reply.text


def test_his_death_is_the_death_the_text_tells(default_tutor: tutor.Tutor) -> None:
    # the talk is about the killer ("he" is Mercader now), but "his death" is Trotsky's
    reply = talk(
        default_tutor,
        "Which person was an agent of the NKVD?",
        "what did his death mean for Stalin?",
    )
    assert "challenger" in reply.text or "unchallenged" in reply.text


def test_what_a_fallback_tells_nearby_is_what_the_talk_is_about(choir: tutor.Tutor) -> None:
    # "I can't find that exactly ... What it does say nearby: Lind, a young man ...":
    # "he" next is Lind, and the sentence shown is the one leaned on, not the talk before
    session = choir.session(seed=0)
    first = session.respond("What instrument did Oskar Lind play in the choir?")
    assert first.kind == "fallback" and "nearby" in first.text
    assert '"fact":"' + first.fact_ids[0] + '"' in session.conversation.to_json()
    assert "Lind" in session.respond("where was he from?").text


@pytest.mark.parametrize(
    "line",
    [
        "which people were on Stalin's side against them?",
        "and who took Stalin's side against them?",
    ],
)
def test_whose_side_against_them_is_the_side_the_last_answer_sets_against_them(
    default_tutor: tutor.Tutor, line: str
) -> None:
    reply = talk(default_tutor, "Who were the leaders of the Left Opposition?", line)
    assert "Bukharin" in reply.text
