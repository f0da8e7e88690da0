"""How often one slip in a word still reads as the word: the speller's round trip, by kind.

Run: python bench/slips.py [--pack DIR] CASES.yaml [...]

Every content word (four letters or more) of each one-turn direct, paraphrase and terse
case is typed with one slip of each kind in turn, and the line is read back: it counts
when its terms and question type are those of the line spelt right. Kinds: inside the
word (two letters swapped, one left out, doubled, struck on a neighbour key, a vowel for
another), at its first letter (the first two swapped, the first left out or struck, a
first letter of the same sound) and the word split in two with a letter left out. Prints
"kind read/typed share" per kind and in all: what `_spelling` changes should move.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tutor  # noqa: E402
from tutor._eval import load_cases  # noqa: E402
from tutor._slips import NEAR_KEYS  # noqa: E402

CATEGORIES = ("direct", "paraphrase", "terse")
_VOWELS = "aeiou"
_SOUNDS = {"c": "k", "k": "c", "f": "ph", "j": "g", "g": "j", "w": "wh"}


def slips(word: str, rng: random.Random) -> dict[str, str]:
    """The word typed with one slip of each kind (fewer where a kind does not apply)."""
    i = len(word) // 2
    typed = {
        "swap": word[:i] + word[i + 1] + word[i] + word[i + 2 :],
        "drop": word[:i] + word[i + 1 :],
        "double": word[:i] + word[i] + word[i:],
        "swap first": word[1] + word[0] + word[2:],
        "drop first": word[1:],
    }
    near = sorted(NEAR_KEYS.get(word[i], ()))
    if near:
        typed["struck"] = word[:i] + rng.choice(near) + word[i + 1 :]
    vowels = [k for k, c in enumerate(word) if c in _VOWELS and k > 0]
    if vowels:
        k = rng.choice(vowels)
        typed["vowel"] = word[:k] + rng.choice([v for v in _VOWELS if v != word[k]]) + word[k + 1 :]
    near = sorted(NEAR_KEYS.get(word[0], ()))
    if near:
        typed["struck first"] = rng.choice(near) + word[1:]
    if word[0] in _SOUNDS:
        typed["sound first"] = _SOUNDS[word[0]] + word[1:]
    if len(word) >= 7:
        rest = word[i:]
        typed["split"] = word[:i] + " " + (rest[:1] + rest[2:] if len(rest) > 3 else rest)
    return typed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="case files")
    parser.add_argument("--pack", help="a pack folder (default: the default pack)")
    args = parser.parse_args()
    t = tutor.Tutor() if args.pack is None else tutor.Tutor.from_path(args.pack)
    analyzer = t._engine.analyzer
    rng = random.Random(1)
    typed_n: Counter[str] = Counter()
    read: Counter[str] = Counter()
    for name in args.files:
        for case in load_cases(name):
            if case["category"] not in CATEGORIES or len(case["turns"]) != 1:
                continue
            line = case["turns"][0]["say"].rstrip("?.!")
            right = analyzer.analyze(line)
            words = line.split()
            for k, word in enumerate(words):
                if len(word) < 4 or not word.isalpha() or word.lower() in analyzer.stopwords:
                    continue
                for kind, slip in slips(word.lower(), rng).items():
                    q = analyzer.analyze(" ".join([*words[:k], slip, *words[k + 1 :]]))
                    typed_n[kind] += 1
                    read[kind] += (q.terms, q.qtype) == (right.terms, right.qtype)
    for kind in typed_n:
        print(
            f"{kind:13} {read[kind]:5}/{typed_n[kind]:<5} {100 * read[kind] / typed_n[kind]:5.1f}%"
        )
    total, ok = sum(typed_n.values()), sum(read.values())
    print(f"{'all':13} {ok:5}/{total:<5} {100 * ok / max(total, 1):5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
