"""How fresh drafts of the development texts answer, per category (bench/texts: a strike,
a cheese dairy, a bridge engineer's life, a mountain observatory, a seed bank, a river's
clean-up, a beekeepers' cooperative, a salt works, an island's telegraph cable station, a
lake ice-harvesting company, a hand-made paper mill, an island lighthouse's keepers, a bell-founder, a raised bog, a
town's fire brigade, a clockmaker, a lending library, vinegar, a coral atoll, a canal company,
a spectacle maker, frost heave, a midwife, a duchy's regency war, the lime cycle, a border
treaty, a violin maker, a dyer's life, a linen tariff war, compost, a province's hearth count,
a fireworks maker's life, fruit ripening, brenite crust at hot springs, a silk-disease crisis,
a marionette maker's life, a rope-maker's life, a harbour rebuilt, birch-sap glass, a
straw-plaiting town, a lake's autumn foam, a cartographer's life, curing ember tea, a potters'
guild, an engraver's life, a shorthand inventor's life, a valley's chestnut groves, a seaweed's
light-timed release; cases written by helpers who saw no code; the last
fifteen held-out texts were each a session's, added here at the
figures measured on them). The
floors sit a little under what a draft with no editing reaches today (bench/drafts.py
prints the figures), so a change to drafting or answering that loses ground fails here;
raise them as drafts improve."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

import tutor
from tutor._eval import evaluate, load_cases

TEXTS = sorted(
    p.parent for p in (Path(__file__).parent.parent / "bench" / "texts").glob("*/text.txt")
)
# six texts at the end of session 10: 70/72, 31/96, 40/48, 44/48, 35/72, 50/54 (the river,
# held out until then, lowered the pooled off-topic share from 44/46 to 50/54, and its
# context 4/10 the context share to under a half); seven at the end of session 11: 80/84,
# 35/110, 46/56, 50/56, 40/82, 56/62 (the beekeepers' text, held out until then: 10/12,
# 0/14, 6/8, 6/8, 1/10, 6/8); eight at the end of session 12: 92/96, 42/124, 53/64, 59/64,
# 49/92, 65/70 (the salt works' text, held out until then: 12/12, 7/14, 6/8, 7/8, 5/10, 6/8);
# nine at the end of session 13: 103/108, 43/138, 60/72, 66/72, 55/102, 72/78 (the telegraph
# station's text, held out until then: 11/12, 2/14, 7/8, 6/8, 3/10, 6/8, lowered the pooled
# paraphrase share from 41/124 to 43/138); ten at the end of session 14: 114/120, 44/152,
# 66/80, 74/80, 58/112, 80/86 (the ice company's text, held out until then: 11/12, 1/14,
# 5/8, 8/8, 2/10, 7/8, lowered the pooled paraphrase share to 0.29); eleven at the end of
# session 15: 126/132, 53/166, 72/88, 80/88, 64/122, 86/94 (the paper mill's text, held out
# until then: 12/12, 2/14, 6/8, 6/8, 3/10, 6/8; the paraphrase share 0.32, its floor raised);
# twelve at the end of session 16: 138/144, 56/180, 80/96, 85/96, 71/132, 96/102 (the
# lighthouse keepers' text, held out until then: 12/12, 3/14, 7/8, 5/8, 6/10, 6/8; typo
# 0.885, a hair over its floor); fifteen at the end of session 17: 170/180, 87/254, 104/120,
# 103/120, 87/170, 122/130 (the bell-founder's biography, held out until then: 10/12, 3/14,
# 7/8, 7/8, 4/10, 8/8; and two development texts written that session, a raised bog and a
# town's fire brigade, whose misspellings (10/16) lowered the pooled typo share to 0.858 and
# its floor to 0.85); eighteen at the end of session 18: 205/216, 124/328, 124/144, 124/144,
# 112/208, 148/158 (how vinegar is made, held out until then: 11/12, 6/14, 5/8, 5/8, 5/10,
# 8/8; and two development texts written that session, a clockmaker's life and a town's
# lending library: paraphrase 0.38 and terse 0.86, their floors raised); twenty-one at the
# end of session 19: 241/252, 159/402, 139/168, 147/168, 137/246, 176/186 (a spectacle
# maker's life, held out until then: 12/12, 9/14, 5/8, 7/8, 5/10, 4/8; and two development
# texts written that session, a coral atoll and a canal company, whose keyword lines (10/16)
# lowered the pooled terse share to 0.827; off-topic at 0.946, its floor raised);
# twenty-four at the end of session 20: 275/288, 191/476, 158/192, 166/192, 156/284,
# 198/214 (a duchy's regency war, held out until then: 11/12, 6/14, 6/8, 5/8, 4/10, 4/8,
# lowered the pooled off-topic share to 0.925 and its floor to 0.92; and two development
# texts written that session, frost heave and a midwife's life; paraphrase at 0.401, its
# floor raised); twenty-seven at the end of session 21: 312/324, 216/550, 176/216, 188/216,
# 186/322, 229/242 (the lime cycle, held out until then: 11/12, 2/14, 6/8, 6/8, 8/10, 7/8,
# and two development texts written that session, a border treaty and a violin maker's
# life, whose keyword lines (11/16) lowered the pooled terse share to 0.815 and its floor
# to 0.81; context at 0.578 and off-topic at 0.946, their floors raised); thirty at the
# end of session 22: 343/360, 253/624, 195/240, 212/240, 207/360, 255/270 (a dyer's life,
# held out until then: 10/12, 5/14, 6/8, 8/8, 8/10, 7/8, and two development texts written
# that session, a linen tariff war and compost; paraphrase at 0.405 and typo at 0.883,
# their floors raised); thirty-three at the end of session 23: 378/396, 287/698, 216/264,
# 235/264, 229/398, 281/298 (a province's hearth count, held out until then: 12/12, 2/14,
# 6/8, 7/8, 4/10, 7/8, and two development texts written that session, a fireworks maker's
# life and fruit ripening; the floors stay: direct 0.955 and off-topic 0.943 sit just over
# theirs); thirty-six at the end of session 24: 411/432, 317/772, 235/288, 256/288,
# 245/436, 305/326 (brenite crust at hot springs, held out until then: 11/12, 6/14, 6/8,
# 6/8, 4/10, 7/8, and two development texts written that session, a silk-disease crisis
# and a marionette maker's life, whose off-topic lines (17/20) and the held-out text's
# (7/8) lowered the pooled off-topic share to 0.936 and its floor to 0.93; direct at 0.951
# sits just over its floor); thirty-nine at the end of session 25: 443/468, 344/846,
# 254/312, 275/312, 256/474, 325/354 (a rope-maker's life, held out until then: 12/12,
# 6/14, 5/8, 6/8, 4/10, 7/8, and two development texts written that session, a harbour
# rebuilt after a storm and glass made from birch sap, kept from the engine's helpers:
# 20/24, 21/60, 10/16, 13/16, 7/28, 13/20, which lowered the pooled direct share to 0.947,
# context to 0.540 and off-topic to 0.918, and their floors with them); forty-two at the
# end of session 26: 475/504, 380/920, 269/336, 295/336, 271/512, 347/382 (a straw-plaiting
# town's measuring-rod quarrel, held out until then: 9/12, 2/14, 5/8, 8/8, 2/10, 8/8, and two
# development texts written that session, a lake's autumn foam and a cartographer's life,
# kept from the engine's helpers: 23/24, 26/60, 10/16, 12/16, 9/28, 14/20, which lowered the
# pooled terse share to 0.801, context to 0.529 and off-topic to 0.908, and their floors with
# them; paraphrase at 0.413, its floor raised); forty-five at the end of session 27: 508/540,
# 441/994, 287/360, 309/360, 291/550, 367/410 (curing ember tea, a scientific process held out
# until then: 10/12, 5/14, 5/8, 3/8, 0/10, 6/8, and two development texts written that
# session, a potters' guild and an engraver's life, kept from the engine's helpers: 22/24,
# 34/60, 13/16, 12/16, 10/28, 14/20, which lowered the pooled terse share to 0.797, typo to
# 0.858 and off-topic to 0.895, and their floors with them; paraphrase at 0.444, its floor
# raised; direct at 0.941 sits just over its floor); forty-eight at the end of session 28:
# 542/576, 473/1068, 306/384, 329/384, 300/588, 386/438 (a shorthand inventor's life, a
# biography held out until then: 11/12, 6/14, 6/8, 5/8, 1/10, 6/8, and two development
# texts written that session, a valley's chestnut groves and a seaweed's light-timed
# release, kept from the engine's helpers: 23/24, 23/60, 11/16, 12/16, 5/28, 13/20, which
# lowered the pooled context share to 0.510 and off-topic to 0.881, and their floors with
# them; the forty-five texts before them gained 11 that session)
FLOORS = {
    "direct": 0.94,
    "paraphrase": 0.43,
    "terse": 0.79,
    "typo": 0.85,
    "context": 0.50,
    "offtopic": 0.88,
}


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_fresh_drafts_keep_their_ground(category: str, drafted: dict[str, list[bool]]) -> None:
    passed = drafted[category]
    assert sum(passed) / len(passed) >= FLOORS[category], f"{sum(passed)}/{len(passed)}"


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> dict[str, list[bool]]:
    table: dict[str, list[bool]] = defaultdict(list)
    for folder in TEXTS:
        t = draft_text((folder / "text.txt").read_text(encoding="utf-8"))
        for result in evaluate(t, load_cases(folder / "cases.yaml")).results:
            table[result.category].append(result.passed)
    return table
