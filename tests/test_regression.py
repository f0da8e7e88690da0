"""Accuracy per category on our own learner cases (tests/cases/*.yaml, same format as the
shared development set): learner.yaml, blind.yaml to blind34.yaml, context6.yaml, mix7.yaml,
context8.yaml, mix8.yaml, context9.yaml, mix9.yaml and context12.yaml, written from the essay
alone. Floors sit a little under what the matcher reaches today on all of them together, so
a change that makes answers worse fails here; raise them as the tutor improves (context12
is a hard set of follow-ups: with it, blind15 and blind16, context is 0.828, paraphrase 0.875;
blind17, held out until session 11's end, brought paraphrase to 0.867 and context 0.827;
with blind18, held out until session 12's end, they are 0.868 and 0.837; with blind19, held
out until session 13's end at 41/50 and 39/50, 0.867 and 0.837; with blind20, held out until
session 14's end at 40/50 and 40/50, 0.864 and 0.835; with blind21, held out until session
15's end at 41/50 and 43/50, 0.862 and 0.836; with blind22, held out until session 16's end
at 37/50 and 44/50, 0.859 and 0.839: its paraphrases lowered the pooled share under 0.86,
and the floor with it; with blind23, held out until session 17's end at 43/50 and 41/50,
0.869 and 0.847; with blind24, held out until session 18's end at 40/50 and 37/50, 0.875 and
0.850, the session's mechanisms having raised the rest; with blind25, held out until session
19's end at 40/50 and 44/50, 0.873 and 0.854; with blind26, held out until session 20's end
at 43/50 and 40/50, 0.878 and 0.857; with blind27, held out until session 21's end at 45/50
and 45/50, 0.882 and 0.867, their floors raised to 0.86 and 0.84; with blind28, held out
until session 22's end at 42/50 and 40/50, 0.885 and 0.867; with blind29, held out until
session 23's end at 46/50 and 45/50 (one of them passing by a substring, 'ill' in 'still'),
0.892 and 0.871, their floors raised to 0.87 and 0.85; with blind30, held out until
session 24's end at 42/50 and 39/50 (five more pass only by a refusal's "nearby" sentence),
0.891 and 0.873, the floors kept; with blind31, held out until session 25's end at 45/50
and 40/50 (fourteen more pass only by a refusal's "nearby" sentence), 0.890 and 0.877, the
floors kept; with blind32, held out until session 26's end at 46/50 and 40/50, 0.891 and
0.874, the floors kept; with blind33, held out until session 27's end at 41/50 and 41/50,
0.888 and 0.877, the floors kept; with blind34, held out until session 28's end at 41/50 and
41/50, 0.891 and 0.875, the floors kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._eval import evaluate, format_report, load_cases

CASES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))
FLOORS = {
    "direct": 0.95,
    "paraphrase": 0.87,
    "terse": 0.97,
    "typo": 0.97,
    "context": 0.85,
    "offtopic": 0.95,
    "misconception": 0.97,
    "smalltalk": 1.0,
}


@pytest.fixture(scope="module")
def report(default_tutor: tutor.Tutor) -> str:
    cases = [case for path in CASES for case in load_cases(path)]
    result = evaluate(default_tutor, cases)
    table = result.by_category()
    below = {c: f"{p}/{t}" for c, (p, t) in table.items() if p / t < FLOORS[c]}
    return format_report(result) if below else ""


def test_no_category_drops_below_its_floor(report: str) -> None:
    assert not report, report
