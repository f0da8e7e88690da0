"""How often one typo changes the reply: case lines asked as written and with one slip.

Run: python bench/typos.py [--pack DIR] CASES.yaml [...]

Each one-turn direct, paraphrase and terse case is asked as written and then three times
with one slip in its longest word (two letters swapped, a letter left out, a key's
neighbour struck), each in a fresh session. Prints every slip whose reply differs (kind or
facts) from the line spelt right, and "same reply N of M": the share a learner's typo
leaves unharmed, whatever the line's own result.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tutor  # noqa: E402
from tutor._eval import load_cases  # noqa: E402
from tutor._slips import NEAR_KEYS  # noqa: E402

CATEGORIES = ("direct", "paraphrase", "terse")


def slips(line: str) -> list[str]:
    """The line with one slip in its longest word, three ways (fewer for short words)."""
    words = line.split()
    k = max(range(len(words)), key=lambda i: len(words[i].strip("?.,'")))
    word = words[k]
    if len(word) < 5:
        return []
    i = len(word) // 2
    typed = [word[:i] + word[i + 1] + word[i] + word[i + 2 :], word[:i] + word[i + 1 :]]
    near = sorted(NEAR_KEYS.get(word[i], ()))
    if near:
        typed.append(word[:i] + near[0] + word[i + 1 :])
    return [" ".join([*words[:k], t, *words[k + 1 :]]) for t in typed]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="case files")
    parser.add_argument("--pack", help="a pack folder (default: the default pack)")
    args = parser.parse_args()
    t = tutor.Tutor() if args.pack is None else tutor.Tutor.from_path(args.pack)
    same = total = 0
    for name in args.files:
        for case in load_cases(name):
            if case["category"] not in CATEGORIES or len(case["turns"]) != 1:
                continue
            line = case["turns"][0]["say"]
            right = t.session(seed=0).respond(line)
            for typed in slips(line):
                reply = t.session(seed=0).respond(typed)
                total += 1
                if (reply.kind, reply.fact_ids) == (right.kind, right.fact_ids):
                    same += 1
                else:
                    print(f"{typed!r}: {reply.kind} {reply.fact_ids}, spelt right {right.fact_ids}")
    print(f"same reply {same} of {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
