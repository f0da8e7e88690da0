"""The default fact base is faithful to the essay and covers all of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tutor
from tutor._content import normalise_quote


def _essay_units(essay: str) -> list[str]:
    """Every sentence and bullet of the essay (headings are not claims)."""
    units = []
    for line in essay.splitlines():
        line = line.strip()
        if line.startswith("- "):
            units.append(line[2:])
        elif line.endswith("."):
            units.extend(s for s in re.split(r"(?<=\.)\s+(?=[A-Z])", line) if s)
    return units


def test_every_source_is_quoted_verbatim_from_the_essay(default_tutor: tutor.Tutor) -> None:
    essay = normalise_quote(default_tutor.pack.sources[0])
    for fact in default_tutor.pack.facts:
        assert normalise_quote(fact.source) in essay, fact.id


def test_every_sentence_and_bullet_is_cited_by_a_fact(default_tutor: tutor.Tutor) -> None:
    cited = " || ".join(normalise_quote(f.source) for f in default_tutor.pack.facts)
    missing = [
        u
        for u in _essay_units(default_tutor.pack.sources[0])
        if normalise_quote(u).rstrip(".") not in cited
    ]
    assert not missing


def test_fact_ids_are_unique_and_related_ids_exist(default_tutor: tutor.Tutor) -> None:
    ids = [f.id for f in default_tutor.pack.facts]
    assert len(ids) == len(set(ids))
    for fact in default_tutor.pack.facts:
        assert set(fact.related) <= set(ids), fact.id
        assert fact.id not in fact.related


def test_topics_follow_the_essay_sections(default_tutor: tutor.Tutor) -> None:
    topics = [t.id for t in default_tutor.pack.topics]
    assert topics[0] == "intro" and topics[-1] == "conclusion"
    assert len(topics) == 9
    used = {f.topic for f in default_tutor.pack.facts}
    assert used == set(topics)


@pytest.mark.parametrize("field", ["questions", "keywords"])
def test_every_fact_has_learner_wordings(default_tutor: tutor.Tutor, field: str) -> None:
    for fact in default_tutor.pack.facts:
        assert len(getattr(fact, field)) >= 3, fact.id


def test_answers_are_short_plain_sentences(default_tutor: tutor.Tutor) -> None:
    for fact in default_tutor.pack.facts:
        sentences = re.findall(r"[.!?](?:\s|$)", fact.answer)
        assert 1 <= len(sentences) <= 3, fact.id


def test_the_engines_language_data_is_clean() -> None:
    """No YAML 1.1 booleans or duplicate keys hiding in the engine's own word lists (numbers
    are fine: the values of number words and units)."""
    from importlib import resources

    from tutor._content import read_yaml

    path = Path(str(resources.files("tutor.data").joinpath("english.yaml")))
    data = read_yaml(path).data  # the strict loader refuses duplicate keys

    def strings(x: object) -> bool:
        if isinstance(x, dict):
            return all(isinstance(k, str) and strings(v) for k, v in x.items())
        if isinstance(x, list):
            return all(strings(v) for v in x)
        # numbers are data (what "eleven" or "a week" counts), a YAML 1.1 boolean never
        return isinstance(x, str | int | float) and not isinstance(x, bool)

    assert strings(data)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list(" \t\n\r\f\v\u00a0\u2003\u3000\u200bab'\u2019e\u0301Ä.")),
        max_size=30,
    )
)
def test_a_quote_is_normalised_as_any_spacing_collapsed_to_one(text: str) -> None:
    """Quotes match their source whatever their spacing (any Unicode space, newlines)."""
    from tutor._text import fold

    assert normalise_quote(text) == re.sub(r"\s+", " ", fold(text)).strip()
