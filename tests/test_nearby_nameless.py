"""A question naming no one, that the text answers only nearly, is shown the sentence that
holds its words ("what it does say nearby"), not only the nearest topic's title; a line
bringing a word of a subject the text never mentions is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Harwick Canal Tunnel

The Harwick Canal Tunnel was dug between 1802 and 1811 to carry the canal under Blackmoor Hill. The engineer was Samuel Treadwell, who had built two smaller tunnels in the north.

The tunnel has no towpath, so the horses were led over the hill while the boats were pushed through by men lying on their backs and walking along the roof. This work was called legging, and a leggers' hut stood at each end of the tunnel.

In 1819 a section of the roof collapsed after a wet winter, and the canal was closed for eight months. Treadwell blamed the soft clay above the tunnel, and the company lined the weak section with a second ring of brick.

Steam tugs replaced the leggers in 1871, because the company wanted boats to pass faster and the leggers had asked for higher pay. The last leggers' hut was pulled down in 1903.

The canal closed to trade in 1948. Volunteers of the Harwick Canal Society cleared the tunnel in the 1990s, and it reopened to pleasure boats in 2004.
"""


@pytest.fixture(scope="module")
def canal(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_a_nameless_paraphrase_is_shown_the_sentence_holding_its_words(
    canal: tutor.Tutor,
) -> None:
    reply = canal.session(seed=1).respond("what did the crews do while lying on their backs?")
    assert reply.kind == "fallback"  # not told as the answer: the text says "men", not crews
    assert "nearby" in reply.text
    assert "walking along the roof" in reply.text


def test_a_line_naming_what_the_text_never_mentions_gets_no_sentence(
    canal: tutor.Tutor,
) -> None:
    # the same words, of a ship the text never names: no sentence of it is nearer
    reply = canal.session(seed=1).respond(
        "what did the crews of the Lusitania do while lying on their backs?"
    )
    assert reply.kind == "fallback"
    assert "nearby" not in reply.text
    assert "walking along the roof" not in reply.text


def test_a_sentence_without_the_kind_of_answer_asked_is_not_quoted(canal: tutor.Tutor) -> None:
    # a count asked: the sentence of the boats tells none
    reply = canal.session(seed=1).respond("how many boats went through the tunnel?")
    assert reply.kind == "fallback"
    assert "nearby" not in reply.text


def test_who_of_a_person_the_sentence_never_mentions_is_untold(canal: tutor.Tutor) -> None:
    """A thing may be the doer ("who replaced the leggers?": steam tugs), but a captain
    is a person the sentence about tugs never mentions."""
    reply = canal.session(seed=1).respond("who was the first captain of a steam tug?")
    assert reply.kind == "fallback"
    assert "doesn't say who" in reply.text
    reply = canal.session(seed=1).respond("who replaced the leggers?")
    assert reply.kind == "answer" and "Steam tugs" in reply.text
    # a person word that is not the one asked for (the workers replaced) asks nothing
    reply = canal.session(seed=1).respond("who replaced the legger workers in 1871?")
    assert "doesn't say who" not in reply.text and "Steam tugs" in reply.text
