"""Every part of a claim must be the fact's before the tutor says "Correct." (essay pack).

- a relation word the fact tells the other way is wrong whatever other relation word the
  two share ("Stalin's allies revealed the testament": allies, yes; revealed, no);
- a reduced passive ("the Left Opposition led by Trotsky") is read as who led what, so
  leading the other group, or leading it with someone the text does not name, is wrong;
- "never" done is wrong where any fact tells it done, however a likelier fact relates
  the two otherwise ("allied with him" is no "never turned on him");
- a relation word aimed at someone between the two names is not theirs ("declined to
  mobilize against Stalin after Lenin's death" relates no one to Lenin);
- a deed whose doer the facts fill otherwise, told by no fact that tells the deed, is
  "the text doesn't say" rather than a correction with an unrelated fact;
- a yes/no question whose claim the facts correct gets that correction, not "I don't
  know" nor a sentence without the part asked of.
The same claims told as the text tells them stay "Correct.".
"""

from __future__ import annotations

import pytest

import tutor

from conversation import talk


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("stalin and his allies revealed lenin's testament", "suppressed"),
        ("the right opposition was led by trotsky", "Left Opposition led by Trotsky"),
        ("bukharin led the left opposition alongside trotsky", "Left Opposition led by"),
        ("stalin never turned against bukharin", "moved against Bukharin"),
        ("bukharin was never attacked by stalin", "moved against Bukharin"),
    ],
)
def test_a_part_the_fact_fills_otherwise_is_corrected(
    default_tutor: tutor.Tutor, line: str, told: str
) -> None:
    reply = talk(default_tutor, line)
    assert reply.kind == "correction", reply.text
    assert told in reply.text, reply.text


@pytest.mark.parametrize(
    "line",
    [
        "stalin and his allies hid lenin's testament",
        "stalin did not publish lenin's testament",
        "stalin and his allies did not reveal the testament",
        "trotsky led the left opposition",
        "stalin and bukharin marginalized the left opposition",
    ],
)
def test_true_claims_stay_confirmed(default_tutor: tutor.Tutor, line: str) -> None:
    reply = talk(default_tutor, line)
    assert reply.text.startswith("Correct"), reply.text


def test_a_killing_no_fact_tells_is_untold(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "kamenev and zinoviev were murdered by stalin")
    assert "doesn't say" in reply.text or "can't find" in reply.text, reply.text
    assert not reply.text.startswith(("Actually, no", "Not quite")), reply.text


def test_a_relation_aimed_at_another_is_not_the_pair_s(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "trotsky was an enemy of lenin")
    assert "mobilize against Stalin" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("was bukharin a member of the troika?", "Zinoviev and Kamenev"),
        ("was trotsky murdered in russia?", "Mexico"),
    ],
)
def test_a_yes_no_question_the_facts_correct_is_answered_no(
    default_tutor: tutor.Tutor, line: str, told: str
) -> None:
    reply = talk(default_tutor, line)
    assert reply.kind == "correction", reply.text
    assert told in reply.text, reply.text


def test_a_misspelt_wish_is_checked_as_spelt_right(default_tutor: tutor.Tutor) -> None:
    reply = talk(default_tutor, "lenin wanted stalin as his sucesor, right?")
    assert reply.kind == "correction", reply.text
    assert "removed" in reply.text, reply.text
