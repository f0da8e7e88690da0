"""Every pronoun a draft resolves, and every one it leaves: the measure of issue #12's
resolver that depends on no case. Read the lines and count the wrong ones.

For each text, the scaffold reads it as `tutor new-pack` does and the script prints, per
sentence with a personal or possessive pronoun, each pronoun put in (`his -> Vale's`) or
left (`she -> .`), with the sentence.

Usage: python bench/pronouns.py [FILE_OR_DIR ...] [--left]
  a folder stands for its text.txt; --left also prints the sentences whose pronouns were
  all left as they are.
"""

from __future__ import annotations

import argparse
import difflib
import re
from pathlib import Path

from tutor._draft_names import find_entities
from tutor._draft_reading import read_sentences
from tutor._draft_topics import draft_topics

HERE = Path(__file__).parent
_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "him",
        "her",
        "his",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "himself",
        "herself",
        "itself",
    ]
)


def resolutions(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(sentence, [(pronoun, what replaced it or '.')]) per sentence with a pronoun."""
    topics = draft_topics(text)
    every = [p for _, passages in topics for p in passages]
    entities = find_entities([p.text for p in every])
    read = read_sentences([(n, ps) for n, (_, ps) in enumerate(topics)], entities)
    out = []
    for sentence in read:
        before = re.findall(r"[\w'\u2019-]+", sentence.passage.text)
        after = re.findall(r"[\w'\u2019-]+", sentence.text)
        pairs: list[tuple[str, str]] = []
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        swapped: dict[int, str] = {}
        for op, a0, a1, b0, b1 in matcher.get_opcodes():
            if op == "replace" and a1 - a0 == 1:
                swapped[a0] = " ".join(after[b0:b1])
        for k, word in enumerate(before):
            if word.lower() in _PRONOUNS:
                pairs.append((word, swapped.get(k, ".")))
        if pairs:
            out.append((sentence.passage.text, pairs))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, help="texts or folders (default bench/texts/*)")
    ap.add_argument("--left", action="store_true", help="print unresolved sentences too")
    args = ap.parse_args()
    paths = args.paths or sorted(p.parent for p in (HERE / "texts").glob("*/text.txt"))
    total = done = 0
    for path in paths:
        file = path / "text.txt" if path.is_dir() else path
        print(f"== {path}")
        for sentence, pairs in resolutions(file.read_text(encoding="utf-8")):
            total += len(pairs)
            done += sum(to != "." for _, to in pairs)
            if not args.left and all(to == "." for _, to in pairs):
                continue
            said = ", ".join(f"{p} -> {to}" for p, to in pairs)
            print(f"  [{said}]  {sentence}")
    print(f"pronouns {total}, resolved {done}")


if __name__ == "__main__":
    main()
