"""Follow-ups that ask beyond the last answer: another participant or a later step of the
same story, not a role of the very fact just told.

Our own wordings, written from the essay, not from any case file.
"""

from __future__ import annotations

import tutor


def _talk(t: tutor.Tutor, *lines: str) -> tutor.Reply:
    session = t.session(seed=3)
    reply = session.respond(lines[0])
    for line in lines[1:]:
        reply = session.respond(line)
    return reply


def test_going_on_to_someone_new_takes_the_part_of_the_same_whole_naming_them(
    default_tutor: tutor.Tutor,
) -> None:
    # the last answer is one item of "Stalin exploited the Lenin cult: ..."; another item
    # of that list tells what he made of Trotsky, which a propaganda line of another
    # section matches word for word as well
    first = _talk(default_tutor, "In what way did Stalin make use of Lenin's image?")
    assert "legitimize" in first.text
    reply = _talk(
        default_tutor,
        "In what way did Stalin make use of Lenin's image?",
        "and how did he depict Trotsky?",
    )
    assert reply.kind == "answer" and "traitor to Lenin's memory" in reply.text, reply.text


def test_someone_new_after_a_break_is_the_same_doers_next_partner(
    default_tutor: tutor.Tutor,
) -> None:
    # the last answer names the old partners; the line asks who came after them
    opening = "What did Stalin do to his old allies once Trotsky was beaten?"
    assert "turned on" in _talk(default_tutor, opening).text
    for follow in (
        "who did he pair up with then?",
        "who took their place?",
        "who replaced those two?",
    ):
        reply = _talk(default_tutor, opening, follow)
        assert reply.kind == "answer" and "Bukharin" in reply.text, (follow, reply.text)


def test_someone_the_answer_does_not_name_asked_of_that_thing_is_told_their_own_part(
    default_tutor: tutor.Tutor,
) -> None:
    # what the section the last answer is in says Trotsky did, not the answer again
    opening = "What power did the post of General Secretary hand Stalin?"
    assert "Trotsky" not in _talk(default_tutor, opening).text
    for follow in ("did Trotsky grasp that?", "did Trotsky notice it?"):
        reply = _talk(default_tutor, opening, follow)
        assert reply.kind == "answer" and "underestimated" in reply.text, (follow, reply.text)
    # Trotsky as the one it was used against asks how it helped, not what he did
    reply = _talk(default_tutor, opening, "how did that help against Trotsky?")
    assert "underestimated" not in reply.text, reply.text


def test_what_befell_them_later_may_be_told_in_a_later_part_of_the_text(
    default_tutor: tutor.Tutor,
) -> None:
    # "them" are the two who shared a role with Stalin in the Troika; what befell them
    # is told sections later, not in the propaganda that follows the Troika's sentence
    opening = "Which men made up the Troika?"
    assert "Kamenev" in _talk(default_tutor, opening).text
    for follow in ("what happened to them eventually?", "and what happened to those two later?"):
        reply = _talk(default_tutor, opening, follow)
        assert reply.kind == "answer" and "turned on" in reply.text, (follow, reply.text)


def test_who_they_were_names_the_people_a_plural_word_stood_for(
    default_tutor: tutor.Tutor,
) -> None:
    # "all potential rivals" names no one; the sentence before names whom Stalin dealt with
    opening = "What had Stalin done with all his potential rivals by the late 1920s?"
    assert "purges" in _talk(default_tutor, opening).text
    reply = _talk(default_tutor, opening, "and who were those?")
    assert reply.kind == "answer" and "Bukharin" in reply.text, reply.text


def test_why_a_thing_did_not_work_is_what_others_did_to_it_next(
    default_tutor: tutor.Tutor,
) -> None:
    # the testament warned against Stalin; why it failed is told next: it was suppressed
    opening = "What did Lenin put in writing about Stalin before dying?"
    assert "testament" in _talk(default_tutor, opening).text
    for follow in ("so why did that never get him removed?", "why didn't it work?"):
        reply = _talk(default_tutor, opening, follow)
        assert reply.kind == "answer" and "suppressed" in reply.text, (follow, reply.text)
