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
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from ._content import SCHEMA_LINE
from ._draft_announce import announces
from ._draft_dialogs import dialog_file, yaml_id
from ._draft_gender import described_gender, vessel_named
from ._draft_glosses import glossed_in, glosses
from ._draft_lead_in import leads_in
from ._draft_names import (
    DraftEntity,
    NameFinder,
    class_words,
    demonyms,
    describe,
    find_entities,
    is_object,
    resolve_it,
    resolve_pronouns,
    titled,
)
from ._draft_own_year import earlier_year
from ._draft_questions import (
    IRREGULAR_PAST,
    clause_questions,
    draft_questions,
    lower_first,
    parse,
)
from ._draft_roles import unnamed_person
from ._draft_titles import paragraph_heading, paragraph_titles
from ._lexicon import noun_share
from ._measures import measured
from ._noun_kinds import noun_kind
from ._source import Passage, sections
from ._text import YEAR, fold, language, looks_plural, split_words, stem

__all__ = ["DraftEntity", "DraftFact", "scaffold", "slug"]

_MAX_KEYWORDS = 5
# A short sentence that the next one continues by a pronoun ("The apples go into the press.
# They stay there for two hours ...") sets the scene of it: its words of most note are the
# next one's keywords too, so many of them.
_SETUP_WORDS = 10
_SETUP_KEYWORDS = 3
# A paragraph opening with a sentence this short names what it tells ("The last step is
# glazing."): its words of most note, this many, are keywords of the paragraph's others.
_LEAD_WORDS = 7
_LEAD_KEYWORDS = 2
_ROUTINE_KEYWORDS = 6  # words of the sentence before counted steps, lent to each step
_REPEATED = 2  # sentences of a paragraph with no heading that say a word of its topic
_REPEATED_WORDS = 2  # such words, at most, lent to each of its sentences
_DESCRIPTORS = 4  # words of what the text calls a name, added to each fact naming it


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
    topic: int = 0  # index of the section it belongs to
    sentence: str = ""  # the passage with its pronouns resolved
    subject_person: bool = False  # its subject names a person ("Who ...?" asks for it)


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


# --- facts --------------------------------------------------------------------------------

# A sentence that opens with one of these leans on the one before it ("This killed ...").
# A sentence whose subject is a pronoun takes its context's names as keywords.
_POINTS_BACK = re.compile(
    r"^(?:[A-Z][^,]{0,40},\s+)?(?:it|they|this|these|its|their|such|those|that)\b", re.IGNORECASE
)
_SUBJECT_PRONOUNS = frozenset(["it", "they", "this", "these", "those", "such"])


def _leans_back(text: str) -> bool:
    """Whether a sentence's subject is a pronoun ('It ...', 'On 17 May they reached ...'):
    its names are the context's."""
    if _POINTS_BACK.match(text):
        return True
    subject = parse(text).subject.lower().split()
    return len(subject) == 1 and subject[0] in _SUBJECT_PRONOUNS


def _leads(sentences: Sequence[_Sentence]) -> dict[int, _Sentence]:
    """Each paragraph's short opening sentence, by its line: one of a few words that
    names what the paragraph goes on to tell ("The last step is glazing.", "Then the
    dough is shaped."), as a heading does; its words of most note are the paragraph's."""
    leads: dict[int, _Sentence] = {}
    seen: set[int] = set()
    for sentence in sentences:
        passage = sentence.passage
        if passage.line in seen:
            continue
        seen.add(passage.line)
        if passage.kind == "sentence" and len(sentence.words) <= _LEAD_WORDS:
            leads[passage.line] = sentence
    return leads


def _subject_head(text: str, stop: frozenset[str]) -> list[str]:
    """The thing a sentence is about when it has no name: the head of its subject ("The
    plesiosaur caused a stir": plesiosaur), for the next sentence that says "it" of it."""
    words = split_words(parse(text).subject)
    head = words[-1] if words else ""
    return [head] if head.isalpha() and head not in stop and len(head) > 2 else []


# the year said just before ("In that year", "later that year", "the same year")
_THAT_YEAR = re.compile(r"\b(?:[Ii]n )?(?:that|the same|[Tt]hat|[Tt]he same) year\b")
_FILLERS = ("Is it true that", "What does it mean that")
# A sentence that announces parts told one by one after it: "These were divided into three
# parts." then "The first eight days ...", "The next ...", "The last ...".
_ANNOUNCES = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[a-z]+\s+)?[a-z]+s\s*[.:]$",
    re.IGNORECASE,
)
_ORDINAL_OPENING = re.compile(
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|next|last|final|finally|then)\b",
    re.IGNORECASE,
)
_ANNOUNCED = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_GENERIC_RANK = 2000  # heading words commoner than this ('stage', 'part') mark no topic
# "Buckland published this idea in 1829": the idea is the sentence before's
_THIS = re.compile(r"\b(?:this|these)\s+(?!year|month|week|day|time|century|decade)[a-z]{3,}\b")
_POINTS = re.compile(r"^(?:this|that|these|those|such)\s+(?:is|was|are|were)\b", re.IGNORECASE)
_LEANS = re.compile(
    r"^(?:this|that|these|those|such|however|but|therefore|thus|so|instead|"
    r"as a result|in (?:turn|contrast|addition)|because of this|yet|still|also)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Sentence:
    """One passage as the scaffold reads it: words once, names found, pronouns resolved."""

    passage: Passage
    topic: int
    text: str  # pronouns replaced by names
    words: list[str]
    names: list[DraftEntity]
    subject_person: bool
    described: list[tuple[DraftEntity, list[str]]] = field(default_factory=list)


_OWNERS = frozenset(["his", "her"])  # a possessive before a name: whose it is
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m"} | {
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


def _gender_of(words: list[str]) -> str | None:
    """'m' or 'f' when a sentence's he/she-pronouns are all of one kind, objects left out:
    'Harlowe hired her as a draughtswoman' says nothing of Harlowe."""
    kinds = {
        _GENDER[w]
        for k, w in enumerate(words)
        if w in _GENDER and not is_object(w, words[k + 1] if k + 1 < len(words) else "")
    }
    return next(iter(kinds)) if len(kinds) == 1 else None


def _sought(words: list[str]) -> str | None:
    """The gender of the pronoun a sentence's resolving would replace: its first subject
    or possessive 'he'/'she'/'his'/'her' ('He remained her partner' seeks a man)."""
    for k, w in enumerate(words):
        if w in _GENDER and not is_object(w, words[k + 1] if k + 1 < len(words) else ""):
            return _GENDER[w]
    return None


def _genders(
    readings: list[tuple[list[str], list[tuple[int, DraftEntity]], bool]],
    alive: Callable[[DraftEntity], bool],
    priors: dict[int, Counter[str]],
) -> dict[int, str]:
    """Who is 'he' and who 'she': the pronouns after the first person a sentence names and
    before the next one ('Fleming published his findings', 'Quill had ..., and he
    supervised ... Ollivant'), or opening the next sentence when it names nobody ('He then
    ...'), vote for that person. A subject 'he' or 'she' outweighs possessives ('Dray
    proposed a bridge, but the council chose her arch' says nothing of Dray), and objects
    never vote ('Harlowe hired her'), nor any pronoun of an object's gender after it
    ('Holm showed her the openings, and she kept his notes': she is the one shown).
    `priors` are votes cast before any pronoun: what the text calls someone, a first
    name; they count with whichever kind of vote decides."""
    strong: dict[int, Counter[str]] = {}
    weak: dict[int, Counter[str]] = {}
    last: DraftEntity | None = None
    last_others: set[str] = set()  # genders the last sentence made objects of
    last_kinds: set[str] = set()  # genders of all the last sentence's pronouns
    # the one the text is about: the first person its opening names, or the one named most
    named = Counter(id(e) for _, found, _ in readings for _, e in found if alive(e))
    opening = next((found for _, found, _ in readings if found), [])
    main = {max(named, key=lambda k: named[k], default=0)}
    main.update(id(e) for _, e in opening[:1] if alive(e))
    for words, found, fresh in readings:
        persons = [(i, e) for i, e in found if alive(e)]
        if fresh and last is not None and id(last) not in main:
            # "Kaye died in 1932. || During the war she worked at Kew": a pronoun opening
            # a paragraph is as likely the one the text is about as the one just named
            last = None
        span: list[str] = []
        voter: DraftEntity | None = None
        weight = _SAME_SENTENCE  # a pronoun beside the name, not in the next sentence
        if persons:
            at, voter = persons[0]
            later = [i for i, e in persons if e is not voter and i > at]
            span = words[at + 1 : min(later, default=len(words))]
            early = [w for w in words[: min(at, _OPENING)] if w in ("he", "she")][:1]
            if last is not None and early and _GENDER[early[0]] not in last_others:
                # "Mara Lisk was a glassblower. || In 1834 she was apprenticed to Amos
                # Fenn": a subject pronoun before the sentence's first name goes on
                strong.setdefault(id(last), Counter())[_GENDER[early[0]]] += 1
        elif last is not None and len(last_kinds) < 2:  # its subject, or what it opens with
            # ('His ...'); not after a sentence saying both 'he' and 'she' ("Brede was known
            # for his temper, but he recognised her talent. || Within two years she was
            # grinding prisms"): either may be the one the next goes on with
            voter, weight = last, 1
            # "He later wrote that she had ...": the subject alone, not who he wrote of
            span = [w for w in words[:_OPENING] if w in ("he", "she")][:1] or words[:1]
        others: set[str] = set()  # genders of people the span makes objects of
        if voter is not None and not persons:
            # "Holm showed her the openings. During the war she stayed": the one shown
            others = set(last_others)
        if voter is not None:
            for k, w in enumerate(span):
                nxt = span[k + 1] if k + 1 < len(span) else ""
                if w in _GENDER and _GENDER[w] in others:
                    continue  # "Holm showed her ..., and she kept his notes": hers
                if persons and words[0] in _SUBORDINATE and w in ("he", "she"):
                    continue  # "After Lind drowned in 1914, she asked ...": hers or his
                if persons and w in ("he", "she") and _past_phrase(words, at, span[:k], voter):
                    continue  # "Under Threlkeld she learned ...": the one he taught
                if w in ("he", "she") and k and span[k - 1] == "that":
                    continue  # "Lune later recalled that she could ...": who he recalled
                if w in ("he", "she") and k and span[k - 1] in _COMPARED:
                    continue  # "Sorr, two years older than she was": the one compared with
                if w in _GENDER and (is_object(w, nxt) or _given(w, nxt)) and nxt != "own":
                    others.add(_GENDER[w])
                elif w in ("he", "she") or (nxt == "own" and w in _GENDER):
                    # "his own mark" is the subject's ("the town's own funds": no one's);
                    # a clause of its own ("Otto made the chocolate, and she ran the shop")
                    # may be someone else's, and counts as a next sentence would
                    joined = k > 0 and span[k - 1] in _CLAUSE_JOINS
                    strong.setdefault(id(voter), Counter())[_GENDER[w]] += 1 if joined else weight
                elif w in _GENDER and not is_object(w, nxt):
                    weak.setdefault(id(voter), Counter())[_GENDER[w]] += 1
        last = persons[0][1] if len({id(e) for _, e in persons}) == 1 else None
        if last is not None and any(w in _OWNERS for w in words[: persons[0][0]]):
            # "Her assistant there was Arthur Bell. She retired in 1938": the sentence is
            # about the one its 'her' stands for, as the next one may be; not after a
            # subject ("In 1879 she married Edmund Harle. He had no interest ..."): Harle
            last = None
        last_kinds = {_GENDER[w] for w in words if w in _GENDER}
        last_others = {
            _GENDER[w]
            for k, w in enumerate(words)
            if w in _GENDER and is_object(w, words[k + 1] if k + 1 < len(words) else "")
        }
    out = {}
    for key in {*strong, *weak, *priors}:
        tier = strong.get(key) or weak.get(key) or Counter()
        ranked = (tier + priors.get(key, Counter())).most_common(2)
        if len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]:
            out[key] = ranked[0][0]
    return out


_COMPARED = frozenset(["than", "as"])  # "older than she was", "as tall as he": another
_CLAUSE_JOINS = frozenset(["and", "but", "while", "whereas", "yet"])
# a preposition opening a sentence, with a person it names before the subject
_FRONT_PREPOSITIONS = frozenset(
    ["under", "with", "without", "unlike", "like", "beside", "besides", "alongside", "for"]
) | frozenset(["from", "against", "among", "through", "behind", "despite", "to", "by", "in", "at"])


def _given(word: str, following: str) -> bool:
    """Whether a 'her' after a name is what someone gives her ("Sallow paid her two
    shillings a day"): a number after it, not a noun she owns."""
    return word == "her" and (following.isdigit() or following in language()["number_words"])


def _past_phrase(words: list[str], at: int, between: list[str], person: DraftEntity) -> bool:
    """Whether a person is named in a phrase opening the sentence right before its subject
    pronoun ("Under Threlkeld she learned", "With Clement Faye he tuned"), which says
    nothing of their gender."""
    if not words or words[0] not in _FRONT_PREPOSITIONS or at > _OPENING:
        return False
    own = set(split_words(fold(person.name)))
    # "At Brede's workshop she met ...": a noun or two the name owns may follow it
    rest = [w for w in between if w not in own]
    return len(rest) <= _OWNED_WORDS and not _CLAUSE_WORDS & set(rest)


_OWNED_WORDS = 2  # words after a name in an opening phrase: what it owns ("Brede's old shop")
# words that start a clause of the name's own, whose 'she' may be that person
_CLAUSE_WORDS = frozenset(["and", "or", "but", "who", "whom", "which", "that", "said", "says"])


def _read(parts: list[tuple[int, list[Passage]]], entities: list[DraftEntity]) -> list[_Sentence]:
    """Every passage in order, with its names and its pronouns resolved (linear): 'he' or
    'she' is the person of that gender named in the last few sentences whom the text
    names most."""
    finder = NameFinder(entities)
    said_of: dict[int, Counter[str]] = {}  # the gender the words around a name say
    vessels: set[int] = set()  # the ships and boats, which are 'she' as well as 'it'
    spans = []
    for _, passages in parts:
        for passage in passages:
            words = split_words(passage.text)
            spans.append((words, finder.spans(words)))
            for i, size, entity in spans[-1][1]:
                if vessel_named(passage.text, words, i, size):
                    vessels.add(id(entity))  # "a canal barge, the Lily": a ship, not Lily
                elif entity.kind == "person":
                    kind = described_gender(passage.text, words, i, size)
                    if kind:
                        said_of.setdefault(id(entity), Counter())[kind] += 1

    def alive(entity: DraftEntity) -> bool:  # one 'he' or 'she' may stand for
        return entity.kind == "person" or id(entity) in vessels

    readings = []
    lines = [p.line for _, passages in parts for p in passages]
    fresh = [k == 0 or lines[k] != lines[k - 1] for k in range(len(lines))]  # a paragraph's first
    for words, spanned in spans:
        found = [(i, e) for i, _, e in spanned]
        readings.append((words, found, [e for _, e in found if alive(e)]))
    priors = _priors(said_of, [e for e in entities if e.kind == "person"])
    gender = _genders(
        [(w, f, n) for (w, f, _), n in zip(readings, fresh, strict=True)], alive, priors
    )
    gender.update(dict.fromkeys(vessels, "f"))
    out: list[_Sentence] = []
    recent: list[DraftEntity] = []  # people of the last sentences, the latest first
    groups: list[DraftEntity] = []  # the groups named so far, the latest first
    carried: dict[str, DraftEntity] = {}  # per gender, the one its pronouns go on with
    last_thing: tuple[int, str] | None = None  # (paragraph, what its last subject is)
    mentions: Counter[int] = Counter()  # how often each person was named so far
    seen: dict[int, DraftEntity] = {}  # everyone named so far
    last_subject: DraftEntity | None = None  # the person the last sentence is about
    pronoun_subject = False  # whether the last sentence's subject is a 'he' or 'she'
    last_role = ""  # whom the last sentence is about by role ("The lock keeper"), if so
    last_people: list[DraftEntity] = []  # the people the last sentence names, in order
    last_left: set[str] = set()  # genders of the pronouns the last sentence kept
    by_title: dict[str, DraftEntity] = {}  # "professor": the last person named so
    unnamed: str | None = None  # the gender of one brought in by a trade since any name
    n = 0
    for topic, passages in parts:
        for passage in passages:
            words, found, _ = readings[n]
            n += 1
            if fresh[n - 1] or any(alive(e) for _, e in found):
                unnamed = None  # a new paragraph, or a name: the trade is told of no more
            said = _sought(words)
            # a ship named after the sentence's first pronoun is not what it stands for
            # ("She was the only woman on the survey ship, the steam yacht Tern")
            first = next((k for k, w in enumerate(words) if w in _GENDER), len(words))
            fits = [
                e
                for k, e in found
                if alive(e)
                and (k < first or id(e) not in vessels)
                and (not said or gender.get(id(e)) in (None, said))
            ]
            focus = _focus(recent, said, gender, mentions, seen)
            # the first person the last sentence names, if of no gender known, rather than
            # one named before who is not the one the text is about ("The engineer
            # Charles Draper ... came up with an answer. ..., he was inspired by ...")
            just = [p for p in last_people[:1] if said and gender.get(id(p)) is None]
            if (
                just
                and len(set(map(id, last_people))) < _LISTED  # not one of a list of names
                and focus is not None
                and focus not in last_people
                and mentions[id(focus)] < mentions[id(just[0])] + _PROTAGONIST
                and said not in last_left  # "Wray said that she could ... Her ...": hers
            ):
                focus = just[0]
            kept_role = ""  # the role this sentence's 'he' or 'she' was read as
            meant: DraftEntity | None = None  # whom its pronoun is read as
            fronted = parse(passage.text)  # its subject, and a clause before it
            own = fronted.subject.lower().split()
            own = own[:1] if own[:1] in (["he"], ["she"]) else own[-1:]  # "He also ..."
            # "A judge who had once been a clerk himself, he also ordered ...": the
            # subject after an opening phrase describing him by the title he was named
            # with ("Judge Parry")
            opened = _OPENED_BY.match(passage.text)
            titled_as = None
            if opened is not None:
                titled_as = by_title.get(opened.group(2).lower())
                if titled_as is not None and own not in (["he"], ["she"]):
                    own = [opened.group(3).lower()]
            lead = [w for w in words[:_OPENING] if w in _GENDER][:1]
            before = last_subject
            if own not in (["he"], ["she"]) and lead in (["his"], ["her"]):
                # "The last keeper, Arthur Kitto, arrived in 1958. During his time ...",
                # "Her first step was ...": the one person the last sentence names, as a
                # subject 'he' or 'she' would be
                own = lead
                if before is None and len(set(map(id, last_people))) == 1 and not pronoun_subject:
                    before = last_people[0]
            # "Then he lit the lamp": a subject 'he' among the first words, before any name
            early = [w for w in words[:_OPENING] if w in _GENDER][:1]
            opens = (
                own in (["he"], ["she"])
                or words[:1] in (["he"], ["she"])
                or (early in (["he"], ["she"]) and not found)
            )
            ahead = fronted.lead.lower().split()
            if _FRONTED & set(ahead) and any(
                alive(e) and gender.get(id(e)) in (None, said)
                for _, e in finder.find(split_words(fronted.subject))
            ):
                # "Before he died, the old glazier Peter Quill wrote ...", "Before his
                # death, Lenin had grown ...": the 'he' or 'his' of a clause before the
                # subject is that subject, no one named before
                text = passage.text
            elif (
                own in (["he"], ["she"])
                and len(set(map(id, last_people))) == 2
                and before is last_people[0]
                and gender.get(id(before)) != _GENDER[own[0]]  # the subject is not "he"
                and (
                    len({_GENDER[w] for w in words if w in _GENDER}) == 2
                    # "Clara sold the business to Owen Pratt. He kept the name": a subject
                    # known as a woman, and the one other person just named may be a man
                    or (
                        gender.get(id(before)) is not None
                        and gender.get(id(last_people[1])) in (None, _GENDER[own[0]])
                    )
                )
            ):
                # "Senn married Tomas Lind. He shared the duties with her": 'he' and 'her'
                # are the two people just named, the subject pronoun the one not the subject
                meant = last_people[1]
                text = resolve_pronouns(passage.text, meant, False, gender)
            elif titled_as is not None and gender.get(id(titled_as)) in (None, _GENDER[own[0]]):
                meant = titled_as
                text = resolve_pronouns(passage.text, meant, False, gender)
            elif opens and last_role and before is None:
                # "The lock keeper closes the gates. He then opens ...", "Next he trims
                # ...": the keeper, whom the text never names, not the last person it named
                text = _as_role(passage.text, last_role)
                kept_role = last_role if text is not passage.text else ""
            elif said and not found and _by_trade(passage.text, unnamed, by_title) in ("", said):
                # "Meanwhile the second pressman, the puller, laid a sheet ... Then he pulled
                # the bar": the puller, whom the text never names, not the last one it did
                text = passage.text
            elif (
                own in (["he"], ["she"], ["his"], ["her"])
                and before is not None
                and gender.get(id(before)) in (None, _GENDER[own[0]])
                and not _outweighs(focus, before, _GENDER[own[0]], gender, mentions)
                and words.index(own[0]) < _OPENING  # the sentence opens with it
                and all(i > words.index(own[0]) for i, e in found if alive(e))
            ):
                # "Oates knew he was slowing them. Around 17 March he left the tent,
                # saying, according to Scott's diary, ...": a subject 'he' goes on with
                # the last sentence's subject, whoever else the sentence names later
                meant = before
                text = resolve_pronouns(passage.text, meant, False, gender)
            elif (
                said
                and not fits
                and said in carried
                # "The firm continued under Rosalind. ... the site of her first workshop":
                # a 'her' deep in the sentence goes on with the last one's subject only,
                # and only when it was the one of that gender the sentence named ("Sallow
                # wanted Quellbeck to train. The college refused him because he had no
                # Latin": either man)
                and (
                    opens
                    or lead[:1] in (["his"], ["her"], ["he"], ["she"])
                    or (
                        (bool(lead) or carried[said] is last_subject)
                        and not _two_alike(last_people, gender)
                    )
                )
            ):
                # "The dispute went to the office, where Inspector Ruth Haldane was asked
                # to review it. ..., she ordered a trial": the one woman just named, not
                # the one the text names most; and "Walter gave her the lead. Her
                # performance ...": still the one the unresolved 'her' went on with
                meant = carried[said]
                text = resolve_pronouns(passage.text, meant, False, gender)
            else:
                meant = focus
                text = resolve_pronouns(passage.text, meant, bool(fits), gender)
            if text is not passage.text and meant is not None and said:
                # "His son, Max Brandt, became director" read as Otto's: Otto is 'he' from
                # now on, not the 'she' of the next sentence
                gender.setdefault(id(meant), said)
            if text is passage.text and last_thing and last_thing[0] == passage.line:
                text = resolve_it(text, parse(text).subject, last_thing[1])
            if text is not passage.text:
                words = split_words(text)
                found = finder.find(words)
            names = list(dict.fromkeys(e for _, e in found))
            # "The professor noticed her notes": Professor Alaric Venn, named by title before
            names += [
                by_title[b]
                for a, b in pairwise(words)
                if a == "the" and b in by_title and by_title[b] not in names
            ]
            by_title.update(titled(words, found))
            parsed = parse(text)
            head = finder.find(split_words(parsed.subject))
            # what a later 'it' or 'they' of the paragraph stands for: a subject that is
            # a thing, a group or plural nouns, named or not ("The company was hit hard.
            # It lost ...": the Tamsin Company, if the company is the one the text named)
            said_of_thing = _thing_subject(parsed.subject, head, groups)
            if said_of_thing and re.search(rf"\bthe {re.escape(said_of_thing)}", text):
                said_of_thing = f"the {said_of_thing}"  # "the Players bought ..."
            if _SECOND_CLAUSE.search(text) or _described_after(text, parsed.subject):
                said_of_thing = ""  # "The chapel had no stage, so the members built one.
                # It was finished ...": the 'it' may be the later clause's
            last_thing = (passage.line, said_of_thing) if said_of_thing else None
            groups = [e for _, e in found if e.kind == "group"] + groups
            opener = [e for i, e in found if i == 0 and e.kind == "person"]  # "Oates, whose ..."
            # "Edgar Evans, weakened by ..., died": a name opening the sentence is its subject
            subject_person = any(e.kind == "person" for _, e in head) or bool(opener)
            # "Keepers worked a cycle of eight weeks": a noun naming people asks "Who ...?"
            own_head = split_words(parsed.subject)[-1:]
            subject_kind = noun_kind(own_head[0]) if own_head else None
            last_role = ""
            written = parsed.subject.split()[-1:]  # as written: a name keeps its capital
            plain_noun = bool(written) and written[0].isalpha() and written[0].islower()
            if plain_noun and not opener and subject_kind not in (None, "person"):
                subject_person = False  # "the Sankt Orsen dairy": a name, then a thing
            if subject_kind == "person":
                subject_person = True
            role = kept_role or _role_subject(text, parsed.subject)
            if parsed.lead and not kept_role and not _qualified(role):
                role = ""  # "After leaving the army, the former trooper settled": the man named
            if (
                role
                and not finder.find(split_words(role))
                and not any(e.kind == "person" for e in names)
            ):
                # "Before sunset, the keeper on duty climbed ...": a lead naming no one
                last_role = role[:1].upper() + role[1:]
            last_subject = next((e for _, e in head if alive(e)), None) or next(iter(opener), None)
            if len({id(e) for _, e in head if alive(e)}) > 1 and " and " in parsed.subject:
                last_subject = None  # "Faye and Osk were ...": no one 'he' goes on with
            if last_subject is not None and any(
                p is not last_subject
                and gender.get(id(p)) is not None
                and gender.get(id(p)) == gender.get(id(last_subject))
                for p in _later_subjects(text, finder, alive)
            ):
                # "Ferrand accused Ansel of waste, and after a quarrel Ansel walked home":
                # two subjects, either of whom the next 'he' may go on with
                last_subject = None
            # "..., he developed a method. His foreman was ...": the 'he' left as written is
            # whom the 'his' goes on with, not the one person the sentence names
            pronoun_subject = parsed.subject.lower() in ("he", "she") or bool(
                _FRONTED_HE.match(text)
            )
            # a 'she' read as Ollivant names her as much as 'Ollivant' does: the one a
            # biography is about stays the one named most, however rarely by name
            told = [e for _, e in found if alive(e)]
            for person in told:
                mentions[id(person)] += 1
                seen[id(person)] = person
            last_people = [e for e in names if alive(e)]  # 'he' resolved too
            # the genders of the pronouns of a sentence left as written: someone it does
            # not name (one rewritten "In Colborne's ruling, she ordered" names her)
            last_left = (
                {_GENDER[w] for w in words if w in _GENDER} if text is passage.text else set()
            )
            if not found and not any(w in _GENDER for w in words):
                brought = unnamed_person(passage.text, by_title.keys())
                unnamed = unnamed if brought is None else brought
            _carry(carried, last_people, last_subject, words, gender)
            if told:
                mine = list(dict.fromkeys(told))
                recent = (mine + [p for p in recent if p not in mine])[:_RECENT]
            out.append(
                _Sentence(
                    passage,
                    topic,
                    text,
                    words,
                    names,
                    subject_person,
                    _identity(passage.text, finder),
                )
            )
    return out


def _two_alike(people: list[DraftEntity], gender: dict[int, str]) -> bool:
    """Whether a sentence names two people of one known gender."""
    kinds = Counter(gender.get(id(p)) for p in {id(p): p for p in people}.values())
    return any(n > 1 for kind, n in kinds.items() if kind is not None)


# a second main clause after a comma and a conjunction, or a semicolon
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|so|yet|while|whereas)\s+|;\s+")


def _later_subjects(
    text: str, finder: NameFinder, alive: Callable[[DraftEntity], bool]
) -> list[DraftEntity]:
    """The people a sentence's later main clauses name as their subjects ("Lunn could
    not read, so she taught by rhyme, and Tilde began writing the rhymes down": Tilde)."""
    out = []
    for piece in _CLAUSE_BREAK.split(text)[1:]:
        named = [e for _, e in finder.find(split_words(parse(piece).subject)) if alive(e)]
        out.extend(named[-1:])
    return out


def _by_trade(text: str, unnamed: str | None, titles: dict[str, DraftEntity]) -> str | None:
    """The gender of someone brought in by a trade, not by name, whom a sentence's first
    'he' or 'she' may stand for: one its own words name before it ("When the turner
    presses the treadle, ... he cuts"), else the one of the sentences before (`unnamed`)."""
    said = _PRONOUN_AT.search(text)
    here = unnamed_person(text[: said.start()], titles.keys()) if said else None
    return here if here is not None else unnamed


_PRONOUN_AT = re.compile(r"\b(?i:he|she|his|her|him)\b")
_OF = frozenset(["of", "on", "in", "at", "from", "with", "for"])  # after a subject's head


def _role_subject(text: str, subject: str) -> str:
    """A sentence's subject when it names one person by a plain noun ("the keeper on
    duty"), after the opening phrases the parser did not strip ("Each evening, half an
    hour before sunset, the keeper on duty climbed ..."); '' when it names none so."""
    pieces = [subject] if subject else [parse(p.strip()).subject for p in text.split(",")[1:3]]
    for said in pieces:
        if said.split(" ", 1)[0].lower() in ("the", "a", "an") and _role_head(said):
            return said
        if said:
            break
    return ""


def _role_head(subject: str) -> bool:
    """Whether a subject names one person by a plain noun: "The lock keeper", "the keeper
    on duty" (its head before a preposition), not "The keepers" nor "The Guild"."""
    words = split_words(subject)
    at = next((k for k, w in enumerate(words) if w in _OF), len(words))
    head = words[at - 1] if at > 0 else ""
    return noun_kind(head) == "person" and not looks_plural(head)


def _qualified(role: str) -> bool:
    """Whether a role is told by a phrase after its head ("the keeper on duty", "the man in
    charge"): one of a routine, whoever holds it, where a plain one after an opening phrase
    ("After leaving the army in 1848, the former trooper settled ...") is most often the
    person the text has been telling of, by a description."""
    words = split_words(role)
    return any(w in _OF for w in words[1:])


def _as_role(text: str, role: str) -> str:
    """A sentence with its subject 'he' or 'she' (among its first few words) replaced by
    the role the last sentence named its subject by ("Next he trimmed the wicks": "Next
    the keeper on duty trimmed the wicks")."""
    said = re.search(r"\b(?:he|she)\b", text, re.IGNORECASE)
    if said is None or len(text[: said.start()].split()) >= _OPENING:
        return text
    name = role if said.start() == 0 else role[:1].lower() + role[1:]
    return text[: said.start()] + name + text[said.end() :]


def _identity(text: str, finder: NameFinder) -> list[tuple[DraftEntity, list[str]]]:
    """What a sentence says its names are, less the roles it says of them as someone's
    ("Lowther's rival was Carrick"): a relation, which made every sentence naming Carrick
    hold "rival" ("Carrick's ship was launched" answered "who was the shipbuilder's
    rival?"); the analyzer reads those for "her rival" itself."""
    owned: list[tuple[DraftEntity, list[str]]] = []
    said = describe(text, finder, owned)
    roles = {(id(e), w) for e, words in owned for w in words}
    kept = [(e, [w for w in words if (id(e), w) not in roles]) for e, words in said]
    return [(e, words) for e, words in kept if words]


_FRONTED = frozenset(["he", "she", "his", "her"])  # of a clause before the subject
_SUBORDINATE = frozenset(
    ["after", "before", "when", "while", "until", "once", "although", "though"]
)
_SAME_SENTENCE = 3  # a 'he' beside a name outweighs one opening the next sentence
_RECENT = 4  # people remembered for a later 'he' or 'she'
_PROTAGONIST = 3  # named this many times more than another: the one a 'he' or 'she' means
_LISTED = 3  # people named in one sentence that make a list, none of them its subject
# a subject 'he' or 'she' after an opening phrase describing them ("A judge who ..., he")
_OPENED_BY = re.compile(r"^(an?) ([a-z]+)\b[^,;:]{0,120}, (he|she)\b", re.IGNORECASE)
# a subject 'he' or 'she' after an opening phrase ("Working with Clement Faye, he ...")
_FRONTED_HE = re.compile(r"^[^,;]{1,120}, (?:he|she)\b")
_OPENING = 6  # words before a sentence's own subject ('Around 17 March he ...') at most


def _thing_subject(
    subject: str, head: list[tuple[int, DraftEntity]], groups: list[DraftEntity]
) -> str:
    """What a later 'it' or 'they' means when a sentence's subject is no person: the
    subject as written ("The operators of the second mill", "The town council"), or the
    group a bare group noun stands for ("The firm": the last group named); '' for a
    person, a pronoun, a clause or a long phrase."""
    words = subject.split()
    if not words or len(words) > _THING_WORDS or any(e.kind == "person" for _, e in head):
        return ""
    opens = 1 if words[0].lower() == "the" else 0
    if head and head[0][0] == opens and len(head) == 1 and head[0][1].kind != "place":
        return subject  # "Corvane refused", "The Players bought ...": a name
    # "A crowd of strikers marched": 'they' next is the crowd, named again with 'the'; not
    # "a fire broke out" ("It destroyed ..." is left to the reader, as before)
    crowd = words[0].lower() in ("a", "an") and "of" in words and looks_plural(words[-1])
    if (words[0].lower() != "the" and not crowd) or not all(
        w.isalpha() and w.islower() for w in words[1:]
    ):
        return ""
    noun = words[-1] if "of" not in words else words[words.index("of") - 1]
    meant = next((g for g in groups if _calls(noun, g)), None) if len(words) <= 3 else None
    if meant is not None:
        return meant.name if meant.name.lower().startswith("the ") else f"the {meant.name}"
    return subject


_THING_WORDS = 6  # words of a subject a later 'it' or 'they' stands for, at most
# a second main clause with a subject of its own ("..., so the members built one")
_SECOND_CLAUSE = re.compile(
    r"(?:[,;]\s+(?:so|and|but|yet)|;)\s+"
    r"(?:(?:in|on|by|after|before|during|within|at)\s+(?:[\w,]+\s+){1,3}?)?"  # ", and in 1879 the"
    r"(?:the|a|an|he|she|they|it|its|their|[A-Z]\w*)\b"
)
_FIRM = frozenset(["firm", "company", "business", "corporation", "concern"])


def _described_after(text: str, subject: str) -> bool:
    """Whether a ', which' clause describes something after the subject ("In 1931 the
    Trust installed an automatic light, which burned gas. It needed a visit ...": the
    'it' is the light the clause went on about, not the Trust); one right after the
    subject ("The company, which ..., grew.") describes the subject itself."""
    at = text.find(", which")
    if at < 0:
        return False
    own = text.lower().find(subject.lower())
    return own < 0 or at > own + len(subject)


_FIRM_ENDS = frozenset(["company", "corporation", "ltd", "limited", "inc", "co", "plc", "works"])


def _calls(noun: str, group: DraftEntity) -> bool:
    """Whether 'the <noun>' names a group the text named: by its own last word ('the
    council' of the Harwick Town Council), or as a firm ('the firm' of the Tamsin Cable
    Company)."""
    last = fold(group.name).split()[-1]
    return last == noun or (noun in _FIRM and last in _FIRM_ENDS)


def _carry(
    carried: dict[str, DraftEntity],
    people: list[DraftEntity],
    subject: DraftEntity | None,
    words: list[str],
    gender: dict[int, str],
) -> None:
    """Per gender, whom the next sentence's 'she' or 'he' goes on with: the one person
    of that gender a sentence names (its subject, if two), or, when it names none but
    says a pronoun of it ("Walter gave her the lead"), the one before; a sentence that
    names two and neither is its subject, or says nothing of that gender, ends it."""
    for kind in ("f", "m"):
        alike = [p for p in dict.fromkeys(people) if gender.get(id(p)) == kind]
        if subject is not None and subject in alike:
            carried[kind] = subject
        elif len(alike) == 1:
            carried[kind] = alike[0]
        elif alike or not any(_GENDER.get(w) == kind for w in words):
            carried.pop(kind, None)


def _priors(said_of: dict[int, Counter[str]], people: list[DraftEntity]) -> dict[int, Counter[str]]:
    """Votes on who is 'she' and who 'he' before any pronoun: what the text calls a
    person ('Mrs.', 'the widow of') outweighs any pronouns. No first name votes: the
    text's own words say who is who ('Jean' is a man in France, and the text's Jean
    may be "she")."""
    out: dict[int, Counter[str]] = {}
    for person in people:
        votes = Counter({g: n * _CALLED for g, n in said_of.get(id(person), Counter()).items()})
        if votes:
            out[id(person)] = votes
    return out


_CALLED = 10  # votes of a title or a noun that says a person is a woman or a man


def _outweighs(
    focus: DraftEntity | None,
    other: DraftEntity,
    sought: str,
    gender: dict[int, str],
    mentions: Counter[int],
) -> bool:
    """Whether the one a text is about, of the gender a pronoun seeks, is meant rather
    than someone of no gender known named just before ('Harlowe protested each refusal.
    In 1893 she took on an assistant': Ollivant, the biography's subject)."""
    return (
        focus is not None
        and focus is not other
        and gender.get(id(other)) is None
        and gender.get(id(focus)) == sought
        and mentions[id(focus)] > mentions[id(other)]
    )


def _focus(
    recent: list[DraftEntity],
    said: str | None,
    gender: dict[int, str],
    mentions: Counter[int],
    seen: dict[int, DraftEntity],
) -> DraftEntity | None:
    """Whom a 'he' or 'she' means: of the people just named, one of that gender (the one
    the text names most), else one whose gender is unknown."""
    if not recent and not (said and seen):
        return None
    same = [p for p in recent if said and gender.get(id(p)) == said]
    if said and not same:  # "she" after a paragraph of men: the woman the text is about
        same = [p for p in seen.values() if gender.get(id(p)) == said]
    unknown = [p for p in recent if gender.get(id(p)) is None]
    pool = same or unknown or ([] if said else recent)
    if not pool:
        return None
    return max(
        pool, key=lambda p: (mentions[id(p)], p in recent, -recent.index(p) if p in recent else 0)
    )


_UNNAMED_END = re.compile(r"^(?:who|what)\s+(.*)\s+(?:it|them)\?$", re.IGNORECASE)


def _of_unnamed(question: str) -> bool:
    """Whether a drafted question ends in an 'it' or 'them' that it names nothing for:
    "What could no longer afford it?" (of "Many families could no longer afford it", the
    'it' a sentence before) asks of nothing a learner can tell. A noun before the pronoun
    may be what it stands for ("Who salted butter with it?", "... crowns on them?")."""
    found = _UNNAMED_END.match(question)
    if found is None:
        return False
    stop = language()["stopwords"]
    return not any(
        word[:1].isupper() or (fold(word) not in stop and _noun(fold(word)))
        for word in found.group(1).split()
    )


def _noun(word: str) -> bool:
    """Whether a word may name a thing: mostly a noun ("steam"), or a noun of a kind at all
    ("crowns", mostly a verb), never only something else ("longer", "nearly")."""
    share = noun_share(stem(word))
    return share >= _NOUN_SHARE or (share > 0 and noun_kind(word) is not None)


_NOUN_SHARE = 0.5


def _repeated(sentences: list[_Sentence], stop: frozenset[str], names: frozenset[str]) -> list[str]:
    """What a paragraph is about when no heading says: the rarer words of two or more of
    its sentences ("comet" in a paragraph that opens "The most famous discovery came on
    17 March", then tells of the comet), the most repeated first."""
    ranks: dict[str, int] = language()["ranks"]
    counts = Counter(
        w
        for s in sentences
        for w in dict.fromkeys(s.words)  # once a sentence, in the text's order: ties fall alike
        if w.isalpha()
        and len(w) > 2
        and w not in stop
        and (w not in names or noun_kind(w) is not None)  # "comet" of "Comet Halley"
    )
    said = [w for w, n in counts.most_common() if n >= _REPEATED]
    return [w for w in said if ranks.get(w, 10**6) > _GENERIC_RANK][:_REPEATED_WORDS]


def _step_nouns(text: str) -> list[str]:
    """ "step", "stage" for a sentence that counts a routine's steps ("First, ...",
    "Next, ...", "Finally, ..."); nothing for any other."""
    lang = language()
    opener = re.match(r"\s*([A-Za-z]+),", text)
    if opener is None or opener.group(1).lower() not in lang["step_openers"]:
        return []
    return list(lang["step_nouns"])


def _keywords(sentence: _Sentence, limit: int = _MAX_KEYWORDS) -> list[str]:
    """The words that single a passage out: its names, then its rarest words."""
    lang = language()
    stop = frozenset(lang["stopwords"])
    ranks: dict[str, int] = lang["ranks"]
    out = [e.name.lower() for e in sentence.names][:limit]
    taken = {w for e in sentence.names for w in split_words(e.name)}
    taken.update(a for e in sentence.names for a in e.aliases)
    # a word of an English phrase is the phrase ("nearly died" is no death): kept whole
    phrases, inside = _phrases_in(sentence.words)
    words = [w for w in dict.fromkeys(sentence.words) if w not in stop and w not in taken]
    words = [w for w in words if (len(w) > 2 or w.isdigit()) and w not in inside]
    words.sort(key=lambda w: -ranks.get(w, 10**6))
    return out + (phrases + words)[: max(0, limit - len(out))]


@lru_cache(maxsize=1)
def _english_phrases() -> frozenset[tuple[str, ...]]:
    """The stems of English's multi-word synonyms ("nearly died", "kicked out")."""
    return frozenset(
        key
        for group in language()["synonyms"]
        for member in group
        if len(key := tuple(stem(w) for w in split_words(member))) > 1
    )


def _phrases_in(words: list[str]) -> tuple[list[str], set[str]]:
    """The English phrases a sentence's words hold, and the words inside them."""
    known = _english_phrases()
    stems = [stem(w) for w in words]
    found: list[str] = []
    inside: set[str] = set()
    for i in range(len(words)):
        for n in (3, 2):
            if tuple(stems[i : i + n]) in known:
                found.append(" ".join(words[i : i + n]))
                inside.update(words[i : i + n])
                break
    return found, inside


# A list's intro: "Its main parts are:", "Her most important finds included:", "... in
# five main stages:", "... a mixture of several methods:".
_SAYS_LIST = re.compile(
    r"^(?P<subject>.+?)\s+(?P<verb>are|were|is|was|include|includes|included)\s*:?\s*[.:]?$",
    re.IGNORECASE,
)
_COUNTS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"]
)


def list_questions(intro: str) -> list[str]:
    """The questions a list's intro asks of its items, in a learner's words: "What are
    the five main stages?" and "What are the stages?" of "The cycle is described in five
    main stages:"; "What did her most important finds include?" of "Her most important
    finds included:". None when the intro is not worded so."""
    text = intro.strip().rstrip(":").strip()
    be = "were" if _past(text) else "are"
    said = _SAYS_LIST.match(text + ":")
    if said:
        subject = lower_first(said.group("subject"))
        verb = said.group("verb").lower()
        if verb.startswith("include"):
            return [f"What {'did' if verb == 'included' else 'does'} {subject} include?"]
        return [f"What {verb if verb in ('are', 'were') else be} {subject}?"]
    words = split_words(text)
    if len(words) < 2 or not looks_plural(words[-1]):
        return []  # no plural noun names what is listed
    stop = frozenset(language()["stopwords"])
    named = [words[-1]]  # "methods", "main stages", then the count: "five main stages"
    for word in reversed(words[-3:-1]):
        if word in stop or word in _COUNTS or word.isdigit() or word.endswith("ed"):
            break
        named.insert(0, word)
    before = words[-len(named) - 1]
    out = [f"What {be} the {' '.join(named)}?"]
    if (before in _COUNTS and before not in ("several", "many")) or before.isdigit():
        out.insert(0, f"What {be} the {before} {' '.join(named)}?")
    if len(named) > 1:
        out.append(f"What {be} the {named[-1]}?")
    return out


_ITEM = re.compile(
    r"^(?:and,?\s+)?(?:(?:finally|lastly|also),?\s+)?(?P<np>[^,;:()]+?)(?:,\s*(?P<rest>.*))?[;,.]?$"
)


def item_questions(item: str, intro: str) -> list[str]:
    """What a learner asks of one item of a list: "What happened to the three motor
    sledges?" of "three motor sledges, which broke down ..."; "What was a spinning
    mule?" of "a spinning mule" (after "The mill used four machines:")."""
    found = _ITEM.match(item.strip())
    if found is None:
        return []
    words = found.group("np").split()
    if not 1 <= len(words) <= _ITEM_WORDS or words[0].lower() in ("it", "they", "this"):
        return []  # a clause, not a thing listed
    if words[0].lower().endswith("ing"):
        return []  # "taking water outside one's window": an act, asked of otherwise
    thing = lower_first(found.group("np").strip())
    rest = found.group("rest") or ""
    plural = looks_plural(thing)
    be = ("were" if plural else "was") if _past(intro) else ("are" if plural else "is")
    out = [f"What {be} {thing}?"]
    if rest.startswith(("which ", "who ")) and _past(rest):
        out = [f"What happened to {thing}?"]
    # "The mill used four machines:" and "a power loom": "... the mill used a power loom?"
    said = _lists_after_verb(intro)
    if said:
        out.append(f"Is it true that {said} {thing}?")
    return out


def _lists_after_verb(intro: str) -> str | None:
    """An intro's words before what it lists, when a verb takes the list as its object
    ("The mill used" of "The mill used four machines:"), lower-cased; else None."""
    words = intro.strip().rstrip(":").split()
    if len(words) >= 2 and words[-1].lower() in ("include", "includes", "included"):
        return lower_first(" ".join(words))  # "Her finds included:"
    if len(words) < 3 or not words[-1].endswith("s"):
        return None
    stop = frozenset(language()["stopwords"])
    k = len(words) - 2  # back over "four main" to the word before them
    while k > 0 and len(words) - k <= 3 and words[k].lower() not in stop:
        if words[k].lower() in _COUNTS or words[k].isdigit():
            k -= 1
            break
        k -= 1
    verb = words[k].lower()
    if verb in ("is", "was", "its", "this", "has") or not (
        verb.endswith(("ed", "es", "s")) or verb in IRREGULAR_PAST or verb in ("had", "have")
    ):
        return None  # "... of several methods", "its main parts": no verb takes the list
    return lower_first(" ".join(words[: k + 1]))


def _past(clause: str) -> bool:
    """Whether a clause is told in the past ('was a mixture', 'sank in soft snow')."""
    if re.search(r"\b(?:is|are|has|have)\b", clause, re.IGNORECASE):
        return False
    if re.search(r"\b(?:was|were|had|\w+ed)\b", clause, re.IGNORECASE):
        return True
    return any(w in IRREGULAR_PAST for w in split_words(clause))


_ITEM_WORDS = 6  # words of a listed thing at most ("a small number of dog teams")


def _unshared(facts: list[DraftFact]) -> None:
    """Drop questions that ask for several facts in the same words ("What did Fleming
    do?"): they would send a learner to any of them; a fact keeps at least two."""
    stop = frozenset(language()["stopwords"])

    def key(question: str) -> frozenset[str]:
        return frozenset(stem(w) for w in split_words(question) if w not in stop)

    owners: dict[frozenset[str], set[str]] = {}
    for fact in facts:
        for question in fact.questions:
            owners.setdefault(key(question), set()).add(fact.id)
    for fact in facts:
        mine = list(dict.fromkeys(q for q in fact.questions if len(owners[key(q)]) == 1))
        if len(mine) < 2:
            body = fact.sentence.rstrip(".!?;,: ")  # a list item ends "...;"
            body = lower_first(body)  # "The ...", "A raised bog ...", but not "Mary ..."
            mine += [f"Is it true that {body}?", f"What does it mean that {body}?"]
        fact.questions = list(dict.fromkeys(mine))[:4]


# A passage that opens with a term and says what it is: "denitrification, which turns
# nitrate back into nitrogen gas", "Anammox, a shortcut in which ...".
_DEFINES = re.compile(r"^(?P<x>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2}),\s+(?:which|a|an)\s")


def _who_is(facts: list[DraftFact], sentences: list[_Sentence]) -> None:
    """'Who was X?' or 'What is X?', the commonest question about a name or a term, asked
    of the fact that says what X is: the first sentence that describes a name ('the
    geologist William Buckland', 'Tray, her faithful companion')."""
    asked: set[str] = set()
    stop = frozenset(language()["stopwords"])
    whole = " ".join(s.passage.text for s in sentences).lower()
    for fact, sentence in zip(facts, sentences, strict=True):
        questions = []
        for entity, _ in sentence.described:
            if entity.kind == "person":
                questions.append(f"Who was {entity.name}?")
            elif entity.kind != "place":
                questions.append(f"What is {entity.name}?")
        defined = _DEFINES.match(sentence.passage.text)
        if (
            defined
            and defined.group("x").split()[0].lower() not in stop
            and whole.count(defined.group("x").lower()) > 1  # a term the text uses again
        ):
            term = defined.group("x")  # "nitrification, which ..."
            plural = term.endswith("s") and not term.endswith(("ss", "is", "us"))
            questions.append(f"What {'are' if plural else 'is'} {lower_first(term)}?")
        for question in questions:
            if question.lower() not in asked:
                asked.add(question.lower())
                fact.questions.append(question)
    # a name no sentence describes is asked of the sentence that first names it
    for fact, sentence in zip(facts, sentences, strict=True):
        for entity in sentence.names:
            if entity.kind == "person":
                question = f"Who was {entity.name}?"
            elif entity.kind == "place":
                question = f"Where is {entity.name}?"
            else:
                question = f"What is {entity.name}?"
            if question.lower() not in asked:
                asked.add(question.lower())
                fact.questions.append(question)


_THE_HEAD = re.compile(r"\b[Tt]he ([a-z]+)\b")  # "The barrier was ...", "... of the barrier"


def _heads(sentences: list[_Sentence]) -> dict[tuple[int, str], DraftEntity]:
    """(topic, word) -> the one name of the topic that ends in that word ('Beardmore
    Glacier' for 'the glacier', 'South Pole' for 'the pole'): what 'the glacier' means
    in a section that names one glacier and no other."""
    named: dict[tuple[int, str], set[int]] = {}
    by_id: dict[int, DraftEntity] = {}
    for sentence in sentences:
        for entity in sentence.names:
            words = entity.name.split()
            if len(words) > 1 and entity.kind != "person":
                named.setdefault((sentence.topic, words[-1].lower()), set()).add(id(entity))
                by_id[id(entity)] = entity
    return {key: by_id[next(iter(ids))] for key, ids in named.items() if len(ids) == 1}


def _protagonists(sentences: list[_Sentence]) -> dict[int, DraftEntity]:
    """Per paragraph (its line), the person it names most often, if named twice or more."""
    counts: dict[int, Counter[int]] = {}
    people: dict[int, DraftEntity] = {}
    for sentence in sentences:
        tally = counts.setdefault(sentence.passage.line, Counter())
        for entity in sentence.names:
            if entity.kind == "person":
                tally[id(entity)] += 1
                people[id(entity)] = entity
    out = {}
    for line, tally in counts.items():
        if tally:
            key, n = tally.most_common(1)[0]
            if n >= 2:
                out[line] = people[key]
    return out


_HEADING_CUT = frozenset(
    ["of", "by", "in", "under", "against", "for", "to", "on", "at", "from", "with", "during"]
)


def _dated(year: str, text: str) -> str:
    """A sentence dated by "that year" with the year said just before ("In that year the
    Post Office appointed ...": "In 1874 the Post Office appointed ...")."""
    return _THAT_YEAR.sub(lambda m: ("I" if m[0][0].isupper() else "i") + f"n {year}", text, 1)


def _heading_questions(title: str, names: frozenset[str]) -> list[str]:
    """What a learner asks of a heading that opens a list: "What were the key advantages
    of the General Secretary role?" of "Key Advantages of the General Secretary Role",
    "What was the propaganda against Trotsky?", "What did exploiting the Lenin cult
    involve?"."""
    words = title.split()
    said = " ".join(w if _possessor(w) in names else w.lower() for w in words)
    if words[0].lower() == "the":
        said = said.split(" ", 1)[1] if " " in said else said
    head = [w.lower() for w in words]
    cut = next((k for k, w in enumerate(head) if w in _HEADING_CUT), len(head))
    noun = head[max(cut - 1, 0)]
    if head[0].endswith("ing"):
        return [f"What did {said} involve?", f"How did {said} work?"]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return [f"What were the {said}?", f"What are the {said}?"]
    return [f"What was the {said}?", f"What did the {said} involve?"]


def _possessor(word: str) -> str:
    """A heading word folded, a possessive's owner for "Stalin's"."""
    return re.sub(r"['\u2019]s$", "", fold(word))


def _facts(
    sentences: list[_Sentence],
    titles: list[str],
    prefixes: list[str],
    years: Counter[str],
    entities: Sequence[DraftEntity] = (),
    headed: frozenset[str] = frozenset(),
) -> list[DraftFact]:
    """A draft fact per passage: the resolved sentence, with its context where it leans.
    `headed`: the titles that are the text's own headings (not made up for it)."""
    ranks: dict[str, int] = language()["ranks"]
    stop = frozenset(language()["stopwords"])
    headings = [
        [
            w
            for w in split_words(t)
            if w.isalpha() and w not in stop and ranks.get(w, 10**6) > _GENERIC_RANK
        ][:2]
        for t in titles
    ]
    # a heading's names are what its section is about ("Notable Errors by Trotsky"):
    # every fact of the section answers questions that name them
    finder = NameFinder(entities)
    for k, title in enumerate(titles):
        named = [e.name.lower() for _, e in finder.find(split_words(title))]
        headings[k] = list(dict.fromkeys(named + headings[k]))
    taken: set[str] = set()
    names = frozenset(w for s in sentences for e in s.names for w in split_words(e.name))
    for k, title in enumerate(titles):
        if title not in headed:  # a paragraph titled by its first words: what it repeats
            headings[k] += _repeated([s for s in sentences if s.topic == k], stop, names)
    protagonist = _protagonists(sentences)
    heads = _heads(sentences)
    descriptions: dict[int, list[str]] = {}  # what the text calls each name, anywhere
    for s in sentences:
        for entity, said in s.described:
            descriptions.setdefault(id(entity), []).extend(said)
    for key, people in demonyms((s.text for s in sentences), descriptions).items():
        descriptions[key] = [*people, *descriptions[key]]
    descriptions = {key: list(dict.fromkeys(said)) for key, said in descriptions.items()}
    resolved = {s.passage.text: s.text for s in sentences}  # a list's intro, names put in
    glossary = glosses([s.passage.text for s in sentences])  # "a simple gas called ethylene"
    leads = _leads(sentences)
    facts: list[DraftFact] = []
    items: dict[str, list[str]] = {}  # a list's intro -> its items
    previous: _Sentence | None = None
    opening = False
    under: dict[int, list[str]] = {}  # a topic -> the items of the list under its heading
    routine: tuple[int, list[str]] | None = None  # the line of counted steps, its intro's words
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
            answer = _with_intro(intro, answer)
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
        keywords = _keywords(sentence)
        keywords += headings[sentence.topic]
        keywords += measured(passage.text)  # "38 kilograms": the weight a learner asks
        steps = _step_nouns(passage.text)  # "First, the observer ...": the first step
        if steps and previous is not None and previous.passage.line == passage.line:
            if routine is None or routine[0] != passage.line:  # "A night follows a routine."
                said = [w for w in previous.words if w.isalpha() and len(w) > 2]
                routine = (passage.line, [w for w in said if w not in stop][:_ROUTINE_KEYWORDS])
            keywords += steps + routine[1]  # each step is a step of that routine
        lead = leads.get(passage.line)
        if lead is not None and lead is not sentence:  # "The last step is glazing."
            keywords += _keywords(lead, _LEAD_KEYWORDS)
        if previous is not None and _leans_back(passage.text):
            keywords += [e.name.lower() for e in previous.names]
            keywords += _subject_head(previous.text, stop)  # "The plesiosaur ... Its neck"
            if len(previous.words) <= _SETUP_WORDS:  # "The apples go into the press.
                keywords += _keywords(previous, _SETUP_KEYWORDS)  # They ...": in the press
        for entity in sentence.names:  # "the Norwegian explorer" asks about Amundsen
            keywords += descriptions.get(id(entity), [])[:_DESCRIPTORS]
            keywords += class_words(entity)  # "Comet Halley": a comet
        keywords += glossed_in(passage.text, glossary)  # "this ethylene": the gas
        for head in _THE_HEAD.findall(passage.text):  # "the pole" is the South Pole here
            meant = heads.get((sentence.topic, head.lower()))
            if meant is not None and meant not in sentence.names:
                keywords.append(meant.name.lower())
                # what the text calls it too: "the charity" of "The trust offered half"
                keywords += descriptions.get(id(meant), [])[:_DESCRIPTORS]
        about = protagonist.get(passage.line)
        if about is not None and about not in sentence.names and not sentence.subject_person:
            keywords.append(about.name.lower())  # whom its paragraph is about
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
            if before is not None and _THAT_YEAR.search(answer):
                dated = before.group(1)
                answer, dated_text = (_dated(dated, t) for t in (answer, dated_text))
                keywords.append(dated)
        unique = year.group(1) if year and years[year.group(1)] == 1 else None
        questions = draft_questions(dated_text, sentence.subject_person, unique, names)
        questions = [q for q in questions if not q.startswith(_FILLERS)]
        questions += clause_questions(dated_text, sentence.subject_person)
        questions = [q for q in questions if not _of_unnamed(q)] or questions
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
    _unshared(facts)
    _who_is(facts, sentences)
    for fact in facts:  # a list's intro answers with its items
        listed = items.get(fact.source)
        if listed:
            fact.answer = _listed(fact.answer.rstrip(), listed, fact.source)
            asked = list_questions(fact.sentence)
            if asked:  # they replace "Is it true that ... stages:?"
                fact.questions = [
                    *asked,
                    *(q for q in fact.questions if not q.startswith(_FILLERS)),
                ]
    _told_in_turn(facts)
    _told_after(facts, lines)
    for topic, listed in under.items():  # the heading answers with its list's items
        title = titles[topic]
        body = f"{title}: {'; '.join(listed)}."
        at = next(k for k, f in enumerate(facts) if f.topic == topic)
        words = [w for w in split_words(title) if w not in stop]
        fact_id = _unique(slug(f"{prefixes[topic]} {title}", 4), taken)
        asked = _heading_questions(title, names)
        facts.insert(
            at, DraftFact(fact_id, body, title, asked, words, None, topic=topic, sentence=body)
        )
    for a, b in pairwise(facts):
        if a.topic == b.topic:
            a.related.append(b.id)
            b.related.append(a.id)
    return facts


def _told_after(facts: list[DraftFact], lines: list[int]) -> None:
    """A sentence announcing an event by its rank ("The worst year came in 1974.") or
    only leading in to the next ("Then came the first great setback.") answers with the
    sentence of its paragraph after it too, which tells what happened (see
    tutor/_draft_announce.py and tutor/_draft_lead_in.py), as a list's intro answers with
    its items: "what happened in 1974?" is answered by what did. Not when the next one
    carries it already ("That year ...")."""
    for k, (fact, after) in enumerate(pairwise(facts)):
        if lines[k] != lines[k + 1] or not (announces(fact.source) or leads_in(fact.source)):
            continue
        if not after.answer.startswith(fact.answer):
            fact.answer = f"{fact.answer.rstrip()} {after.sentence}"


def _told_in_turn(facts: list[DraftFact]) -> None:
    """A sentence announcing parts ("These were divided into three parts.") answers with
    the parts the next sentences tell one by one ("The first ...", "The next ...", "The
    last ..."), as a list's intro answers with its items: "what were the three parts?"."""
    for k, fact in enumerate(facts):
        announced = _ANNOUNCES.search(fact.source.strip())
        if announced is None:
            continue
        count = _ANNOUNCED.get(announced.group(1).lower()) or int(announced.group(1))
        parts = []
        for after in facts[k + 1 : k + 1 + count]:
            if after.topic != fact.topic or not _ORDINAL_OPENING.match(after.source):
                break
            parts.append(after.source.strip())
        if len(parts) == count and not all(_clause_of(p) in fact.answer for p in parts):
            fact.answer = f"{fact.answer.rstrip()} {' '.join(parts)}"


def _with_intro(intro: str, item: str) -> str:
    """A list item as one answer with its intro: "The weavers had three complaints: looms
    bought on credit"; after an intro that is a whole sentence ("The process had four
    stages.") the item is a sentence of its own ("... stages. First, the sea water ..."),
    never "stages.: First"."""
    item = item.rstrip(";,")
    if _sentence(intro) and item[:1].isupper():
        return f"{intro} {item}"
    return f"{intro.rstrip(':.').rstrip()}: {item}"


def _listed(intro: str, listed: Sequence[str], source: str) -> str:
    """A list's intro answering with its items: "... three complaints: looms; wages; rents."
    or, when the intro is a sentence and every item one too (the steps of a process), the
    sentences one after another (`source`: the intro as the text writes it; "The four
    steps are:" is drafted as the answer "The four steps are.")."""
    if _sentence(source.strip()) and all(item[:1].isupper() for item in listed):
        return " ".join([intro, *(f"{item}." for item in listed)])
    return f"{intro.rstrip(':.')}: {'; '.join(listed)}."


def _sentence(intro: str) -> bool:
    """Whether a list's intro is a whole sentence ("It had four stages."), not one that
    leads into its items ("The four steps are:", drafted as "The four steps are:.")."""
    return intro.endswith((".", "!", "?")) and not intro.rstrip(".").endswith((":", ";"))


def _clause_of(sentence: str) -> str:
    return sentence.strip().rstrip(".;,:")


# --- files --------------------------------------------------------------------------------


def _schema_line(schema: str) -> str:
    return f"{SCHEMA_LINE}{schema}"


def _knowledge_file(
    schema: str, topic_id: str, title: str, order: int, summary: str, facts: list[DraftFact]
) -> str:
    lines = [
        _schema_line(schema),
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


def _lexicon_file(schema: str, entities: list[DraftEntity]) -> str:
    lines = [
        _schema_line(schema),
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


def _topics(text: str) -> list[tuple[str, list[Passage]]]:
    """(title, passages) per topic: a section per heading; without headings, a paragraph."""
    parts = [s for s in sections(text) if s.passages]
    if len(parts) > 1 or not parts:
        return [(s.title or "Introduction", s.passages) for s in parts]
    # one section, titled or not: its title is the document's, and its paragraphs the
    # topics a lesson walks ("How Cheese Is Made" over nine paragraphs is nine steps)
    paragraphs: dict[int, list[Passage]] = {}
    line = 0
    for passage in parts[0].passages:  # a list stays with the paragraph that opens it
        if passage.kind == "sentence" or passage.intro is None:
            line = passage.line if passage.kind == "sentence" else line or passage.line
        paragraphs.setdefault(line, []).append(passage)
    if len(paragraphs) == 1:
        return [(parts[0].title or "Introduction", parts[0].passages)]
    return [("", group) for group in paragraphs.values()]


def _titled(
    topics: list[tuple[str, list[Passage]]], entities: Sequence[DraftEntity]
) -> list[tuple[str, list[Passage]]]:
    """The topics, a paragraph's (untitled) named by what its opening sentence is about."""
    if any(title for title, _ in topics):
        return topics
    names = [[e.name, *e.aliases] for e in entities]
    titles = paragraph_titles(
        [" ".join(p.text for p in group) for _, group in topics],
        [group[0].text for _, group in topics],
        names,
    )
    return [(title, group) for title, (_, group) in zip(titles, topics, strict=True)]


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
    topics = _topics(text)
    every = [p for _, passages in topics for p in passages]
    report("finding names", 1, 3)
    entities = find_entities([p.text for p in every])
    # the words a topic's facts take from its title are what its opening sentence says
    # (a name the shown title picks out is no heading of theirs)
    said = [title or paragraph_heading(group[0].text) for title, group in topics]
    topics = _titled(topics, entities)
    sentences = _read([(n, ps) for n, (_, ps) in enumerate(topics)], entities)
    report("drafting facts", 2, 3)
    years = Counter(y for p in every for y in YEAR.findall(p.text))
    taken_topics: set[str] = set()
    topic_ids = [_unique(slug(title, 3, "intro"), taken_topics) for title in said]
    prefixes = [slug(title, 1, "intro") for title in said]
    headed = frozenset(s.title for s in sections(text) if s.title)
    facts = _facts(sentences, said, prefixes, years, entities, headed)
    files = {f"knowledge/{source_name}": text if text.endswith("\n") else text + "\n"}
    files["knowledge/00-lexicon.yaml"] = _lexicon_file(knowledge_schema, entities)
    by_topic: dict[int, list[DraftFact]] = {}
    for fact in facts:
        by_topic.setdefault(fact.topic, []).append(fact)
    lesson: list[str] = []
    named = frozenset(w for e in entities for w in split_words(e.name))  # keep their capital
    for n, ((title, passages), topic_id) in enumerate(zip(topics, topic_ids, strict=True)):
        mine = by_topic.get(n, [])
        files[f"knowledge/{n + 1:02d}-{topic_id}.yaml"] = _knowledge_file(
            knowledge_schema, topic_id, title, n + 1, passages[0].text, mine
        )
        dialog = dialog_file(dialogs_schema, topic_id, mine, named)
        if dialog:
            files[f"dialogs/{n + 1:02d}-{topic_id}.yaml"] = dialog
            lesson.append(topic_id)
    report("drafting facts", 3, 3)
    order = lesson or topic_ids  # no dialog could be drafted: the topics still have an order
    files["dialogs/lesson.yaml"] = "\n".join(
        [
            _schema_line(dialogs_schema),
            "# The order a guided lesson walks the topics in (drafted: one topic per section).",
            "lesson:",
            *(f"  - {yaml_id(t)}" for t in order),
            "",
        ]
    )
    return files
