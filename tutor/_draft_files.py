"""The text of a draft pack's files: a topic's knowledge YAML, the lexicon of names,
the lesson order.

The last stage of the drafting pipeline (tutor/_scaffold.py), apart because it only
writes out what the others drafted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ._content import SCHEMA_LINE
from ._draft_dialogs import yaml_id
from ._draft_fact import DraftFact
from ._draft_names import DraftEntity

__all__ = ["knowledge_file", "lesson_file", "lexicon_file", "schema_line"]


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def schema_line(schema: str) -> str:
    return f"{SCHEMA_LINE}{schema}"


def knowledge_file(
    schema: str, topic_id: str, title: str, order: int, summary: str, facts: list[DraftFact]
) -> str:
    lines = [
        schema_line(schema),
        "# Drafted by `tutor new-pack`: every fact marked `draft: true` is a machine's guess.",
        "# Read each one: check that `answer:` says it as the tutor should (the names put in",
        "# for 'he' and 'she' too), add `questions:` in a learner's own words and `examples:`",
        "# that must reach the fact, delete facts not worth asking, then delete `draft: true`.",
        "topic:",
        f"  id: {yaml_id(topic_id)}",
        f"  title: {_q(title)}",
        f"  summary: {_q(summary)}",
        f"  order: {order}",
        "",
        "facts:",
    ]
    for fact in facts:
        lines.append(f"  - id: {yaml_id(fact.id)}")
        lines.append("    draft: true")
        lines.append(f"    answer: {_q(fact.answer)}")
        lines.append(f"    source: {_q(fact.source)}")
        if fact.date:
            lines.append(f"    date: {fact.date}")
        lines.append("    questions:")
        lines.extend(f"      - {_q(q)}" for q in fact.questions)
        lines.append(f"    keywords: [{', '.join(_q(k) for k in fact.keywords)}]")
        if fact.related:
            lines.append(f"    related: [{', '.join(map(yaml_id, fact.related))}]")
        lines.append("")
    return "\n".join(lines)


def lexicon_file(schema: str, entities: list[DraftEntity]) -> str:
    lines = [
        schema_line(schema),
        "# Names in the text, found by `tutor new-pack`. Check each `kind` (person, place,",
        "# group, thing, event): 'who' questions look for a person, 'where' questions for a",
        "# place. Those marked `draft: true` are guesses from weak evidence. Add the other",
        "# names and misspellings learners use as `aliases`.",
        "entities:",
    ]
    for e in entities:
        aliases = ", ".join(_q(a) for a in e.aliases)
        lines.append(f"  - name: {_q(e.name)}")
        lines.append(f"    kind: {e.kind}")
        if not e.sure:
            lines.append("    draft: true")
        lines.append(f"    aliases: [{aliases}]")
    if not entities:
        lines[-1] = "entities: []"
    lines += [
        "",
        "# Words that mean the same in this text, the main one first, e.g.",
        "# - [discover, find, notice]",
        "synonyms: []",
        "",
    ]
    return "\n".join(lines)


def lesson_file(schema: str, order: Sequence[str]) -> str:
    """dialogs/lesson.yaml: the order a guided lesson walks the topics in."""
    return "\n".join(
        [
            schema_line(schema),
            "# The order a guided lesson walks the topics in (drafted: one topic per section).",
            "lesson:",
            *(f"  - {yaml_id(t)}" for t in order),
            "",
        ]
    )
