"""Dialog scripts drafted from a topic's facts, so that /lesson and /quiz run on a new pack.

A topic gets a Socratic question from each of its first causal sentences ("A because B"
asks why A, and expects B; "A, so B" asks what A led to; "As a result, B" asks why B and
expects the sentence before), else a how question of a means or of how an event came
about (see _draft_how), and only when it has none of these a question of recall: what
a person did at a time the text gives, or who or what its first sentence is about. Each
expectation has the ladder the lesson climbs (see _draft_ladder: hints that point at the
answer without saying it, a cloze prompt of its key phrase) and the sentence itself as
the assertion; the topic ends on a recap of whole sentences. Everything carries
`draft: true` for the educator to review.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import yaml

from ._draft_asks import (
    has_verb,
    led_to_question,
    subject_is_person,
    told_in_past,
    who_question,
    why_ask,
)
from ._draft_bound import bind, leans_back, resolutions
from ._draft_how import how_split, reason_before
from ._draft_ladder import is_adverb, ladder
from ._draft_questions import IRREGULAR_PAST, Parsed, cause_split, lower_first, sound_parse
from ._text import YEAR, language, split_words

if TYPE_CHECKING:
    from ._draft_fact import DraftFact

__all__ = ["dialog_file", "yaml_id"]

_QUESTIONS = 2  # Socratic questions per topic, at most
_RECAP = 3  # sentences in a recap


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def yaml_id(text: str) -> str:
    """An id as YAML reads back the same text: plain where it can be, else quoted (a
    heading '1929' or 'True' makes an id that plain YAML would read as a number or bool)."""
    try:
        plain = yaml.safe_load(text) == text
    except yaml.YAMLError:
        plain = False
    return text if plain else _q(text)


def _content(text: str, limit: int) -> list[str]:
    """A text's rarest content words, for an expectation's keywords."""
    lang = language()
    stop = frozenset(lang["stopwords"])
    ranks: dict[str, int] = lang["ranks"]
    words = [w for w in dict.fromkeys(split_words(text)) if w not in stop and len(w) > 2]
    words.sort(key=lambda w: -ranks.get(w, 10**6))
    return words[:limit]


def _phrases(expected: str, point: str | None) -> list[str]:
    """What a good answer says: the expectation as a clause a recap can say (`point`),
    itself, and for a name of several words its last ("Colonel Ashby": "Ashby"), which a
    learner's line names the person by (a phrase of a title and a name is not said by
    the name alone)."""
    out = [point or expected, expected]
    words = expected.split()
    named = [w for w in words if w[:1].isupper()]
    if len(words) > 1 and len(named) >= 2 and words[-1] in named:
        out.append(words[-1].strip(",.;:"))
    return list(dict.fromkeys(out))


_KEYWORDS = 4  # keywords an expectation has


def _keywords(expected: str, ask: str) -> list[str]:
    """An expectation's keywords: its rarest content words that the question does not
    say and that do more than modify ("the milk slowly" repeats the question's milk and
    says how: it is no answer to what the acid did), else its rarest words."""
    asked = set(split_words(ask))
    own = [w for w in _content(expected, 2 * _KEYWORDS) if w not in asked and not is_adverb(w)]
    return own[:_KEYWORDS] or _content(expected, _KEYWORDS)


def _whole(fact: DraftFact) -> str:
    """The fact as a whole sentence for an assertion and a fill-in: its sentence, or for a
    list's item ("arrive before dark;") the answer that gives it with its intro."""
    sentence = fact.sentence.strip()
    if sentence[:1].isupper() and not re.search(r"[:;,]\.$", sentence):
        return sentence
    return fact.answer.strip()


_RECAP_WORDS = 90  # a recap this long says enough


def _recap(facts: Sequence[DraftFact]) -> str:
    """The topic's first sentences, each whole: a list's intro with its items ("... three
    routes: by rail; by wagon."), an item already said left out, a clause cut at ';'
    joined to the next as the text joins them, never more than _RECAP sentences or about
    _RECAP_WORDS, and never ending on ':' or ';'."""
    told: list[str] = []
    whole = 0
    for fact in facts:
        if whole == _RECAP:
            break
        sentence = fact.sentence.strip()
        if sentence.rstrip(".").rstrip().endswith(":"):
            intro = sentence.rstrip(".").rstrip().rstrip(":").rstrip()
            if not fact.answer.startswith(intro):
                break  # its items are not to hand: the recap stops before them
            sentence = fact.answer.strip()
        elif not sentence[:1].isupper() and not (told and told[-1].endswith(";")):
            continue  # an item its intro already gave
        if any(sentence.rstrip(".;, ") in t for t in told):
            continue
        if re.search(r"[;,]\.$", sentence):  # "born in 1822;" drafted as "born in 1822;."
            sentence = sentence[:-1]
        if whole and len(" ".join([*told, sentence]).split()) > _RECAP_WORDS:
            break
        told.append(sentence)
        whole += not sentence.endswith((";", ","))
    text = " ".join(told).rstrip(";:, ")
    return (text if text.endswith((".", "!", "?")) else f"{text}.") if text else facts[0].answer


_MIN_DEED = 2  # words of a deed cut at its first comma that still tell it
_MIN_ASK = 4  # words of a question worth a lesson's time ("Who applied?" is not)


def _worth(ask: str) -> bool:
    return len(ask.split()) >= _MIN_ASK


def _defines(said: str) -> bool:
    """Whether what follows 'is' says what a thing is ('a fishing port'), not how it is
    or what was done to it ('slowly shrinking', 'given a medal', 'rationed')."""
    return said.split(" ", 1)[0].lower() in ("a", "an", "the", "one")


def _plan(
    facts: Sequence[DraftFact],
    names: frozenset[str],
    told_before: dict[str, DraftFact],
    points: dict[str, str],
) -> list[tuple[str, str, str, DraftFact]]:
    """(kind, ask, expected answer, fact) for a topic's questions (`told_before` gets the
    fact before a question whose reason it tells, `points` the expectation as a clause a
    recap can say when what is expected is no clause): why/how from its causal
    sentences; else who did what its first sentence about a person says; else what a
    thing is (a definition); else what its first sentence's subject did. A sentence that
    gives no sound question (see _draft_asks) gives none, and nor does one whose pronoun
    names no one the question says (see _draft_bound) unless a fact before it resolved
    that pronoun."""
    out: list[tuple[str, str, str, DraftFact]] = []
    resolved = [resolutions(f.source, f.sentence) for f in facts]
    before = {id(f): resolved[:k] for k, f in enumerate(facts)}
    for k, fact in enumerate(facts):
        split = cause_split(fact.sentence)
        if not split and k and len(out) < _QUESTIONS:
            asked = reason_before(fact.sentence, names)  # "As a result, B"
            asked = asked and bind(asked, before[id(fact)])
            if asked:
                reason = _whole(facts[k - 1]).rstrip(".!?")
                out.append(("why", asked, lower_first(reason), fact))
                told_before[asked] = facts[k - 1]
            continue
        if split and len(out) < _QUESTIONS:
            a, b, kind = split
            if kind == "result":
                told = bind(led_to_question(a), before[id(fact)])
                if told:
                    out.append(("how", told, b, fact))
                continue
            fronted = fact.sentence.lower().startswith("because ")
            asked = why_ask(a, names, kind == "purpose", fronted)
            asked = asked and bind(asked, before[id(fact)])
            if asked:
                out.append(("why", asked, b, fact))
    if out:
        return out
    for fact in facts:  # how it was done, or how an event came about
        how = how_split(fact.sentence, names)
        asked = how and bind(how[0], before[id(fact)])
        if how and asked:
            out.append(("how", asked, how[1], fact))
            points[asked] = how[2]
            if len(out) == _QUESTIONS:
                break
    if out:
        return out
    # a list item ("- wages paid in scrip ...") is no sentence to ask who or what of
    parsed = [
        (fact, _subject_read(fact.sentence)) for fact in facts if not fact.sentence[:1].islower()
    ]
    parsed = [(fact, p) for fact, p in parsed if p.subject]
    people = {
        id(f): subject_is_person(p.subject, f.subject_person, names, p.rest.split(" ", 1)[0])
        for f, p in parsed
    }
    for fact, p in parsed:
        # what a person did: the event, not the name ("What did Ida Marr do in 1783?")
        asked = who_question(p.rest, True)
        asked = asked and bind(asked, before[id(fact)])
        if people[id(fact)] and not p.copula and asked and _worth(asked):
            if not p.lead:  # "What did Tilde do?" asks which of all her deeds
                return [("what", asked, p.subject, fact)]
            # a deed dated by a year is told of the past ("In 1718 Reel cast the bell")
            dated = YEAR.search(p.lead) is not None
            aux = "did" if _past_deed(p.rest) or dated else "does"
            when = f" {lower_first(p.lead)}" if p.lead else ""
            deed = asked[len("Who ") : -1]
            ask = f"What {aux} {lower_first(p.subject)} do{when}?"
            points[ask] = f"{p.subject} {deed}"  # "Tilde married Jonas", not "married Jonas"
            head = deed.split(", ", 1)[0]  # "married Jonas Fell", without ", a carpenter"
            return [("deed", ask, head if len(head.split()) >= _MIN_DEED else deed, fact)]
    for fact, p in parsed:
        said = p.rest.split(" ", 1)[-1]  # what it is, without "is"
        if p.copula and _content(p.rest, 1) and _defines(said):
            when = f" {lower_first(p.lead)}" if p.lead else ""  # "What is the Pell today?"
            who = "Who" if people[id(fact)] else "What"  # "Who were Faye and Osk?"
            asked = f"{who} {p.copula} {lower_first(p.subject)}{when}?"
            if not leans_back(asked):  # "What was the same shed?"
                return [("what", asked, said, fact)]
    for fact, p in parsed:
        asked = who_question(p.rest, people[id(fact)])
        asked = asked and bind(asked, before[id(fact)])
        if _content(p.subject, 1) and asked and _worth(asked):
            return [("what", asked, p.subject, fact)]
    fact = facts[0]
    if fact.questions[0].startswith(_YES_NO) and not has_verb(fact.sentence):
        return []  # "Is it true that Edda Varnholt (1812-1879)?": a fragment asks nothing
    if leans_back(fact.questions[0]):
        return []  # "What shed held the same tools?": an honest gap beats a garbled question
    return [("what", fact.questions[0], fact.sentence, fact)]


def _past_deed(rest: str) -> bool:
    """Whether what someone did is told in the past, by its verb ("scrubbed her hands
    ... to do the same": 'scrubbed', not the 'do' after it)."""
    verb = rest.split(" ", 1)[0].lower()
    if verb in ("has", "have", "is", "are", "does", "do", "can", "will"):
        return False
    if verb.endswith("ed") or verb in IRREGULAR_PAST or verb in ("had", "was", "were", "did"):
        return True
    return told_in_past(rest)


def _answering(fact: DraftFact, ask: str, told_before: dict[str, DraftFact]) -> list[DraftFact]:
    """The facts a question is about: its own, and the one before when that one gives its
    reason ("As a result, ..."), so that saying the reason is no line "about something
    else"."""
    before = told_before.get(ask)
    return [before, fact] if before is not None else [fact]


_YES_NO = ("Is it true that", "What does it mean that")
_ASKS_FOR = {"who": "who", "whom": "who", "whose": "who", "when": "when", "where": "where"}


def _kind(planned: str, ask: str) -> str:
    """The kind a question of recall is labelled by the word it asks with: "Who produced
    the deed?" asks who, not what; a why or how question keeps its kind."""
    if planned == "deed":
        return "what"
    if planned != "what":
        return planned
    return _ASKS_FOR.get(ask.split(" ", 1)[0].lower(), planned)


def _subject_read(sentence: str) -> Parsed:
    """A sentence's parse with a word of sequence or time put first moved to its lead
    ("Today the Pell is ...": the Pell), and no subject when it ends in a pronoun
    ("Together they are ...") or a word that opens a phrase."""
    p = sound_parse(sentence)
    words = p.subject.split()
    if words and words[-1].lower() in _PRONOUNS:  # "he": no answer to "Who ...?"
        return Parsed(p.lead, "", p.rest, p.copula)
    return p


# a subject naming nothing without the sentence before it ("What is this?")
_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "you", "i", "them", "this", "these"])


def dialog_file(
    schema: str, topic_id: str, facts: Sequence[DraftFact], names: frozenset[str] = frozenset()
) -> str | None:
    """A dialog file for one topic, or None when it has no fact to ask about (`names`:
    the folded words of the text's names, which keep their capital in a question)."""
    if not facts:
        return None
    lines = [
        f"# yaml-language-server: $schema={schema}",
        "# Drafted by `tutor new-pack` from the topic's sentences: check that each question is",
        "# worth asking and its expectation is what a good answer says, then delete `draft: true`.",
        f"topic: {yaml_id(topic_id)}",
        "draft: true",
        f"recap: {_q(_recap(facts))}",
        "questions:",
    ]
    told_before: dict[str, DraftFact] = {}  # a question -> the fact before that answers it
    points: dict[str, str] = {}  # a question -> its expectation said as a clause
    planned = _plan(facts, names, told_before, points)
    for n, (kind, ask, expected, fact) in enumerate(planned, start=1):
        keywords = _keywords(expected, ask) or _content(fact.sentence, 4)
        said = _whole(fact)
        if ask in told_before:  # its reason is the sentence before it
            said = f"{_whole(told_before[ask])} {said}"
        rungs = ladder(said, expected, keywords, kind != "deed", ask) if keywords else None
        if rungs is None:
            continue
        lines += [
            f"  - id: {yaml_id(f'{topic_id}-q{n}')}",
            "    draft: true",
            f"    ask: {_q(ask)}",
            f"    kind: {_kind(kind, ask)}",
            f"    facts: [{', '.join(yaml_id(f.id) for f in _answering(fact, ask, told_before))}]",
            "    expectations:",
            f"      - id: {yaml_id(f'{topic_id}-q{n}-e1')}",
            f"        phrases: [{', '.join(_q(x) for x in _phrases(expected, points.get(ask)))}]",
            f"        keywords: [{', '.join(_q(k) for k in keywords)}]",
            "        hints:",
            *(f"          - {_q(h)}" for h in rungs.hints),
            "        prompt:",
            f"          text: {_q(rungs.prompt)}",
            f"          answers: [{', '.join(_q(a) for a in rungs.answers)}]",
            f"        assertion: {_q(said)}",
        ]
    if lines[-1] == "questions:":
        return None
    lines.append("")
    return "\n".join(lines)
