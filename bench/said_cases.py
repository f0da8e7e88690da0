"""A case file of statements for bench/same.py: claims, answers in lessons, quiz answers.

Run: python bench/said_cases.py OUT.yaml && python bench/same.py --before REV OUT.yaml

bench/same.py's own lines are mostly questions; a change to how claims, the judge or the
quiz read a line shows in statements. Every fact's answer is said as written, with its
first two people swapped, negated, tagged ("so ..., right?", "..., isn't it?"), timed
("... after Lenin died"), with a colon and names the text never gives, and lower-cased;
every misconception and expectation phrase too, and each assertion swapped and negated.
Each line is said alone, and the lines in runs: in a lesson, as quiz answers around held
questions, and after a question the tutor asked in free talk. Seeded: the same file on
every run.
"""

from __future__ import annotations

import random
import sys
from typing import Any

import yaml

import tutor

_PEOPLE = ("Stalin", "Trotsky", "Lenin", "Zinoviev", "Kamenev", "Bukharin")


def _swapped(line: str, rng: random.Random) -> str:
    names = [p for p in _PEOPLE if p in line]
    if len(names) >= 2:
        a, b = names[:2]
        return line.replace(a, "\0").replace(b, a).replace("\0", b)
    if names:
        return line.replace(names[0], rng.choice([p for p in _PEOPLE if p != names[0]]))
    return line


def _negated(line: str) -> str:
    for verb in (" was ", " were ", " had ", " did "):
        if verb in line:
            return line.replace(verb, verb + "not ", 1)
    return "It is not true that " + line[0].lower() + line[1:]


def _variants(line: str, rng: random.Random) -> list[str]:
    core = line.split(";")[0].rstrip(".")
    low = core[0].lower() + core[1:]
    return [
        line,
        _swapped(line, rng),
        _negated(core),
        f"so {low}, right?",
        f"{core}, isn't it?",
        core.lower(),
        f"wait, {core}: Spain and Germany too",
        f"{core} after Lenin died",
        f"{core} before 1924 - but Trotsky disagreed",
    ]


def cases(t: tutor.Tutor) -> list[dict[str, Any]]:
    """The case file's cases (about 1,700 on the default pack)."""
    rng = random.Random(1)
    lines = [v for f in t.pack.facts for v in _variants(f.answer, rng)]
    for q in t.pack.dialogs.questions.values():
        lines += [p for m in q.misconceptions for p in m.phrases]
        for e in q.expectations:
            lines += [*e.phrases, _swapped(e.assertion, rng), _negated(e.assertion)]
    rng.shuffle(lines)

    def case(kind: str, i: int, said: list[str]) -> dict[str, Any]:
        return {"id": f"{kind}-{i}", "category": "said", "turns": [{"say": s} for s in said]}

    out = [case("alone", i, [line]) for i, line in enumerate(lines)]
    out += [case("lesson", i, ["/lesson", *lines[i : i + 6]]) for i in range(0, len(lines), 6)]
    for i in range(0, len(lines), 5):
        more = [*lines[i : i + 3], "no", "no"]
        quiz = ["/quiz 3", more[0], "who killed trotsky?", more[1], "what was the troika?"]
        out.append(case("quiz", i, [*quiz, "I don't know", more[2]]))
    out += [
        case("free", i, ["who killed trotsky", *lines[i : i + 4]]) for i in range(0, len(lines), 4)
    ]
    return out


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        yaml.safe_dump(cases(tutor.Tutor()), out, sort_keys=False, allow_unicode=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
