"""A draft pack from any plain-text document (`tutor new-pack DIR --from text.txt`).

Sections come from headings, one draft fact per sentence or bullet (the passage is both
its verbatim `source:` and its first `answer:`), a draft question and keywords per fact,
names guessed as entities, and TODO comments where the educator should improve it. The
draft answers questions worded like its text before anyone edits it, because every word
of each passage is already in the fact the matcher reads.

This module only builds file contents; the command line writes them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

import yaml

from ._content import SCHEMA_LINE
from ._source import Passage, sections
from ._text import YEAR, language, split_words

__all__ = ["DraftEntity", "DraftFact", "scaffold", "slug"]

_MAX_KEYWORDS = 5
_TOKEN = re.compile(r"[A-Za-z0-9][\w'\u2019-]*|[^\w\s]")
_CONNECTORS = frozenset(["of", "the", "de", "da", "van", "von", "del", "la"])
_PLACE_BEFORE = frozenset(["in", "at", "from", "to", "near", "into", "across", "outside"])
_MONTHS_AND_DAYS = frozenset(
    [
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday"),
        *("wednesday", "thursday", "friday", "saturday", "sunday"),
    ]
)
_PRONOUN_START = frozenset(["he", "she", "his", "her", "they", "their", "it", "this"])
# Last words that say what kind of name a run of capitalised words is.
_KIND_WORDS = {
    "place": "hospital university laboratory college school museum institute city river "
    "island street road mountain lake sea ocean country kingdom republic state states",
    "group": "party council committee company army navy society church union corporation "
    "government board foundation department ministry team club league bank",
    "event": "war revolution prize treaty battle congress conference day festival olympics "
    "award election",
}
_KIND_OF = {w: kind for kind, words in _KIND_WORDS.items() for w in words.split()}


@dataclass(slots=True)
class DraftEntity:
    """A name found in the text, with a guessed kind and the short forms learners use."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DraftFact:
    """A fact drafted from one passage."""

    id: str
    answer: str
    source: str
    questions: list[str]
    keywords: list[str]
    date: str | None
    related: list[str] = field(default_factory=list)


def slug(text: str, words: int = 4, default: str = "part") -> str:
    """An id from text: 'The Oxford Team' -> 'oxford-team'."""
    stop = frozenset(language()["stopwords"])
    parts = list(dict.fromkeys(w for w in split_words(text) if w not in stop))
    parts = parts or split_words(text)
    out = ""
    for part in parts[:words]:
        if out and len(out) + len(part) >= 40:
            break
        out = f"{out}-{part}" if out else part[:40]
    return out.strip("-") or default


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _id(text: str) -> str:
    """An id as YAML reads it back as the same text: plain where it can be, else quoted
    (a heading '1929' or 'True' makes an id that plain YAML would read as a number or bool)."""
    try:
        plain = yaml.safe_load(text) == text
    except yaml.YAMLError:
        plain = False
    return text if plain else _q(text)


# --- names --------------------------------------------------------------------------------


def _name_runs(sentence: str) -> Iterable[tuple[str, str | None, bool]]:
    """Runs of capitalised words: (name, the word before it, starts the sentence)."""
    tokens = _TOKEN.findall(sentence)
    i = 0
    while i < len(tokens):
        if not tokens[i][0].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if tokens[j][0].isupper():
                j += 1
            elif tokens[j] in _CONNECTORS and j + 1 < len(tokens) and tokens[j + 1][0].isupper():
                j += 2
            else:
                break
        back = i - 1
        while back >= 0 and tokens[back].lower() in ("the", "a", "an"):
            back -= 1
        before = tokens[back].lower() if back >= 0 else None
        yield " ".join(tokens[i:j]), before, i == 0
        i = j


def _entities(passages: list[Passage]) -> dict[str, DraftEntity]:
    stop = frozenset(language()["stopwords"])
    found: dict[str, DraftEntity] = {}
    singles: list[tuple[str, str | None]] = []
    for passage in passages:
        for name, before, first in _name_runs(passage.text):
            words = name.split()
            if first and words[0].lower() in stop | _PRONOUN_START:
                words = words[1:]  # "The", "In", "He" open the sentence, not the name
                if not words:
                    continue
                name, before = " ".join(words), None
            if all(w.lower() in _MONTHS_AND_DAYS for w in words):
                continue
            last = re.split(r"[-\s]", words[-1])[-1].lower()
            kind = _KIND_OF.get(last) or _KIND_OF.get(words[-1].lower())
            if len(words) == 1:
                if first and not kind:
                    continue  # a capitalised first word is usually just a first word
                singles.append((name, kind or ("place" if before in _PLACE_BEFORE else None)))
                continue
            if kind is None:
                kind = "place" if before in _PLACE_BEFORE else "person"
            found.setdefault(name, DraftEntity(name, kind))
    for entity in found.values():
        if entity.kind == "person":
            entity.aliases.append(entity.name.split()[-1].lower())
    short_forms = {a for e in found.values() for a in e.aliases}
    for name, kind in singles:
        if name.lower() not in short_forms and name not in found and kind is not None:
            found[name] = DraftEntity(name, kind)
    return found


# --- facts --------------------------------------------------------------------------------


def _keywords(text: str, names: Iterable[str], limit: int = _MAX_KEYWORDS) -> list[str]:
    """The words that single a passage out: its names, then its rarest words."""
    lang = language()
    stop = frozenset(lang["stopwords"])
    ranks: dict[str, int] = lang["ranks"]
    folded = " ".join(split_words(text))
    out: list[str] = []
    taken: set[str] = set()
    for name in names:  # longest first: "norman heatley" makes "heatley" redundant
        words = split_words(name)
        if " ".join(words) in folded and not set(words) <= taken and len(out) < limit:
            out.append(name.lower())
            taken.update(words)
    words = [w for w in dict.fromkeys(split_words(text)) if w not in stop and w not in taken]
    words = [w for w in words if len(w) > 2 or w.isdigit()]
    words.sort(key=lambda w: -ranks.get(w, 10**6))
    return out + words[: max(0, limit - len(out))]


def _facts(
    passages: list[Passage],
    prefix: str,
    entities: dict[str, DraftEntity],
    taken: set[str],
    years: list[str],
) -> list[DraftFact]:
    """Draft facts for one section's passages; `years` lists every year the text names."""
    names = sorted(
        [n for e in entities.values() for n in (e.name, *e.aliases)], key=len, reverse=True
    )
    persons = [e for e in entities.values() if e.kind == "person"]
    facts: list[DraftFact] = []
    last_person: str | None = None
    for passage in passages:
        text = passage.text
        keywords = _keywords(text, names)
        first_word = split_words(text)[:1]
        if first_word and first_word[0] in _PRONOUN_START and last_person:
            keywords.append(last_person.lower())  # "He noticed ..." is about the last name
        last_person = _last_mentioned(text, persons) or last_person
        answer = text if text.endswith((".", "!", "?")) else f"{text}."
        year = YEAR.search(text)
        topic_words = [k for k in keywords if not k.isdigit()][:3] or keywords[:3]
        questions = [f"What does the text say about {', '.join(topic_words)}?"]
        if year and years.count(year.group(1)) == 1:
            questions.append(f"What happened in {year.group(1)}?")
        fact_id = _unique(slug(f"{prefix} {' '.join(topic_words)}", 4), taken)
        facts.append(
            DraftFact(
                fact_id,
                answer,
                text,
                questions,
                list(dict.fromkeys(keywords)),
                year.group(1) if year else None,
            )
        )
    for a, b in pairwise(facts):
        a.related.append(b.id)
        b.related.append(a.id)
    return facts


def _last_mentioned(text: str, persons: list[DraftEntity]) -> str | None:
    """The person named last in a text ('Fleming' is Alexander, not Albert Alexander)."""
    folded = " " + " ".join(split_words(text)) + " "
    claimed: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    forms = [(form, p.name) for p in persons for form in (p.name, *p.aliases)]
    for form, name in sorted(forms, key=lambda f: -len(f[0])):
        needle = " " + " ".join(split_words(form)) + " "
        start = folded.find(needle)
        while start >= 0:
            span = (start, start + len(needle))
            if not any(a < span[1] and span[0] < b for a, b in claimed):
                claimed.append(span)
                found.append((start, name))
            start = folded.find(needle, start + 1)
    return max(found)[1] if found else None


# --- files --------------------------------------------------------------------------------


def _schema_line(schema: str) -> str:
    return f"{SCHEMA_LINE}{schema}"


def _knowledge_file(
    schema: str, topic_id: str, title: str, order: int, summary: str, facts: list[DraftFact]
) -> str:
    lines = [
        _schema_line(schema),
        "# Drafted by `tutor new-pack`. TODO: for each fact, rewrite `answer:` as the tutor",
        "# should say it (name who 'he' or 'it' is), add 3-5 `questions:` in a learner's own",
        "# words, add `examples:` that must reach the fact, and delete facts not worth asking.",
        "topic:",
        f"  id: {_id(topic_id)}",
        f"  title: {_q(title)}",
        f"  summary: {_q(summary)}  # TODO: say what the section is about",
        f"  order: {order}",
        "",
        "facts:",
    ]
    for fact in facts:
        lines.append(f"  - id: {_id(fact.id)}")
        lines.append(f"    answer: {_q(fact.answer)}")
        lines.append(f"    source: {_q(fact.source)}")
        if fact.date:
            lines.append(f"    date: {fact.date}")
        lines.append("    questions:  # TODO: add how a learner would ask for this")
        lines.extend(f"      - {_q(q)}" for q in fact.questions)
        lines.append(f"    keywords: [{', '.join(_q(k) for k in fact.keywords)}]")
        if fact.related:
            lines.append(f"    related: [{', '.join(map(_id, fact.related))}]")
        lines.append("")
    return "\n".join(lines)


def _lexicon_file(schema: str, entities: list[DraftEntity]) -> str:
    lines = [
        _schema_line(schema),
        "# Names in the text, guessed by `tutor new-pack`. TODO: check each `kind` (person,",
        "# place, group, thing, event): 'who' questions look for a person, 'where' questions",
        "# for a place. Add the other names and misspellings learners use as `aliases`.",
        "entities:",
    ]
    for e in entities:
        aliases = ", ".join(_q(a) for a in e.aliases)
        lines.append(f"  - name: {_q(e.name)}")
        lines.append(f"    kind: {e.kind}")
        lines.append(f"    aliases: [{aliases}]")
    if not entities:
        lines[-1] = "entities: []"
    lines += [
        "",
        "# TODO: words that mean the same in this text, the main one first, e.g.",
        "# - [discover, find, notice]",
        "synonyms: []",
        "",
    ]
    return "\n".join(lines)


def scaffold(
    text: str,
    source_name: str = "source.txt",
    knowledge_schema: str = "knowledge.schema.json",
    dialogs_schema: str = "dialogs.schema.json",
) -> dict[str, str]:
    """The files of a draft pack for a document: relative path -> content.

    Args:
        text: the document, plain text; headings are short lines without a full stop
            (or Markdown '#' lines), bullets start with '-', '*' or a number.
        source_name: the file name the document is saved under in knowledge/.
        knowledge_schema: how the knowledge files refer to their schema (a path or URL).
        dialogs_schema: the same for the dialog files.
    """
    parts = [s for s in sections(text) if s.passages]
    every = [p for s in parts for p in s.passages]
    entities = _entities(every)
    years = [y for p in every for y in YEAR.findall(p.text)]
    files = {f"knowledge/{source_name}": text if text.endswith("\n") else text + "\n"}
    files["knowledge/00-lexicon.yaml"] = _lexicon_file(knowledge_schema, list(entities.values()))
    topic_ids: set[str] = set()
    fact_ids: set[str] = set()
    order: list[str] = []
    for n, section in enumerate(parts, start=1):
        title = section.title or "Introduction"
        topic_id = _unique(slug(title, 3, "intro"), topic_ids)
        order.append(topic_id)
        facts = _facts(section.passages, slug(title, 1, "intro"), entities, fact_ids, years)
        summary = section.passages[0].text
        files[f"knowledge/{n:02d}-{topic_id}.yaml"] = _knowledge_file(
            knowledge_schema, topic_id, title, n, summary, facts
        )
    files["dialogs/lesson.yaml"] = "\n".join(
        [
            _schema_line(dialogs_schema),
            "# The order a guided lesson walks the topics in. TODO: add a dialog file per topic",
            "# (dialogs/01-<topic>.yaml) with Socratic questions: see docs/authoring.md.",
            "lesson:",
            *(f"  - {_id(t)}" for t in order),
            "",
        ]
    )
    return files
