"""Record a new learner's tour of the tutor, two sittings over one database, as docs/tour.md.

The learner's lines are below; the tutor's replies are whatever the engine says today, so
running this again after a change shows, in the diff of docs/tour.md, what a learner now
reads. tests/test_tour.py plays the same lines and checks the replies a learner must never
get (a meta-request judged, a lesson restarted, a question asked again after a right answer).

Usage: python tools/tour.py [OUT]   (default: docs/tour.md)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import tutor
from tutor._render import Line, plain
from tutor._store import Store
from tutor.repl import Chat, Loader

WIDTH = 88
LEARNER = "sam"

FIRST = (
    "hi",
    "who killed trotsky",
    "more about what? i forgot the question",
    "i don't understand the question",
    "he was his biggest rival",
    "where did he live in exile?",
    "say that again",
    "he wrote against stalin and set up the fourth international",
    "/help",
    "teach me",
    "ok teach me more",
    "the bureaucracy?",
    "he controlled the apointments",
    "what was the question?",
    "he built a loyal base of supporters",
    "/timeline",
    "/people",
    "who was bukharin",
    "what happened to him?",
    "teach me",
    "no idea",
    "bye",
)
SECOND = (
    "what was the question again?",
    "they were afraid of trotsky's influence",
    "/lesson",
    "continue",
    "i dont know",
    "he was arrogant?",
    "lenins testament said stalin should be removed",
    "/progress",
    "thanks, bye",
)


def sitting(engine: tutor.Tutor, store: Store, lines: tuple[str, ...]) -> list[str]:
    """One sitting as the terminal shows it: the welcome, each line and reply, the goodbye."""
    chat = Chat(Loader(lambda: engine), LEARNER, "default", store, lambda _: None, seed=3)
    out = [_text(chat.welcome(WIDTH))]
    for line in lines:
        result = chat.handle(line, WIDTH)
        out.append(f"> {line}")
        if result.lines:
            out.append(_text(result.lines))
        if result.quit:
            break
    out.append(_text(chat.summary(WIDTH)))
    return [x for x in out if x]


def tour(engine: tutor.Tutor) -> tuple[list[str], list[str]]:
    """The two sittings' transcripts, over one fresh database."""
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "tour.db") as store:
        return sitting(engine, store, FIRST), sitting(engine, store, SECOND)


def _text(lines: list[Line]) -> str:
    return plain(lines)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent.parent / "docs" / "tour.md"
    first, second = tour(tutor.Tutor())
    turns = sum(1 for x in first + second if x.startswith("> "))
    page = [
        "# A new learner's tour",
        "",
        f"Two sittings of a new learner, {turns} turns, recorded by `python tools/tour.py`"
        " (the replies are the tutor's own; marks as in the terminal: `?` the question the"
        " tutor waits for, `~` partly right, `✓` right, `✗` not right, `»` a hint, `!` a"
        " correction). `tests/test_tour.py` plays the same lines and checks what a learner"
        " must never read.",
        "",
        "## First sitting",
        "",
        "```",
        f"$ tutor --learner {LEARNER}",
        *first,
        "```",
        "",
        "## The next day",
        "",
        "```",
        f"$ tutor --learner {LEARNER}",
        *second,
        "```",
        "",
    ]
    out.write_text("\n".join(page), encoding="utf-8")
    print(f"wrote {out} ({turns} turns)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
