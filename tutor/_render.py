"""Text for the faces: replies, progress bars and summaries as lines of styled fragments.

Pure functions: they return `(style, text)` pairs and never print, so the REPL can hand them
to prompt_toolkit (styled, escaped by construction: fragments are never parsed as markup)
while piped mode and `tutor progress` join the text alone. Styles are class names that
repl.py maps to colours, and NO_COLOR maps to none; every kind of line also has a visible
mark so that feedback and hints are told apart without colour.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence

from ._content import Pack
from ._progress import TOPIC_DONE, Progress
from ._reply import Reply

__all__ = [
    "Fragment",
    "Line",
    "bar",
    "plain",
    "printable",
    "progress_lines",
    "reply_lines",
    "summary_lines",
    "topic_title",
    "wrap",
]

Fragment = tuple[str, str]
Line = list[Fragment]

# Each kind of reply: (style class, mark shown before its first line in styled mode).
_KINDS: dict[str, tuple[str, str]] = {
    "answer": ("class:answer", ""),
    "correction": ("class:correction", "! "),
    "clarify": ("class:clarify", ""),
    "fallback": ("class:fallback", ""),
    "hint": ("class:hint", "» "),
    "smalltalk": ("class:note", ""),
    "command": ("class:note", ""),
    "lesson": ("class:note", ""),
    "quiz": ("class:note", ""),
    "question": ("class:note", ""),
}
_VERDICTS: dict[str, tuple[str, str]] = {
    "correct": ("class:correct", "✓ "),
    "partial": ("class:partial", "~ "),
    "incorrect": ("class:incorrect", "✗ "),
}
# what the tutor waits for: a question is marked "?", a clue or a sentence to complete
# (a hint or a cloze prompt of the ladder, which asks without a question mark) "»"
_FOLLOW_UP = ("class:follow-up", "? ")
_FOLLOW_UP_CLUE = ("class:follow-up", "» ")


def wrap(text: str, width: int | None, style: str, mark: str = "") -> list[Line]:
    """Text as lines of one style, wrapped to `width` (None: as is), with `mark` in front.

    Lines of the text stay lines; a long one wraps under its own indentation, so lists
    and drawings keep their shape.
    """
    out: list[Line] = []
    indent = " " * len(mark)
    for i, raw in enumerate(text.splitlines() or [""]):
        first = mark if i == 0 else indent
        if width is None or len(first) + len(raw) <= width:
            out.append(_line(first, raw, style))
            continue
        lead = raw[: len(raw) - len(raw.lstrip())]
        pieces = textwrap.wrap(
            raw.strip(),
            width=max(20, width - len(first) - len(lead)),
            break_on_hyphens=False,
        ) or [""]
        for j, piece in enumerate(pieces):
            out.append(_line(first if j == 0 else indent, lead + piece, style))
    return out


def _line(mark: str, text: str, style: str) -> Line:
    return [(style + "-mark", mark), (style, text)] if mark else [(style, text)]


def reply_lines(reply: Reply, width: int | None = None, marks: bool = True) -> list[Line]:
    """A reply as styled lines: what the tutor says, then the question it waits for.

    Args:
        reply: the reply.
        width: wrap to this many columns (None: do not wrap).
        marks: put a mark (✓, ~, ✗, », ?, !) before feedback, hints and questions.
    """
    style, mark = _KINDS.get(reply.kind, ("class:answer", ""))
    if reply.verdict in _VERDICTS:
        style, mark = _VERDICTS[reply.verdict]
    lines = wrap(reply.text, width, style, mark if marks else "")
    if reply.follow_up:
        asks = reply.follow_up.rstrip().endswith("?")
        style, mark = _FOLLOW_UP if asks else _FOLLOW_UP_CLUE
        lines += wrap(reply.follow_up, width, style, mark if marks else "")
    return lines


def plain(lines: Iterable[Line]) -> str:
    """The text of styled lines, one per line, with no styling and no terminal controls."""
    return printable("\n".join("".join(text for _, text in line) for line in lines))


# Terminal escape sequences (CSI, OSC, DCS/PM/APC strings, two-byte ESC forms), then any
# other control character but newline and tab: C0, DEL and C1 (0x9b is an 8-bit CSI).
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def printable(text: str) -> str:
    """`text` with terminal escape sequences and control characters taken out.

    What a learner typed or a pack says is printed by the plain faces; an escape code in
    it could retitle the window, clear the screen or fake the tutor's own output.
    """
    return _ESCAPES.sub("", text)


# --- progress ------------------------------------------------------------------------------


def topic_title(pack: Pack, topic_id: object) -> str | None:
    """A topic's title, or None for an unknown id."""
    for t in pack.topics:
        if t.id == topic_id:
            return t.title
    return None


def bar(value: float, width: int = 20) -> str:
    """A bar of `width` cells filled to `value` (0..1): '██████░░░░'."""
    full = round(max(0.0, min(1.0, value)) * width)
    return "█" * full + "░" * (width - full)


def progress_lines(progress: Progress, width: int = 80) -> list[Line]:
    """Per-topic mastery as bars, facts seen, and what to study next."""
    bar_width = 20 if width >= 70 else 10
    title_width = max(10, width - bar_width - 15)
    lines: list[Line] = []
    titles = {}
    for topic in progress.topics:
        titles[topic.id] = topic.title
        title = topic.title if len(topic.title) <= title_width else topic.title[: title_width - 1]
        style = "class:bar.done" if topic.mastery >= TOPIC_DONE else "class:bar"
        lines.append(
            [
                (style, bar(topic.mastery, bar_width)),
                ("class:percent", f" {round(topic.mastery * 100):3d}% "),
                ("class:seen", f" {topic.facts_seen:>2}/{topic.facts:<2} "),
                ("class:topic", (title if len(title) == len(topic.title) else title + "…")),
            ]
        )
    total = progress.overall
    head = "Overall mastery: " + ("not yet known" if total is None else f"{round(total * 100)}%")
    if total is not None and progress.answered:  # how many answers the figure rests on
        # "mastered", not "right": an answer reached through hints is right but not yet known
        # well, and the sitting's summary counts it right
        head += f" (from {_answers(progress.answered)} so far, {progress.right} mastered)"
    head += f"; facts seen: {progress.facts_seen} of {progress.facts}"
    lines.insert(0, [("class:heading", head)])
    lines.insert(1, [("class:seen", f"{'mastery':<{bar_width}}       seen   topic")])
    if progress.next_topic is None:
        lines.append([("class:note", "Every topic is mastered. Try /quiz to check.")])
    else:
        lines.append([("class:note", "Study next: "), ("class:topic", titles[progress.next_topic])])
    return lines


def _answers(n: int) -> str:
    """'1 question answered', '3 questions answered' (the summary's unit: a question tried
    twice is one)."""
    return f"{n} question answered" if n == 1 else f"{n} questions answered"


def summary_lines(
    pack: Pack,
    replies: Sequence[Reply],
    total: float | None,
    width: int | None = 80,
) -> list[Line]:
    """What a sitting covered: questions answered, the learner's answers judged, topics."""
    answered = sum(1 for r in replies if r.kind in ("answer", "correction"))
    # the latest verdict per question, as /progress counts: two tries at one question are
    # one question answered, not two
    latest = {r.judged_question or str(i): r.verdict for i, r in enumerate(replies) if r.verdict}
    verdicts = list(latest.values())
    topics: list[str] = []
    for reply in replies:
        if reply.kind in ("answer", "correction", "feedback", "hint"):
            for fact_id in reply.fact_ids:
                if fact_id in pack.by_id:
                    title = topic_title(pack, pack.fact(fact_id).topic)
                    if title and title not in topics:
                        topics.append(title)
    parts = []
    if answered:
        parts.append(f"I answered {answered} question{'s' if answered != 1 else ''}")
    if verdicts:
        right = verdicts.count("correct")
        partly = verdicts.count("partial")
        parts.append(
            f"you answered {len(verdicts)} question{'s' if len(verdicts) != 1 else ''} of mine"
            f" ({right} right" + (f", {partly} partly right" if partly else "") + ")"
        )
    if not parts and not topics:
        # Only small talk: the tutor's own goodbye says enough.
        return [] if replies else wrap("See you next time.", width, "class:summary")
    text = ("This time " + " and ".join(parts) + ".") if parts else "This time:"
    if topics:
        text += " Covered: " + "; ".join(topics) + "."
    if total is not None:
        text += f" Overall mastery: {round(total * 100)}%."
    return wrap(text, width, "class:summary")
