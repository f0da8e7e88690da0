"""Follow-ups that ask beyond the last answer: another participant or a later step of the
same story, not a role of the very fact just told.

Our own wordings, written from the essay, not from any case file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

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
    # "after them" is who filled their place next, not the next sentence (the Troika)
    reply = _talk(default_tutor, "Who did Stalin side with first of all?", "and after them?")
    assert reply.kind == "answer" and "Bukharin" in reply.text, reply.text
    # "he" is the one who acted, though the line before named the loser first
    reply = _talk(
        default_tutor,
        "Once Trotsky had lost, how did Stalin treat Zinoviev and Kamenev?",
        "who did he side with instead?",
    )
    assert reply.kind == "answer" and "Bukharin" in reply.text, reply.text


def test_someone_the_answer_does_not_name_asked_of_that_thing_is_told_their_own_part(
    default_tutor: tutor.Tutor,
) -> None:
    # what the section the last answer is in says Trotsky did, not the answer again
    opening = "What power did the post of General Secretary hand Stalin?"
    assert "Trotsky" not in _talk(default_tutor, opening).text
    for follow in ("did Trotsky grasp that?", "did Trotsky notice it?"):
        reply = _talk(default_tutor, opening, follow)
        assert reply.kind == "answer" and "underestimated" in reply.text, (follow, reply.text)
    # the section tells nothing Lenin did: where the text tells him with Stalin
    for follow in ("did Lenin pick up on any of that?", "did Lenin notice it?"):
        reply = _talk(default_tutor, opening, follow)
        assert reply.kind == "answer" and "suspicious" in reply.text, (follow, reply.text)
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


# The same follow-ups on texts drafted fresh, with no editing: the mechanisms read the
# drafted facts' order and who does what in them, nothing written for this essay.

GUILD = """The Lantern Guild of Corby

Early Years

In 1702 the merchant Edwin Marsh opened a lantern workshop in the town of Corby. Marsh
first went into partnership with the brothers Tom Hale and Will Hale, who feared the rival
workshops of Leeds. Together, Marsh and the Hale brothers formed the Lantern Guild and
worked to keep the price of glass high.

Before he died, the old glazier Peter Quill wrote a letter urging the town council to close
the Guild. Marsh hid the letter from the council in 1710, so the council never read it.

Later Years

After the Guild won a royal charter, Marsh turned on his former partners Tom Hale and Will
Hale. In 1715 Marsh formed a new partnership with the glassblower Ada Crane. Marsh later
pushed out Ada Crane as well. By 1720 Marsh had driven out all his competitors through
lawsuits and price cuts.
"""

MILL = """The Mill at Arden

The Mill

In 1800 the miller John Pike built a water mill at Arden. By 1820 Pike had bought out all
his rivals along the river. The mill burned down in 1850, and it was never rebuilt.
"""


@pytest.fixture(scope="module")
def guild(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(GUILD)


def test_a_drafted_text_tells_the_next_partner_and_what_befell_partners_later(
    guild: tutor.Tutor,
) -> None:
    broke = "What did Marsh do to his partners after the charter?"
    for follow in ("who did he team up with then?", "who replaced them?"):
        reply = _talk(guild, broke, follow)
        assert reply.kind == "answer" and "Ada Crane" in reply.text, (follow, reply.text)
    reply = _talk(guild, "Who formed the Lantern Guild?", "what happened to them later?")
    assert reply.kind == "answer" and "turned on" in reply.text, reply.text


def test_a_drafted_text_names_them_or_says_honestly_it_does_not(
    guild: tutor.Tutor, draft_text: Callable[[str], tutor.Tutor]
) -> None:
    reply = _talk(guild, "What had Marsh done to all his competitors by 1720?", "who were they?")
    assert reply.kind == "answer" and "Ada Crane" in reply.text, reply.text
    mill = draft_text(MILL)
    reply = _talk(mill, "What had Pike done to his rivals by 1820?", "who were they?")
    assert reply.kind == "fallback" and "doesn't say who they were" in reply.text, reply.text


def test_a_drafted_text_tells_why_a_letter_did_not_work(guild: tutor.Tutor) -> None:
    reply = _talk(guild, "What did Peter Quill write?", "why didn't that close the Guild?")
    assert reply.kind == "answer" and "hid the letter" in reply.text, reply.text


def test_what_befell_him_after_an_event_the_line_names_is_told_after_that_event(
    default_tutor: tutor.Tutor,
) -> None:
    # "once Trotsky was defeated" is the line's own time, not the next sentence of the
    # last answer's part (the Troika, which only says what he did)
    for follow in (
        "what happened to him once Trotsky fell?",
        "and what happened to him after Trotsky went down?",
    ):
        reply = _talk(default_tutor, "Who was Zinoviev?", follow)
        assert reply.kind == "answer" and "turned on" in reply.text, (follow, reply.text)


def test_and_someone_else_the_last_answer_also_tells_of_is_that_answer(
    default_tutor: tutor.Tutor,
) -> None:
    # the answer about Bukharin also says what became of the Left: it is the answer
    opening = "How did Stalin deal with Bukharin at last?"
    assert "expelled" in _talk(default_tutor, opening).text
    reply = _talk(default_tutor, opening, "and the Left Opposition?")
    assert reply.kind == "answer" and "expelled" in reply.text, reply.text


def test_the_deed_a_follow_up_asks_outweighs_whom_they_stands_for(
    default_tutor: tutor.Tutor,
) -> None:
    # "they" carries Zinoviev and Kamenev over, but the accusation is what is asked: a
    # fact naming the two and no accusation does not answer
    for opening in ("Who did Stalin ally with at first?", "Who were Zinoviev and Kamenev?"):
        reply = _talk(default_tutor, opening, "what did they accuse him of?")
        assert reply.kind == "answer" and "accused" in reply.text, (opening, reply.text)


def test_why_a_gift_did_not_help_is_the_sentence_that_grants_it_and_sets_a_failing_against(
    default_tutor: tutor.Tutor,
) -> None:
    # "he remained a brilliant orator": another sentence grants him brilliance "though"
    # and tells where he failed; not a shrug
    opening = "Was Trotsky a gifted speaker?"
    assert "orator" in _talk(default_tutor, opening).text
    reply = _talk(default_tutor, opening, "why didn't that count for more?")
    assert reply.kind == "answer" and "though brilliant" in reply.text, reply.text
    # "that" after his own refusal asks of him, not of a gift
    reply = _talk(
        default_tutor,
        "What errors did Trotsky make once Lenin was dead?",
        "why wouldn't he build a faction, that seems silly",
    )
    assert "though brilliant" not in reply.text, reply.text
