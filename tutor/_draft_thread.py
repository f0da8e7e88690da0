"""What one drafted sentence leaves for the next to read its 'he', 'she', 'it' or
'they' by: the people named so far and how often, the last subject (a person, a role
or a thing), whom each gender's pronoun goes on with, the titles names were given.

The scaffold's reading (`_draft_reading`) keeps one `Thread` through a text: whom a
sentence's pronoun means (`_draft_meant`) is read from it, and what the sentence says,
as resolved, is put back into it (`Thread.remember`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from ._draft_gender_votes import GENDER
from ._draft_names import DraftEntity, NameFinder, titled
from ._draft_pronouns import Paragraph
from ._draft_questions import parse
from ._draft_roles import unnamed_person
from ._noun_kinds import noun_kind
from ._source import Passage
from ._text import fold, looks_plural, split_words

__all__ = ["Thread"]


@dataclass(slots=True)
class Thread:
    """The reading's memory from sentence to sentence, and its tables: the names found
    (`finder`), each person's gender (`gender`, by id) and the ships (`vessels`)."""

    finder: NameFinder
    gender: dict[int, str]
    vessels: set[int]
    # people of the last sentences, the latest first
    recent: list[DraftEntity] = field(default_factory=list)
    # the groups named so far, the latest first
    groups: list[DraftEntity] = field(default_factory=list)
    # per gender, the one its pronouns go on with
    carried: dict[str, DraftEntity] = field(default_factory=dict)
    last_thing: tuple[int, str] | None = None  # (paragraph, what its last subject is)
    mentions: Counter[int] = field(default_factory=Counter)  # how often each was named so far
    seen: dict[int, DraftEntity] = field(default_factory=dict)  # everyone named so far
    last_subject: DraftEntity | None = None  # the person the last sentence is about
    pronoun_subject: bool = False  # whether the last sentence's subject is a 'he' or 'she'
    last_role: str = ""  # whom the last sentence is about by role ("The lock keeper"), if so
    # the people the last sentence names, in order
    last_people: list[DraftEntity] = field(default_factory=list)
    # genders of the pronouns the last sentence kept
    last_left: set[str] = field(default_factory=set)
    # "professor": the last person named so
    by_title: dict[str, DraftEntity] = field(default_factory=dict)
    unnamed: str | None = None  # the gender of one brought in by a trade since any name
    # the people the paragraph named so far
    paragraph: Paragraph = field(default_factory=Paragraph)

    def alive(self, entity: DraftEntity) -> bool:
        """Whether one 'he' or 'she' may stand for it: a person, or a ship."""
        return entity.kind == "person" or id(entity) in self.vessels

    def remember(
        self,
        passage: Passage,
        text: str,
        words: list[str],
        found: list[tuple[int, DraftEntity]],
        kept_role: str,
    ) -> tuple[list[DraftEntity], bool]:
        """Take in a sentence as resolved (`text`, its `words` and the names `found` in
        them; `kept_role`, the role its 'he' or 'she' was read as): its names, with those
        named by title before, and whether its subject is a person."""
        names = list(dict.fromkeys(e for _, e in found))
        # "The professor noticed her notes": Professor Alaric Venn, named by title before
        names += [
            self.by_title[b]
            for a, b in pairwise(words)
            if a == "the" and b in self.by_title and self.by_title[b] not in names
        ]
        self.by_title.update(titled(words, found))
        parsed = parse(text)
        head = self.finder.find(split_words(parsed.subject))
        # what a later 'it' or 'they' of the paragraph stands for: a subject that is
        # a thing, a group or plural nouns, named or not ("The company was hit hard.
        # It lost ...": the Tamsin Company, if the company is the one the text named)
        said_of_thing = _thing_subject(parsed.subject, head, self.groups)
        if said_of_thing and re.search(rf"\bthe {re.escape(said_of_thing)}", text):
            said_of_thing = f"the {said_of_thing}"  # "the Players bought ..."
        if _SECOND_CLAUSE.search(text) or _described_after(text, parsed.subject):
            said_of_thing = ""  # "The chapel had no stage, so the members built one.
            # It was finished ...": the 'it' may be the later clause's
        self.last_thing = (passage.line, said_of_thing) if said_of_thing else None
        self.groups = [e for _, e in found if e.kind == "group"] + self.groups
        opener = [e for i, e in found if i == 0 and e.kind == "person"]  # "Oates, whose ..."
        # "Edgar Evans, weakened by ..., died": a name opening the sentence is its subject
        subject_person = any(e.kind == "person" for _, e in head) or bool(opener)
        # "Keepers worked a cycle of eight weeks": a noun naming people asks "Who ...?"
        own_head = split_words(parsed.subject)[-1:]
        subject_kind = noun_kind(own_head[0]) if own_head else None
        self.last_role = ""
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
            and not self.finder.find(split_words(role))
            and not any(e.kind == "person" for e in names)
        ):
            # "Before sunset, the keeper on duty climbed ...": a lead naming no one
            self.last_role = role[:1].upper() + role[1:]
        self.last_subject = next((e for _, e in head if self.alive(e)), None) or next(
            iter(opener), None
        )
        if len({id(e) for _, e in head if self.alive(e)}) > 1 and " and " in parsed.subject:
            self.last_subject = None  # "Faye and Osk were ...": no one 'he' goes on with
        if self.last_subject is not None and any(
            p is not self.last_subject
            and self.gender.get(id(p)) is not None
            and self.gender.get(id(p)) == self.gender.get(id(self.last_subject))
            for p in _later_subjects(text, self.finder, self.alive)
        ):
            # "Ferrand accused Ansel of waste, and after a quarrel Ansel walked home":
            # two subjects, either of whom the next 'he' may go on with
            self.last_subject = None
        # "..., he developed a method. His foreman was ...": the 'he' left as written is
        # whom the 'his' goes on with, not the one person the sentence names
        self.pronoun_subject = parsed.subject.lower() in ("he", "she") or bool(
            _FRONTED_HE.match(text)
        )
        # a 'she' read as Ollivant names her as much as 'Ollivant' does: the one a
        # biography is about stays the one named most, however rarely by name
        told = [e for _, e in found if self.alive(e)]
        for person in told:
            self.mentions[id(person)] += 1
            self.seen[id(person)] = person
        self.last_people = [e for e in names if self.alive(e)]  # 'he' resolved too
        # the genders of the pronouns of a sentence left as written: someone it does
        # not name (one rewritten "In Colborne's ruling, she ordered" names her)
        self.last_left = (
            {GENDER[w] for w in words if w in GENDER} if text is passage.text else set()
        )
        if not found and not any(w in GENDER for w in words):
            brought = unnamed_person(passage.text, self.by_title.keys())
            self.unnamed = self.unnamed if brought is None else brought
        _carry(self.carried, self.last_people, self.last_subject, words, self.gender)
        self.paragraph.add(words, [(i, e) for i, e in found if self.alive(e)], text is passage.text)
        if told:
            mine = list(dict.fromkeys(told))
            self.recent = (mine + [p for p in self.recent if p not in mine])[:_RECENT]
        return names, subject_person


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


# a subject 'he' or 'she' after an opening phrase ("Working with Clement Faye, he ...")
_FRONTED_HE = re.compile(r"^[^,;]{1,120}, (?:he|she)\b")

_RECENT = 4  # people remembered for a later 'he' or 'she'


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
        elif alike or not any(GENDER.get(w) == kind for w in words):
            carried.pop(kind, None)
