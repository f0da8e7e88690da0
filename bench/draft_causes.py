"""Why a fresh draft misses the questions it misses: each failing case by its cause.

For each folder given (a `text.txt` and its `cases.yaml`), the text is drafted with no
editing (`tutor new-pack`), the cases of one category are run, and each failing case is
put down to one cause, by the fact whose answer would have met its expectation:

- A: no such fact shares a content term with the line (a word the learner uses that the
  text does not, and no synonym, WordNet link or word used alike reaches it);
- B: one does, but another fact ranks above it;
- C: it ranks first, yet the line is not answered by it (a coverage or score threshold,
  a near miss, a clarifying question);
- D: no one drafted fact holds the expected answer.

Usage: python bench/draft_causes.py DIR [DIR ...] [--category paraphrase] [--verbose]
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from drafts import draft  # bench/, beside this script

import tutor
from tutor._content import Fact
from tutor._eval import check, load_cases
from tutor._reply import Reply

CAUSES = {
    "A": "the right fact shares no content term with the line",
    "B": "the right fact shares terms, another ranks higher",
    "C": "the right fact ranks first, the line is not answered by it",
    "D": "no one drafted fact holds the expected answer",
}


def failing_turn(t: tutor.Tutor, case: dict[str, Any]) -> dict[str, Any] | None:
    """The first turn of a case, played in a fresh session, whose reply misses its
    expectation; None when the case passes."""
    session = t.session(seed=0)
    for turn in case["turns"]:
        reply = session.respond(turn["say"])
        expect = turn.get("expect")
        if isinstance(expect, dict) and check(reply, expect):
            return dict(turn)
    return None


def answering(t: tutor.Tutor, expect: dict[str, Any]) -> list[Fact]:
    """The drafted facts whose sentence alone would meet an expectation."""
    return [f for f in t._engine.pack.facts if not check(Reply(f.answer, "answer"), expect)]


def causes(folder: Path, category: str, work: Path) -> list[tuple[str, str, str]]:
    """(case id, cause letter or '' for a pass, the line) for each case of a category."""
    t = draft(folder, work)
    engine = t._engine
    out = []
    for case in load_cases(folder / "cases.yaml"):
        if case["category"] != category:
            continue
        failed = failing_turn(t, case)
        if failed is None:
            out.append((case["id"], "", case["turns"][-1]["say"]))
            continue
        right = {f.id for f in answering(t, failed["expect"])}
        hits = engine.index.search(engine.analyzer.analyze(failed["say"]), limit=len(right) + 50)
        ranked = [h.fact.id for h in hits]
        if not right:
            cause = "D"
        elif ranked and ranked[0] in right:
            cause = "C"
        elif right & set(ranked):
            cause = "B"
        else:
            cause = "A"
        out.append((case["id"], cause, failed["say"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--category", default="paraphrase")
    parser.add_argument("--verbose", action="store_true", help="every failing case and its cause")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for folder in args.folders:
            found = causes(folder, args.category, Path(tmp))
            counts = Counter(cause for _, cause, _ in found)
            total.update(counts)
            print(
                f"{folder.name:<24} passed {counts['']}/{len(found)}  "
                + "  ".join(f"{c} {counts[c]}" for c in CAUSES)
            )
            if args.verbose:
                for case_id, cause, line in found:
                    if cause:
                        print(f"  {cause} {case_id}: {line}")
    print(f"\nall: passed {total['']}/{sum(total.values())}")
    for letter, text in CAUSES.items():
        print(f"  {letter} {total[letter]:>4}  {text}")


if __name__ == "__main__":
    main()
