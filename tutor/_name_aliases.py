"""The short forms a learner calls a drafted text's names by, and whose each one is.

"Anning" is Mary Anning, "Fleming" Alexander Fleming, "the Authority" the Selden River
Authority: a learner rarely types a full name. Deciding which short forms a name has, and
which of several people sharing a surname owns it, is apart from finding the names; a
short form the text writes as a name of its own is folded into the full name here too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ._draft_entity import DraftEntity
from ._name_cues import side_place
from ._name_words import COMMON_RANK, CONNECTORS, DETERMINERS, KIND_OF, ROMAN, is_title
from ._text import fold, looks_plural

__all__ = ["add_aliases", "merge_short_forms"]


def add_aliases(
    found: dict[str, DraftEntity],
    ranks: dict[str, int],
    stop: frozenset[str],
    alone: set[str],
    mentions: dict[str, int],
    first_named: set[str],
    named: Sequence[tuple[str, list[str]]] = (),
) -> None:
    """Short names of people as aliases: the surname, the first name when the text uses it
    alone, and a shorter run of the full name ("De la Beche"). An alias has two letters or
    more, is a word of its own and no common word (unless the text writes it alone as a
    name). When family members share one (Mary, Richard and Joseph Anning), it goes to the
    one the text calls by it alone before it names another of them ("Tobias Wrenfield ...
    Wrenfield hired ... Wrenfield's daughter, Martha Wrenfield": Tobias, though Martha is
    named twice), else to the one alone of them the text's opening passage names (whom a
    biography is about: "Kell" is Tobias Kell, not his son named twice later), else to the
    one the text names most, first named on a tie, who is then marked for review; but to
    no one when three or more share it and the text never writes it alone as someone
    (unless the opening names the one it is about, named most), or when the text writes
    it right after naming another of them ("Arthur Messing
    ... In 1909 Messing ...": not Orla Messing's; docs/authoring.md promises an alias only
    for a surname no other entity shares), unless it goes to the one the opening names
    ("Her brother, Walter Rooke, ... In 1862 Rooke married" is still Ada Rooke's)."""
    order = {name: i for i, name in enumerate(found)}
    owners: dict[str, list[DraftEntity]] = {}
    for entity in found.values():
        words = [w for w in entity.name.split() if not is_title(w)]
        regnal = len(words) > 1 and ROMAN.match(words[-1]) is not None
        if regnal:
            words = words[:-1]  # "Haakon VII" is Haakon, "Elizabeth II" Elizabeth: no "vii"
        if entity.kind != "person" or len(words) < (1 if regnal else 2):
            continue
        if "of" in words[1:]:  # "Lapo Cerchi of Florence", "Hugo of Vellay": the name is
            # what comes before "of" (its given name too), never "of Florence"
            own = words[: words.index("of")]
            short = [w for w in own if not ROMAN.match(w)]  # "Baldric III": Baldric
            forms = [fold(" ".join(own)), fold(short[-1])] if short else []
            forms += [fold(short[0])] if len(short) > 1 and fold(short[0]) in alone else []
            forms = list(dict.fromkeys(forms))  # "Hugo of Vellay": "hugo" once
        else:
            forms = [fold(words[-1])]
            if fold(words[0]) in alone:
                forms.append(fold(words[0]))  # "Mary" alone in the text
            forms += [  # "van der laan", never "der laan" of Piet van der Laan
                fold(" ".join(words[k:]))
                for k in range(1, len(words) - 1)
                if words[k - 1] not in CONNECTORS
            ]
            forms = list(dict.fromkeys(forms))
        for alias in forms:
            if len(alias.replace(" ", "")) < 2 or alias in stop:
                continue
            if " " not in alias and not alias.isalpha():
                continue
            common = ranks.get(alias, COMMON_RANK + 1) <= COMMON_RANK
            if common and alias not in alone:
                continue  # "Young" is a word, unless the text writes "Young" alone as a name
            owners.setdefault(alias, []).append(entity)
    for alias, entities in owners.items():
        if len(entities) == 1:
            best = entities[0]
        else:
            opens = [e for e in entities if e.name in first_named]
            called = _called_alone(alias, entities, named)
            if called is not None:
                best = called
            elif len(opens) == 1:
                best = opens[0]  # a biography's subject: "Vors" is Alida Vors throughout
            else:
                best = max(entities, key=lambda e: (mentions.get(e.name, 0), -order[e.name]))
            if (
                called is None
                and len(opens) != 1
                and _just_after_another(alias, best, entities, named)
            ):
                continue  # "Arthur Messing ... In 1909 Messing ...": not Orla's, so no one's
            if (
                called is None
                and named
                and len(entities) >= _FAMILY
                and not _written_bare(alias, named)
                and not _the_subject(opens, entities, mentions)
            ):
                continue  # "Owen, Maeve and Tomas Brannagh", never "Brannagh" alone: no one's
        best.aliases.append(alias)
        if len(entities) > 1:
            best.sure = False  # shared by several people: the educator should check
            best.shared = True
        single = next((n for n in found if fold(n) == alias and found[n] is not best), None)
        if single:
            del found[single]  # "Fleming" alone is Alexander Fleming


def _called_alone(
    alias: str, entities: Sequence[DraftEntity], named: Sequence[tuple[str, list[str]]]
) -> DraftEntity | None:
    """The one of several people sharing a surname whom the text calls by the bare surname
    while they are the only one of them it has named yet: there it can mean no one else.
    Only a surname that names a doer of its own counts, not one written only as an owner
    ("Brayle's nephew, Cornelius Brayle" names the nephew, and the uncle only in passing)."""
    names = {e.name: e for e in entities}
    seen: list[DraftEntity] = []
    for sentence, in_sentence in named:
        for name in in_sentence:
            if name in names and names[name] not in seen:
                seen.append(names[name])
                if len(seen) > 1:
                    return None
            elif fold(name) == alias and len(seen) == 1 and _not_owner(name, sentence):
                return seen[0]
    return None


# people sharing a surname that make a family the text tells of, none its one subject
# by that name alone: two are most often the one the text follows and a relative
_FAMILY = 3


def _written_bare(alias: str, named: Sequence[tuple[str, list[str]]]) -> bool:
    """Whether the text writes a surname its people share alone as someone at least once
    ("In 1862 Rooke married ..."): only then may one of them be called by it; else the
    surname names none of them more than the others, and docs/authoring.md promises an
    alias only for a surname no other entity shares."""
    return any(
        (fold(name) == alias or _untitled(name) == alias)  # "Prelate Ruse": Ruse alone
        and (_names_a_doer(name, sentence) or _after_title(name, sentence))
        and not _modifies(name, sentence)
        for sentence, in_sentence in named
        for name in in_sentence
    )


def _untitled(name: str) -> str:
    """A name without the titles it opens with, folded ("Prelate Ruse": "ruse")."""
    words = name.split()
    while len(words) > 1 and is_title(words[0]):
        words = words[1:]
    return fold(" ".join(words))


def _after_title(name: str, sentence: str) -> bool:
    """Whether a sentence writes a surname alone after a title ("Marshal Aukstrand was
    wounded", "Prelate Ruse"): someone called by it, as a bare surname is."""
    if _untitled(name) != fold(name):
        return True  # the name found is the title and the surname
    return any(
        is_title(found.group(1))
        for found in re.finditer(rf"(\S+)\s+{re.escape(name)}\b(?!['\u2019]s?\b)", sentence)
    )


def _the_subject(
    opens: Sequence[DraftEntity], entities: Sequence[DraftEntity], mentions: dict[str, int]
) -> bool:
    """Whether one of the people sharing a surname is whom the text is about: the one
    its opening names, named more (in full or by the first name alone) than each other
    ("Ansel Quade" of a life of Ansel, whose learners call him "Quade" though the text
    writes it alone only as a mark, "the Quade card")."""

    def named(entity: DraftEntity) -> int:
        first = entity.name.split()[0]
        return mentions.get(entity.name, 0) + mentions.get(first, 0)

    return len(opens) == 1 and all(
        named(opens[0]) > named(e) for e in entities if e is not opens[0]
    )


def _modifies(name: str, sentence: str) -> bool:
    """Whether a sentence writes a name only before a noun it modifies ("Brannagh flour
    was sold"): a maker's or owner's mark, no one doing anything."""
    from ._draft_questions import IRREGULAR_PAST
    from ._lexicon import noun_share, verb_share
    from ._text import stem

    def noun(word: str) -> bool:  # "flour", not "patented" nor "sold"
        past = word.endswith("ed") or word in IRREGULAR_PAST
        return not past and noun_share(stem(word)) > verb_share(stem(word))

    after = re.findall(rf"\b{re.escape(name)}\b\s+([a-z]+)", sentence)
    return bool(after) and all(noun(w) for w in after)


def _just_after_another(
    alias: str,
    entity: DraftEntity,
    entities: Sequence[DraftEntity],
    named: Sequence[tuple[str, list[str]]],
) -> bool:
    """Whether the text writes the bare surname in the sentence that names another of the
    people sharing it in full, or in the next one, before naming this one again: "Arthur Messing,
    her uncle, was a chemist. In 1909 Messing patented ..." is Arthur, not Orla Messing
    whom the text names more; there the surname is no one's alias."""
    forms = {fold(other.name): other for other in entities}  # a full name: "his son Edmund"
    # of "Josiah Pellow ... his son Edmund ... Pellow had to pay" is no strong mention
    last: tuple[DraftEntity, int] | None = None
    for at, (sentence, in_sentence) in enumerate(named):
        for name in in_sentence:
            folded = fold(name)
            if folded == alias:
                near = last is not None and last[0] is not entity and at - last[1] <= 1
                if near and _names_a_doer(name, sentence):
                    return True
            elif folded in forms:
                last = (forms[folded], at)
    return False


def _names_a_doer(name: str, sentence: str) -> bool:
    """Whether a sentence writes a bare surname once at least as someone ("Messing
    patented"), not a firm ("Pellow & Drayce"), an owner ("Quade's method") or a thing's
    maker ("the Quade card", "boxes of Quade spectacles")."""
    pattern = rf"(\S+\s+)?\b{re.escape(name)}\b(?!\s*&|\s+and\b|['\u2019]s?\b)"
    for found in re.finditer(pattern, sentence):
        before = (found.group(1) or "").strip()
        if before.lower() not in (*DETERMINERS, "of", "by") and not before[:1].isupper():
            return True
    return False


def _not_owner(name: str, sentence: str) -> bool:
    """Whether a sentence writes a name once at least as no owner ("Wrenfield hired", not
    only "Wrenfield's daughter")."""
    for found in re.finditer(rf"\b{re.escape(name)}\b(?!['\u2019]s?\b)", sentence):
        before = sentence[: found.start()].split()[-1:]
        if not before or not before[0][:1].isupper():  # not "Cornelius Brayle": his name
            return True
    return False


def merge_short_forms(found: dict[str, DraftEntity], mentioned: Collection[str]) -> None:
    """Names that are a longer name written again short, folded into it as its aliases:
    "the Authority" of "the Selden River Authority", "Greystone" of "the Greystone Copper
    Company", "Brother Aldwin" of "Brother Aldwin Tarrow", "Tamm" of "River Tamm" ("the
    Annings" of Mary Anning is dropped). As an entity of its own a short form would take
    the learner's word from the full name. `mentioned` is every name the text writes,
    entity or not."""
    # "the Authority" after "the Selden River Authority": the one longer name of its kind
    # that ends in that word, as a short form (not a second entity of its own)
    ends: dict[str, list[DraftEntity]] = {}
    for entity in found.values():
        words = [fold(w) for w in entity.name.split()]
        if len(words) > 1 and entity.kind != "person":
            # "University of Brenholt" ends in its owner: its head is the word before 'of'
            # ("the University"), and "Brenholt" alone is the city, no short form of it
            at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
            ends.setdefault(words[at], []).append(entity)
    for name in [n for n in found if " " not in n]:
        longer = [
            e
            for e in ends.get(fold(name), [])
            # "Pipers" alone is the Kellan Bay Pipers, whatever kind its cues guessed
            if e.kind == found[name].kind or (e.kind == "group" and looks_plural(fold(name)))
        ]
        if len(longer) == 1:
            longer[0].aliases.append(fold(name))
            del found[name]
    # "the Players" after "the Harrow Street Players": a group's last word written alone
    # with its capital (a common word, so never a name of its own), one group's only
    for word, owners in ends.items():
        groups = [e for e in owners if e.kind == "group"]
        said = [n for n in mentioned if fold(n) == word and n not in found]
        if len(owners) == 1 and groups and said and word not in groups[0].aliases:
            groups[0].aliases.append(word)
    # "Greystone" after "the Greystone Copper Company": a firm called by its first word,
    # when one group alone opens with it and the text does not say the word is a person
    firsts: dict[str, list[DraftEntity]] = {}
    for entity in found.values():
        words = entity.name.split()
        if len(words) > 1 and entity.kind == "group":
            firsts.setdefault(fold(words[0]), []).append(entity)
    for name in [n for n in found if " " not in n]:
        if (found[name].sure and found[name].kind != "group") or found[name].kind == "place":
            continue  # "Ellisay" the island beside the Ellisay Crofters Union
        firms = firsts.get(fold(name), [])
        if len(firms) == 1:
            firms[0].aliases.append(fold(name))
            del found[name]
    # "Brother Aldwin" after "Brother Aldwin Tarrow": a person named again by the first
    # words of a full name, which one person alone of the text's names opens with, is that
    # person (as a second entity it would take the learner's "Aldwin" from the first)
    people = [e for e in found.values() if e.kind == "person"]
    for name in [n for n, e in found.items() if " " in n and (e.kind == "person" or not e.sure)]:
        fuller = [e for e in people if e.name.startswith(name + " ")]
        if len(fuller) == 1:
            fuller[0].aliases.append(fold(name))
            del found[name]
    # "Tamm" after "River Tamm", "London" after "Central London": the place named again
    # without its head word, when the text names no other place with that rest
    rests: dict[str, list[DraftEntity]] = {}
    for entity in found.values():
        words = entity.name.split()
        if entity.kind == "place" and (
            side_place(words) or (len(words) > 1 and KIND_OF.get(fold(words[0])) == "place")
        ):
            rests.setdefault(" ".join(words[1:]), []).append(entity)
    for rest, places in rests.items():
        single = found.get(rest)
        if len(places) == 1 and single is not None and (not single.sure or single.kind == "place"):
            places[0].aliases.append(fold(rest))
            del found[rest]
    # "the Annings" is the family of Mary Anning, no name of its own: as an entity it
    # would take the learner's "Anning" (one stem) from her
    aliases = {a for e in found.values() for a in e.aliases}
    for name in [n for n in found if " " not in n and fold(n).endswith("s")]:
        if fold(name)[:-1] in aliases:
            del found[name]
