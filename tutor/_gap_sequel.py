"""Near misses of what came after: "what happened to Mercader after he killed Trotsky?" is
not answered by the killing itself; the next event told of him is, when the text tells
one. And "what happened to Mercader?" of a fact that names him only as the doer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._analyze import Analyzer, Query
from ._clauses import CLAUSE_OPENERS, clause_end
from ._content import Fact, Pack
from ._gap import Checks, Gap
from ._held_on import EVEN, holds_on
from ._index import Index
from ._lexicon import phrase_senses
from ._text import is_past, split_words, stem

__all__ = ["Sequel"]

_TEMPORAL = frozenset(["after", "once", "since"])  # "after he killed Trotsky"
_YES_NO_ASKS = frozenset(["did", "was"])  # of the words that end a time clause (_clauses)
_HAPPENED = (("happened", "to"), ("happen", "to"), ("became", "of"), ("become", "of"))
_CLAUSE_REACH = 4  # words after "after" within which its event is named
_WHILE = frozenset(["when", "while"])  # "who was killed when the guards fired?"
_DEEDS = frozenset(["person", "thing", None])  # who did it, what befell: not a value
_MOMENT = 2  # sentences after one telling a moment that may tell what befell in it
_HIS = [("he",), ("she",), ("they",)]  # "after he left ...": a deed of whom is asked of
_GOES_ON = frozenset(["and", "then", "so"])  # "..., and Finch kept the light burning"
_AHEAD = 6  # facts after the assumed event searched for the next one told of someone
# a fact's own time clause, to the punctuation that ends it: "After defeating Trotsky,"
_OWN_CLAUSE = re.compile(r"\b((?:after|once|since)\b[^,;:.!?]*)", re.IGNORECASE)


def _clause_as_said(query: Query) -> str:
    """The line from its "after" on, in the learner's spelling: "after he left the
    Ministry of Agriculture"; "after that" when it cannot be found."""
    words = query.words
    cut = next((k for k, w in enumerate(words) if w in _TEMPORAL and k > 0), None)
    found = re.search(rf"\b{words[cut]}\b", query.text, re.IGNORECASE) if cut else None
    return query.text[found.start() :].rstrip("?!. ") if found else "after that"


def _done(word: str) -> bool:
    """Whether a word of a time clause is its verb: "finished", "lost", "flying"."""
    return is_past(word) or word.endswith(("ed", "ing"))


class Sequel(Checks):
    """Whether the best fact tells what followed the event a question names."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index) -> None:
        super().__init__(pack, analyzer, index)
        self._order = {f.id: k for k, f in enumerate(pack.facts)}
        # "what happened to him after ...": the words that ask only what came next
        self._happen = frozenset(analyzer.analyze("happened became", correct=False).terms)

    def after(self, query: Query, fact: Fact) -> Gap | None:
        """A question about what followed an event, answered by the event itself."""
        words = query.words
        cut = next((k for k, w in enumerate(words) if w in _TEMPORAL and k > 0), None)
        if cut is None or self._particle(query, cut):
            return None
        if words[cut - 1] == EVEN and holds_on(split_words(fact.answer.lower())):
            return None  # "even after the attacks, what was she still good at?": what held on
        # the clause runs to the next question word: "even after all that, what did he ..."
        end = clause_end(words, cut)
        entities = set(query.entities)
        inside = range(cut + 1, end)
        main = {t for t, at in query.spans if at not in inside and t not in entities}
        clause = {t for t, at in query.spans if at in inside and t not in entities}
        held = self._index.held(fact.id)
        whom = [t for t, at in query.spans if at not in inside and t in entities]
        # the clause's subject, up to its own verb after a determiner ("once the steamer
        # was gone"): a verb the text never says proves nothing, it may be its "was sold"
        verb = next((k for k in inside if k > cut + 2 and words[k] in ("was", "did")), end)
        subject = {t for t, at in query.spans if cut < at < verb and t not in entities}
        if fact.draft and any(t not in self._index.postings for t in subject):
            # "what happened to Fell after the yard closed?" of a text that tells no
            # closing in any word: no drafted sentence tells what came after it
            return Gap(f"{self._happened(whom)} after that")
        if not clause & held.keys():  # the fact does not tell the event: when was it?
            return self._before(query, fact, inside, whom) if clause else None
        # "what became of Dravel after ..." asks only what came next of him, whatever a
        # draft asks of the event itself ("what happened in 1824?"); of no one, "what
        # happens after the curd is cut?" may be told by the event's own sentence, and
        # a pack's own "what happened to Vell?" says its sentence tells it
        asked = main - self._happen if whom and fact.draft else main
        if asked & held.keys() - clause:
            return None  # the fact holds something asked outside the clause: it may answer
        if self._tells_after(fact, clause) or self._goes_on(fact, clause, whom):
            return None  # "After defeating Trotsky, Stalin turned on ...": what came after
        done = {t for t, at in query.spans if at in inside and _done(words[at])}
        told = {t for t in done if t in self._index.postings}  # the text tells that verb
        if fact.draft and whom and told and not done & held.keys():
            # "what did Carrow do after the canal was finished?" of "Carrow had worked on
            # canals in the Midlands": a word of the event, not what befell it, so no
            # telling of what came after it (nor is the next sentence naming him that; a
            # runner-up telling all of it, or saying "after ..." itself, may). "After she
            # stopped flying" of "Ines never flew again" holds the event's own verb; "once
            # the steamer was gone" of a text that never says "gone" may be told in other
            # words ("The Heron was sold for scrap"), so it says nothing
            return Gap(f"{self._happened(whom)} {_clause_as_said(query)}", elsewhere=True)
        if main - held.keys() - self._happen:
            # "where did he live after 1929?": not of this fact's event at all, so no
            # jump to the next fact naming him; another fact may tell it
            return Gap(f"{self._happened(whom)} after that", elsewhere=True)
        return Gap(
            f"{self._happened(whom)} after that", self._next_of(fact, whom or list(entities))
        )

    def _particle(self, query: Query, cut: int) -> bool:
        """Whether the time word at `cut` is the particle of a phrasal verb WordNet lists
        ("go after": chase; "look after", "be after") with no object of its own: "who did
        they go after together?" asks whom they went for, not what came after. Not "who
        came after him?", nor "after the war" or "after leaving": what opens a time clause
        (a person, a name, a determiner, an -ing verb, a year) makes it one."""
        words = query.words
        if not phrase_senses(f"{stem(words[cut - 1])}_{words[cut]}", "v"):
            return False
        if cut + 1 == len(words):
            return True
        named = {k for t, k in query.spans if t in query.entities}
        after = words[cut + 1]
        if cut + 1 in named or self._analyzer.personal(after) or after.endswith("ing"):
            return False  # "go after leaving the workshop": a clause of its own
        return after not in CLAUSE_OPENERS and not after.isdigit()

    def during(self, query: Query, fact: Fact) -> Gap | None:
        """ "Who was killed when the guards fired into the crowd?" of "several guards fired
        into the crowd": a drafted sentence holding only the clause that sets the time
        tells when, not what the question asks; the next sentence or two, told of that
        moment, may hold it ("A young miner, Peter Ostrowski, was killed"): answer with it."""
        words = query.words
        cut = next((k for k, w in enumerate(words) if w in _WHILE and k > 1), None)
        if cut is None or not fact.draft or query.leans or query.qtype not in _DEEDS:
            return None  # (a value asked, "how old was she when ...?", wants its kind)
        inside = range(cut + 1, clause_end(words, cut))
        skip = set(query.entities) | query.kind_terms
        main = {t for t, at in query.spans if at not in inside and t not in skip}
        clause = {t for t, at in query.spans if at in inside}
        held = self._index.held(fact.id)
        if not main or main & held.keys() or not clause & held.keys():
            return None
        start = self._order[fact.id]
        for later in self._pack.facts[start + 1 : start + 1 + _MOMENT]:
            if later.answer == fact.answer or not main <= self._index.held(later.id).keys():
                continue
            if query.qtype is None or self._index.offers(later.id, query.qtype):
                return Gap("that", instead=later)
        return None

    def _before(self, query: Query, fact: Fact, inside: range, whom: Sequence[str]) -> Gap | None:
        """ "What did the Fourth International do after Trotsky died?" of a fact told
        before his death in the text: what it tells came before the event the question
        sets its time by, so it is not what came after. The event is the first fact
        holding everything the clause says, of whom it says it ("Trotsky", "died": his
        death, not Lenin's in a fact that also names Trotsky)."""
        index = self._index
        named = {t for t, at in query.spans if at in inside}
        bound = [(t, n) for t, n in query.bound if t in named]  # "Trotsky died": his death

        def tells(f: Fact) -> bool:
            if not named <= index.held(f.id).keys():
                return False
            at = index.position(f.id)
            return all(n in index.roles.names_of(at, t) for t, n in bound)

        order = self._order
        event = next((f for f in self._pack.facts if tells(f)), None)
        own = bool(whom) and query.words[inside.start : inside.start + 1] in _HIS
        if event is None and fact.draft and own:
            # "what did Quince do after he left the ministry?" of a text that tells no
            # leaving: no sentence holds his deed, so none tells what came after it
            # (another fact may tell it in other words). Not "once the steamer was
            # gone": a thing's end is told in many words ("sold for scrap")
            return Gap(f"{self._happened(whom)} {_clause_as_said(query)}", elsewhere=True)
        if event is None or order[fact.id] >= order[event.id]:
            return None  # the fact may well come after it
        # a fact nearly as good, told after the event, may say what came of it ("what
        # happened to the house after she died?": "In 1880 the house became ..."), so
        # the runner-ups are read first (this check faults any told before it)
        after = self._next_of(event, whom)
        return Gap(f"{self._happened(whom)} after that", after, elsewhere=True)

    def follows(self, query: Query, fact: Fact) -> bool | None:
        """For a question about what came after an event ("what happened to Kamenev
        after Trotsky lost?", "once Trotsky was out of the way, what did Stalin do to
        them?"), whether a fact itself says "after ..." of that event, names included
        ("After defeating Trotsky, ..."); None for other questions."""
        words = query.words
        cut = next((k for k, w in enumerate(words) if w in _TEMPORAL and k > 0), None)
        if cut is None and words[:1] and words[0] in _TEMPORAL:
            cut = 0  # "once Trotsky was beaten, who did he go after?": the clause opens it
        if cut is None:
            return None
        end = clause_end(words, cut)
        if cut == 0 and (end >= len(words) or words[end] in _YES_NO_ASKS):
            # "after that?": no question after the clause; "after he was exiled, did he
            # give up?": whether he did is asked, which its own words tell
            return None
        clause = {t for t, at in query.spans if cut < at < end}
        return self._tells_after(fact, clause) if clause else None

    def _tells_after(self, fact: Fact, clause: set[str]) -> bool:
        """Whether a fact says the same "after ..." itself: it tells what followed. Its
        own clause ends at a comma: "After defeating Trotsky, Stalin turned on ..." says
        what came after the defeat, not after the turning."""
        spans_of = self._analyzer.spans_of
        for found in _OWN_CLAUSE.finditer(fact.answer):
            told = spans_of(found.group(1))
            if any(t in clause and 0 < at <= _CLAUSE_REACH for t, at in told):
                return True
        return False

    def _goes_on(self, fact: Fact, clause: set[str], whom: Sequence[str]) -> bool:
        """Whether a fact goes on from the event to what the one asked of did next, in a
        clause of its own: "a storm broke the lantern glass, and Finch kept the light
        burning" (not "... was assassinated by Mercader": the event itself)."""
        words, spans = self._analyzer.words_and_spans(fact.answer)
        told = [at for t, at in spans if t in clause]
        return bool(told) and any(
            t in whom and at > min(told) and words[at - 1] in _GOES_ON for t, at in spans
        )

    def became(self, query: Query, fact: Fact) -> Gap | None:
        """ "What happened to Mercader?" of a fact that names him only as the doer."""
        words = query.words
        at = next((k for k in range(len(words) - 1) if (words[k], words[k + 1]) in _HAPPENED), None)
        if at is None:
            return None
        kinds = self._analyzer.entity_kinds
        whom = [t for t, k in query.spans if k > at + 1 and t in kinds]
        described = words[at + 2 : at + 3] == ("the",) and words[at + 3 : at + 4] != ()
        if not whom and (words[at + 2 : at + 3] in (("him",), ("her",)) or described):
            # "what happened to him?": whom the conversation says he is
            said = set(query.entities)
            whom = [t for t in query.terms if kinds.get(t) == "person" and t not in said][:1]
        if not whom or not self._only_doer(fact, whom[0]):
            return None
        return Gap(self._happened(whom))

    def _only_doer(self, fact: Fact, whom: str) -> bool:
        """Whether a fact names someone only as the doer: "assassinated ... by Mercader"."""
        words, spans = self._analyzer.words_and_spans(fact.answer)
        places = [at for term, at in spans if term == whom]
        return bool(places) and all(at > 0 and words[at - 1] == "by" for at in places)

    def _next_of(self, fact: Fact, whom: Sequence[str]) -> Fact | None:
        """The next fact after `fact` in the text's order that tells of one of `whom`."""
        start = self._order[fact.id]
        kinds = self._analyzer.entity_kinds
        wanted = {w for w in whom if kinds.get(w) == "person"}
        if not wanted:
            return None
        for later in self._pack.facts[start + 1 : start + 1 + _AHEAD]:
            if later.answer == fact.answer:
                continue
            told = any(t in wanted for t, _ in self._analyzer.spans_of(later.answer))
            if told and not self._only_doer(later, next(iter(wanted))):
                return later
        return None

    def _happened(self, whom: Sequence[str]) -> str:
        """ "what happened to Mercader" (to "the NKVD"), or "what happened" when nobody
        is named."""
        if not whom:
            return "what happened"
        name = self._names.get(whom[0], whom[0])
        if self._analyzer.entity_kinds.get(whom[0]) == "group" and not name.startswith("the "):
            name = f"the {name}"  # "the NKVD", as a body is spoken of
        return f"what happened to {name}"
