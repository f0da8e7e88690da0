"""The educator's report as text: terminal tables, CSV and JSON.

Everything a learner typed or named is data from a database anyone may have written, so
it is made safe for where it goes: control characters never reach a terminal, and a CSV
cell that a spreadsheet would run as a formula (= + - @ at its start) is quoted as text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from ._report import Report

__all__ = ["TABLES", "csv_text", "json_text", "safe_cell", "terminal_text"]

TABLES = (
    "learners",
    "topics",
    "misconceptions",
    "claims",
    "unanswered",
    "assertions",
    "activity",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_GAP = 2  # spaces between columns


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as typed: lists joined, formulas defused."""
    if isinstance(value, list):
        value = " | ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return "" if value is None else value


def csv_text(report: Report, table: str) -> str:
    """One table of the report as CSV, with a header row of its documented keys."""
    rows: list[dict[str, Any]] = getattr(report, table)
    out = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
    return out.getvalue()


def json_text(report: Report) -> str:
    """The whole report as one JSON document (keys documented in docs/report.md)."""
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=1)


# --- the terminal ------------------------------------------------------------------------


def _plain(value: Any) -> str:
    """A cell as one printable line (a database may hold anything)."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.0%}"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], width: int | None) -> list[str]:
    """Columns padded to fit `width`: the widest columns are cut (with ...) until they do.
    No width: every cell in full (a pipe or a file has no edge to fit)."""
    cells = [[_plain(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    while width is not None and sum(widths) + _GAP * (len(widths) - 1) > width:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= 4:
            break  # too narrow a terminal: lines wrap rather than lose every column
        widths[widest] -= 1

    def line(values: Sequence[str]) -> str:
        parts = []
        for value, w in zip(values, widths, strict=True):
            cut = value if len(value) <= w else value[: max(1, w - 3)] + "..."
            parts.append(cut.ljust(w))
        return (" " * _GAP).join(parts).rstrip()

    return [line(headers)] + [line(r) for r in cells]


def terminal_text(report: Report, width: int = 100, color: bool = False, cut: bool = True) -> str:
    """The report as headed tables for a terminal `width` columns wide.

    `cut=False` (stdout is a pipe or a file): prose still wraps at `width`, but no table
    cell is cut to fit it, so a script reading the columns gets them whole.
    """
    import textwrap

    def bold(text: str) -> list[str]:
        lines = textwrap.wrap(text, width)
        return [f"\x1b[1m{x}\x1b[0m" for x in lines] if color else lines

    s = report.summary
    out = bold(
        f"Report: {s['learners']} learners, {s['turns']} turns"
        + (f" ({s['first'][:10]} to {s['last'][:10]})" if s["first"] else "")
    )
    if s["unrecorded_turns"]:
        out += textwrap.wrap(
            f"{s['unrecorded_turns']} turns were saved by an older tutor: their questions, "
            "rungs and misconceptions are unknown.",
            width,
        )

    def section(title: str, headers: Sequence[str], rows: list[list[Any]], empty: str) -> None:
        out.extend(["", *bold(title)])
        out.extend(
            _table(headers, rows, width if cut else None) if rows else textwrap.wrap(empty, width)
        )

    section(
        "Topics (mastery is the class average; weakest learners first)",
        ["topic", "learners", "mastery", "right", "partly", "wrong", "hints", "weakest"],
        [
            [
                r["title"],
                r["learners"],
                r["average_mastery"],
                r["right"],
                r["partly"],
                r["wrong"],
                r["hints"],
                r["weakest"],
            ]
            for r in report.topics
        ],
        "No topic has been worked on yet.",
    )
    section(
        "Learners by topic",
        ["learner", "topic", "mastery", "right", "partly", "wrong", "hints", "last active"],
        [
            [
                r["learner"],
                r["title"],
                r["mastery"],
                r["right"],
                r["partly"],
                r["wrong"],
                r["hints"],
                (r["last_active"] or "")[:16].replace("T", " ") or None,
            ]
            for r in report.learners
        ],
        "No learners yet.",
    )
    section(
        "Misconceptions met",
        ["misconception", "question", "times", "learners", "corrected"],
        [
            [r["misconception"], r["question"], r["times"], r["learners"], r["corrected"]]
            for r in report.misconceptions
        ],
        "No scripted misconception was voiced.",
    )
    section(
        "Wrong claims the tutor corrected (grouped by the fact it corrected them with)",
        ["times", "learners", "fact", "for example"],
        [[r["times"], r["learners"], r["fact"], " / ".join(r["examples"])] for r in report.claims],
        "No claim of a learner's needed correcting.",
    )
    section(
        "Not answered: the to-do list (grouped by the nearest fact)",
        ["count", "learners", "nearest fact", "fallback", "clarify", "repair", "for example"],
        [
            [
                r["count"],
                r["learners"],
                r["fact"] or (f"topic: {r['title']}" if r["title"] else "(nothing near)"),
                r["fallback"],
                r["clarify"],
                r["repair"],
                " / ".join(r["examples"]),
            ]
            for r in report.unanswered
        ],
        "Every question was answered.",
    )
    section(
        "Questions the tutor most often had to answer itself (assertion rung)",
        ["question", "told", "closed", "share"],
        [[r["question"], r["told"], r["closed"], r["share"]] for r in report.assertions],
        "No dialog question has been closed yet.",
    )
    section(
        "Activity",
        ["day", "turns", "learners"],
        [[r["day"], r["turns"], r["learners"]] for r in report.activity],
        "No activity.",
    )
    return "\n".join(out) + "\n"
