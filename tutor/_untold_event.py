"""A drafted fact must tell of the event a when, how-many or who question asks about.

A hand-made fact lists the questions it answers; a drafted one (`draft: true`) has only
its sentence, so it is reached by the words it shares with a question, and a question off
the text shares its names: "When was the Central Interchange built?" of "By 2014 the
network had grown to 47 routes, nearly all of them running into the Central
Interchange": a date, but of something else. When the question says what it asks of its
names in words the text itself uses ("built": "a network built for frequency") and the
sentence holds none of them, the sentence does not tell of that. A word the text never
uses may be its event told in other words ("built" of "In 1934 the Authority completed
the Clunie Reservoir"): not counted against it. So too a "who" question naming no one,
of a sentence naming no one either: "Who owns the paper mill at Tarrock?" of "new users,
including a paper mill at Tarrock" tells no owning (the text says "own" elsewhere), while
"who painted the tower?" of "volunteers ... painted the tower" is answered.

"How many keepers died while serving on Gannet Rock?" of "Tregear served with two
assistant keepers": a count, but not of deaths. The word right after the things counted,
when a verb's past ("died", "signed"), must be held by the sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._analyze import Analyzer, Query
from ._gap import owners_in
from ._index import Hit, Index
from ._text import stem

__all__ = ["untold_event"]

_OF_WHAT = frozenset(["date", "number", "money", "duration"])  # a value, told of an event
_PARTIES = ("person", "group")
_OF_LIFE = frozenset(["date", "place", "number"])  # when, where, how old at it


def untold_event(analyzer: Analyzer, index: Index, query: Query, hit: Hit) -> bool:
    """Whether a drafted fact does not tell what a when, how-many or who question asks,
    in words the text uses (see the module's docstring)."""
    if not hit.fact.draft or query.leans or query.context:
        return False
    kinds = analyzer.entity_kinds
    held = index.held(hit.fact.id)
    words = dict(query.surface)
    own = analyzer.own_stems
    said = [t for t in query.terms if t not in kinds and t not in query.kind_terms]

    def used(t: str) -> bool:  # a word the text itself uses
        return words.get(t) is not None and stem(words[t]) in own

    if query.qtype in _OF_LIFE and query.entities and _untold_life(analyzer, said, held):
        return True  # "when was she born?" of "in 1762 she opened a glassworks"
    if query.qtype == "number" and _counted_event(query) not in (None, *held):
        return True  # "how many keepers died ...?" of a sentence where they only served
    if query.qtype in _OF_WHAT and query.entities and said:
        others = _owned_elsewhere(analyzer, index, query, hit) if query.qtype == "date" else set()
        return not any(t in held and t not in others for t in said) and all(map(used, said))
    if query.qtype == "person" and not any(kinds.get(e) in _PARTIES for e in query.entities):
        # naming no one, the sentence must at least tell the deed asked of
        return not index.offers(hit.fact.id, "person", query.terms) and any(
            t not in held and used(t) for t in said
        )
    return False


def _owned_elsewhere(analyzer: Analyzer, index: Index, query: Query, hit: Hit) -> set[str]:
    """The things a question says are someone's ("When did Henry Lisle's colliery
    close?") that a drafted sentence holds only by its paragraph ("the colliery owner
    Henry Lisle" before it), never saying them: it tells of him, not of his colliery."""
    owners = owners_in(query.text)
    names = analyzer.entity_names
    ends = {
        at + len(names.get(t, t).split())
        for t, at in query.spans
        if t in analyzer.entity_kinds and names.get(t, t).split()[-1].lower() in owners
    }
    says = {t for t, _ in analyzer.spans_of(hit.fact.answer)}
    return {
        t
        for t, at in query.spans
        if at in ends and t not in says and index.inherited(hit.fact.id, t)
    }


def _untold_life(analyzer: Analyzer, said: list[str], held: Mapping[str, float]) -> bool:
    """Whether a question asks of a life event ("born", "funeral") a sentence does not
    tell: a birth is told as one ("born", "birth", its synonyms), so a date beside other
    words is another event's. A death is not: "drowned", "was hanged", "fell" tell it."""
    death = analyzer.death_terms
    return any(t in analyzer.life_events and t not in held and t not in death for t in said)


def _counted_event(query: Query) -> str | None:
    """What befell the things a "how many" question counts, when a word says it right
    after them: the term of "died" in "how many keepers died while serving?"."""
    words = list(query.words)
    if "many" not in words:
        return None
    at = words.index("many") + 2  # "how many keepers died"
    if at >= len(words) or not words[at].endswith("ed"):
        return None
    terms = {word: term for term, word in query.surface}
    return terms.get(words[at])
