"""Who a drafted text's 'he' is and who its 'she': the votes its pronouns cast for
the people named around them, with what the text calls someone counted first.

Apart from the reading that uses them (tutor/_draft_reading.py): the votes are read over
the whole text before any sentence is rewritten, and have their own rules (subjects
outweigh possessives, objects never vote).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ._draft_names import DraftEntity, is_object
from ._text import fold, language, split_words

__all__ = ["GENDER", "OPENING", "gender_priors", "genders", "sought_gender"]

_OWNERS = frozenset(["his", "her"])  # a possessive before a name: whose it is
GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m"} | {
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


def sought_gender(words: list[str]) -> str | None:
    """The gender of the pronoun a sentence's resolving would replace: its first subject
    or possessive 'he'/'she'/'his'/'her' ('He remained her partner' seeks a man)."""
    for k, w in enumerate(words):
        if w in GENDER and not is_object(w, words[k + 1] if k + 1 < len(words) else ""):
            return GENDER[w]
    return None


def genders(
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
            early = [w for w in words[: min(at, OPENING)] if w in ("he", "she")][:1]
            if last is not None and early and GENDER[early[0]] not in last_others:
                # "Mara Lisk was a glassblower. || In 1834 she was apprenticed to Amos
                # Fenn": a subject pronoun before the sentence's first name goes on
                strong.setdefault(id(last), Counter())[GENDER[early[0]]] += 1
        elif last is not None and len(last_kinds) < 2:  # its subject, or what it opens with
            # ('His ...'); not after a sentence saying both 'he' and 'she' ("Brede was known
            # for his temper, but he recognised her talent. || Within two years she was
            # grinding prisms"): either may be the one the next goes on with
            voter, weight = last, 1
            # "He later wrote that she had ...": the subject alone, not who he wrote of
            span = [w for w in words[:OPENING] if w in ("he", "she")][:1] or words[:1]
        others: set[str] = set()  # genders of people the span makes objects of
        if voter is not None and not persons:
            # "Holm showed her the openings. During the war she stayed": the one shown
            others = set(last_others)
        if voter is not None:
            for k, w in enumerate(span):
                nxt = span[k + 1] if k + 1 < len(span) else ""
                if w in GENDER and GENDER[w] in others:
                    continue  # "Holm showed her ..., and she kept his notes": hers
                if persons and words[0] in _SUBORDINATE and w in ("he", "she"):
                    continue  # "After Lind drowned in 1914, she asked ...": hers or his
                if persons and w in ("he", "she") and _past_phrase(words, at, span[:k], voter):
                    continue  # "Under Threlkeld she learned ...": the one he taught
                if w in ("he", "she") and k and span[k - 1] == "that":
                    continue  # "Lune later recalled that she could ...": who he recalled
                if w in ("he", "she") and k and span[k - 1] in _COMPARED:
                    continue  # "Sorr, two years older than she was": the one compared with
                if w in GENDER and (is_object(w, nxt) or _given(w, nxt)) and nxt != "own":
                    others.add(GENDER[w])
                elif w in ("he", "she") or (nxt == "own" and w in GENDER):
                    # "his own mark" is the subject's ("the town's own funds": no one's);
                    # a clause of its own ("Otto made the chocolate, and she ran the shop")
                    # may be someone else's, and counts as a next sentence would
                    joined = k > 0 and span[k - 1] in _CLAUSE_JOINS
                    strong.setdefault(id(voter), Counter())[GENDER[w]] += 1 if joined else weight
                elif w in GENDER and not is_object(w, nxt):
                    weak.setdefault(id(voter), Counter())[GENDER[w]] += 1
        last = persons[0][1] if len({id(e) for _, e in persons}) == 1 else None
        if last is not None and any(w in _OWNERS for w in words[: persons[0][0]]):
            # "Her assistant there was Arthur Bell. She retired in 1938": the sentence is
            # about the one its 'her' stands for, as the next one may be; not after a
            # subject ("In 1879 she married Edmund Harle. He had no interest ..."): Harle
            last = None
        last_kinds = {GENDER[w] for w in words if w in GENDER}
        last_others = {
            GENDER[w]
            for k, w in enumerate(words)
            if w in GENDER and is_object(w, words[k + 1] if k + 1 < len(words) else "")
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
    if not words or words[0] not in _FRONT_PREPOSITIONS or at > OPENING:
        return False
    own = set(split_words(fold(person.name)))
    # "At Brede's workshop she met ...": a noun or two the name owns may follow it
    rest = [w for w in between if w not in own]
    return len(rest) <= _OWNED_WORDS and not _CLAUSE_WORDS & set(rest)


_OWNED_WORDS = 2  # words after a name in an opening phrase: what it owns ("Brede's old shop")
# words that start a clause of the name's own, whose 'she' may be that person
_CLAUSE_WORDS = frozenset(["and", "or", "but", "who", "whom", "which", "that", "said", "says"])
_SUBORDINATE = frozenset(
    ["after", "before", "when", "while", "until", "once", "although", "though"]
)
_SAME_SENTENCE = 3  # a 'he' beside a name outweighs one opening the next sentence
OPENING = 6  # words before a sentence's own subject ('Around 17 March he ...') at most


def gender_priors(
    said_of: dict[int, Counter[str]], people: list[DraftEntity]
) -> dict[int, Counter[str]]:
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
