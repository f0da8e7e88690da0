"""The ranking scores in full only the facts that could join the front runners: a fact
holding one term of a line (a name most facts say) is first bounded by its own weight
for the term, its least question variant holding it and what it offers of the kind
asked, and passed over below the front runners. What is answered must not change:
the same facts rank first, in the same order, as when every fact is scored."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor import _index

YEARS = range(1850, 1880)


def _pack(root: Path) -> Path:
    facts = []
    for k, year in enumerate(YEARS):
        # every fact names Ada; a few say where, one says who taught her; the questions
        # are of many lengths, so the facts' fits differ
        place = " at Hull" if k % 7 == 0 else ""
        words = " ".join(["with", "tarred", "hemp", "rope", "oakum", "pitch", "twine"][: k % 8])
        facts.append(
            f"  - id: f{k}\n"
            f"    answer: In {year} Ada Lorne mended the {k}th net{place}.\n"
            f"    source: In {year} Ada Lorne mended the {k}th net{place}.\n"
            f"    questions: [What did Ada Lorne mend in {year} {words}?]\n"
        )
    facts.append(
        "  - id: teacher\n"
        "    answer: Ada Lorne was taught to mend nets by her aunt, Grace Lorne.\n"
        "    source: Ada Lorne was taught to mend nets by her aunt, Grace Lorne.\n"
        "    questions: [Who taught Ada Lorne to mend nets?]\n"
    )
    (root / "knowledge").mkdir()
    text = "topic: {id: nets, title: The nets}\nfacts:\n" + "".join(facts)
    (root / "knowledge" / "nets.yaml").write_text(text)
    return root


@pytest.fixture(scope="module")
def nets(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    return tutor.Tutor.from_path(_pack(tmp_path_factory.mktemp("nets")), cache=None)


def _ranked(t: tutor.Tutor, line: str) -> list[tuple[str, float]]:
    index = t._engine.index
    query = t._engine.analyzer.analyze(line)
    return [(h.fact.id, h.score) for h in index.search(query)]


@pytest.mark.parametrize(
    "line",
    ["who taught ada", "where did ada mend nets", "what did ada do in 1863", "ada lorne"],
)
def test_passing_over_facts_ranks_as_scoring_them_all(
    nets: tutor.Tutor, line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed = _ranked(nets, line)
    monkeypatch.setattr(_index, "_ROUNDING", float("inf"))  # no bound passes a fact over
    assert _ranked(nets, line) == passed


def test_a_fact_that_cannot_rank_is_not_fitted(
    nets: tutor.Tutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "who taught ada?": the 30 facts naming Ada only offer no teacher; the fit of
    their questions is asked of those that could still rank."""
    fitted: list[int] = []
    fit = _index.Index._fit

    def counting(self: _index.Index, i: int, *rest: object) -> float:
        fitted.append(i)
        return fit(self, i, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(_index.Index, "_fit", counting)
    top = nets.session(seed=0).respond("who taught ada?")
    assert top.kind == "answer" and "Grace Lorne" in top.text
    assert len(set(fitted)) < len(YEARS)
