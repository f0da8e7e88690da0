"""A draft pack from any plain-text document (`tutor new-pack DIR --from text.txt`).

Sections come from headings, one draft fact per sentence or bullet (the passage is both
its verbatim `source:` and its first `answer:`), a draft question and keywords per fact,
names guessed as entities, and TODO comments where the educator should improve it. The
draft answers questions worded like its text before anyone edits it, because every word
of each passage is already in the fact the matcher reads.

The pipeline, one module a stage, this one running them in order and drafting each
fact from what they give:
- topics: a section per heading, or a paragraph each (`_draft_topics`);
- names (`_draft_names`), then the reading: every passage with its pronouns resolved
  (`_draft_reading`, over the gender votes of `_draft_gender_votes`);
- per passage: keywords (`_draft_keywords`), questions (`_draft_questions`, and of a
  list `_draft_list_questions`), an answer joined with what it announces or lists
  (`_draft_answer_joins`);
- over all facts: which questions each keeps (`_draft_question_sets`);
- the files (`_draft_files`, `_draft_dialogs`).

This module only builds file contents; the command line writes them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from ._draft_answer_joins import (
    THAT_YEAR,
    dated_that_year,
    told_after,
    told_in_turn,
    with_intro,
    with_items,
)
from ._draft_contents import contents_questions, tells_contents
from ._draft_dialogs import dialog_file
from ._draft_fact import DraftFact
from ._draft_files import knowledge_file, lesson_file, lexicon_file
from ._draft_flat import unflatten
from ._draft_keywords import Keywords
from ._draft_list_questions import heading_questions, item_questions, list_questions
from ._draft_names import DraftEntity, find_entities
from ._draft_own_year import earlier_year
from ._draft_question_sets import FILLERS, of_unnamed, unshared, who_is
from ._draft_questions import clause_questions, draft_questions
from ._draft_reading import Sentence, read_sentences
from ._draft_titles import paragraph_heading
from ._draft_topics import draft_topics, titled_topics
from ._source import sections
from ._text import YEAR, language, split_words, stem

__all__ = ["DraftEntity", "DraftFact", "scaffold", "slug"]


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


# --- facts --------------------------------------------------------------------------------

# "Buckland published this idea in 1829": the idea is the sentence before's
_THIS = re.compile(r"\b(?:this|these)\s+(?!year|month|week|day|time|century|decade)[a-z]{3,}\b")
_POINTS = re.compile(r"^(?:this|that|these|those|such)\s+(?:is|was|are|were)\b", re.IGNORECASE)
_LEANS = re.compile(
    r"^(?:this|that|these|those|such|however|but|therefore|thus|so|instead|"
    r"as a result|in (?:turn|contrast|addition)|because of this|yet|still|also)\b",
    re.IGNORECASE,
)


def _facts(
    sentences: list[Sentence],
    titles: list[str],
    prefixes: list[str],
    years: Counter[str],
    entities: Sequence[DraftEntity] = (),
    headed: frozenset[str] = frozenset(),
) -> list[DraftFact]:
    """A draft fact per passage: the resolved sentence, with its context where it leans.
    `headed`: the titles that are the text's own headings (not made up for it)."""
    stop = frozenset(language()["stopwords"])
    taken: set[str] = set()
    names = frozenset(w for s in sentences for e in s.names for w in split_words(e.name))
    drafter = Keywords(sentences, titles, entities, headed, names)
    resolved = {s.passage.text: s.text for s in sentences}  # a list's intro, names put in
    facts: list[DraftFact] = []
    items: dict[str, list[str]] = {}  # a list's intro -> its items
    previous: Sentence | None = None
    opening = False
    under: dict[int, list[str]] = {}  # a topic -> the items of the list under its heading
    lines: list[int] = []  # the paragraph of each fact, by its line
    latest: dict[int, int] = {}  # a topic -> the latest year its sentences told so far
    for sentence in sentences:
        passage = sentence.passage
        answer = sentence.text
        # a list without a lead-in that opens its section, or goes on with one that does
        opening = (
            passage.kind == "bullet"
            and not passage.intro
            and (previous is None or previous.topic != sentence.topic or opening)
        )
        if passage.kind == "bullet" and passage.intro:
            items.setdefault(passage.intro, []).append(passage.text.rstrip(".;,"))
            intro = resolved.get(passage.intro, passage.intro).rstrip()
            answer = with_intro(intro, answer)
        elif opening and titles[sentence.topic] in headed:
            # a list right under its heading: the heading is its intro ("Key Advantages
            # of the Role" before "- Control over appointments")
            answer = f"{titles[sentence.topic]}: {answer.rstrip(';,.')}"
            under.setdefault(sentence.topic, []).append(passage.text.rstrip(".;,"))
        elif (
            previous is not None
            and (
                previous.passage.line == passage.line
                # "That is exactly what happened ...": a new paragraph that says what it
                # is about only by pointing back (across a heading it points to nothing)
                or (
                    (previous.topic == sentence.topic or titles[sentence.topic] not in headed)
                    and _POINTS.match(passage.text)
                )
            )
            and (_LEANS.match(passage.text) or _THIS.search(passage.text))
        ):
            answer = f"{previous.text} {answer}"
        if not answer.endswith((".", "!", "?")):
            answer = answer.rstrip(";:, ") + "."  # "Arthur wanted ...;": a clause of two
        keywords = drafter.of(sentence, previous)
        year = YEAR.search(passage.text)
        dated = year.group(1) if year else None
        if dated is not None and earlier_year(passage.text, latest.get(sentence.topic)):
            dated = None  # "... that he had bought the green in 1783", after a drought of 1803
        latest[sentence.topic] = max(
            [int(y[:4]) for y in YEAR.findall(passage.text)] + [latest.get(sentence.topic, 0)]
        )
        dated_text = sentence.text
        if dated is None and previous is not None and previous.topic == sentence.topic:
            # "In 1871 the government recognised the court. The court's first register was
            # opened that year": in 1871, said where the learner asks when
            before = YEAR.search(previous.passage.text)
            if before is not None and THAT_YEAR.search(answer):
                dated = before.group(1)
                answer, dated_text = (dated_that_year(dated, t) for t in (answer, dated_text))
                keywords.append(dated)
        unique = year.group(1) if year and years[year.group(1)] == 1 else None
        questions = draft_questions(dated_text, sentence.subject_person, unique, names)
        questions = [q for q in questions if not q.startswith(FILLERS)]
        questions += clause_questions(dated_text, sentence.subject_person)
        questions = [q for q in questions if not of_unnamed(q)] or questions
        if passage.kind == "bullet" and passage.intro:
            questions += item_questions(passage.text, passage.intro)
        topic_words = [k for k in keywords if not k.isdigit()][:3] or keywords[:3]
        prefix = prefixes[sentence.topic]
        fact_id = _unique(slug(f"{prefix} {' '.join(topic_words)}", 4), taken)
        facts.append(
            DraftFact(
                fact_id,
                answer,
                passage.text,
                questions,
                list(dict.fromkeys(keywords)),
                dated,
                topic=sentence.topic,
                subject_person=sentence.subject_person,
                sentence=sentence.text
                if sentence.text.endswith((".", "!", "?"))
                else f"{sentence.text}.",
            )
        )
        lines.append(passage.line)
        previous = sentence
    unshared(facts)
    who_is(facts, sentences)
    for fact in facts:  # a list's intro answers with its items
        listed = items.get(fact.source)
        if listed:
            fact.answer = with_items(fact.answer.rstrip(), listed, fact.source)
            asked = list_questions(fact.sentence)
            if asked:  # they replace "Is it true that ... stages:?"
                fact.questions = [
                    *asked,
                    *(q for q in fact.questions if not q.startswith(FILLERS)),
                ]
    told_in_turn(facts)
    told_after(facts, lines)
    for topic, listed in under.items():  # the heading answers with its list's items
        title = titles[topic]
        body = f"{title}: {'; '.join(listed)}."
        at = next(k for k, f in enumerate(facts) if f.topic == topic)
        words = [w for w in split_words(title) if w not in stop]
        fact_id = _unique(slug(f"{prefixes[topic]} {title}", 4), taken)
        asked = heading_questions(title, names)
        facts.insert(
            at, DraftFact(fact_id, body, title, asked, words, None, topic=topic, sentence=body)
        )
    for a, b in pairwise(facts):
        if a.topic == b.topic:
            a.related.append(b.id)
            b.related.append(a.id)
    return facts


def _ask_announced(
    facts: list[DraftFact], announced: list[str], titles: list[str], headed: frozenset[str]
) -> None:
    """The questions a sentence announcing the text's contents names ("... and why it
    finally collapsed"), each asked of the first fact of the section whose heading names
    its verb ("The Collapse"): that section is where the text answers it."""
    firsts: dict[int, DraftFact] = {}
    for fact in facts:
        firsts.setdefault(fact.topic, fact)
    for sentence in announced:
        for asked, verb in contents_questions(sentence):
            for topic, title in enumerate(titles):
                first = firsts.get(topic)
                if first is None or title not in headed or asked in first.questions:
                    continue
                if verb in {stem(w) for w in split_words(title)}:
                    first.questions.insert(1, asked)


# --- the pipeline -------------------------------------------------------------------------


def scaffold(
    text: str,
    source_name: str = "source.txt",
    knowledge_schema: str = "knowledge.schema.json",
    dialogs_schema: str = "dialogs.schema.json",
    progress: Callable[[str, int, int], None] | None = None,
) -> dict[str, str]:
    """The files of a draft pack for a document: relative path -> content.

    Args:
        text: the document, plain text; headings are short lines without a full stop
            (or Markdown '#' lines), bullets start with '-', '*' or a number.
        source_name: the file name the document is saved under in knowledge/.
        knowledge_schema: how the knowledge files refer to their schema (a path or URL).
        dialogs_schema: the same for the dialog files.
        progress: called with (step, done, total) as the work goes on, for a progress bar.
    """
    report = progress or (lambda step, done, total: None)
    report("reading", 0, 3)
    text = unflatten(text)  # a text pasted without its line breaks: its headings again
    topics = draft_topics(text)
    every = [p for _, passages in topics for p in passages]
    report("finding names", 1, 3)
    entities = find_entities([p.text for p in every])
    # the words a topic's facts take from its title are what its opening sentence says
    # (a name the shown title picks out is no heading of theirs)
    said = [title or paragraph_heading(group[0].text) for title, group in topics]
    topics = titled_topics(topics, entities)
    sentences = read_sentences([(n, ps) for n, (_, ps) in enumerate(topics)], entities)
    report("drafting facts", 2, 3)
    # "This text describes how ...": no answer, and no fact to join another to
    told = Counter(s.topic for s in sentences if not tells_contents(s.passage.text))
    announced = [
        s.passage.text for s in sentences if told[s.topic] and tells_contents(s.passage.text)
    ]
    sentences = [s for s in sentences if not (told[s.topic] and tells_contents(s.passage.text))]
    years = Counter(y for p in every for y in YEAR.findall(p.text))
    taken_topics: set[str] = set()
    topic_ids = [_unique(slug(title, 3, "intro"), taken_topics) for title in said]
    prefixes = [slug(title, 1, "intro") for title in said]
    headed = frozenset(s.title for s in sections(text) if s.title)
    facts = _facts(sentences, said, prefixes, years, entities, headed)
    _ask_announced(facts, announced, said, headed)
    files = {f"knowledge/{source_name}": text if text.endswith("\n") else text + "\n"}
    files["knowledge/00-lexicon.yaml"] = lexicon_file(knowledge_schema, entities)
    by_topic: dict[int, list[DraftFact]] = {}
    for fact in facts:
        by_topic.setdefault(fact.topic, []).append(fact)
    lesson: list[str] = []
    named = frozenset(w for e in entities for w in split_words(e.name))  # keep their capital
    for n, ((title, passages), topic_id) in enumerate(zip(topics, topic_ids, strict=True)):
        mine = by_topic.get(n, [])
        files[f"knowledge/{n + 1:02d}-{topic_id}.yaml"] = knowledge_file(
            knowledge_schema, topic_id, title, n + 1, passages[0].text, mine
        )
        dialog = dialog_file(dialogs_schema, topic_id, mine, named)
        if dialog:
            files[f"dialogs/{n + 1:02d}-{topic_id}.yaml"] = dialog
            lesson.append(topic_id)
    report("drafting facts", 3, 3)
    order = lesson or topic_ids  # no dialog could be drafted: the topics still have an order
    files["dialogs/lesson.yaml"] = lesson_file(dialogs_schema, order)
    return files
