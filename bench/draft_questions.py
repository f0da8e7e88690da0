"""How the questions of fresh drafts read: each text drafted with no editing, every drafted
question checked for the shapes an educator would have to fix by hand.

Issue #12 asks for real questions per fact, at least two phrasings each, never a
placeholder. A question is counted unsound when it names a subject cut inside a phrase
("What did within two do?", "What did Ashby at do?"), opens its subject on a word of
sequence ("What is then the curd?"), keeps a second clause with its own subject ("Who
applied ..., but the college refused her?"), or runs past 22 words. "Is it true that
...?" and "What does it mean that ...?" (the scaffold's fillers) are not a fact's own.

Usage: python bench/draft_questions.py FILE_OR_DIR ... [--show N]
  a directory stands for its text.txt; prints the counts and N examples of each shape.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from tutor._scaffold import scaffold

_FILLERS = ("Is it true that", "What does it mean that")
_ENDS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "of",
        "who",
        "which",
        "that",
        "and",
        "or",
        "to",
        "in",
        "on",
        "by",
        "with",
        "for",
        "from",
        "at",
        "is",
        "was",
        "were",
        "are",
        "be",
        "this",
        "these",
        "those",
        "some",
        "any",
        "every",
        "each",
    ]
)
_OPENS = frozenset(
    [
        "today",
        "first",
        "second",
        "third",
        "fourth",
        "finally",
        "then",
        "later",
        "within",
        "after",
        "before",
        "in",
        "on",
        "at",
        "by",
        "during",
        "since",
        "until",
        "when",
        "while",
        "once",
        "instead",
        "however",
        "meanwhile",
        "eventually",
        "soon",
        "next",
        "last",
    ]
)
_SECOND_CLAUSE = re.compile(
    r", (?:and|but|while|so) (?:the|a|an|his|her|its|their|he|she|they|it) "
)
_LONG = 22


def shapes(question: str) -> list[str]:
    """The unsound shapes a drafted question has (none: it reads)."""
    found = []
    did = re.match(r"What did (.+) do\b", question)
    if did:
        words = did.group(1).split()
        if words[-1].lower() in _ENDS:
            found.append("subject ends in a function word")
        if words[0].lower() in _OPENS:
            found.append("subject opens with a word of sequence or a preposition")
    be = re.match(r"What (?:is|was|are|were) (\w+)", question)
    if be and be.group(1).lower() in _OPENS:
        found.append("subject opens with a word of sequence or a preposition")
    if not question.startswith(_FILLERS) and _SECOND_CLAUSE.search(question):
        found.append("a second clause kept")
    if len(question.split()) > _LONG:
        found.append(f"over {_LONG} words")
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("texts", nargs="+", type=Path)
    ap.add_argument("--show", type=int, default=2, help="examples printed of each shape")
    args = ap.parse_args()
    facts = questions = short = 0
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for given in args.texts:
        path = given / "text.txt" if given.is_dir() else given
        for name, content in scaffold(path.read_text(encoding="utf-8")).items():
            if not (name.startswith("knowledge/") and name.endswith(".yaml")):
                continue
            for fact in (yaml.safe_load(content) or {}).get("facts") or []:
                facts += 1
                sound = 0
                for question in fact.get("questions", []):
                    questions += 1
                    found = shapes(question)
                    for shape in found:
                        counts[shape] += 1
                        examples[shape].append(question)
                    sound += not found and not question.startswith(_FILLERS)
                short += sound < 2
    print(f"facts {facts}, questions {questions}")
    print(f"facts with fewer than two sound questions of their own: {short}")
    for shape, n in counts.most_common():
        print(f"{n:5d}  {shape}")
        for question in examples[shape][: args.show]:
            print(f"         {question}")


if __name__ == "__main__":
    main()
