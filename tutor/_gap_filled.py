"""Whether the sentence a near miss is about to show is itself the answer: it tells the
question's event and names, in the role asked, what the question does not.

Every gap check reads the question against the best fact and names what the fact lacks,
and the reply then says "the text doesn't say ..." and shows that fact. Some checks read
a lack the sentence does not have: "who became Stalin's new partner?" of "By 1926, Stalin
formed a new alliance with Nikolai Bukharin", "where did that happen?" of a sentence
placing it "at the 13th Party Congress". A refusal that shows the answer it refuses is
no honest reply; so before any gap is told, `Filled.answers` asks whether the sentence
fills the asked role. It is strict, for an honest refusal must stay one ("where was
Stalin born?" of a sentence naming other places): the question must ask a who, where,
when or how many; the sentence must say every word of the question's own (its names and
its deed, only a light verb like "go" or "become" spared) and name, of the kind asked,
something the question and the talk do not already name (a count of what is counted).
"""

from __future__ import annotations

from ._analyze import Query
from ._content import Fact
from ._gap import Checks, time_clauses
from ._noun_kinds import noun_kind
from ._phrases import cues

__all__ = ["Filled"]

# The words asking each kind of answer a sentence can fill, and the kind it names.
_ASKING = {"person": ("who", "whom"), "place": ("where",), "date": ("when", "year")}
_COUNTED = "many"  # "how many men ...": the count of the word after it
# the forms of "be", "do" and "have": a question of no other verb asks what someone is
# ("who was Napoleon?", "where was he from?"), not the doer of an event a sentence tells
_BARE = frozenset(["was", "were", "is", "are", "be", "been", "being", "am"])
_BARE |= frozenset(["did", "do", "does", "had", "has", "have"])
_NEAR_COUNT = 2  # "twenty-eight stone markers": the counted word this close after the number
# verbs of helping another do a deed ("who helped Stalin sideline the Left?"): the deed
# is what is asked, and one doing it with him is who helped; said before another verb
_HELPING = frozenset(["help", "helped", "helps", "helping", "assist", "assisted", "aided"])
# "which N" / "what N": the most words of the noun phrase read for its head
# ("which two party veterans did ...")
_PHRASE_SPAN = 4
_NAMED = "named"  # "which N?" of a noun of no person: a name the sentence puts after N
_APPOSED = 2  # "allies Zinoviev", "chemist Tobias Renwick": a name this close after the noun
# words placing a time within a span, beside english.yaml's time_nouns ("in the mid-1920s")
_TIME_PARTS = frozenset(["early", "mid", "late"])


def _within(term: str, dates: frozenset[str]) -> bool:
    """Whether a decade a question names ("1920s") holds a year a sentence gives ("1926");
    a year itself must be the sentence's own ("in 1880" is not "by 1890")."""
    decade = term[:3] if len(term) == 5 and term[:4].isdigit() and term.endswith("s") else ""
    return bool(decade) and any(d[:3] == decade and d[:4].isdigit() for d in dates)


class Filled(Checks):
    """Reads whether a fact answers the role a question asks, whatever a check found."""

    def answers(self, query: Query, fact: Fact) -> bool:
        """Whether `fact` tells the question's event and names the one asked (see the
        module's docstring); False whenever any part is unsure."""
        kind = self._kind(query)
        if kind is None or not self._tells_event(query, fact):
            return False
        if kind == "number":
            return self._counts(query, fact)
        index = self._index
        said = {*query.terms, *query.entities, *query.context}
        if kind == _NAMED:
            return self._names_after(query, fact, said)
        offered = index.offered(fact.id, kind) - said
        if kind == "place":
            if self._place_named(query):
                return False
            # "from the Soviet Union": where he left, not where he went
            offered -= index.places_left(fact.id)
        return bool(offered)

    def _place_named(self, query: Query) -> bool:
        """Whether a where-question names a place outside a clause setting its time:
        "where in Norway did he live?" asks a place within it, which another place the
        sentence names is not ("where did he go after Norway?" may be answered)."""
        kinds = self._analyzer.entity_kinds
        setting = time_clauses(query.words)
        return any(kinds.get(t) == "place" and k not in setting for t, k in query.spans)

    def _kind(self, query: Query) -> str | None:
        """The kind of answer a question asks of a sentence's names: a plain who, where,
        when or how many; "whose ...?" (someone, its owner); "which allies?", "what
        party veterans?" (someone: a noun WordNet says names a person). Not "which
        city" (a place more particular than any the sentence may name)."""
        words = set(query.words)
        if query.qtype == "number":
            return "number" if _COUNTED in words else None
        asking = _ASKING.get(query.qtype or "")
        if asking is not None and not words.isdisjoint(asking) and "whose" not in words:
            return query.qtype
        head = self._head(query.words)
        if "whose" in words or noun_kind(head) == "person":
            return "person"
        return _NAMED if head else None

    def _head(self, words: tuple[str, ...]) -> str:
        """The noun a question opening "which N" or "what N" asks one of ("which two
        party veterans did ...": veterans), or "": the last word of the phrase before its
        first stop word ("did", "over": "what premium over the price" asks a premium)."""
        if words[:1] not in (("which",), ("what",)):
            return ""
        head, stop = "", self._analyzer.stopwords
        for word in words[1 : 1 + _PHRASE_SPAN]:
            if word in stop:
                break
            head = word
        return head

    def _names_after(self, query: Query, fact: Fact, said: set[str]) -> bool:
        """Whether the sentence names one of the noun a "which N" question asks of: a name
        right after the noun ("Which allies did he turn on?" of "turned on his former
        allies Zinoviev and Kamenev"; "the chemist Tobias Renwick") or spelt with it
        ("which opposition?" of "the Left Opposition"); unless the question says it."""
        head = self._head(query.words)
        at = query.words.index(head) if head else -1
        asked = {t for t, k in query.spans if k == at}
        if not asked:
            return False
        names = self._index.names(fact.id) - said
        if any(head in (w.lower() for w in self._spelt(n)) for n in names):
            return True  # "which opposition?" of "the Left Opposition": a name of that kind
        _, spans = self._analyzer.words_and_spans(fact.answer)
        where = {k: t for t, k in spans}
        return any(
            t in asked and any(where.get(k + step) in names for step in range(1, _APPOSED + 1))
            for t, k in spans
        )

    def _tells_event(self, query: Query, fact: Fact) -> bool:
        """Whether the sentence itself (not its paragraph) holds every name and every own
        word of the question but its light verbs, and the question tells an event at all."""
        index, held = self._index, self._index.held(fact.id)

        def says(term: str) -> bool:
            return term in held and not index.inherited(fact.id, term)

        light = cues().light_verbs
        spoken = dict(query.surface)
        aside = {*query.kind_terms, *query.setting, *query.context}
        dates = index.offered(fact.id, "date")
        if dates:  # "in the mid-1920s" of "By 1926": it dates it, in that decade
            times = self._analyzer.time_nouns | _TIME_PARTS
            aside.update(t for t in query.terms if spoken.get(t) in times or _within(t, dates))
        if any(t not in aside for t, _ in query.unknown):
            return False  # a word the text never uses: what it asks is not here
        own = [
            t
            for t in query.terms
            if t not in aside
            and t not in query.entities
            and spoken.get(t) not in light
            and spoken.get(t) not in _HELPING
        ]
        if not all(map(says, query.entities)) or not all(map(says, own)):
            return False
        # the deed asked is said outside a clause setting its time: "where did he go after
        # leaving the workshop?" asks where he went, of which a sentence telling of his
        # leaving says nothing
        setting = time_clauses(query.words)
        main = {t for t, k in query.spans if k not in setting}
        if own:
            return not main.isdisjoint(own)
        # "who was Napoleon?": no deed of the question's own, only "be"; and "where did he
        # go after leaving?": only a light verb besides the time clause's deed
        return not query.setting and any(w in light and w not in _BARE for w in query.words)

    def _counts(self, query: Query, fact: Fact) -> bool:
        """Whether the sentence gives a number right before what "how many" counts
        ("how many stone markers?" of "set twenty-eight stone markers")."""
        words = query.words
        at = words.index(_COUNTED)
        counted = {t for t, k in query.spans if at < k <= at + 2 and t not in query.entities}
        if not counted:
            return False
        numbers = self._analyzer.number_words
        _, spans = self._analyzer.words_and_spans(fact.answer)
        year = self._analyzer.is_year  # "In 1832 the parish men": a date, no count
        starts = [k for t, k in spans if (t.isdigit() or t in numbers) and not year(t)]
        return any(t in counted and any(0 < k - n <= _NEAR_COUNT for n in starts) for t, k in spans)
