"""Questions the text answers only nearly: it tells of the person and the event, not of
what is asked.

"What illness did Lenin die of?" shares Lenin, illness and death with "Trotsky missed
Lenin's funeral due to illness", and a bag of words takes that for the answer. It is not:
the illness there is Trotsky's. A tutor that answers it teaches something false; an honest
one says the text does not say, and what it does say nearby. Each check here reads the
question's analysis against the best fact and names what the fact does not give:

- the kind of answer: "how long" wants a span of time, "how many" a count, "where" a
  place other than the one named, "when" a date (unless the pack asks the fact so);
- someone the text never names ("Krupskaya"), or a person the question names that the
  fact never tells of ("what did Lenin's testament say about Trotsky?");
- whose it is: "what illness did Lenin ..." is not answered by a fact whose illness is
  someone else's (the sentence's subject, when no name is said right by the word);
- what became of someone the fact names only as the doer ("killed by Mercader");
- what came after: "what happened to Mercader after he killed Trotsky?" is not answered
  by the killing itself; the next event told of him is, when the text tells one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._index import Index
from ._text import fold

__all__ = ["Gap", "NearMiss"]

_TEMPORAL = frozenset(["after", "once", "since"])  # "after he killed Trotsky"
_ASKS = frozenset(["what", "who", "whom", "how", "why", "where", "when", "which", "did", "was"])
_HAPPENED = (("happened", "to"), ("happen", "to"), ("became", "of"), ("become", "of"))
# Words between "what"/"which" and the thing asked for: "what exactly was the illness".
_BEFORE_FOCUS = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "the",
        "a",
        "an",
        "kind",
        "sort",
        "type",
        "of",
        "main",
        "exactly",
        "actually",
        "specific",
        "particular",
        "real",
    ]
)
# Kinds of answer counted in the answer itself ("how much money" wants a sum). Places
# and dates are checked apart (`_where_when`): "on the mat" and "after Lenin's death"
# answer where and when unnamed, so a fact the pack asks "where ...?" of is taken at its
# word; people never ("his allies" answers who).
_KINDS = frozenset(["duration", "number", "money"])
# Verbs that follow "what" in a question (past forms in -ed are caught by their ending).
_VERBS = frozenset(
    [
        "happen",
        "happens",
        "became",
        "become",
        "becomes",
        "made",
        "makes",
        "make",
        "led",
        "leads",
        "lead",
        "drove",
        "drives",
        "caused",
        "causes",
        "brought",
        "brings",
        "kept",
        "keeps",
        "took",
        "takes",
        "gave",
        "gives",
        "went",
        "goes",
    ]
)
# A thing asked for that the text never names is a near miss only when it is a specific
# word: "which prize", "what religion"; "which body expelled him?" and "what role did
# alliances play?" ask in everyday words for what the text does name.
_RARE = 2000
_DIE = frozenset(["die", "died", "dies", "dying"])
_OF = frozenset(["of", "from"])
_IS = (("is",), ("was",), ("are",), ("were",))
_PREPOSITIONS = frozenset(["to", "of", "from", "with", "by", "through", "after", "for"])
_NEAR = 2  # words from a name within which a thing is that one ("the Congress of 1924")
_FROM_PLACE = re.compile(r"\bfrom (?:the )?[A-Z]|\bborn\b|\bnative\b")  # a place of origin
_COME = frozenset(["come", "came", "comes", "coming", "hail", "hailed", "hails"])
_DETERMINERS = frozenset(["the", "a", "an", "that", "this"])
_BE_FROM = frozenset(["was", "is", "were", "are"])  # "where was he from?"
_BEFORE_AFTER = frozenset(["before", "after"])
_AFTER_NAME = frozenset(["in", "as", "at", "on", "of", "for", "within"])  # "before Stalin in"
_WHERE_WHEN = {"place": "where", "date": "when"}  # kinds checked apart, and how to ask them
_CLAUSE_REACH = 4  # words after "after" within which its event is named
_OPENING = 3  # words a question word may come after: "and in which city ..."
_STRANGE = 10000  # an English word rarer than this, unknown to the pack, names something
_NAME_LEN = 4
_AHEAD = 6  # facts after the assumed event searched for the next one told of someone


@dataclass(frozen=True, slots=True)
class Gap:
    """What a question asks that the best fact does not give.

    Attributes:
        asked: the asked part in the learner's words ("how long", "which illness",
            "what happened to Mercader after that"), for the reply.
        instead: a later fact that answers "what happened after ..." when the text tells
            one; the reply then answers with it.
        elsewhere: whether another fact may hold what this one lacks (a person it never
            names), so a runner-up is worth reading before saying the text does not say.
    """

    asked: str
    instead: Fact | None = None
    elsewhere: bool = False


class NearMiss:
    """Reads a question's analysis against the fact that matched it best."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index) -> None:
        self._pack = pack
        self._analyzer = analyzer
        self._index = index
        self._names = analyzer.entity_names
        self._order = {f.id: k for k, f in enumerate(pack.facts)}
        # the terms a killing is read as ("assassinated", "murdered"): a death's cause
        self._killing = frozenset(analyzer.analyze("killed", correct=False).terms)

    def gap(self, query: Query, fact: Fact) -> Gap | None:
        """What `query` asks that `fact` does not give, or None when the fact answers it."""
        for check in (
            self._undefined,
            self._meaning,
            self._office,
            self._origin,
            self._no_one_else,
            self._stranger,
            self._absent,
            self._where_when,
            self._kind,
            self._after,
            self._became,
            self._whose,
            self._died_of,
            self._why_one_of_many,
            self._owner,
        ):
            found = check(query, fact)
            if found is not None:
                return found
        return None

    def untold_about(self, name: str) -> Gap:
        """The gap of a question about someone the answer does not tell of."""
        return Gap(f"that about {self._names.get(name, name)}")

    # --- the checks ---------------------------------------------------------------------

    def _died_of(self, query: Query, fact: Fact) -> Gap | None:
        """ "What did Lenin die of?" of a fact that tells only when he died: a death's
        cause is a killing ("assassinated") or a means ("with an ice axe")."""
        words = query.words
        at = next((k for k, w in enumerate(words[:-1]) if w in _DIE and words[k + 1] in _OF), None)
        how = "how" in words[:2] and not _DIE.isdisjoint(words)  # "so how did Lenin die?"
        if (at is None and not how) or len(query.entities) != 1:
            return None
        held = self._index.held(fact.id)
        if self._index.offers(fact.id, "means") or self._killing & held.keys():
            return None
        name = self._names.get(query.entities[0], query.entities[0])
        return Gap(f"how {name} died" if how else f"what {name} died of")

    def _why_one_of_many(self, query: Query, fact: Fact) -> Gap | None:
        """ "Why did Trotsky have to leave Norway?" of "Turkey, France, Norway and Mexico":
        a list says where, and nothing of why about any one of them."""
        if query.qtype != "reason":
            return None
        index = self._index
        listed = index.listed(fact.id, "place") | index.listed(fact.id, "person")
        # (unless the pack asks the fact why of that one itself)
        named = [
            e for e in query.entities if e in listed and not index.asked_about(fact.id, e, "reason")
        ]
        return Gap(f"why it was {self._names.get(named[0], named[0])}") if named else None

    def _owner(self, query: Query, fact: Fact) -> Gap | None:
        """ "Whose house did Trotsky stay at?" of "attacked at his home": the fact must
        name someone else as the owner ("Lenin's testament", "the home of ...")."""
        words = query.words
        if "whose" not in words[:2]:
            return None
        at = words.index("whose")
        thing = next((t for t, k in query.spans if k == at + 1), None)
        if thing is None:
            return None
        kinds = self._analyzer.entity_kinds
        said = set(query.entities)
        answer, spans = self._analyzer.words_and_spans(fact.answer)
        owners = _owners_in(fact.answer)
        places = [k for t, k in spans if t == thing]
        for term, k in spans:
            if kinds.get(term) in ("person", "group") and term not in said:
                spelt = self._spelt(term)[-1].lower()
                near = any(0 < j - k <= _NEAR + 1 or 0 < k - j <= _NEAR for j in places)
                named = spelt in owners or "of" in answer[max(0, k - 2) : k]
                if near and (named or any(j - k == len(self._spelt(term)) for j in places)):
                    return None  # "Lenin's testament", "the home of ...", "an NKVD agent"
        return Gap(f"whose {words[at + 1]}")

    def _undefined(self, query: Query, fact: Fact) -> Gap | None:
        """ "What was the NKVD?" of a text that says only "an NKVD agent": wherever it
        names the thing, the name describes something else, so it never says what it is."""
        words = query.words
        if len(query.terms) != 1 or query.terms != query.entities:
            return None
        if words[:1] not in (("what",), ("who",)) or words[1:2] not in _IS:
            return None
        name = query.entities[0]
        kinds = self._analyzer.entity_kinds
        roles = self._index.roles
        for i in roles.postings.get(name, ()):
            spans = self._analyzer.spans_of(roles.facts[i].answer)
            starts = {at: term for term, at in spans}
            for term, at in spans:
                after = starts.get(at + len(self._spelt(name)))
                if term == name and (after is None or after in kinds):
                    return None  # "the Politburo in 1926": told of in its own right
        return Gap(f"what {self._names.get(name, name)} was")

    def _meaning(self, query: Query, fact: Fact) -> Gap | None:
        """ "Define show trials" of a fact that only names them ("through purges and show
        trials"): a question asking what a term means wants a fact that says it."""
        words = query.words
        analyzer = self._analyzer
        if not analyzer.asks_meaning(words) or len(query.terms) < 2:
            return None
        kinds = analyzer.entity_kinds
        if any(kinds[e] == "person" for e in query.entities):
            return None  # "what did Lenin mean by it?": what he intended, not a term
        defines = analyzer.defines
        if defines is None or defines.search(fact.answer.lower()):
            return None
        skip = analyzer.definition_words | analyzer.stopwords | analyzer.qwords.keys()
        asked = " ".join(w for w in words if w not in skip and w != "word")
        return Gap(f"what '{asked}' means" if asked else "what it means")

    def _office(self, query: Query, fact: Fact) -> Gap | None:
        """ "Who was the head of the NKVD?" of a fact naming only "an NKVD agent": a post
        over a body the question names, which the fact never names (`office_words`)."""
        if query.qtype != "person":
            return None
        words = query.words
        held = self._index.held(fact.id)
        for term, word in query.surface:
            if word not in self._analyzer.office_words or word not in words:
                continue
            at = words.index(word)
            body = [e for e in query.entities if e in held]
            if words[at + 1 : at + 2] == ("of",) and body and term not in held:
                return Gap(f"who was the {word} of {self._names.get(body[0], body[0])}")
        return None

    def _origin(self, query: Query, fact: Fact) -> Gap | None:
        """ "Where was he from?" of a fact that tells where he did something ("killed
        Trotsky in Mexico") and no place anyone comes from."""
        words = query.words
        if query.qtype != "place" or len(words) < 3 or words[-1] != "from":
            return None
        # "was he from", "did Mercader come from": a person, being or coming from
        k = len(words) - 3  # the word before the person ("was the killer from")
        k -= words[k] in _DETERMINERS and k > 0
        if words[-2] in _COME:
            who = words[-3]
        elif words[k] in _BE_FROM:  # "was he from", "was the killer from"
            who = words[-2]
        else:
            return None  # "where was Trotsky expelled from?", "which country did he flee from?"
        analyzer = self._analyzer
        if not analyzer.personal(who) and analyzer.type_words.get(who) != "person":
            return None  # "where did his power come from?" ("the killer" is a person)
        if _FROM_PLACE.search(fact.answer):
            return None  # "from the Soviet Union", "from Spain"
        person = next((self._names.get(e, e) for e in query.entities), "he")
        return Gap(f"where {person} was from")

    def _no_one_else(self, query: Query, fact: Fact) -> Gap | None:
        """ "Who was General Secretary before Stalin?" of a fact naming only Stalin: a
        who-question set before or after someone it names wants another person. Not a
        time clause: "who opposed Stalin after Trotsky was exiled?"."""
        if query.qtype != "person":
            return None
        words = query.words
        analyzer = self._analyzer
        for k, word in enumerate(words[:-1]):
            if word not in _BEFORE_AFTER or not analyzer.personal(words[k + 1]):
                continue
            if words[k + 2 : k + 3] and words[k + 2] not in _AFTER_NAME:
                continue  # "after Trotsky was exiled", "after Lenin died": a time
            if self._index.offers(fact.id, "person", besides=query.terms):
                return None
            return Gap(f"who came {word} {self._person_named(query, words[k + 1])}")
        return None

    def _person_named(self, query: Query, word: str) -> str:
        """The name a word of the question stands for ("Trotsky"; "him": whom the
        conversation put in for him)."""
        kinds = self._analyzer.entity_kinds
        people = [t for t in query.terms if kinds.get(t) == "person"]
        said = [e for e in people if self._spelt(e)[-1].lower() == word]
        meant = said or [e for e in people if self._spelt(e)[-1].lower() not in query.words]
        return self._names.get(meant[0], meant[0]) if meant else word

    def _spelt(self, name: str) -> list[str]:
        """The words a name is written in ("13th Party Congress": three)."""
        return self._names.get(name, name).split()

    def _stranger(self, query: Query, fact: Fact) -> Gap | None:
        """A question about someone or something the text never names ("what did Lenin's
        wife Krupskaya think of Stalin?"): a rare word no fact holds, not even this one."""
        held = self._index.held(fact.id)
        for term, word in query.unknown:
            rank = self._analyzer.ranks.get(word)
            rare = rank is None or rank > _STRANGE
            if rare and word.isalpha() and len(word) >= _NAME_LEN and term not in held:
                return Gap(f"anything about {word[:1].upper()}{word[1:]}")
        return None

    def _absent(self, query: Query, fact: Fact) -> Gap | None:
        """ "What did Lenin's testament say about Trotsky?" of a fact that tells of the
        testament and never of Trotsky: a person the question names is not in it."""
        if len(query.entities) < 2 or query.context or query.qtype is None:
            return None  # a statement naming two people may join two facts
        kinds = self._analyzer.entity_kinds
        held = self._index.held(fact.id)
        # the first name is often the doer a fact leaves unsaid ("the propaganda against
        # Trotsky ..." is Stalin's): only a later one, what is asked about, must be there
        for name in query.entities[1:]:
            if kinds.get(name) == "person" and name not in held:
                return replace(self.untold_about(name), elsewhere=True)
        return None

    def _where_when(self, query: Query, fact: Fact) -> Gap | None:
        """ "Where was X held?" of a fact that names no place but X itself, and "when was
        X founded?" of one with no date; unless the pack asks the fact so itself."""
        kind = query.qtype
        if kind not in _WHERE_WHEN or not self._asks(query, kind):
            return None
        if kind == "date" and fact.date is not None:
            return None
        index = self._index
        named = set(query.entities)
        listed = index.listed(fact.id, kind)
        # "which city in Turkey?" of "Turkey, France, Norway": not in it; but "where did
        # he go after Norway?" of "..., Norway, and eventually Mexico": the next one is
        turn = not _BEFORE_AFTER.isdisjoint(query.words) and len(named & listed) == 1
        if named & listed and not turn:
            named |= listed
        if index.offers(fact.id, kind, named):
            return None
        # a fact naming no place may still say where ("at his home"), if the pack asks
        # it so; one whose only places the question names itself cannot
        if not index.offers(fact.id, kind) and index.asked_as(fact.id, kind):
            return None
        return Gap(self._asked_kind(query) or _WHERE_WHEN[kind])

    def _asked_kind(self, query: Query) -> str | None:
        """ "which city", when the question asks so, for the reply."""
        words = query.words
        for k, word in enumerate(words[:-1]):
            if word in ("what", "which") and words[k + 1] in self._analyzer.type_words:
                return f"which {words[k + 1]}"
        return None

    def _asks(self, query: Query, kind: str) -> bool:
        """Whether a question opens by asking for this kind ("where was ...", "in which
        city ..."), not a yes-or-no one with a "when" inside, nor a terse "mexico city home"."""
        words = query.words
        return (
            query.qtype == kind
            and bool(words)
            and words[0] not in self._analyzer.yes_no
            and not self._analyzer.qwords.keys().isdisjoint(words[:_OPENING])
        )

    def _kind(self, query: Query, fact: Fact) -> Gap | None:
        """ "How long ...?" and "how many ...?" need a span of time or a count."""
        if query.qtype not in _KINDS:
            return None
        if self._index.offers(fact.id, query.qtype):
            return None
        words = query.words  # "how long", "how many people", in the learner's words
        k = words.index("how") if "how" in words else 0
        return Gap(" ".join(words[k : k + 2 + (query.qtype == "number")]))

    def _after(self, query: Query, fact: Fact) -> Gap | None:
        """A question about what followed an event, answered by the event itself."""
        words = query.words
        cut = next((k for k, w in enumerate(words) if w in _TEMPORAL and k > 0), None)
        if cut is None:
            return None
        # the clause runs to the next question word: "even after all that, what did he ..."
        end = next((k for k in range(cut + 1, len(words)) if words[k] in _ASKS), len(words))
        entities = set(query.entities)
        inside = range(cut + 1, end)
        main = {t for t, at in query.spans if at not in inside and t not in entities}
        clause = {t for t, at in query.spans if at in inside and t not in entities}
        held = self._index.held(fact.id)
        if not clause & held.keys() or main & held.keys() - clause:
            return None  # the fact holds something asked outside the clause: it may answer
        if self._tells_after(fact, clause):
            return None  # "After defeating Trotsky, Stalin turned on ...": what came after
        whom = [t for t, at in query.spans if at not in inside and t in entities]
        return Gap(
            f"{self._happened(whom)} after that", self._next_of(fact, whom or list(entities))
        )

    def follows(self, query: Query, fact: Fact) -> bool | None:
        """For a question about what came after an event ("what happened to Kamenev
        after Trotsky lost?"), whether a fact itself says "after ..." of that event,
        names included ("After defeating Trotsky, ..."); None for other questions."""
        words = query.words
        cut = next((k for k, w in enumerate(words) if w in _TEMPORAL and k > 0), None)
        if cut is None:
            return None
        end = next((k for k in range(cut + 1, len(words)) if words[k] in _ASKS), len(words))
        clause = {t for t, at in query.spans if cut < at < end}
        return self._tells_after(fact, clause) if clause else None

    def _tells_after(self, fact: Fact, clause: set[str]) -> bool:
        """Whether a fact says the same "after ..." itself: it tells what followed."""
        words, spans = self._analyzer.words_and_spans(fact.answer)
        marks = [k for k, w in enumerate(words) if w in _TEMPORAL]
        return any(t in clause and 0 < at - k <= _CLAUSE_REACH for t, at in spans for k in marks)

    def _became(self, query: Query, fact: Fact) -> Gap | None:
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

    def _whose(self, query: Query, fact: Fact) -> Gap | None:
        """ "What illness did Lenin die of?" of a fact whose illness is Trotsky's, and
        "what prize did he win?" of a text that never names a prize."""
        focus = self._focus(query)
        if focus is None:
            return None
        term, word, whose = focus
        rare = self._analyzer.ranks.get(word, _RARE + 1) > _RARE  # "prize", not "role"
        if rare and term not in self._index.idf and term not in query.soft:
            return Gap(f"which {word}")  # the text never names a thing of that kind
        known = word in self._analyzer.ranks  # an English word for a kind of thing
        asked = self._index.asked_about(fact.id, term, "thing")
        if known and not asked and self._only_in_general(fact, term):
            return Gap(f"which {word}")  # "what illness?" of "due to illness"
        if whose is None or self._analyzer.entity_kinds.get(whose) != "person":
            return None
        if all(t != term for t, _ in self._analyzer.spans_of(fact.answer)):
            return None  # the answer does not say it: whose it is cannot be read
        told = self._index.roles.names_of(self._index.position(fact.id), term)
        subject = self._subject(fact)
        if whose in told or subject is None or subject == whose:
            return None
        return Gap(f"which {word}")

    # --- helpers ------------------------------------------------------------------------

    def _focus(self, query: Query) -> tuple[str, str, str | None] | None:
        """The thing a "what X ..."/"which X ..." question asks for, as (term, word,
        whose): whose it is asked to be, when the question says ("what was Lenin's
        illness?", "what illness did Lenin die of?"), else None."""
        words = query.words
        if query.qtype not in ("thing", None) or not words:
            return None
        k = next((i for i, w in enumerate(words) if w in ("what", "which")), None)
        if k is None:
            return None
        at = {i: t for t, i in query.spans}
        starts = sorted(at)
        kinds = self._analyzer.entity_kinds
        k += 1
        whose = None  # "what was Lenin's illness?": one name may stand before the thing
        while k < len(words):
            name = at.get(k)
            if words[k] in _BEFORE_FOCUS:
                k += 1
            elif name in kinds and whose is None:
                whose = name
                k = next((i for i in starts if i > k), len(words))
            else:
                break
        term = at.get(k)
        if term is None or term in kinds:
            return None
        if term not in dict(query.surface):  # "what was the general secretary?": a phrase
            return None  # of the text names the thing itself, not a kind of thing
        if words[k].endswith("ed") or words[k] in _VERBS:
            return None  # "what happened to ...", "what made him ...": no thing is asked
        if whose is None and words[k + 1 : k + 2] and words[k + 1] in _ASKS:
            whose = at.get(k + 2)  # "what illness did Lenin ...": the doer after "did"
        return term, words[k], whose

    def _only_in_general(self, fact: Fact, term: str) -> bool:
        """Whether a fact names a thing only in general, right after a preposition and
        with no name near it: "due to illness" says there was one, not which."""
        words, spans = self._analyzer.words_and_spans(fact.answer)
        kinds = self._analyzer.entity_kinds
        named = [at for t, at in spans if t in kinds or self._analyzer.is_year(t)]
        places = [at for t, at in spans if t == term]
        return bool(places) and all(
            at > 0
            and words[at - 1] in _PREPOSITIONS
            and not any(abs(n - at) <= _NEAR for n in named)
            and words[at + 1 : at + 2] not in (["of"], ["called"], ["named"])
            for at in places
        )

    def _subject(self, fact: Fact) -> str | None:
        """The first person a fact's answer names: whom its sentence is about."""
        kinds = self._analyzer.entity_kinds
        for term, _ in self._analyzer.spans_of(fact.answer):
            if kinds.get(term) == "person":
                return term
        return None

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
        """ "what happened to Mercader", or "what happened" when nobody is named."""
        return f"what happened to {self._names.get(whom[0], whom[0])}" if whom else "what happened"


def _owners_in(text: str) -> frozenset[str]:
    """The words a text writes as owners ("Lenin's" -> "lenin")."""
    return frozenset(m.lower() for m in re.findall(r"(\w+)['\u2019]s\b", fold(text)))
