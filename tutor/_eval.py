"""Scoring a tutor on case files (the format of docs/cases.md): accuracy per category.

A case is one fresh session: the learner's turns in order, some with an expectation
on the reply. A case passes when every expectation in it holds.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._content import read_yaml
from ._reply import Reply
from ._tutor import Tutor

__all__ = ["CaseResult", "Report", "check", "evaluate", "format_report", "load_cases"]


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One case: whether it passed, and the turn that failed with what the tutor said."""

    id: str
    category: str
    passed: bool
    failed_turn: str | None = None
    reply: Reply | None = None
    why: str = ""


@dataclass(slots=True)
class Report:
    """All results, with accuracy per category."""

    results: list[CaseResult] = field(default_factory=list)

    def by_category(self) -> dict[str, tuple[int, int]]:
        """category -> (passed, total), in the order categories first appear."""
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in self.results:
            table[r.category][0] += r.passed
            table[r.category][1] += 1
        return {k: (v[0], v[1]) for k, v in table.items()}

    @property
    def accuracy(self) -> float:
        """The share of all cases that passed."""
        return sum(r.passed for r in self.results) / len(self.results) if self.results else 0.0

    def min_category(self) -> float:
        """The accuracy of the weakest category."""
        return min((p / t for p, t in self.by_category().values()), default=0.0)


def _comparable(text: str) -> str:
    """Case-, accent- and punctuation-blind text, as the case format compares."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[\W_]+", "", text)


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    """Read and check a case file. Raises ContentError naming file, line and field."""
    doc = read_yaml(Path(path))
    if not isinstance(doc.data, list):
        raise doc.error((), "expected a list of cases")
    for i, case in enumerate(doc.data):
        if not isinstance(case, dict) or not isinstance(case.get("turns"), list):
            raise doc.error((i,), "expected a case with `id`, `category` and a `turns` list")
        for j, turn in enumerate(case["turns"]):
            if not isinstance(turn, dict) or not isinstance(turn.get("say"), str):
                raise doc.error((i, "turns", j), "expected a turn with `say:` text")
    return list(doc.data)


def check(reply: Reply, expect: dict[str, Any]) -> str:
    """Why a reply misses an expectation ('' when it meets it)."""
    text = _comparable(reply.text)
    if "kind" in expect and reply.kind not in expect["kind"]:
        return f"kind {reply.kind} not in {expect['kind']}"
    if expect.get("reject"):
        says_unknown = any(
            p in text for p in ("dontknow", "doesntsay", "notsure", "cantfind", "doesnotsay")
        )
        if reply.kind in ("answer", "correction") and not says_unknown:
            return "answered instead of saying it does not know"
    for group in expect.get("all_of", []):
        if not any(_comparable(str(alt)) in text for alt in group):
            return f"none of {group}"
    for bad in expect.get("none_of", []):
        if _comparable(str(bad)) in text:
            return f"says {bad!r}"
    return ""


def evaluate(tutor: Tutor, cases: list[dict[str, Any]]) -> Report:
    """Run every case in a fresh session and score it."""
    report = Report()
    for case in cases:
        session = tutor.session(seed=0)
        result = CaseResult(str(case.get("id", "?")), str(case.get("category", "?")), True)
        for turn in case["turns"]:
            reply = session.respond(turn["say"])
            expect = turn.get("expect")
            why = check(reply, expect) if isinstance(expect, dict) else ""
            if why:
                result = CaseResult(result.id, result.category, False, turn["say"], reply, why)
                break
        report.results.append(result)
    return report


def format_report(report: Report, show_failures: bool = True) -> str:
    """The report as a table per category, then the failing cases."""
    lines = [f"{'category':<15}{'passed':>8}{'total':>7}{'accuracy':>10}"]
    for category, (passed, total) in report.by_category().items():
        lines.append(f"{category:<15}{passed:>8}{total:>7}{passed / total:>10.0%}")
    n = len(report.results)
    lines.append(
        f"{'all':<15}{sum(r.passed for r in report.results):>8}{n:>7}{report.accuracy:>10.0%}"
    )
    if show_failures:
        for r in report.results:
            if not r.passed and r.reply is not None:
                lines.append("")
                lines.append(f"FAIL {r.id} [{r.category}] {r.why}")
                lines.append(f"  learner: {r.failed_turn}")
                lines.append(f"  tutor ({r.reply.kind}): {r.reply.text}")
    return "\n".join(lines)
