"""Derive tutor/data/wordnet_names.tsv.gz from Princeton WordNet 3.0 (run by hand, output committed).

A learner who does not recall a name says what it is: "the founder of the Soviet state"
for Lenin, "that group of three" for a troika. WordNet says what many names and rare
terms are, in a definition (its gloss) and a broader word ("troika": a modern Russian
triumvirate; a triumvirate: a group of three men ...). This writes, for each WordNet noun
that is no everyday word (a name, a term, a phrase of several words), what its most
used senses say it is, as the engine's Snowball stems:

    name (folded words) <TAB> i, n or e (see `build`) <TAB> definition and broader words

A pack reads only the lines of its own names (tutor/_descriptions.py). The licence of
WordNet 3.0 allows redistributing what is derived from it with its notice, which is in
tutor/data/WORDNET-LICENSE.

Usage: python tools/build_wordnet_names.py [WORDNET_DIR]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

_SENSES = 2  # senses kept per name, WordNet's own order (most used first)
_GLOSS = 10  # content words of a definition kept
_BROADER_GLOSS = 6  # content words of the broader word's definition kept


_LOCATION = "15"  # WordNet's lexicographer file noun.location: countries, cities, regions


def _synsets(root: Path) -> dict[int, tuple[list[str], list[int], str, bool, bool]]:
    """offset -> (member words, broader synsets, gloss, whether it is one named
    individual, whether it is a place) of every noun synset."""
    out: dict[int, tuple[list[str], list[int], str, bool, bool]] = {}
    for line in (root / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * k] for k in range(count)]
        k = 4 + 2 * count
        up, instance = [], False
        for _ in range(int(fields[k])):
            symbol, target, pos = fields[k + 1 : k + 4]
            if symbol in ("@", "@i") and pos == "n":
                up.append(int(target))
                instance = instance or symbol == "@i"  # Lenin is an instance of a leader
            k += 4
        out[int(fields[0])] = (words, up, gloss, instance, fields[1] == _LOCATION)
    return out


def _content(text: str, stop: set[str], limit: int) -> list[str]:
    """The content words of a definition, before its examples."""
    definition = text.split(";")[0].split('"')[0].split("(")[0]
    words = [w for w in definition.lower().replace("-", " ").split() if w.isalpha()]
    return [w for w in words if w not in stop][:limit]


def build(root: Path, everyday: set[str], stop: set[str]) -> list[tuple[str, str, list[str]]]:
    """(name, its flag, words) per sense of each noun that is no everyday word (a single
    word, or a name of several words that WordNet capitalises: "Communist Party", not
    "apple tree": a phrase of everyday words says what it is itself), and of each
    everyday word that names one place ("Russia"). The flag: i, one named individual
    (Lenin); n, a kind of thing (a vane); e, an everyday word's place."""
    synsets = _synsets(root)
    proper = {
        m.lower().replace("_", " ")
        for words, _, _, _, _ in synsets.values()
        for m in words
        if m[:1].isupper()
    }
    lines: list[tuple[str, str, list[str]]] = []
    for line in (root / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, senses, pointers = fields[0], int(fields[2]), int(fields[3])
        name = lemma.replace("_", " ").lower()
        if not all(w.isalpha() for w in name.split()):
            continue
        if " " in name and name not in proper:
            continue
        offsets = fields[6 + pointers : 6 + pointers + senses][:_SENSES]
        common = name in everyday
        if common:
            # an everyday word is kept only where it names one place ("Russia",
            # "Paris"), so a fresh draft knows a country from a person or a thing (not
            # "France" the writer, "Peter" the apostle)
            offsets = [o for o in offsets if synsets[int(o)][3] and synsets[int(o)][4]]
        for offset in offsets:
            members, up, gloss, instance, _ = synsets[int(offset)]
            words = _content(gloss, stop, _GLOSS)
            for target in up[:1]:
                broader, _, its_gloss, _, _ = synsets[target]
                words += [w for m in broader for w in m.lower().split("_") if w.isalpha()]
                words += _content(its_gloss, stop, _BROADER_GLOSS)
            del members
            if words:
                lines.append((name, "e" if common else "i" if instance else "n", words))
    return lines


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tutor._text import language, stem_all

    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    here = Path(__file__).resolve().parent.parent / "tutor" / "data"
    everyday = {
        w
        for w in (here / "english_words.txt").read_text(encoding="utf-8").splitlines()
        if w and not w.startswith("#")
    }
    stop = set(language()["stopwords"])
    rows = build(root, everyday, stop)
    stems = stem_all(sorted({w for _, _, words in rows for w in words}))
    out = []
    for name, flag, words in rows:
        said = dict.fromkeys(stems.get(w, w) for w in words)
        for part in name.split():
            said.pop(stems.get(part, part), None)
        if said:
            out.append(f"{name}\t{flag}\t{' '.join(said)}")
    header = (
        "# What WordNet says names and rare terms are, made by tools/build_wordnet_names.py\n"
        "# (see it). One line per sense, most used first: name <TAB> i (one named individual:\n"
        "# Lenin), n (a kind of thing: a vane, a gull) or e (an everyday word's place:\n"
        "# Russia, Paris) <TAB> Snowball stems of its definition and of the broader word and\n"
        "# its definition.\n"
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
        "# Licence: tutor/data/WORDNET-LICENSE.\n"
    )
    text = header + "\n".join(out) + "\n"
    # compressed (a third of the size): read once, when a pack is first built
    (here / "wordnet_names.tsv.gz").write_bytes(gzip.compress(text.encode(), mtime=0))
    print(f"{len(out)} senses written to {here / 'wordnet_names.tsv.gz'}")


if __name__ == "__main__":
    main()
