"""The scaffold's reading of a new text: every passage in order, with its names found
and its 'he', 'she', 'it' or 'they' replaced by whom or what it stands for, so that each
drafted fact reads on its own.

The first stage of the drafting pipeline (tutor/_scaffold.py), and its largest: the
keywords, the questions and the answers are all drafted from what it reads.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from ._draft_gender import described_gender, vessel_named
from ._draft_gender_votes import GENDER, OPENING, gender_priors, genders, sought_gender
from ._draft_names import DraftEntity, NameFinder, describe, resolve_it, resolve_pronouns, titled
from ._draft_pronouns import Paragraph, set_off_owners
from ._draft_questions import parse
from ._draft_roles import unnamed_person
from ._noun_kinds import noun_kind
from ._source import Passage
from ._text import fold, looks_plural, split_words

__all__ = ["Sentence", "read_sentences"]


@dataclass(slots=True)
class Sentence:
    """One passage as the scaffold reads it: words once, names found, pronouns resolved."""

    passage: Passage
    topic: int
    text: str  # pronouns replaced by names
    words: list[str]
    names: list[DraftEntity]
    subject_person: bool
    described: list[tuple[DraftEntity, list[str]]] = field(default_factory=list)


def read_sentences(
    parts: list[tuple[int, list[Passage]]], entities: list[DraftEntity]
) -> list[Sentence]:
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
    for (words, spanned), text in zip(spans, (p.text for _, ps in parts for p in ps), strict=True):
        found = [(i, e) for i, _, e in spanned]
        owners = set_off_owners(text, words, spanned)  # "Clara Mirren, Ada's successor,"
        readings.append((words, found, [(i, e) for i, e in found if i not in owners]))
    priors = gender_priors(said_of, [e for e in entities if e.kind == "person"])
    gender = genders(  # an owner set off after a name casts no vote: the head does
        [(w, f, n) for (w, _, f), n in zip(readings, fresh, strict=True)], alive, priors
    )
    gender.update(dict.fromkeys(vessels, "f"))
    out: list[Sentence] = []
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
    paragraph = Paragraph()  # the people the paragraph named so far
    n = 0
    for topic, passages in parts:
        for passage in passages:
            words, found, _ = readings[n]
            n += 1
            if fresh[n - 1] or any(alive(e) for _, e in found):
                unnamed = None  # a new paragraph, or a name: the trade is told of no more
            if fresh[n - 1]:
                paragraph.clear()
            said = sought_gender(words)
            # a ship named after the sentence's first pronoun is not what it stands for
            # ("She was the only woman on the survey ship, the steam yacht Tern")
            first = next((k for k, w in enumerate(words) if w in GENDER), len(words))
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
            focus = paragraph.nearer(focus, said, gender)
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
            lead = [w for w in words[:OPENING] if w in GENDER][:1]
            before = last_subject
            if own not in (["he"], ["she"]) and lead in (["his"], ["her"]):
                # "The last keeper, Arthur Kitto, arrived in 1958. During his time ...",
                # "Her first step was ...": the one person the last sentence names, as a
                # subject 'he' or 'she' would be
                own = lead
                if before is None and len(set(map(id, last_people))) == 1 and not pronoun_subject:
                    before = last_people[0]
            # "Then he lit the lamp": a subject 'he' among the first words, before any name
            early = [w for w in words[:OPENING] if w in GENDER][:1]
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
                and gender.get(id(before)) != GENDER[own[0]]  # the subject is not "he"
                and (
                    len({GENDER[w] for w in words if w in GENDER}) == 2
                    # "Clara sold the business to Owen Pratt. He kept the name": a subject
                    # known as a woman, and the one other person just named may be a man
                    or (
                        gender.get(id(before)) is not None
                        and gender.get(id(last_people[1])) in (None, GENDER[own[0]])
                    )
                )
            ):
                # "Senn married Tomas Lind. He shared the duties with her": 'he' and 'her'
                # are the two people just named, the subject pronoun the one not the subject
                meant = last_people[1]
                text = resolve_pronouns(passage.text, meant, False, gender)
            elif titled_as is not None and gender.get(id(titled_as)) in (None, GENDER[own[0]]):
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
                and gender.get(id(before)) in (None, GENDER[own[0]])
                and not _outweighs(focus, before, GENDER[own[0]], gender, mentions)
                and words.index(own[0]) < OPENING  # the sentence opens with it
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
            last_left = {GENDER[w] for w in words if w in GENDER} if text is passage.text else set()
            if not found and not any(w in GENDER for w in words):
                brought = unnamed_person(passage.text, by_title.keys())
                unnamed = unnamed if brought is None else brought
            _carry(carried, last_people, last_subject, words, gender)
            paragraph.add(words, [(i, e) for i, e in found if alive(e)], text is passage.text)
            if told:
                mine = list(dict.fromkeys(told))
                recent = (mine + [p for p in recent if p not in mine])[:_RECENT]
            out.append(
                Sentence(
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
    if said is None or len(text[: said.start()].split()) >= OPENING:
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
_RECENT = 4  # people remembered for a later 'he' or 'she'
_PROTAGONIST = 3  # named this many times more than another: the one a 'he' or 'she' means
_LISTED = 3  # people named in one sentence that make a list, none of them its subject
# a subject 'he' or 'she' after an opening phrase describing them ("A judge who ..., he")
_OPENED_BY = re.compile(r"^(an?) ([a-z]+)\b[^,;:]{0,120}, (he|she)\b", re.IGNORECASE)
# a subject 'he' or 'she' after an opening phrase ("Working with Clement Faye, he ...")
_FRONTED_HE = re.compile(r"^[^,;]{1,120}, (?:he|she)\b")


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
