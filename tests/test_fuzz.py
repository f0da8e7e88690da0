"""Whatever a learner types, respond() answers with a Reply and never raises.

Property-based (hypothesis): thousands of generated inputs per run, many more with
`pytest --slow`. Inputs mix the pack's own words (so the matcher, spelling and context
are exercised) with control characters, emoji, right-to-left scripts, combining marks,
lone surrogates and sheer size. Latency on such input is measured in bench/run.py.
"""

from __future__ import annotations

import json
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tutor
from tutor._session import MAX_INPUT

KINDS = set(typing.get_args(tutor.Kind))
NOTE = f"(I read only the first {MAX_INPUT} characters.)"
TUTOR = tutor.Tutor()  # hypothesis runs a test many times: one Tutor, built at import

PACK_WORDS = sorted(
    {
        w.strip("?.,!'\"()")
        for f in TUTOR.pack.facts
        for text in (*f.questions[:2], *f.keywords)
        for w in text.split()
    }
    - {""}
)
ODD = [
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u202e",  # right-to-left override
    "\u2028",  # line separator
    "\ufeff",  # byte order mark
    "\ufffd",
    "\ud800",  # lone high surrogate
    "\udfff",  # lone low surrogate
    "e\u0301",  # combining accent
    "😀",
    "👩‍👩‍👧‍👦",
    "🇺🇦",
    "مرحبا",  # Arabic
    "שלום",  # Hebrew
    "Троцкий",
    "日本語",
    "ﷺ",
    "/",
    "/help",
    "/topics",
    "/" + "x" * 40,
    "?",
    "...",
    "'",
    '"',
    "{",
    "%s",
    "{document}",
    "\\",
    "1924",
    "1920s",
    "he",
    "it",
    "why?",
    "and",
]
any_text = st.text(st.characters(exclude_categories=()), max_size=300)  # every code point
learnerish = st.lists(
    st.one_of(st.sampled_from(PACK_WORDS), st.sampled_from(ODD), any_text), max_size=25
).map(" ".join)
inputs = st.one_of(any_text, learnerish, st.sampled_from(ODD))


def check(reply: tutor.Reply) -> None:
    assert isinstance(reply, tutor.Reply)
    assert reply.kind in KINDS
    assert isinstance(reply.text, str) and reply.text.strip()
    reply.text.encode("utf-8")  # no lone surrogate reaches the reply
    json.dumps(reply.to_dict())
    assert 0.0 <= reply.confidence <= 1.0


@given(inputs)
def test_any_string_gets_a_reply(text: str) -> None:
    check(TUTOR.session(seed=0).respond(text))


@given(st.lists(inputs, min_size=2, max_size=8))
def test_any_conversation_gets_replies_and_its_state_resumes(turns: list[str]) -> None:
    """Context carried from turn to turn never breaks, and a saved state resumes exactly."""
    session = TUTOR.session(seed=1)
    for text in turns[:-1]:
        check(session.respond(text))
    learner, conversation = session.learner.to_json(), session.conversation.to_json()
    resumed = TUTOR.session(
        tutor.LearnerState.from_json(learner), tutor.ConversationState.from_json(conversation)
    )
    last = turns[-1]
    assert resumed.respond(last) == session.respond(last)


@given(st.text(st.sampled_from(" \t\r\n\x0b\x0c\u00a0\u2003\u3000\u200b\x00"), max_size=2000))
def test_only_whitespace_is_taken_as_saying_nothing(text: str) -> None:
    assert TUTOR.session(seed=0).respond(text) == TUTOR.session(seed=0).respond("")


printable = st.characters(categories=["L", "M", "N", "P", "S"])  # nothing cleaning removes


@given(
    st.text(printable, min_size=1, max_size=60)
    .filter(str.isprintable)
    .map(lambda t: t * (MAX_INPUT // len(t) + 1))
)
def test_input_over_the_limit_is_cut_and_says_so(text: str) -> None:
    reply = TUTOR.session(seed=0).respond(text)
    check(reply)
    assert reply.text.startswith(NOTE)


@given(st.text(st.characters(exclude_categories=()), max_size=MAX_INPUT))
def test_input_within_the_limit_is_read_whole(text: str) -> None:
    assert NOTE not in TUTOR.session(seed=0).respond(text).text


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("who killed trotsky? " * 52_000, True),  # a megabyte of a good question
        ("x" * 1_000_000, True),
        ("\x00" * 1_000_000 + "who killed trotsky", False),
        (" " * 1_000_000, False),
        ("😀" * 500_000, True),
        ("\ud800" * 1_000_000, True),
        ("שלום " * 200_000, True),
    ],
    ids=["question", "one-word", "nul-then-question", "spaces", "emoji", "surrogates", "hebrew"],
)
def test_a_megabyte_gets_a_reply(text: str, cut: bool) -> None:
    reply = TUTOR.session(seed=0).respond(text)
    check(reply)
    assert reply.text.startswith(NOTE) == cut


def test_a_long_turn_is_answered_from_its_first_part() -> None:
    reply = TUTOR.session(seed=0).respond("Who killed Trotsky? " + "." * 2000)
    assert reply.text.startswith(NOTE)
    assert reply.kind == "answer" and "Mercader" in reply.text
