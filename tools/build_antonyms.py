"""Derive tutor/data/antonyms.tsv: verbs of opposite direction, from Princeton WordNet 3.0
(run by hand, output committed; the engine never reads WordNet itself).

A claim that puts a verb of the opposite direction for the text's ("the council lowered
the toll" of "raised the toll", "rejected the offer" of "accepted") shares every other
word with the fact and is confirmed by it. WordNet's antonym pointers (`!`, a lexical
link between two words of two senses) tell those pairs. This writes them for the verbs
of tutor/data/english_words.txt (the everyday words the engine ranks), in the senses a
word is most used in (its first three in WordNet's index, which orders them by use), as
the engine's Snowball stems, one line per stem:

    stem <TAB> antonym stem <SPACE> ...

Usage: python tools/build_antonyms.py [WORDNET_DIR]   (Debian: apt-get install wordnet-base)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tutor._text import stem  # noqa: E402

_SENSES = 3  # a word's most used senses whose antonyms count
_HEADER = """\
# Verbs of opposite direction, from WordNet 3.0's antonym pointers (tools/build_antonyms.py).
# stem <TAB> antonym stems, space-separated. WordNet 3.0 Copyright 2006 by Princeton
# University. All rights reserved. Licence: tutor/data/WORDNET-LICENSE.
"""


def main(argv: list[str]) -> int:
    wordnet = Path(argv[0] if argv else "/usr/share/wordnet")
    everyday = {
        w.strip()
        for w in (ROOT / "tutor/data/english_words.txt").read_text().splitlines()
        if w.strip() and not w.startswith("#")
    }
    # word -> its most used senses (synset offsets), from the index
    senses: dict[str, list[str]] = {}
    for line in (wordnet / "index.verb").read_text().splitlines():
        if line.startswith(" "):
            continue
        cells = line.split()
        lemma, n_senses = cells[0], int(cells[2])
        senses[lemma] = cells[-n_senses:][:_SENSES]
    # synset offset -> its words, and its antonym pointers (source word, target synset, word)
    words: dict[str, list[str]] = {}
    pointers: dict[str, list[tuple[int, str, int]]] = {}
    for line in (wordnet / "data.verb").read_text().splitlines():
        if line.startswith(" "):
            continue
        cells = line.split(" | ")[0].split()
        offset, count = cells[0], int(cells[3], 16)
        words[offset] = [cells[4 + 2 * k].lower() for k in range(count)]
        at = 4 + 2 * count
        n_ptr = int(cells[at])
        found = []
        for k in range(n_ptr):
            symbol, target, pos, st = cells[at + 1 + 4 * k : at + 5 + 4 * k]
            if symbol == "!" and pos == "v":
                found.append((int(st[:2], 16), target, int(st[2:], 16)))
        pointers[offset] = found
    opposite: dict[str, set[str]] = defaultdict(set)
    for lemma, offsets in senses.items():
        if lemma not in everyday:
            continue
        for offset in offsets:
            for source, target, target_word in pointers.get(offset, ()):
                if words[offset][source - 1] != lemma:
                    continue
                other = words[target][target_word - 1]
                if other not in everyday or "_" in other:
                    continue
                a, b = stem(lemma), stem(other)
                if a != b:
                    opposite[a].add(b)
                    opposite[b].add(a)
    out = ROOT / "tutor/data/antonyms.tsv"
    lines = [f"{s}\t{' '.join(sorted(o))}" for s, o in sorted(opposite.items())]
    out.write_text(_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} stems -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
