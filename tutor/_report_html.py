"""The educator's report as one self-contained HTML page, with charts as inline SVG.

matplotlib draws the charts (the `report` extra installs it). SVG inlined in the page needs
no script and no network at view time, stays sharp printed and scales to a phone's width;
tables carry the same numbers for those who would rather read (and for screen readers).
Every learner name and typed line is escaped: HTML by `html.escape`, chart labels as
plain text (matplotlib's math parsing off, its SVG writer escaping XML).
"""

from __future__ import annotations

import html
import io
import math
import re
from collections.abc import Sequence
from typing import Any

from ._cli_common import Usage
from ._cli_report import HTML_MARK
from ._report import Report

__all__ = ["MAX_HEATMAP_ROWS", "html_page"]

MAX_HEATMAP_ROWS = 60  # learners drawn in the heat map (the weakest); the table has all
_TOP = 15  # bars per bar chart

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:62rem;
padding:1rem;color:#1a1a1a;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
figure{margin:1rem 0}svg{max-width:100%;height:auto}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.9rem}
th,td{padding:.2rem .5rem;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
figcaption,.note{color:#555;font-size:.85rem}
@media print{body{max-width:none}.scroll{overflow:visible}figure,tr{break-inside:avoid}
h2{break-after:avoid}}
"""


def html_page(report: Report, document: str) -> str:
    """The page for a report on the pack about `document`.

    Raises:
        Usage: matplotlib (the `report` extra) is not installed.
    """
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise Usage("--html needs matplotlib: pip install 'socratic-tutor[report]'") from None
    s = report.summary
    span = f" from {s['first'][:10]} to {s['last'][:10]}" if s["first"] else ""
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        HTML_MARK,
        f"<title>Class report: {_e(document)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Class report: {_e(document)}</h1>",
        f"<p>{s['learners']} learners, {s['turns']} turns{_e(span)}.</p>",
    ]
    if s["unrecorded_turns"]:
        parts.append(
            f'<p class="note">{s["unrecorded_turns"]} turns were saved by an older tutor: '
            "their questions, rungs and misconceptions are unknown.</p>"
        )
    parts += _mastery(report)
    parts += _unanswered(report)
    parts += _misconceptions(report)
    parts += _claims(report)
    parts += _assertions(report)
    parts += _activity(report)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# --- sections ----------------------------------------------------------------------------


def _mastery(report: Report) -> list[str]:
    topics = [(t["topic"], t["title"]) for t in report.topics]
    cells = {(r["learner"], r["topic"]): r["mastery"] for r in report.learners}
    learners = sorted({r["learner"] for r in report.learners})
    out = ["<h2>Mastery: learners by topics</h2>"]
    if not topics or not learners:
        return [*out, "<p>No learner has worked on a topic yet.</p>"]

    def mean(name: str) -> float:
        known = [m for t, _ in topics if (m := cells.get((name, t))) is not None]
        return sum(known) / len(known) if known else 0.0

    shown = sorted(learners, key=lambda n: (mean(n), n))[:MAX_HEATMAP_ROWS]
    note = (
        f" The {len(shown)} weakest of {len(learners)} learners are drawn; the table has all."
        if len(shown) < len(learners)
        else ""
    )
    out.append(
        _figure(
            _heatmap(shown, topics, cells),
            "Each cell is a learner's mastery of a topic (0% to 100%); weakest learners at "
            "the top, blank where the learner has no score yet." + note,
        )
    )
    rows = [
        [
            t["title"],
            _pct(t["average_mastery"]),
            t["right"],
            t["partly"],
            t["wrong"],
            t["hints"],
            ", ".join(t["weakest"]),
        ]
        for t in report.topics
    ]
    out.append(
        _table(["topic", "class mastery", "right", "partly", "wrong", "hints", "weakest"], rows)
    )
    learner_rows = [
        [
            r["learner"],
            r["title"],
            _pct(r["mastery"]),
            r["right"],
            r["partly"],
            r["wrong"],
            r["hints"],
            (r["last_active"] or "")[:10],
        ]
        for r in report.learners
    ]
    out.append("<details><summary>Every learner, topic by topic</summary>")
    out.append(
        _table(
            ["learner", "topic", "mastery", "right", "partly", "wrong", "hints", "last active"],
            learner_rows,
        )
    )
    out.append("</details>")
    return out


def _unanswered(report: Report) -> list[str]:
    out = ["<h2>Questions the tutor could not answer</h2>"]
    rows = report.unanswered
    if not rows:
        return [*out, "<p>Every question was answered.</p>"]
    top = rows[:_TOP]
    labels = [_group(r) for r in top]
    out.append(
        _figure(
            _bars(labels, [r["count"] for r in top], "times asked"),
            "Grouped by the nearest fact: each bar is one thing the text or the pack lacks, "
            "however many ways it was worded. Fallbacks, abandoned clarifications and "
            "'that's not what I asked' repairs all count.",
        )
    )
    out.append(
        _table(
            ["nearest fact", "count", "learners", "fallback", "clarify", "repair", "for example"],
            [
                [
                    _group(r),
                    r["count"],
                    r["learners"],
                    r["fallback"],
                    r["clarify"],
                    r["repair"],
                    " / ".join(r["examples"]),
                ]
                for r in rows
            ],
        )
    )
    return out


def _misconceptions(report: Report) -> list[str]:
    out = ["<h2>Misconceptions met</h2>"]
    rows = report.misconceptions
    if not rows:
        return [*out, "<p>No scripted misconception was voiced.</p>"]
    top = rows[:_TOP]
    out.append(
        _figure(
            _bars([r["misconception"] for r in top], [r["times"] for r in top], "times voiced"),
            "How often each scripted wrong idea was voiced.",
        )
    )
    out.append(
        _table(
            ["misconception", "question", "times", "learners", "corrected later"],
            [
                [r["misconception"], r["question"], r["times"], r["learners"], r["corrected"]]
                for r in rows
            ],
        )
    )
    return out


def _claims(report: Report) -> list[str]:
    out = ["<h2>Wrong claims the tutor corrected</h2>"]
    rows = report.claims
    if not rows:
        return [*out, "<p>No claim of a learner's needed correcting.</p>"]
    return [
        *out,
        '<p class="note">Learners\' own statements that the text contradicts and no script '
        "names as a misconception, grouped by the fact the tutor corrected them with.</p>",
        _table(
            ["fact", "times", "learners", "for example"],
            [
                [r["fact"] or "(none)", r["times"], r["learners"], " / ".join(r["examples"])]
                for r in rows
            ],
        ),
    ]


def _assertions(report: Report) -> list[str]:
    out = ["<h2>Questions the tutor had to answer itself</h2>"]
    rows = [r for r in report.assertions if r["told"]]
    if not rows:
        return [*out, "<p>Learners reached every answer themselves.</p>"]
    return [
        *out,
        _table(
            ["question", "told", "closed", "share"],
            [[r["ask"], r["told"], r["closed"], _pct(r["share"])] for r in rows],
        ),
    ]


def _activity(report: Report) -> list[str]:
    out = ["<h2>Activity over time</h2>"]
    rows = report.activity
    if not rows:
        return [*out, "<p>No activity.</p>"]
    out.append(
        _figure(
            _bars([r["day"] for r in rows], [r["turns"] for r in rows], "turns", vertical=True),
            "Turns per day.",
        )
    )
    return out


# --- charts ------------------------------------------------------------------------------


def _svg(fig: Any) -> str:
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "tutor-report"}):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    text = buf.getvalue()
    text = re.sub(r"<metadata>.*?</metadata>", "", text, flags=re.S)  # RDF boilerplate
    return text[text.index("<svg") :]  # no XML prolog inside HTML


def _heatmap(
    learners: Sequence[str],
    topics: Sequence[tuple[str, str]],
    cells: dict[tuple[str, str], float | None],
) -> str:
    import matplotlib
    from matplotlib.figure import Figure

    values = [
        [math.nan if (m := cells.get((n, t))) is None else m for t, _ in topics] for n in learners
    ]
    # fixed margins in inches for the labels: a layout engine would draw every text twice
    width, height = 2.6 + 0.8 * len(topics), 1.8 + 0.26 * len(learners)
    fig = Figure(figsize=(width, height))
    fig.subplots_adjust(
        left=1.6 / width, right=1 - 1.0 / width, bottom=1.5 / height, top=1 - 0.2 / height
    )
    ax = fig.subplots()
    cmap = matplotlib.colormaps["viridis"].with_extremes(bad="#f2f2f2")
    image = ax.imshow(values, cmap=cmap, vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(topics)))
    ax.set_xticklabels(
        [_short(title, 22) for _, title in topics],
        rotation=35,
        ha="right",
        parse_math=False,
    )
    ax.set_yticks(range(len(learners)))
    ax.set_yticklabels([_short(n, 24) for n in learners], parse_math=False)
    ax.tick_params(labelsize=8)
    for i, row in enumerate(values):
        for j, v in enumerate(row):
            if not math.isnan(v):
                ax.text(
                    j,
                    i,
                    f"{v:.0%}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="black" if v > 0.55 else "white",
                )
    cax = fig.add_axes((1 - 0.85 / width, 1.5 / height, 0.15 / width, 1 - 1.7 / height))
    fig.colorbar(image, cax=cax, format=lambda x, _: f"{x:.0%}")
    return _svg(fig)


def _bars(labels: Sequence[str], values: Sequence[int], unit: str, vertical: bool = False) -> str:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    names = [_short(x, 40) for x in labels]
    if vertical:
        width = max(4.0, 0.35 * len(values) + 1.5)
        fig = Figure(figsize=(width, 3.0))
        fig.subplots_adjust(left=0.8 / width, right=1 - 0.2 / width, bottom=0.3, top=0.95)
        ax = fig.subplots()
        ax.bar(range(len(values)), values, color="#3b6ea5")
        ax.set_xticks(range(len(values)))
        ax.set_xticklabels(names, rotation=45, ha="right", fontsize=7, parse_math=False)
        ax.set_ylabel(unit)
    else:
        height = 0.9 + 0.3 * len(values)
        fig = Figure(figsize=(7.0, height))
        fig.subplots_adjust(left=0.4, right=0.97, bottom=0.6 / height, top=1 - 0.15 / height)
        ax = fig.subplots()
        ax.barh(range(len(values)), values, color="#3b6ea5")
        ax.set_yticks(range(len(values)))
        ax.set_yticklabels(names, fontsize=8, parse_math=False)
        ax.invert_yaxis()
        ax.set_xlabel(unit)
    (ax.yaxis if vertical else ax.xaxis).set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


# --- html bits ---------------------------------------------------------------------------


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _short(text: str, n: int) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text if len(text) <= n else text[: n - 1] + "…"


def _group(row: dict[str, Any]) -> str:
    if row["fact"]:
        return str(row["fact"])
    return f"topic: {row['title']}" if row["title"] else "(nothing near)"


def _figure(svg: str, caption: str) -> str:
    return f'<figure><div class="scroll">{svg}</div><figcaption>{_e(caption)}</figcaption></figure>'


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{v}</td>' if isinstance(v, int) else f"<td>{_e(v)}</td>" for v in row
        )
        + "</tr>"
        for row in rows
    )
    return f'<div class="scroll"><table><tr>{head}</tr>{body}</table></div>'
