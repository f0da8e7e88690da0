"""Scoring a tutor on case files (the format of docs/cases.md): accuracy per category.

A case is one fresh session: the learner's turns in order, some with an expectation
on the reply. A case passes when every expectation in it holds.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._content import ContentError, read_yaml
from ._reply import Reply
from ._schema import issues
from ._tutor import Tutor

__all__ = [
    "CaseResult",
    "Report",
    "check",
    "evaluate",
    "format_report",
    "load_cases",
    "report_dict",
]


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


def load_cases(path: str | Path, facts: Collection[str] | None = None) -> list[dict[str, Any]]:
    """Read and check a case file against its schema (tutor/schema/cases.schema.json);
    with `facts` (the pack's fact ids), also that every `fact:` it expects exists, since
    a case naming a fact the pack lacks would fail forever and look like the tutor's fault.

    Raises:
        ContentError: one line per problem, each naming file, line and field.
    """
    doc = read_yaml(Path(path))
    problems = []
    for issue in issues(doc.data, "cases"):
        at = issue.path[:-1] if issue.at_parent else issue.path
        problems.append(doc.problem(issue.path, issue.message, key=issue.at_key, at=at))
    if problems:
        raise ContentError("\n".join(map(str, problems)), problems)
    ids: dict[str, int] = {}
    for i, case in enumerate(doc.data):
        if case["id"] in ids:
            problems.append(
                doc.problem(
                    (i, "id"),
                    f"duplicate case id {case['id']!r} (also [{ids[case['id']]}]); "
                    "expected each case to have its own id",
                )
            )
        ids.setdefault(case["id"], i)
        for j, turn in enumerate(case["turns"]):
            named = (turn.get("expect") or {}).get("fact")
            if facts is not None and named is not None and named not in facts:
                problems.append(
                    doc.problem(
                        (i, "turns", j, "expect", "fact"),
                        f"no fact {named!r} in the pack; expected the id of one of its facts",
                    )
                )
    if problems:
        raise ContentError("\n".join(map(str, problems)), problems)
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
    if "fact" in expect and (reply.fact_ids[:1] or ("",))[0] != expect["fact"]:
        return f"rests on {list(reply.fact_ids) or 'no fact'}, not {expect['fact']!r}"
    if "verdict" in expect and reply.verdict != expect["verdict"]:
        return f"verdict {reply.verdict} is not {expect['verdict']}"
    return ""


def evaluate(
    tutor: Tutor,
    cases: list[dict[str, Any]],
    progress: Callable[[str, int, int], None] | None = None,
) -> Report:
    """Run every case in a fresh session and score it; `progress(step, done, total)` is
    called as cases finish (for a progress bar)."""
    report = Report()
    for n, case in enumerate(cases):
        if progress is not None and n % 10 == 0:
            progress("running cases", n, len(cases))
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
    if progress is not None:
        progress("running cases", len(cases), len(cases))
    return report


def report_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data: per-category figures and every case's outcome."""
    return {
        "accuracy": report.accuracy,
        "categories": {
            name: {"passed": passed, "total": total, "accuracy": passed / total}
            for name, (passed, total) in report.by_category().items()
        },
        "cases": [
            {
                "id": r.id,
                "category": r.category,
                "passed": r.passed,
                **(
                    {"turn": r.failed_turn, "why": r.why, "reply": r.reply.to_dict()}
                    if r.reply is not None
                    else {}
                ),
            }
            for r in report.results
        ],
    }


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
