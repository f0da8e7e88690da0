"""People named by what they did: the agent noun of a deed a text tells of a name.

"Garrow bought most of the plait" makes Garrow the buyer, "Venn, who taught mechanics"
the teacher: a learner who does not recall a name calls its bearer so ("what did the
buyer pay?"), or says the deed itself ("the man who taught her"). The agent noun is
WordNet's: a form it derives from the verb's stem in a sense in real use
(`tutor/data/wordnet.tsv`), and a noun whose first sense names a person ("buyer",
"teacher", "founder"; never "computer" of "computed"), so no hand list of trades.

Read from the active voice only, with the name as the verb's subject, next to it or
through "who": "the plait was bought by Garrow" already names the deed's doer, and the
passive's agent nouns lead to the deed (`_draft_describe.ranks_and_deeds`). A deed
denied ("never bought") makes no buyer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ._draft_entity import DraftEntity, NameFinder
from ._draft_questions import is_verb
from ._lexicon import deed_agents
from ._noun_kinds import noun_kind
from ._text import lemma, stem

__all__ = ["agent_nouns", "doers", "said_doer", "served_as"]

# words between a name and its verb that keep the name its subject ("Garrow later bought")
_BETWEEN = frozenset(
    ["also", "later", "then", "soon", "finally", "first", "once", "still", "had", "has", "who"]
)
_BETWEEN_MAX = 2
_TO_AS = 4  # words from a name to the "as" of its post ("took his place as")
_POST_WORDS = 3  # words of a post ("chief engineer")
_ASIDE = 12  # pieces of an apposition between a name and its verb, commas included
# a verb that tells no deed of its subject: a state, a saying, a link ("was", "said")
_NO_DEED = frozenset(
    [
        *("was", "were", "is", "are", "be", "been", "became", "become", "remained", "seemed"),
        *("did", "does", "do", "had", "has", "have", "said", "says", "told", "asked"),
        *("could", "would", "should", "might", "must", "may", "can", "will", "shall"),
        *("never", "not", "and", "or", "but", "of", "to", "in", "on", "at", "by", "with"),
    ]
)
# what a learner calls someone whose deed follows: "the guy who ran the works"
_SOMEONE = frozenset(
    [
        *("one", "man", "woman", "person", "guy", "lady", "fellow", "chap", "bloke"),
        *("lad", "girl", "boy", "gentleman", "people", "folks", "folk", "men", "women"),
    ]
)
_RELATIVE = frozenset(["who", "that"])


_ENDS = ("er", "or", "r")  # what English adds to a verb for its doer ("buyer", "surveyor")


def _bases(verb: str) -> list[str]:
    """A folded verb form's possible bases: its lemma ("bought": buy) or the form less
    its ending ("surveyed": survey; "designed": design; "planned": plan; "carried": carry)."""
    base = lemma(verb)
    if base != verb:
        return [base]
    out = [verb]
    for end in ("ed", "es", "s", "d"):
        if verb.endswith(end) and len(verb) - len(end) >= 3:
            root = verb[: -len(end)]
            out.append(root)
            if root[-1:] == root[-2:-1]:
                out.append(root[:-1])  # "planned"
            if root.endswith("i"):
                out.append(root[:-1] + "y")  # "carried"
    return out


@lru_cache(maxsize=4096)
def agent_nouns(verb: str) -> frozenset[str]:
    """The person nouns for the doer of a folded verb form ("bought": buyer;
    "taught": teacher; "surveyed": surveyor): WordNet's derived forms of its stem in a
    sense in real use, and the base with a doer's ending, each a noun whose first sense
    is a person ("computed" makes no "computer")."""
    if not verb.isalpha() or len(verb) < 3:
        return frozenset()
    nouns = set(deed_agents(stem(verb)))
    for base in _bases(verb):
        nouns.update(base + end for end in _ENDS if not (end == "r") ^ base.endswith("e"))
        if base.endswith("e"):
            nouns.add(base[:-1] + "or")  # "create": creator
    # "designer" is stemmed as "design", a thing: the verb's own term says it already
    return frozenset(
        n for n in nouns if noun_kind(n) == "person" and stem(n) not in (stem(verb), verb)
    )


def doers(text: str, finder: NameFinder) -> list[tuple[DraftEntity, str]]:
    """(entity, agent noun) for each deed a sentence tells a name did, in the active
    voice: "Garrow bought the plait", "Garrow, a merchant, bought", "Venn, who taught"."""
    from ._draft_describe import sentence_pieces

    pieces, words, owner = sentence_pieces(text)
    low = [p.lower() for p in pieces]
    out: list[tuple[DraftEntity, str]] = []
    spans = finder.spans(words)
    for n, (i, length, entity) in enumerate(spans):
        k = owner[i + length - 1] + 1
        if n + 1 < len(spans) and low[k : k + 1] == ["and"] and owner[spans[n + 1][0]] == k + 1:
            continue  # "Garrow and Pell bought": neither alone
        if low[k : k + 2] == [",", "who"]:
            k += 1  # "Venn, who taught"
        elif low[k : k + 1] == [","] and low[k + 1 : k + 2] in (["a"], ["an"], ["the"]):
            end = next((j for j in range(k + 2, min(k + _ASIDE, len(low))) if low[j] == ","), 0)
            if not end:
                continue
            k = end + 1  # "Garrow, a merchant from the mainland, bought"
        between = 0
        while k < len(low) and low[k] in _BETWEEN and between < _BETWEEN_MAX:
            k, between = k + 1, between + 1
        if k >= len(low) or low[k] in _NO_DEED or not pieces[k][:1].islower():
            continue
        if low[k + 1 : k + 2] == ["by"]:
            continue  # "Garrow, chosen by the guild": a deed done to it
        following = pieces[k + 1] if k + 1 < len(pieces) else None
        if is_verb(pieces[k], pieces[k - 1], following):  # "the Pradell farm": no deed
            out.extend((entity, noun) for noun in agent_nouns(low[k]))
    return out


def served_as(text: str, finder: NameFinder) -> list[tuple[DraftEntity, list[str]]]:
    """(entity, describing words) for a post a sentence says a name held "as": "appointed
    Edmund Carrow as chief engineer", "Oshen took his place as chancellor", "Pell worked
    as a clerk". The words end in a noun naming a person ("as a boy" is no post, "saw it
    as a chance" no person)."""
    from ._draft_describe import sentence_pieces

    pieces, words, owner = sentence_pieces(text)
    low = [p.lower() for p in pieces]
    out: list[tuple[DraftEntity, list[str]]] = []
    for i, length, entity in finder.spans(words):
        if entity.kind != "person":
            continue  # "sent to Stavenholm as an apprentice": she is, not the town
        k = owner[i + length - 1] + 1
        at = next((j for j in range(k, min(k + _TO_AS, len(low))) if low[j] == "as"), None)
        if at is None or any(not pieces[j][:1].isalpha() for j in range(k, at)):
            continue
        j = at + 1
        if low[j : j + 1] in (["a"], ["an"], ["the"]):
            j += 1
        run: list[str] = []
        while j < len(pieces) and len(run) < _POST_WORDS and pieces[j][:1].islower():
            run.append(low[j])
            j += 1
        while run and noun_kind(run[-1]) != "person":
            run.pop()  # "as chief engineer of the company": its last person noun
        if run:
            out.append((entity, run))
    return out


def said_doer(words: Sequence[str], at: int) -> tuple[int, frozenset[str]] | None:
    """(end, agent nouns) of a learner's "guy who ran" starting at `at` (after "the"):
    someone called by a deed the relative clause tells; None if the words are not so."""
    k = at
    if k < len(words) and words[k] in _SOMEONE:
        k += 1
    if k == at or k + 1 >= len(words) or words[k] not in _RELATIVE:
        return None
    k += 1
    while k < len(words) and words[k] in _BETWEEN and words[k] != "who":
        k += 1
    if k >= len(words) or words[k] in _NO_DEED:
        return None
    agents = agent_nouns(words[k])
    return (k + 1, agents) if agents else None
