"""Where the right fact ranks for the lines a fresh draft misses, and what would tell it
from the fact that ranks above it.

For each folder given (a `text.txt` and its `cases.yaml`), the text is drafted with no
editing and each failing case of one category is put in a bucket by the rank of the
right fact (the first fact whose sentence alone would meet the expectation) among the
index's best ten, and by the reply (answered with another fact, or not answered). For
the lines answered with another fact while the right one is in the top five, it counts
what a re-ranking by the kind of answer asked could use: whether each of the two names
the kind asked for (`Index.offers`: a person not named in the line, a date, a place, a
number), how the roles of the line's names fit each one's frames (`Picker.fits_roles`),
and how close their scores are.

Usage: python bench/draft_ranks.py DIR [DIR ...] [--category paraphrase] [--verbose]
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path

from draft_causes import answering, failing_turn  # bench/, beside this script
from drafts import draft

from tutor._eval import load_cases

_LOOK = 10  # facts of the ranking looked at
_TOP = 5  # the rank within which a re-ranking could reach the right fact


def ranks(folder: Path, category: str, work: Path, tally: Counter[str], verbose: bool) -> None:
    """Add one text's failing cases of a category to `tally`."""
    t = draft(folder, work)
    engine = t._engine
    for case in load_cases(folder / "cases.yaml"):
        if case["category"] != category:
            continue
        failed = failing_turn(t, case)
        if failed is None:
            continue
        right = {f.id for f in answering(t, failed["expect"])}
        said = engine.reader.read(failed["say"])
        query = said.query
        hits = engine.index.search(query, {}, limit=_LOOK) if query.terms else []
        at = next((k for k, h in enumerate(hits) if h.fact.id in right), None)
        reply = t.session(seed=0).respond(failed["say"])
        kind = "answered" if reply.kind == "answer" else "not answered"
        where = (
            "no right fact"
            if not right
            else "not in top 10"
            if at is None
            else "first"
            if at == 0
            else "2-5"
            if at < _TOP
            else "6-10"
        )
        tally[f"{where}, {kind}"] += 1
        if at is None or at == 0 or at >= _TOP or reply.kind != "answer":
            continue
        top, hit = hits[0], hits[at]
        tally["  top offers the kind asked"] += engine.index.offers(
            top.fact.id, query.qtype, query.entities
        )
        tally["  right offers the kind asked"] += engine.index.offers(
            hit.fact.id, query.qtype, query.entities
        )
        fits = engine.picker.fits_roles(said.frames, hit) - engine.picker.fits_roles(
            said.frames, top
        )
        tally["  right fits the line's roles better"] += fits > 0
        tally["  right fits them worse"] += fits < 0
        tally["  right within 0.9 of the top score"] += hit.score >= 0.9 * top.score
        if verbose:
            print(f"  {case['id']} ({query.qtype}): {failed['say']}")
            print(f"    top   {top.score:.3f} {top.fact.answer[:90]}")
            print(f"    right {hit.score:.3f} {hit.fact.answer[:90]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--category", default="paraphrase")
    parser.add_argument("--verbose", action="store_true", help="each top-5 case, two facts")
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for folder in args.folders:
            ranks(folder, args.category, Path(tmp), tally, args.verbose)
    for key in sorted(k for k in tally if not k.startswith(" ")):
        print(f"{tally[key]:>5}  {key}")
    print("of the lines answered with another fact, the right one in the top five:")
    for key in sorted(k for k in tally if k.startswith(" ")):
        print(f"{tally[key]:>5}  {key.strip()}")


if __name__ == "__main__":
    main()
