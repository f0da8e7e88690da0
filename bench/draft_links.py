"""Which WordNet links would reach the sentence a fresh draft misses: a tally of links.

For each folder given (a `text.txt` and its `cases.yaml`), the text is drafted with no
editing, and for each case of one category it fails, the sentence that answers it (of
those that would meet its expectation, the one ranked highest, or else the one holding
most of the line) is set beside the line: each of the line's content words that sentence
lacks, and how WordNet (`tutor/data/wordnet.tsv`) relates it to a word of the sentence,
if at all: by which tier (synonym, derived, broader, narrower, similar, or a word of the
definition), which way round (the learner's word's sense lists the sentence's word, or
the sentence's word's sense lists the learner's), in a sense in real use or a rare one.
The tally counts each lacking word once, by the first relation found in that order.

Usage: python bench/draft_links.py DIR [DIR ...] [--category paraphrase] [--verbose]
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from collections.abc import Set
from pathlib import Path

from draft_causes import answering, failing_turn  # bench/, beside this script
from drafts import draft

from tutor._eval import load_cases
from tutor._lexicon import TIERS, _table
from tutor._text import stem

_KINDS = (*TIERS, "definition")
_USED = 5  # per cent of a word's use a sense needs to be in real use (as tutor/_lexicon)


def relations(word: str, targets: Set[str]) -> list[str]:
    """How WordNet relates a stemmed word to any of `targets`, strongest first: 'tier>'
    where the word's own sense lists the target, '<tier' where the target's lists it,
    each with '(rare)' for a sense under `_USED` per cent of use."""
    found: list[tuple[int, str]] = []
    table = _table()
    for share, rest in table.get(word, ()):
        cells = rest.split("\t")
        for k, kind in enumerate(_KINDS):
            for other in set(cells[k].split()) & targets:
                found.append((2 * k, f"{kind}> {other}" + ("" if share >= _USED else " (rare)")))
    for target in targets:
        for share, rest in table.get(target, ()):
            cells = rest.split("\t")
            for k, kind in enumerate(_KINDS):
                if word in cells[k].split():
                    found.append(
                        (2 * k + 1, f"<{kind} {target}" + ("" if share >= _USED else " (rare)"))
                    )
    return [text for _, text in sorted(set(found))]


def misses(
    folder: Path, category: str, work: Path
) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    """(case id, the line, [(a word the answering sentence lacks, its relations)]) for
    each case of a category a fresh draft fails and some sentence would answer."""
    t = draft(folder, work)
    engine = t._engine
    out = []
    for case in load_cases(folder / "cases.yaml"):
        if case["category"] != category:
            continue
        failed = failing_turn(t, case)
        right = [] if failed is None else answering(t, failed["expect"])
        if failed is None or not right:
            continue
        query = engine.analyzer.analyze(failed["say"])
        ranked = [h.fact.id for h in engine.index.search(query, limit=len(right) + 50)]
        held = {f.id: engine.index.held(f.id) for f in right}
        best = min(
            right,
            key=lambda f: (
                ranked.index(f.id) if f.id in ranked else len(ranked),
                -sum(t in held[f.id] for t in query.terms),
            ),
        )
        targets = {t for t in held[best.id] if "_" not in t}
        lacking = [
            (word, relations(stem(word), targets))
            for term, word in query.surface
            if term not in held[best.id] and term not in query.kind_terms
        ]
        out.append((case["id"], failed["say"], lacking))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--category", default="paraphrase")
    parser.add_argument("--verbose", action="store_true", help="every failing case and its words")
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    cases = 0
    with tempfile.TemporaryDirectory() as tmp:
        for folder in args.folders:
            for case_id, line, lacking in misses(folder, args.category, Path(tmp)):
                cases += 1
                if args.verbose:
                    print(f"{folder.name}:{case_id}: {line}")
                for word, found in lacking:
                    first = found[0].replace(" (rare)", "").split()[0] if found else "none"
                    tally[first + (" (rare)" if found and "(rare)" in found[0] else "")] += 1
                    if args.verbose:
                        print(f"    {word}: {', '.join(found[:4]) or '-'}")
    print(f"\n{cases} missed cases; the answering sentence lacks {sum(tally.values())} words:")
    for kind, n in tally.most_common():
        print(f"  {n:>4}  {kind}")


if __name__ == "__main__":
    main()
