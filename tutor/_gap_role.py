"""Near misses of the kind of answer asked: "how long" wants a span of time, "how many" a
count, "where" a place other than the one named, "when" a date (unless the pack asks the
fact so), "where was he from?" a place of origin, "what did he die of?" a cause of death,
"who was the head of X?" (or "in charge of X") someone in that post, "who came before X?"
someone else, and "why Norway?" of a list of places a reason for that one. A figure asked
"each year" wants a rate, one asked "in 1910" that year's, and "how deep?" a measure of depth.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._figures import (
    COUNT,
    MEASURED,
    count_kind,
    counted_kinds,
    counted_nouns,
    gives_age,
    holds_measure,
    is_unit,
)
from ._gap import Checks, Gap
from ._index import Index
from ._lexicon import broader_nouns, narrower_nouns, same_sense, verb_means, verb_share
from ._measures import measured
from ._noun_kinds import noun_kind
from ._text import fold, is_past, is_year, split_words, stem

__all__ = ["AskedRole"]

# Kinds of answer counted in the answer itself ("how much money" wants a sum). Places
# and dates are checked apart (`where_when`): "on the mat" and "after Lenin's death"
# answer where and when unnamed, so a fact the pack asks "where ...?" of is taken at its
# word; people never ("his allies" answers who).
_KINDS = frozenset(["duration", "number", "money", "colour", "distance"])
_DID = frozenset(["did", "does", "do", "had", "has", "would", "will"])
_AMOUNT = ("number", "money")  # "how much": a sum or a count, not "over ten years"
# what such a question asks, said plainly, when it does not open with "how"
_UNWORDED = {
    "duration": "how long",
    "number": "how many",
    "money": "what it cost",
    "colour": "what colour it was",
    "distance": "how far it was",
}
# words asking a span counted from another event ("how long after the fire ...?")
_SHIFTING = frozenset(["after", "later", "before", "earlier", "afterwards", "until", "till"])
_LASTED = ("for", "over", "during", "throughout")  # "for eleven years after ...": lasted
_DIE = frozenset(["die", "died", "dies", "dying"])
# What a drafted question asking for a reason or a purpose opens with (see _draft_questions)
_ASKED_WHY = ("why", "what was the reason", "what was the aim", "what happened because")
_OF = frozenset(["of", "from"])
_DIED_OF = re.compile(r"\b(?:died|dies|dying) (?:of|from)\b", re.I)  # "died of a fever"
# "why was the bell cast ...?": a passive asked why, its subject a few words at most
_WHY_PASSIVE = re.compile(r"(?:(?:so|and|but) )?why (was|were|is|are) (.+)$", re.IGNORECASE)
_SUBJECT_WORDS = 6
_FROM_PLACE = re.compile(r"\bfrom (?:the )?[A-Z]|\bborn\b|\bnative\b")  # a place of origin
_COME = frozenset(["come", "came", "comes", "coming", "hail", "hailed", "hails"])
_DETERMINERS = frozenset(["the", "a", "an", "that", "this"])
_BE_FROM = frozenset(["was", "is", "were", "are"])  # "where was he from?"
_BEFORE_AFTER = frozenset(["before", "after"])
# a figure per span of time: "each year", "per day", "a week" (not "for a year")
_PER = frozenset(["each", "every", "per", "a", "an"])
_ARTICLES = frozenset(["a", "an"])
_SPAN_ENDS = frozenset(["later", "after", "before", "ago", "earlier", "of", "old"])
# "a year or two", "a week and a half": a span when a count follows; "two days a week, and
# the boys ..." is a rate
_SPAN_MORE = frozenset(["or", "and"])
_A_COUNT = re.compile(rf"(?:a|an|{COUNT})", re.IGNORECASE)
_SPAN_STARTS = [(w,) for w in ("for", "than", "within", "over", "about", "nearly", "almost")]
# "how deep", "how wide": a size only a measure of it states ("twelve feet deep", "a width
# of 38 metres"; see _measures); "how high", "how long" and "how far" ask counts, spans of
# time and distances as often
_SIZES = frozenset(["deep", "wide"])
# words asking "how much" of a difference, which a share answers ("how much extra?")
_DEGREE = frozenset(["more", "less", "fewer", "extra", "additional", "further", "longer"])
# words before a sum that make it a price: "sold for 4,300 pounds", "let at two shillings"
_PRICED = frozenset(["for", "at", "worth"])
# words of buying and selling, which say a sum is a price as paying words do (closed class)
_SALE = frozenset(stem(w) for w in ["buy", "bought", "sell", "sold", "spent", "purchase"])
_PRICED_REACH = 2  # words before the sum: "for about 300 pounds"
_YEAR_DIGITS = 4  # a year, not a decade ("1920s")
_POST_NEAR = 3  # words from a body within which a post is its ("the guild, led by ...")
_AFTER_NAME = frozenset(["in", "as", "at", "on", "of", "for", "within"])  # "before Stalin in"
# "what caused the fever that ...": the thing whose cause is asked, a few words at most
_CAUSE = "caus"  # the stem of "cause", and of what WordNet gives as a kind of causing
_CAUSE_NOUNS = frozenset(["cause", "causes", "reason", "reasons"])
_CLAUSE_WORDS = frozenset(["that", "which", "who", "in", "at", "on", "of", "to", "when"])
_CAUSED_WORDS = 3
_MOSTLY = 0.5  # share of a word's use as a verb above which it is read as one
# two words before a thing that make it the cause of what the sentence tells (grammar)
_CAUSE_MARKERS = frozenset(
    [("because", "of"), ("due", "to"), ("owing", "to"), ("caused", "by"), ("thanks", "to")]
)
_CLAUSE_END = frozenset([",", ";", ".", ":", "and", "but"])
_TOKENS = re.compile(r"[\w'-]+|[,;.:]")
# words after a cause that may tell its own cause ("a fever caught from bad water")
_ITS_CAUSE = frozenset(
    ["caused", "because", "due", "from", "by", "after", "when", "which", "that", "brought"]
)
_WHERE_WHEN = {"place": "where", "date": "when"}  # kinds checked apart, and how to ask them
_OPENING = 3  # words a question word may come after: "and in which city ..."
# words that end the things a "how many" question counts: "how many cows did ..."
_AFTER_COUNTED = _DID | _BE_FROM | frozenset(["of", "in", "at", "on", "for", "to", "were"])


def _counts(words: Sequence[str]) -> bool:
    """Whether the word given is a count or an article ("or two", "and a half")."""
    return bool(words) and _A_COUNT.fullmatch(words[0]) is not None


def _figure_asked(words: Sequence[str], count: bool = True) -> str:
    """The figure a line asks, in its words: "how many tons", "how tall" ("how many"
    alone when `count` is off); "how much" when it asks with no "how"."""
    if "how" not in words:
        return "how much"
    k = words.index("how")
    counted = count and words[k + 1 : k + 2] == ("many",)
    return " ".join(words[k : k + 2 + counted])


def _size_asked(text: str, dimension: str) -> str:
    """ "How deep is Verrin Lake?" -> "how deep Verrin Lake is", in the learner's words;
    "how deep" when the line runs otherwise."""
    m = re.search(rf"\bhow {dimension} (is|was|are|were) (.+)$", text.strip().rstrip("?!. "), re.I)
    return f"how {dimension} {m.group(2)} {m.group(1).lower()}" if m else f"how {dimension}"


def _price_asked(text: str) -> str:
    """ "How much did a pair of spectacles cost?" -> "how much a pair of spectacles cost",
    in the learner's words ("cost" is its own past); "how much" for any other verb."""
    m = re.search(r"\bhow much (?:did|does|do) (.+ cost\b.*)$", text.strip().rstrip("?!. "), re.I)
    return f"how much {m.group(1)}" if m else "how much"


def _why_told(text: str) -> str:
    """A passive why-question as what it asks, in the learner's words: "Why was the bell
    cast in Gloucester?" -> "why the bell was cast in Gloucester"; "" for any other."""
    m = _WHY_PASSIVE.match(text.strip().rstrip("?!. "))
    if m is None:
        return ""
    rest = m.group(2).split()
    at = next((k for k, w in enumerate(rest[:_SUBJECT_WORDS]) if k and is_past(w.lower())), None)
    if at is None:
        return ""
    return " ".join(["why", *rest[:at], m.group(1).lower(), *rest[at:]])


def _verb(word: str) -> bool:
    """Whether WordNet tags a word mostly as a verb ("sank", "die")."""
    return verb_share(stem(word)) > _MOSTLY


def _kin(one: str, other: str) -> bool:
    """Whether two stemmed nouns name one thing in WordNet: the same word, synonyms or
    derived forms ("book", "volume"), or one a kind of the other ("ship", "galley")."""
    if same_sense(one, other):
        return True
    return other in broader_nouns(one) + narrower_nouns(one) or one in broader_nouns(other)


def _caused_thing(words: Sequence[str]) -> str | None:
    """The thing whose cause a line asks: "what caused the fever that killed him?" ->
    fever ("what was the cause of the fire?" too); None for any other line."""
    if words[:1] not in (("what",), ("which",)):
        return None
    at = next(
        (
            k + 1 + (words[k + 1 : k + 2] in (("of",), ("for",)))
            for k, w in enumerate(words[1:4], 1)
            if (w in _CAUSE_NOUNS and words[k + 1 : k + 2] in (("of",), ("for",)))
            or stem(w) == _CAUSE
            or (w not in _CAUSE_NOUNS and verb_means(stem(w), _CAUSE))
        ),
        None,
    )
    if at is None:
        return None
    rest = list(itertools.dropwhile(lambda w: w in _DETERMINERS, words[at:]))
    # up to a clause ("that killed him") or another phrase ("the chill the count had")
    run = list(itertools.takewhile(lambda w: w not in _CLAUSE_WORDS | _DETERMINERS, rest))
    return run[-1] if run and len(run) <= _CAUSED_WORDS else None


def _told_as_cause(answer: str, thing: str) -> bool:
    """Whether a sentence says a thing only as the cause of something else ("died of a
    fever", "closed because of the flood") and says nothing of its own cause after it
    ("a fever caught from ...", "the flood, which followed ...")."""
    words = _TOKENS.findall(fold(answer).lower())  # commas kept: they end a clause
    own = stem(thing)
    places = [k for k, w in enumerate(words) if stem(w) == own]
    if not places:
        return False
    for k in places:
        before = [w for w in words[max(0, k - 4) : k] if w not in _DETERMINERS]
        pair = tuple(before[-2:]) if len(before) >= 2 else ()
        marker = pair in _CAUSE_MARKERS or (pair[1:] in (("of",), ("from",)) and pair[0] in _DIE)
        if not marker:
            return False
        after = itertools.takewhile(lambda w: w not in _CLAUSE_END, words[k + 1 :])
        if not _ITS_CAUSE.isdisjoint(after):
            return False
    return True


class AskedRole(Checks):
    """Whether the best fact gives the kind of answer a question asks for."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index) -> None:
        super().__init__(pack, analyzer, index)
        # the terms a killing is read as ("assassinated", "murdered"): a death's cause
        self._killing = frozenset(analyzer.analyze("killed", correct=False).terms)
        # the terms of a post and of holding one: a fact with any tells who held it
        posts = analyzer.office_words | analyzer.office_verbs
        self._office_terms = frozenset(
            t for w in posts for t in analyzer.analyze(w, correct=False).terms
        )

    def died_of(self, query: Query, fact: Fact) -> Gap | None:
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
        if _DIED_OF.search(fact.answer):
            return None  # "Aldous Harlowe died of a fever in 1870": the cause, told so
        name = self._names.get(query.entities[0], query.entities[0])
        return Gap(f"how {name} died" if how else f"what {name} died of")

    def cause_of_cause(self, query: Query, fact: Fact) -> Gap | None:
        """ "What caused the fever that killed Duke Arvel?" of a drafted "Duke Arvel died
        of a fever": the fever is the cause the sentence tells, and nothing says what
        caused it (`_told_as_cause`)."""
        if query.qtype != "reason" or not fact.draft:
            return None
        thing = _caused_thing(query.words)
        if thing is None or not _told_as_cause(fact.answer, thing):
            return None
        return Gap(f"what caused the {thing}", elsewhere=True)

    def why_one_of_many(self, query: Query, fact: Fact) -> Gap | None:
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

    def why_untold(self, query: Query, fact: Fact) -> Gap | None:
        """ "What started the fire in the shaft?" of a drafted "a fire broke out in the
        shaft": the event is there, nothing of why. A drafted fact gives a reason only in
        words that say one ("because", "so that", "after ... failed", "to escape", "led
        to"), in its sentence or the one before or after it, or in the why-questions the
        scaffold drafted from them; a hand-written fact is taken at its word (the essay's
        "Stalin controlled appointments" answers why he won)."""
        # a bare "why?" is the follow-up readers' to read: they pick what the text gives
        # as its reason ("These measures kept prices steady")
        if query.qtype != "reason" or not fact.draft or query.leans:
            return None
        reasons = self._index.reasons
        # only a fact that surely gives no reason: "collapsed when cheaper indigo arrived"
        # and "was stopped by pack ice" may give theirs
        if (
            reasons.of(fact.id) is not None
            or reasons.may_give(fact.id)
            or any(q.lower().startswith(_ASKED_WHY) for q in fact.questions)
        ):
            return None
        # "outright": the reason may still be told further off, in no word that gives
        # one ("The batch had been stored in a warm cupboard."); and a fact nearly as
        # good may give it ("the soda ash lowers its melting point so that ..."), so the
        # runner-ups are read first (elsewhere)
        asked = "why" if "why" in query.words else "what caused it"
        return Gap(f"outright {_why_told(query.text) or asked}", elsewhere=True)

    def office(self, query: Query, fact: Fact) -> Gap | None:
        """ "Who was the head of the NKVD?" (or "who was in charge of it?") of a fact naming
        only "an NKVD agent": a post over a body the question names, which the fact never
        names (`office_words`) nor says anyone held ("the opposition led by ...":
        `office_verbs`)."""
        if query.qtype != "person":
            return None
        words = query.words
        held = self._index.held(fact.id)
        for term, word in query.surface:
            at = words.index(word) if word in words else -1
            charge = word == "charge" and at > 0 and words[at - 1] == "in"
            if word not in self._analyzer.office_words and not charge:
                continue
            body = [e for e in query.entities if e in held]
            named = [self._names.get(e, e) for e in body]
            thing = not body
            if thing:  # "the head of the railway": a body the text names by a noun
                after = [w for w in words[at + 2 : at + 4] if w != "the"][:1]
                body = [t for t, w in query.surface if w in after and t in held]
                named = [f"the {w}" for w in after]
            if words[at + 1 : at + 2] == ("of",) and body and term not in held:
                if self._post_told(fact, body):
                    return None  # "the Left Opposition led by Trotsky": its head
                if charge and thing and self._index.offers(fact.id, "person"):
                    # "in charge of the track" of "its engineer, Samuel Orde, laid the
                    # track": whoever a sentence names at a thing's work may be so, where
                    # a body's head is a post ("an NKVD agent" heads nothing)
                    return None
                post = "in charge" if charge else f"the {word}"
                return Gap(f"who was {post} of {named[0]}")
        return None

    def _post_told(self, fact: Fact, body: list[str]) -> bool:
        """Whether a fact says a post or someone holding one by the body ("the opposition
        led by ...", "the guild's chairman"); "Stalin's rule" far from it is another."""
        spans = self._analyzer.spans_of(fact.answer)
        bodies = [k for t, k in spans if t in body]
        return any(
            abs(k - b) <= _POST_NEAR for t, k in spans if t in self._office_terms for b in bodies
        )

    def origin(self, query: Query, fact: Fact) -> Gap | None:
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

    def no_one_else(self, query: Query, fact: Fact) -> Gap | None:
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
                if self._after_named(query, fact, k):
                    asked = query.text.strip().rstrip("?!. ")
                    return Gap(asked[:1].lower() + asked[1:], elsewhere=True)
                continue  # "after Trotsky was exiled", "after Lenin died": a time
            if self._index.offers(fact.id, "person", besides=query.terms):
                return None
            return Gap(f"who came {word} {self._person_named(query, words[k + 1])}")
        return None

    def _after_named(self, query: Query, fact: Fact, k: int) -> bool:
        """ "Who became captain after Walter Greaves retired?" of a drafted "In 1894
        Walter Greaves became captain": one named as the subject of the time clause is
        not whom the question asks (it would say "what did he do after he retired?"), so
        a drafted fact naming no one else does not tell who. Only a name: "after he
        retired" may be the one asked."""
        if not fact.draft or query.words[:1] != ("who",):
            return False
        kinds = self._analyzer.entity_kinds
        starts = {at: t for t, at in query.spans}
        if kinds.get(starts.get(k + 1, "")) != "person":
            return False
        return not self._index.offers(fact.id, "person", besides=query.terms)

    def _person_named(self, query: Query, word: str) -> str:
        """The name a word of the question stands for ("Trotsky"; "him": whom the
        conversation put in for him)."""
        kinds = self._analyzer.entity_kinds
        people = [t for t in query.terms if kinds.get(t) == "person"]
        said = [e for e in people if self._spelt(e)[-1].lower() == word]
        meant = said or [e for e in people if self._spelt(e)[-1].lower() not in query.words]
        return self._names.get(meant[0], meant[0]) if meant else word

    def where_when(self, query: Query, fact: Fact) -> Gap | None:
        """ "Where was X held?" of a fact that names no place but X itself, and "when was
        X founded?" of one with no date; unless the pack asks the fact so itself."""
        name_of = self._name_of(query)  # "the name of the island": a place is asked
        kind = self._analyzer.type_words[name_of] if name_of else query.qtype
        if kind not in _WHERE_WHEN or not self._asks(query, query.qtype or ""):
            return None
        if kind == "date" and fact.date is not None:
            return None
        index = self._index
        named = (set(query.entities) - self._kind_asked(query)) | self._event_meant(query)
        named |= index.named_by(fact.id, kind, set(query.terms) - query.kind_terms)
        listed = index.listed(fact.id, kind)
        # "which city in Turkey?" of "Turkey, France, Norway": not in it; but "where did
        # he go after Norway?" of "..., Norway, and eventually Mexico": the next one is
        turn = not _BEFORE_AFTER.isdisjoint(query.words) and len(named & listed) == 1
        if named & listed and not turn:
            named |= listed
        if index.offers(fact.id, kind, named):
            return None
        if kind == "place" and index.sites(fact.id) - named:  # "in the Corn Exchange"
            return None
        # a fact naming no place may still say where ("at his home"), if the pack asks
        # it so; one whose only places the question names itself cannot
        about = {*query.terms, *query.entities}
        if not index.offers(fact.id, kind) and index.asked_as(fact.id, kind, about):
            return None
        asked = f"which {name_of}" if name_of else self._asked_kind(query)
        return Gap(asked or _WHERE_WHEN[kind])

    def _kind_asked(self, query: Query) -> set[str]:
        """The thing a head word names where it is asked as a kind: "which sea did he vanish
        over?" of the one sea the text names asks for that sea, so it is not given."""
        words = query.words
        return {
            term
            for term, k in query.spans
            if k > 0
            and words[k - 1] in ("which", "what")
            and words[k] != self._spelt(term)[0].lower()  # a head alone, not the name
        }

    def _event_meant(self, query: Query) -> set[str]:
        """The event "it" or "that" stands for in "where was it held?" after an answer telling
        something done at the 13th Party Congress: the congress is no place of its own."""
        if {"it", "that", "this"}.isdisjoint(query.pronouns):
            return set()
        kinds = self._analyzer.entity_kinds
        return {t for t in query.context if kinds.get(t) == "event"}

    def _name_of(self, query: Query) -> str | None:
        """ "What was the name of the island ...?": the word whose name is asked, when
        the question asks a name of something of a kind (`type_words`), else None."""
        words = query.words
        if query.qtype != "name":
            return None
        for k, word in enumerate(words[:-2]):
            if word in ("name", "names") and words[k + 1] == "of":
                at = k + 2 + (words[k + 2] in _DETERMINERS)
                named = words[at] if at < len(words) else ""
                return named if named in self._analyzer.type_words else None
        return None

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

    def kind(self, query: Query, fact: Fact) -> Gap | None:
        """ "How long ...?" and "how many ...?" need a span of time or a count; "how
        much ...?" a sum or a count ("how much did a bolt of cloth cost?" of a fact with
        no figure in it is not answered by it)."""
        unfigured = self._unfigured(query, fact)
        if unfigured is not None:
            return unfigured
        if query.qtype not in _KINDS and not self._asks_sum(query):
            return None
        words = query.words  # "how long", "how many people", in the learner's words
        if query.qtype == "number" and ("how", "old") in itertools.pairwise(words):
            return self._age(query, fact)
        dimension = next(
            (b for a, b in itertools.pairwise(words) if a == "how" and b in _SIZES), None
        )
        told = measured(fact.answer)
        # "how deep did they get?" leaning on "after boring 340 metres the team ...": a
        # length said of no dimension, of what the talk is about
        bare = query.leans and not told and holds_measure(fact.answer, dimension or "")
        if dimension is not None and dimension not in told and not bare:
            # "how deep is the lake?" of "forty acres ... three miles north of the town"
            return Gap(_size_asked(query.text, dimension), elsewhere=True)
        if self._share_asked(words) and "percentage" in told:
            return None  # "how much extra were they charging?" of "a surcharge of 15 percent"
        wanted = _AMOUNT if query.qtype == "amount" else (query.qtype,)
        if self._shift_only(query, fact):
            return Gap(_figure_asked(words, False), elsewhere=True)
        if any(self._index.offers(fact.id, kind) for kind in wanted):
            return (
                self._counts_else(query, fact)
                or self._rate_untold(query, fact)
                or self._year_else(query, fact)
                or self._price_untold(query, fact)
            )
        if query.qtype == "distance" and self._index.asked_as(fact.id, "distance"):
            return None  # "how far did his power reach?": an extent, if the pack asks so
        if "how" not in words:  # "what did a ticket cost?", "what was the height?"
            asked = _UNWORDED.get(query.qtype or "", "how much")
            if "were" in words or "are" in words:  # "what colour were the boats?"
                asked = asked.replace(" it was", " they were")
            return Gap(asked)
        asked = _figure_asked(words, query.qtype == "number")  # "how many cows", "how tall"
        return Gap(asked, instead=self._span_elsewhere(query, fact))

    def _span_elsewhere(self, query: Query, fact: Fact) -> Fact | None:
        """ "How long did the siege of Drellhaven last?" of a drafted "Sedric's army
        surrounded Drellhaven and began the siege": the one other sentence saying the
        same event (every word of the line this one says itself, a name aside) with a
        span of time ("The siege had lasted 71 days") tells how long; none naming
        another of the kind of a name asked of ("the siege of Quenn")."""
        words = query.words
        if query.qtype != "duration" or not fact.draft or not _SHIFTING.isdisjoint(words):
            return None
        k = words.index("long") if "long" in words else -1
        if k < 1 or words[k - 1] != "how" or words[k + 1 : k + 2] not in [(w,) for w in _DID]:
            return None  # "how long was the tunnel?" may ask its length; "how long did ..."
        index = self._index
        kinds = self._analyzer.entity_kinds
        names = set(query.entities)
        event = {
            t
            for t in query.terms
            if t in index.held(fact.id)
            and not index.inherited(fact.id, t)
            and t not in names
            and t not in query.kind_terms
        }
        # an event is no thing: "the siege", not "the tunnel" (`noun_kind` knows things)
        said = [w for w in words if stem(w) in event]
        if not event or not said or any(noun_kind(w) is not None for w in said):
            return None
        found = [
            other
            for other in self._pack.facts
            if other.id != fact.id
            and other.draft
            and index.offered(other.id, "duration")
            and all(t in index.held(other.id) and not index.inherited(other.id, t) for t in event)
            and not any(index.offers(other.id, kinds.get(n), names) for n in names)
        ]
        return found[0] if len(found) == 1 else None

    def _unfigured(self, query: Query, fact: Fact) -> Gap | None:
        """ "How often does hail kill people?", "how high is the cirque?", "how much snow
        falls there?" of a drafted sentence that states no figure at all ("Hail causes
        great damage", "the high basin of the cirque"): a measure asked, none given."""
        words = query.words
        if not fact.draft or "how" not in words:
            return None
        k = words.index("how")
        asked = words[k + 1 : k + 2]
        if asked == ("much",):
            after = words[k + 2 : k + 3]
            if not after or after[0] in self._analyzer.yes_no:
                return None  # "how much did it cost?", "how much can ...": `kind` reads it
            # "how much crop damage does ...": the thing measured, up to its verb
            run = itertools.takewhile(lambda w: w not in _AFTER_COUNTED, words[k + 2 : k + 4])
            asked = ("much", *run)
        elif not asked or asked[0] not in MEASURED:
            return None
        if holds_measure(fact.answer, asked[0]):
            return None
        if asked[0] == "much":
            return Gap(" ".join(("how", *asked)), elsewhere=True)
        return Gap(_size_asked(query.text, asked[0]), elsewhere=True)

    @staticmethod
    def _share_asked(words: Sequence[str]) -> bool:
        """Whether a line asks "how much" of a difference ("how much extra", "how much
        higher"), which a share answers ("a premium of 12 percent")."""
        k = words.index("how") if "how" in words else -1
        if k < 0 or words[k + 1 : k + 2] != ("much",):
            return False
        after = words[k + 2] if k + 2 < len(words) else ""
        comparative = any(after in (f"{m}er", f"{m[:-1]}ier") for m in MEASURED)
        return after in _DEGREE or comparative

    def _shift_only(self, query: Query, fact: Fact) -> bool:
        """ "How long did the bell ring?" of "rebuilt two years later": a span counted
        from something else answers "how long after ...?", not how long a thing lasted;
        a drafted fact giving only such a span does not say."""
        if query.qtype != "duration" or not fact.draft or not _SHIFTING.isdisjoint(query.words):
            return False
        offered = self._index.offered
        shifts = offered(fact.id, "shift")
        if offered(fact.id, "duration") or not shifts:
            return False
        # "for eleven years after the flood, carts ...": a span lasted, from an event
        told = fact.answer.lower()
        return not any(f"{word} {shift}" in told for shift in shifts for word in _LASTED)

    def _price_untold(self, query: Query, fact: Fact) -> Gap | None:
        """ "How much did a pair of spectacles cost?" of "a widow ... lent him 200 crowns":
        a price asked by a word of paying is given by a drafted sentence that says one
        (cost, paid, a fee), or a sum something went "for" or "at"; not by a sum lent,
        raised or saved."""
        if not fact.draft or query.qtype != "money":
            return None
        paying = {stem(w) for w in self._analyzer.money_verbs | self._analyzer.money_nouns}
        if paying.isdisjoint(stem(w) for w in query.words):
            return None
        said = {stem(w) for w in split_words(fact.answer.lower())}
        if not (paying | _SALE).isdisjoint(said) or any(stem(f"{p}ment") in said for p in paying):
            return None  # "cost", "paid", "a payment of one shilling", "sold it"
        told = fact.answer.lower()
        for sum_ in self._index.offered(fact.id, "money"):
            at = told.find(sum_)
            if at < 0 or not _PRICED.isdisjoint(told[:at].split()[-_PRICED_REACH:]):
                return None  # "sold the mill for 4,300 pounds"
        return Gap(_price_asked(query.text), elsewhere=True)

    def _rate_untold(self, query: Query, fact: Fact) -> Gap | None:
        """ "How many tons did the works make each year?" of "it took thirty-five tons of
        sea water to make a ton of salt": a figure asked per span of time wants one the
        fact gives per span ("a year", "each season", "annually"), not any figure."""
        asked = self._rate(query.words)
        if asked is None or self._rate(split_words(fact.answer.lower())) is not None:
            return None
        return Gap(f"{_figure_asked(query.words)} {asked}", elsewhere=True)

    def _year_else(self, query: Query, fact: Fact) -> Gap | None:
        """ "How many tons did the line carry in 1910?" of "in 1897 ... 120,000 tons": a
        figure asked of a year is not given by one the fact dates to another year."""
        years = [t for t in query.terms if is_year(t) and len(t) == _YEAR_DIGITS]
        if len(years) != 1 or query.context:
            return None
        told = [w for w in split_words(fact.answer) if is_year(w)]
        if not told or years[0] in told:
            return None
        return Gap(f"{_figure_asked(query.words)} in {years[0]}", elsewhere=True)

    def _rate(self, words: Sequence[str]) -> str | None:
        """The words that say a figure is per span of time ("each year", "a week",
        "annually"), or None: not "for a year" nor "a year later", spans of their own."""
        analyzer = self._analyzer
        for k, word in enumerate(words):
            if word in analyzer.rate_adverbs:
                return word
            if word not in _PER or k + 1 >= len(words) or words[k + 1] not in analyzer.rate_units:
                continue
            after = words[k + 2] if k + 2 < len(words) else ""
            more = after in _SPAN_MORE and _counts(words[k + 3 : k + 4])
            if word in _ARTICLES and (
                after in _SPAN_ENDS or more or words[k - 1 : k] in _SPAN_STARTS
            ):
                continue  # "a year later", "for a year": a time, not a rate
            if after in analyzer.rate_units:  # "on a summer day"
                return f"{word} {words[k + 1]} {after}"
            return f"{word} {words[k + 1]}"
        return None

    def _age(self, query: Query, fact: Fact) -> Gap | None:
        """ "How old was the colonel?" wants an age ("aged 52", "a nineteen-year-old"), not
        any number ("hired 200 guards"); of a thing ("how old is the bridge?") a date or a
        span tells it too."""
        if gives_age(fact.answer):
            return None
        kinds = self._analyzer.entity_kinds
        people = [e for e in query.entities if kinds.get(e) == "person"]
        told = ("date", "duration")
        if not people and not query.pronouns and any(self._index.offers(fact.id, k) for k in told):
            return None
        asked = f"how old {self._names.get(people[0], people[0])} was" if people else "how old"
        return Gap(asked, elsewhere=True)  # a runner-up may give the age

    def _counts_else(self, query: Query, fact: Fact) -> Gap | None:
        """ "How many cows did the farm keep?" of "212 wheels cracked": every number the
        fact gives counts a thing of another kind than the one asked (`counted_kinds`)."""
        words = query.words
        at = next(
            (k for k, w in enumerate(words[:-2]) if (w, words[k + 1]) == ("how", "many")), None
        )
        if at is None:
            return None
        run = list(itertools.takewhile(lambda w: w not in _AFTER_COUNTED, words[at + 2 : at + 4]))
        asked = next((count_kind(w) for w in reversed(run) if count_kind(w) is not None), None)
        if self._index.lists(fact.id):
            return None  # "how many places?" of "Turkey, France, Norway and Mexico"
        counted = counted_kinds(fact.answer)
        if counted is None or not counted:
            return None
        gap = Gap(" ".join(words[at : at + 2 + len(run)]), elsewhere=True)
        if asked is not None and asked not in counted:
            return gap
        # "how many ships?" of a drafted "900 barrels of wheat": no number counts ships,
        # nor a word WordNet gives as one of them or kin to them (people are one kind
        # however named: "four miners" answers "how many men")
        if not fact.draft or asked == "person":
            return None
        # the words counted, up to a verb: "how many died altogether?" counts no thing
        said = list(itertools.takewhile(lambda w: not is_past(w) and not _verb(w), run))
        thing = next((w for w in reversed(said) if count_kind(w) is not None), None)
        thing = thing or next((w for w in reversed(said) if broader_nouns(stem(w))), None)
        if thing is None and len(said) == len(run) == 1:
            thing = run[0]  # "how many wherries did ...": a word WordNet has no sense of
        nouns = counted_nouns(fact.answer)
        if thing is None or is_unit(thing) or not nouns:
            return None  # "how many tons ...?": a measure, which `_rate_untold` reads
        if any(_kin(stem(thing), stem(n)) for n in nouns):
            return None
        return gap

    def _asks_sum(self, query: Query) -> bool:
        """ "How much did it cost?", "how much was the fine?": a figure; not "how much
        influence did he have?", a degree any telling of it answers."""
        words = query.words
        k = words.index("how") if "how" in words else -1
        return (query.qtype == "amount" and k >= 0 and words[k + 1 : k + 2] == ("much",)) and words[
            k + 2 : k + 3
        ] in [(w,) for w in _BE_FROM | _DID]

    def _nobody_drafted(self, query: Query, fact: Fact) -> Gap | None:
        """ "Who was the first lock keeper?" of "The lock keeper closes the gates": a
        drafted fact with no name in it and no one but whom the question itself calls so
        ("keeper") tells no one's name."""
        words = fact.answer.split()
        if any(w[:1].isupper() for w in words[1:]) or not query.spans:
            return None  # a name, or a capitalised word the draft may not know as one
        asked = {stem(w) for w in query.words}
        told = split_words(fact.answer.lower())
        people = [w for w in told if noun_kind(w) == "person"]
        if not people:
            # "who replaced the leggers?" of "Steam tugs replaced the leggers": a thing
            # may be the doer; but "who was the first captain of a tug?" asks what person
            # was one, and a sentence that never mentions one does not tell
            said = query.words
            if said[:1] != ("who",) or said[1:2] not in (("was",), ("were",), ("is",)):
                return None
            stems = {stem(w) for w in told}
            wanted = [w for w in said[2:] if noun_kind(w) == "person" and stem(w) not in stems]
            return Gap("who") if wanted else None
        if any(stem(w) not in asked for w in people):
            return None  # "the keepers rowed out": who rowed out, if the line asks that
        return Gap("who")

    def nobody(self, query: Query, fact: Fact) -> Gap | None:
        """ "Who did Trotsky stay with in Mexico?" of "Trotsky lived in ... Mexico": a
        who-question of a fact that names no one, person or body, but those it names
        itself (unless the pack asks the fact so: "his allies" answers who)."""
        if not self._asks(query, "person"):
            return None
        if fact.draft:  # its names have guessed kinds ("Trotsky" a thing): read its words
            return self._nobody_drafted(query, fact)
        index = self._index
        said = {t for t, _ in query.spans}  # said now, not taken from the conversation
        if not said:
            return None  # "about who?": of whom the last answer tells, not a new question
        besides = said | set(query.entities)  # "him" too: whom the conversation says
        if index.offers(fact.id, "person", besides) or index.offers(fact.id, "name", besides):
            return None
        if index.asked_as(fact.id, "person"):
            return None
        return Gap("who")
