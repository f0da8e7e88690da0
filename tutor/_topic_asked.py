"""A line that only names a topic of the pack asks for that topic.

When the tutor cannot answer, it offers a topic by its title ("The closest thing it
covers is 'The duchy'; ask me about that"). A learner who takes it up types the title,
"tell me about the duchy", "what about the duchy?" or "ok, the duchy then". A drafted
title is often a bare head noun, which the matcher reads as a question too short to
answer, so the tutor refused the very topic it had just offered: a loop of refusals.

This reads such a line: once the words that only ask to be told ("tell me about", "what
about", "ok", "then", "please": a closed class of request and filler words) are taken
off its ends, what is left must be a topic's title, word for word (an article aside).
A real question that shares words with a title ("when was the canal finished?") keeps
words outside the request frame, and is never read so.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._content import Fact, Pack, Topic
from ._text import split_words

__all__ = ["asked_topic", "opening_fact"]

# the request frames that may open such a line, longest first ("let's" is "let us")
_OPENERS: tuple[tuple[str, ...], ...] = (
    ("can", "you", "tell", "me", "more", "about"),
    ("can", "you", "tell", "me", "about"),
    ("tell", "me", "more", "about"),
    ("tell", "me", "about"),
    ("let", "us", "talk", "about"),
    ("talk", "about"),
    ("what", "about"),
    ("how", "about"),
    ("more", "about"),
    ("about",),
)
# filler words around the request: the closed class of acknowledgements and particles
_FILLER = frozenset(
    ["ok", "okay", "so", "and", "well", "then", "please", "alright", "fine", "sure", "yes"]
)
_ARTICLES = frozenset(["the", "a", "an"])


def _bare(words: Sequence[str]) -> tuple[str, ...]:
    """The words with their filler taken off both ends and a leading article dropped."""
    start, end = 0, len(words)
    while start < end and words[start] in _FILLER:
        start += 1
    while end > start and words[end - 1] in _FILLER:
        end -= 1
    core = tuple(words[start:end])
    return core[1:] if core and core[0] in _ARTICLES else core


def _asked(tokens: Sequence[str]) -> tuple[str, ...]:
    """What the line asks about, its filler and request frame taken off."""
    words = list(tokens)
    while words and words[0] in _FILLER:
        words.pop(0)
    for opener in _OPENERS:
        if tuple(words[: len(opener)]) == opener:
            words = words[len(opener) :]
            break
    return _bare(words)


def asked_topic(tokens: Sequence[str], pack: Pack) -> Topic | None:
    """The topic whose title is all a line says, its request frame aside, else None.

    `tokens` are the line's folded words as split (`Utterance.tokens`). Of topics drafted
    with one title, the first: what the text first says of it."""
    asked = _asked(tokens)
    if not asked:
        return None
    return next((t for t in pack.topics if _bare(split_words(t.title)) == asked), None)


def opening_fact(pack: Pack, topic: Topic) -> Fact | None:
    """The fact a topic opens with: the one stating its summary, else its first."""
    facts = [f for f in pack.facts if f.topic == topic.id]
    return next((f for f in facts if f.answer == topic.summary), facts[0] if facts else None)
