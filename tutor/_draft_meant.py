"""Whom a drafted sentence's 'he' or 'she' stands for, and the sentence with it put
back: the subject it goes on with, the person the text is about, the one just named,
someone named by title or brought in by a trade, or a role the text never names by
name ("Next he trims the wicks": "Next the keeper trims the wicks").

The scaffold's reading (`_draft_reading`) asks this of every sentence in turn, with the
`Thread` of what the sentences before it left.
"""

from __future__ import annotations

import re
from collections import Counter

from ._draft_gender_votes import GENDER, OPENING, sought_gender
from ._draft_names import DraftEntity, resolve_it, resolve_pronouns
from ._draft_questions import parse
from ._draft_roles import unnamed_person
from ._draft_thread import Thread
from ._source import Passage
from ._text import split_words

__all__ = ["meant"]

_FRONTED = frozenset(["he", "she", "his", "her"])  # of a clause before the subject
_PROTAGONIST = 3  # named this many times more than another: the one a 'he' or 'she' means
_LISTED = 3  # people named in one sentence that make a list, none of them its subject
# a subject 'he' or 'she' after an opening phrase describing them ("A judge who ..., he")
_OPENED_BY = re.compile(r"^(an?) ([a-z]+)\b[^,;:]{0,120}, (he|she)\b", re.IGNORECASE)
_PRONOUN_AT = re.compile(r"\b(?i:he|she|his|her|him)\b")


def meant(
    t: Thread,
    passage: Passage,
    words: list[str],
    found: list[tuple[int, DraftEntity]],
    fresh: bool,
) -> tuple[str, str]:
    """A sentence with its 'he', 'she' (or 'it') put back as what it stands for, and the
    role its 'he' or 'she' was read as ('' if none); `fresh`: it opens a paragraph."""
    if fresh or any(t.alive(e) for _, e in found):
        t.unnamed = None  # a new paragraph, or a name: the trade is told of no more
    if fresh:
        t.paragraph.clear()
    said = sought_gender(words)
    # a ship named after the sentence's first pronoun is not what it stands for
    # ("She was the only woman on the survey ship, the steam yacht Tern")
    first = next((k for k, w in enumerate(words) if w in GENDER), len(words))
    fits = [
        e
        for k, e in found
        if t.alive(e)
        and (k < first or id(e) not in t.vessels)
        and (not said or t.gender.get(id(e)) in (None, said))
    ]
    focus = _focus(t.recent, said, t.gender, t.mentions, t.seen)
    # the first person the last sentence names, if of no gender known, rather than
    # one named before who is not the one the text is about ("The engineer
    # Charles Draper ... came up with an answer. ..., he was inspired by ...")
    just = [p for p in t.last_people[:1] if said and t.gender.get(id(p)) is None]
    if (
        just
        and len(set(map(id, t.last_people))) < _LISTED  # not one of a list of names
        and focus is not None
        and focus not in t.last_people
        and t.mentions[id(focus)] < t.mentions[id(just[0])] + _PROTAGONIST
        and said not in t.last_left  # "Wray said that she could ... Her ...": hers
    ):
        focus = just[0]
    focus = t.paragraph.nearer(focus, said, t.gender)
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
        titled_as = t.by_title.get(opened.group(2).lower())
        if titled_as is not None and own not in (["he"], ["she"]):
            own = [opened.group(3).lower()]
    lead = [w for w in words[:OPENING] if w in GENDER][:1]
    before = t.last_subject
    if own not in (["he"], ["she"]) and lead in (["his"], ["her"]):
        # "The last keeper, Arthur Kitto, arrived in 1958. During his time ...",
        # "Her first step was ...": the one person the last sentence names, as a
        # subject 'he' or 'she' would be
        own = lead
        if before is None and len(set(map(id, t.last_people))) == 1 and not t.pronoun_subject:
            before = t.last_people[0]
    # "Then he lit the lamp": a subject 'he' among the first words, before any name
    early = [w for w in words[:OPENING] if w in GENDER][:1]
    opens = (
        own in (["he"], ["she"])
        or words[:1] in (["he"], ["she"])
        or (early in (["he"], ["she"]) and not found)
    )
    ahead = fronted.lead.lower().split()
    if _FRONTED & set(ahead) and any(
        t.alive(e) and t.gender.get(id(e)) in (None, said)
        for _, e in t.finder.find(split_words(fronted.subject))
    ):
        # "Before he died, the old glazier Peter Quill wrote ...", "Before his
        # death, Lenin had grown ...": the 'he' or 'his' of a clause before the
        # subject is that subject, no one named before
        text = passage.text
    elif (
        own in (["he"], ["she"])
        and len(set(map(id, t.last_people))) == 2
        and before is t.last_people[0]
        and t.gender.get(id(before)) != GENDER[own[0]]  # the subject is not "he"
        and (
            len({GENDER[w] for w in words if w in GENDER}) == 2
            # "Clara sold the business to Owen Pratt. He kept the name": a subject
            # known as a woman, and the one other person just named may be a man
            or (
                t.gender.get(id(before)) is not None
                and t.gender.get(id(t.last_people[1])) in (None, GENDER[own[0]])
            )
        )
    ):
        # "Senn married Tomas Lind. He shared the duties with her": 'he' and 'her'
        # are the two people just named, the subject pronoun the one not the subject
        meant = t.last_people[1]
        text = resolve_pronouns(passage.text, meant, False, t.gender)
    elif titled_as is not None and t.gender.get(id(titled_as)) in (None, GENDER[own[0]]):
        meant = titled_as
        text = resolve_pronouns(passage.text, meant, False, t.gender)
    elif opens and t.last_role and before is None:
        # "The lock keeper closes the gates. He then opens ...", "Next he trims
        # ...": the keeper, whom the text never names, not the last person it named
        text = _as_role(passage.text, t.last_role)
        kept_role = t.last_role if text is not passage.text else ""
    elif said and not found and _by_trade(passage.text, t.unnamed, t.by_title) in ("", said):
        # "Meanwhile the second pressman, the puller, laid a sheet ... Then he pulled
        # the bar": the puller, whom the text never names, not the last one it did
        text = passage.text
    elif (
        own in (["he"], ["she"], ["his"], ["her"])
        and before is not None
        and t.gender.get(id(before)) in (None, GENDER[own[0]])
        and not _outweighs(focus, before, GENDER[own[0]], t.gender, t.mentions)
        and words.index(own[0]) < OPENING  # the sentence opens with it
        and all(i > words.index(own[0]) for i, e in found if t.alive(e))
    ):
        # "Oates knew he was slowing them. Around 17 March he left the tent,
        # saying, according to Scott's diary, ...": a subject 'he' goes on with
        # the last sentence's subject, whoever else the sentence names later
        meant = before
        text = resolve_pronouns(passage.text, meant, False, t.gender)
    elif (
        said
        and not fits
        and said in t.carried
        # "The firm continued under Rosalind. ... the site of her first workshop":
        # a 'her' deep in the sentence goes on with the last one's subject only,
        # and only when it was the one of that gender the sentence named ("Sallow
        # wanted Quellbeck to train. The college refused him because he had no
        # Latin": either man)
        and (
            opens
            or lead[:1] in (["his"], ["her"], ["he"], ["she"])
            or (
                (bool(lead) or t.carried[said] is t.last_subject)
                and not _two_alike(t.last_people, t.gender)
            )
        )
    ):
        # "The dispute went to the office, where Inspector Ruth Haldane was asked
        # to review it. ..., she ordered a trial": the one woman just named, not
        # the one the text names most; and "Walter gave her the lead. Her
        # performance ...": still the one the unresolved 'her' went on with
        meant = t.carried[said]
        text = resolve_pronouns(passage.text, meant, False, t.gender)
    else:
        meant = focus
        text = resolve_pronouns(passage.text, meant, bool(fits), t.gender)
    if text is not passage.text and meant is not None and said:
        # "His son, Max Brandt, became director" read as Otto's: Otto is 'he' from
        # now on, not the 'she' of the next sentence
        t.gender.setdefault(id(meant), said)
    if text is passage.text and t.last_thing and t.last_thing[0] == passage.line:
        text = resolve_it(text, parse(text).subject, t.last_thing[1])
    return text, kept_role


def _by_trade(text: str, unnamed: str | None, titles: dict[str, DraftEntity]) -> str | None:
    """The gender of someone brought in by a trade, not by name, whom a sentence's first
    'he' or 'she' may stand for: one its own words name before it ("When the turner
    presses the treadle, ... he cuts"), else the one of the sentences before (`unnamed`)."""
    said = _PRONOUN_AT.search(text)
    here = unnamed_person(text[: said.start()], titles.keys()) if said else None
    return here if here is not None else unnamed


def _as_role(text: str, role: str) -> str:
    """A sentence with its subject 'he' or 'she' (among its first few words) replaced by
    the role the last sentence named its subject by ("Next he trimmed the wicks": "Next
    the keeper on duty trimmed the wicks")."""
    said = re.search(r"\b(?:he|she)\b", text, re.IGNORECASE)
    if said is None or len(text[: said.start()].split()) >= OPENING:
        return text
    name = role if said.start() == 0 else role[:1].lower() + role[1:]
    return text[: said.start()] + name + text[said.end() :]


def _two_alike(people: list[DraftEntity], gender: dict[int, str]) -> bool:
    """Whether a sentence names two people of one known gender."""
    kinds = Counter(gender.get(id(p)) for p in {id(p): p for p in people}.values())
    return any(n > 1 for kind, n in kinds.items() if kind is not None)


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
