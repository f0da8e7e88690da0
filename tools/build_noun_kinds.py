"""Derive tutor/data/noun_kinds.tsv from Princeton WordNet 3.0 (run by hand, output committed).

"Which doctor treated Lenin?" asks for a person and "which island?" for a place, while
"which ways?" and "what role?" ask for something the text may say in other words. What
a "which X" question asks for is read from X's most used sense as a noun: WordNet files
every noun sense under one of 26 lexicographer's classes (noun.person, noun.artifact,
noun.cognition, ...). This writes, for each of the 30,000 everyday words the engine ranks,
the class of its first noun sense when that class is a kind of concrete thing that a text
names when it tells of one (see `_KINDS`):

    word <TAB> kind

Reads WordNet's own data files (Debian: `apt-get install wordnet-base`, in
/usr/share/wordnet). Its licence allows redistributing what is derived from it with its
notice, which is in tutor/data/WORDNET-LICENSE.

Usage: python tools/build_noun_kinds.py [WORDNET_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

# lexicographer file number -> kind kept (WordNet's lexnames; abstract classes are left out)
_KINDS = {
    5: "animal",
    6: "artifact",
    13: "food",
    14: "group",
    17: "object",
    18: "person",
    20: "plant",
    21: "possession",
    10: "communication",
}


def _senses(root: Path, pos: str) -> dict[str, int]:
    """lemma -> how many senses WordNet gives it in one part of speech."""
    counts: dict[str, int] = {}
    for line in (root / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            parts = line.split()
            counts[parts[0]] = int(parts[2])
    return counts


def first_classes(root: Path) -> dict[str, int]:
    """lemma -> the lexicographer file of its first (most used) noun sense, for lemmas
    read mostly as nouns (no more verb senses than noun senses: "let" and "train" are
    verbs first, "book" and "camp" nouns)."""
    firsts: dict[str, int] = {}
    offsets: dict[str, str] = {}
    verbs = _senses(root, "verb")
    for line in (root / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        if verbs.get(parts[0], 0) > int(parts[2]):
            continue
        pointers = int(parts[3])
        offsets[parts[0]] = parts[4 + pointers + 2]
    data = (root / "data.noun").read_bytes()
    for lemma, offset in offsets.items():
        start = int(offset)
        firsts[lemma] = int(data[start : data.index(b"\n", start)].split()[1])
    return firsts


def _single(word: str, firsts: dict[str, int]) -> str:
    """A plural's singular when that is a noun too: "ways" is read as "way" (a manner),
    not as WordNet's own "ways" (a shipway)."""
    for end, single in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(end) and word[: -len(end)] + single in firsts:
            return word[: -len(end)] + single
    return word


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    here = Path(__file__).resolve().parent.parent / "tutor" / "data"
    words = [
        w
        for w in (here / "english_words.txt").read_text(encoding="utf-8").splitlines()
        if w and not w.startswith("#")
    ]
    firsts = first_classes(root)
    kinds = {w: firsts.get(_single(w, firsts)) for w in words}
    lines = [f"{w}\t{_KINDS[k]}" for w, k in kinds.items() if k in _KINDS]
    header = (
        "# The kind of thing a noun names, from Princeton WordNet 3.0's class of its first\n"
        "# sense; made by tools/build_noun_kinds.py (see it). word <TAB> kind.\n"
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
        "# Licence: tutor/data/WORDNET-LICENSE.\n"
    )
    (here / "noun_kinds.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words written to {here / 'noun_kinds.tsv'}")


if __name__ == "__main__":
    main()
