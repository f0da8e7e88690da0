"""A correction cites the fact that shows the claim wrong: "Kamenev was the general
secretary" is answered with who the text says held that post, and a claim of a deed done
to someone the text tells otherwise ("Stalin poisoned Lenin", where the text only says
Lenin died) gets "the text doesn't say that" and what it does say of that person, not
another person's story.
"""

from __future__ import annotations

import tutor

from conversation import talk


def test_a_post_claimed_for_another_is_corrected_with_its_holder() -> None:
    reply = talk(tutor.Tutor(), "zinoviev was the general secretary of the party")
    assert reply.kind == "correction", reply.text
    assert "Stalin held the role of General Secretary" in reply.text, reply.text


def test_kamenev_named_by_what_the_text_calls_him_too() -> None:
    reply = talk(tutor.Tutor(), "kamenev was the party's general secretary")
    assert reply.kind == "correction", reply.text
    first = reply.text.split(". ")[1]  # after the verdict: the post's holder first
    assert "General Secretary" in first and "Stalin" in first, reply.text


def test_a_deed_done_to_someone_the_text_tells_otherwise_is_untold() -> None:
    reply = talk(tutor.Tutor(), "stalin poisoned lenin")
    assert reply.kind == "correction", reply.text
    assert "doesn't say" in reply.text or "can't find" in reply.text, reply.text
    assert "Lenin died in 1924" in reply.text, reply.text
    assert "Trotsky's assassination" not in reply.text, reply.text
