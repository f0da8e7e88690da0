"""A fresh draft answers a line asking a rate ("how fast?", "passengers per year") by the
sentence that counts something in a span of time, a keyword line asking a sum ("loan
amount") by the sentence that names one, "how long did it go on?" by the sentence saying
how long it lasted, and reads a rare real word the text never uses as the far commoner
word one slip from it ("dose" for "does")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

import tutor
from tutor._spelling import Speller
from tutor._text import stem

TEXT = """The Corran Ferry

The Corran ferry crossed the narrows of Loch Arne from 1820 until the bridge opened in 1961.
The first boat was a rowing boat worked by two oarsmen. In 1852 the owner, Duncan Mackay,
bought a small paddle steamer called the Heron. The Heron weighed 38 tons. In heavy seas the
Heron stayed at her mooring. Her paddle wheels turned about thirty times
a minute. She carried some nine thousand passengers a year. The passengers paid a penny
each, and the Heron first carried passengers in 1853. Mackay paid for the steamer with a loan
from the Inverlochy Bank. The loan of £640 was repaid by 1860. After a storm in 1868 the
paddle wheels were rebuilt with iron floats.

In 1903 the ferrymen refused to work until their pay was raised. The strike lasted eleven
days. The strike ended when Mackay's grandson Ewan agreed to a rise of two shillings a week. The Heron was
sold for scrap in 1924, and a motor launch took her place.
"""


@pytest.fixture(scope="module")
def ferry(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


def test_per_year_asks_a_rate_not_a_date(ferry: tutor.Tutor) -> None:
    reply = ask(ferry, "passengers per year")
    assert "nine thousand" in reply.text


def test_the_amount_of_a_possession_is_a_sum(ferry: tutor.Tutor) -> None:
    reply = ask(ferry, "loan amount")
    assert reply.kind == "answer"
    assert "£640" in reply.text


def test_going_on_in_a_how_long_question_asks_as_lasting_does(ferry: tutor.Tutor) -> None:
    reply = ask(ferry, "how long did the strike go on")
    assert reply.kind == "answer"
    assert "eleven days" in reply.text


def test_how_heavy_asks_a_weight_though_the_text_says_heavy_of_something_else(
    ferry: tutor.Tutor,
) -> None:
    # "heavy" is a word of the text (heavy seas), yet "how heavy" asks the weight its
    # units tell ("38 tons"), as "how high" asks a height
    reply = ask(ferry, "how heavy was the heron")
    assert "38 tons" in reply.text


def test_a_slip_of_the_texts_word_is_read_as_it_though_its_stem_describes_a_name() -> None:
    # "royality" stems as "royal", here a word some name is described by (no typo of
    # anything, were it a word); one letter from the text's "royalty", it is that
    said = Counter({"royalty": 3, "paid": 2, "landowner": 2, "stone": 4})
    speller = Speller(
        said,
        frozenset(stem(w) for w in said) | {"royal"},
        (),
        ("She paid the landowner a royalty on every ton of stone.",),
        frozenset(["the", "a", "on", "of", "what", "was"]),
        frozenset(["the", "a", "on", "of", "what", "was"]),
        described=lambda s: s == "royal",
        own=frozenset(stem(w) for w in said),
    )
    assert speller.correct("royality") == "royalty"


def test_how_deep_or_thick_asks_a_measure_the_sentence_must_give(ferry: tutor.Tutor) -> None:
    # the text gives no depth of the narrows nor thickness of the floats: their sentences
    # are no answer, and the reply names what is untold in the learner's words
    reply = ask(ferry, "how deep were the narrows?")
    assert reply.kind == "fallback", reply.text
    reply = ask(ferry, "how thick were the iron floats?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say how thick the iron floats were." in reply.text
