"""Judging by meaning: a generated test set over every expectation of the default pack.

For each expectation four statements are made: its own point restated in other words
(hand-written, tests/judging/restatements.yaml), and three that share its words but not
its meaning: the right event with the wrong person in it or the people turned round, the
event denied, and a true fact from another topic. Only the restatements may be judged to
say the expectation. The confusion table is printed (pytest -s shows it).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

import tutor
from tutor._dialogs import Expectation, Question
from tutor._judge import PARTIAL, Judge
from tutor._text import split_words

RESTATED = Path(__file__).parent / "judging" / "restatements.yaml"
KINDS = ("restated", "swapped", "negated", "unrelated")
LABELS = ("correct", "partial", "wrong", "none")
_PRONOUN = re.compile(r"^(he|she|they)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Case:
    kind: str
    question: Question
    expectation: Expectation
    say: str


@pytest.fixture(scope="module")
def pack() -> tutor.Tutor:
    return tutor.Tutor()


def _people(t: tutor.Tutor) -> dict[str, list[str]]:
    """Each person's name -> the ways a text writes it (longest first)."""
    out = {}
    for e in t.pack.entities:
        if e.kind == "person":
            out[e.name] = sorted({e.name, *(a.title() for a in e.aliases)}, key=len, reverse=True)
    return out


def _named(text: str, people: dict[str, list[str]]) -> list[str]:
    """The people a text names, in the order it names them."""
    found = []
    for name, forms in people.items():
        at = [m.start() for f in forms for m in re.finditer(rf"\b{re.escape(f)}\b", text, re.I)]
        if at:
            found.append((min(at), name))
    return [name for _, name in sorted(found)]


def _replace(text: str, name: str, by: str, people: dict[str, list[str]]) -> str:
    for form in people[name]:
        text = re.sub(rf"\b{re.escape(form)}\b", by, text, flags=re.I)
    return text


def _negate(text: str) -> str:
    """The statement denied: a denial said plainly, or "not"/"never" put before its verb."""
    if re.search(r"\b(not|never|no)\b|n't\b", text):
        return re.sub(r"\s*\b(not|never|no)\b|n't\b", "", text, count=1)
    words = text.split()
    for i, w in enumerate(words[1:3], start=1):
        if w.lower() in ("was", "were", "is", "are", "could", "would", "had"):
            return " ".join([*words[: i + 1], "not", *words[i + 1 :]])
        if len(w) > 4 and w.lower().endswith("ed"):
            return " ".join([*words[:i], "never", *words[i:]])
    return f"it is not true that {text[:1].lower()}{text[1:]}"


def _swap(text: str, people: dict[str, list[str]]) -> str | None:
    """ "A <verb>ed B" -> "B <verb>ed A": who did what to whom turned round, or None."""
    named = _named(text, people)
    if len(named) < 2:
        return None
    spans = sorted(
        (m.start(), m.end(), name)
        for name in named
        for form in people[name]
        for m in re.finditer(rf"\b{re.escape(form)}\b", text, re.I)
    )
    (_, a_end, a), (b_start, _, b) = (
        spans[0],
        next((x for x in spans[1:] if x[2] != spans[0][2]), spans[0]),
    )
    between = text[a_end:b_start]
    if a == b or not re.search(r"\b\w{3,}ed\b", between) or re.search(r"\bwith\b", between):
        return None  # one list ("Zinoviev and Kamenev"), or partners ("allied with")
    return _replace(_replace(text, a, "\0", people), b, a, people).replace("\0", b)


def generate(t: tutor.Tutor) -> list[Case]:
    """The judging test set: four statements per expectation of the pack."""
    people = _people(t)
    often = Counter(p for f in t.pack.facts for p in _named(f.answer, people))
    restated = yaml.safe_load(RESTATED.read_text(encoding="utf-8"))
    judge: Judge = t._engine.dialogue.judge
    cases: list[Case] = []
    for q in t.pack.dialogs.questions.values():
        facts = " ".join(f"{t.pack.fact(f).answer} {t.pack.fact(f).source}" for f in q.facts)
        for e in q.expectations:
            own = " ".join((*e.phrases, e.assertion, e.prompt.text, *e.hints, q.ask))
            # whom the expectation's "he" stands for
            he = next(p.expected.he for p in judge._questions[q.id].prepared if p.exp == e)
            main = next((n for n in people if he and n.lower() == he.replace("_", " ")), None)
            # someone neither the expectation nor the facts under its question name
            stranger = next(
                p for p, _ in often.most_common() if p not in _named(own + facts, people)
            )
            for line in restated[e.id]:
                cases.append(Case("restated", q, e, line))
            said = [re.sub(r"^(he|she)\b", main or "he", p, flags=re.I) for p in e.phrases]
            first = re.split(r"[;:]", e.assertion)[0]
            # the people turned round ("Trotsky exiled Stalin"), else a stranger as the doer
            swapped = next((x for x in map(lambda p: _swap(p, people), said) if x), None)
            if swapped is None:
                subject = next((p for p in e.phrases if _PRONOUN.match(p)), None)
                if subject is not None:
                    swapped = _PRONOUN.sub(stranger, subject)
                elif main is not None and main in _named(first, people):
                    swapped = _replace(first, main, stranger, people)
            if swapped is not None:  # a point with nobody in it has no roles to swap
                cases.append(Case("swapped", q, e, swapped))
            verbs = re.compile(r"\b(was|were|is|are|had|did|could|\w{3,}ed)\b", re.I)
            longest = max(re.split(r"[,;:]", first), key=len).strip()
            denial = re.compile(r"\b(not|never|no|nothing|nobody)\b|n't\b", re.I)
            plain = next(
                (p for p in said if _named(p, people) and verbs.search(p) and not denial.search(p)),
                next((p for p in said if _named(p, people) and verbs.search(p)), longest),
            )
            cases.append(Case("negated", q, e, _negate(plain)))
            terms = set(judge._prep.terms(own))
            unrelated = next(
                f
                for f in t.pack.facts
                if f.topic != q.topic
                and f.id not in q.facts
                and not (set(judge._prep.terms(f.answer)) & terms - _names(t))
            )
            cases.append(Case("unrelated", q, e, unrelated.answer))
    return cases


def _names(t: tutor.Tutor) -> set[str]:
    return set(t._engine.analyzer.entity_kinds)


def label(t: tutor.Tutor, case: Case) -> str:
    judgement = t._engine.dialogue.judge.judge(case.question, [t._engine.reader.read(case.say)])
    if case.expectation.id in judgement.covered:
        return "correct"
    if judgement.conflict is not None and judgement.conflict.expectation == case.expectation.id:
        return "wrong"
    if judgement.scores[case.expectation.id] >= PARTIAL:
        return "partial"
    return "none"


@pytest.fixture(scope="module")
def table(pack: tutor.Tutor) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    misses = []
    for case in generate(pack):
        got = label(pack, case)
        out[case.kind][got] += 1
        if (case.kind == "restated") != (got == "correct"):
            misses.append(f"  {case.kind:9s} {got:8s} {case.expectation.id}: {case.say}")
    print("\njudging set (rows: statement kind; columns: judged)")
    print(f"{'':10s}" + "".join(f"{x:>9s}" for x in LABELS))
    for kind in KINDS:
        print(f"{kind:10s}" + "".join(f"{out[kind][x]:9d}" for x in LABELS))
    print("\n".join(misses))
    return out


def test_the_judging_set_has_every_kind_for_every_expectation(pack) -> None:
    cases = generate(pack)
    expectations = sum(len(q.expectations) for q in pack.pack.dialogs.questions.values())
    assert len(cases) >= 100
    counts = Counter(c.kind for c in cases)
    assert counts["restated"] >= expectations and counts["negated"] == expectations
    assert counts["unrelated"] == expectations and counts["swapped"] >= 0.9 * expectations


def test_no_swapped_negated_or_unrelated_statement_is_judged_correct(table) -> None:
    for kind in ("swapped", "negated", "unrelated"):
        assert table[kind]["correct"] == 0, kind


def test_every_restatement_in_other_words_is_judged_correct(table) -> None:
    assert table["restated"]["correct"] == sum(table["restated"].values())


def test_words_of_the_texts_are_tokens_the_judge_knows() -> None:
    """The restatements name only expectations the pack has (a stale id would hide a miss)."""
    t = tutor.Tutor()
    ids = {e.id for q in t.pack.dialogs.questions.values() for e in q.expectations}
    restated = yaml.safe_load(RESTATED.read_text(encoding="utf-8"))
    assert set(restated) == ids
    assert all(split_words(line) for lines in restated.values() for line in lines)


@pytest.mark.parametrize("where", [None, "examples/penicillin", "tests/pack"])
def test_every_assertion_given_as_the_answer_says_its_point(where: str | None) -> None:
    """The expectation's own words are never read as a mix-up or a denial of it."""
    root = Path(__file__).parent.parent
    t = tutor.Tutor() if where is None else tutor.Tutor.from_path(root / where)
    judge = t._engine.dialogue.judge
    missed = [
        e.id
        for q in t.pack.dialogs.questions.values()
        for e in q.expectations
        if e.id not in judge.judge(q, [t._engine.reader.read(e.assertion)]).covered
    ]
    assert missed == []
