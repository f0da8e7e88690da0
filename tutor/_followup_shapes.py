"""What shape a follow-up line has, read from its analysis alone: "what did he do with
it?", "how did that help him?", "what happened to them?", "and the next one?".

The context (tutor/_context.py) decides what such a line leans on; these predicates only
say which kind of follow-up it is, so they need the analyzer's word lists and nothing of
the conversation. Each asks "only": a line that says something of its own besides
everyday words is a question of its own, not a follow-up of that kind.
"""

from __future__ import annotations

import itertools

from ._analyze import Analyzer, Query
from ._noun_kinds import noun_kind
from ._referents import PERSON_PRONOUNS, THING_PRONOUNS

__all__ = ["DOERS", "GENERAL", "TEMPORAL", "Shapes", "going_on"]

TEMPORAL = frozenset(["after", "before", "once", "until", "since"])  # "after Stalin died"
DOERS = frozenset(["person", "group"])
_DOING = frozenset(["do", "doing"])  # "what did he do?", "what was he doing?"
GENERAL = 0.5  # a word weighing no more asks nothing of its own ("who brought that up?")
_BENEFIT_TYPES = frozenset(["manner", "means", "thing", "reason", "result"])  # how, what, why
_MORE = frozenset(["other", "else", "another", "more"])  # "what other work?": more of it
_ONE_PERSON = frozenset([("him",), ("her",)])  # "what became of him?": one, not "them"
_BECAME_OF = frozenset([("became", "of"), ("become", "of")])
_WHOSE = frozenset(["their", "his", "her", "its"])  # "what was their goal?": of whom just told
_HAPPENING = frozenset(["happen", "happened", "occur", "occurred"])  # "did that happen?"
_THAT = (("that",), ("this",), ("it",))  # "after that": the last event, no other
# "what happened to ...", "what became of ...": what befell the one or the thing named next
_BEFELL = frozenset([("happened", "to"), ("happen", "to"), ("became", "of"), ("become", "of")])
_DEALT = frozenset([("deal", "with"), ("dealt", "with"), ("doing", "about"), ("done", "about")])
_ALL_OF_IT = frozenset([("all", "that"), ("all", "this"), ("all", "those"), ("all", "these")])


def going_on(query: Query) -> tuple[str, ...]:
    """A line's words without the "and" or "so" that carries it on from the last turn
    ("so what did he do?" asks as "what did he do?")."""
    return query.words[1:] if query.words[:1] in (("and",), ("so",)) else query.words


class Shapes:
    """The kinds of follow-up a line may be, for one pack's analyzer. Immutable; shared."""

    def __init__(self, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._ends = frozenset(analyzer.analyze("end finish", correct=False).terms)
        # words that move on in time after "what happened to X": not "then" (at that time
        # as likely) nor "after" (an event of its own follows it), but "in the end"
        self._later = (analyzer.later_words - {"then", "after"}) | {"end"}

    def asks(self, query: Query) -> bool:
        """Whether a line has a question word."""
        return not self._analyzer.qwords.keys().isdisjoint(query.words)

    def bare(self, query: Query) -> bool:
        """Whether a question asks nothing of its own: "when?", "at which meeting?" (a
        question word and only the kind of answer), "where to first?" (and a place in the
        order of things: which one of them, not a word of its own)."""
        ordinals = self._analyzer.ordinals
        own = {t for t, w in query.surface if w not in ordinals} - query.kind_terms
        own |= set(query.terms) - {t for t, _ in query.surface} - query.kind_terms
        return not query.terms or (self.asks(query) and not own)

    def asks_deed(self, query: Query) -> bool:
        """Whether a line asks only what someone did with the thing just told, or at the
        place just told: "what did he do with it?", "what could she do with that post?",
        "what did they do there?", "what was she up to there?", "what was he doing while he
        was there?" (everyday words besides, and no one new but whom to)."""
        words = going_on(query)
        up_to = ("up", "to") in itertools.pairwise(words[1:6])  # "what was she up to?"
        doing = not _DOING.isdisjoint(words[1:5]) or up_to
        if words[:1] != ("what",) or query.qtype != "thing" or not doing:
            return False
        if "with" not in words and "there" not in words:
            return False
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        return all(kinds.get(t) == "person" or general(w) <= GENERAL for t, w in query.surface)

    def asks_benefit(self, query: Query) -> bool:
        """Whether a line asks only what the thing just told did for someone: "how did
        that help him against his rivals?", "what did she get out of it?", "why did that
        work for them?", "who did that win over?" (a word of gain, how something worked
        for someone, or whom it won; "it" or "that" for the thing; no one named but
        people; everyday words besides)."""
        analyzer, words = self._analyzer, query.words
        won = query.qtype == "person" and analyzer.names_outcome(words)  # "who did it win
        if THING_PRONOUNS.isdisjoint(words) or (  # over?": whom it came to for them
            query.qtype not in _BENEFIT_TYPES and not won
        ):
            return False
        worked = any(
            w in analyzer.outcome_words and words[k + 1 : k + 2] == ("for",)
            for k, w in enumerate(words)
        )
        gains = analyzer.benefit_words
        if not worked and not won and gains.isdisjoint(words):
            return False
        return self._only_people(
            query, gains | analyzer.outcome_words | analyzer.outcome_phrase_words
        )

    def asks_purpose(self, query: Query) -> bool:
        """Whether a line asks only what the thing just told was for: "what was the point
        of that?", "what was their goal?", "what did all that achieve?" (a word of
        purpose; "it", "that" or whose aim it was; no one named but people; everyday words
        besides)."""
        analyzer, words = self._analyzer, going_on(query)
        purpose = analyzer.purpose_words
        # not "what's it for?", which asks what a thing is for, as the text's own
        # sentences about it say (no follow-up of the deed just told)
        asked = not purpose.isdisjoint(words)
        if not asked or query.qtype not in (None, "thing", "reason", "result"):
            return False
        if THING_PRONOUNS.isdisjoint(words) and _WHOSE.isdisjoint(words) and "all" not in words:
            return False  # "what was the purpose of the wall?" asks of its own
        return self._only_people(query, purpose)

    def why_all(self, query: Query) -> bool:
        """Whether a line asks why of all that was just told: "why go to all that
        trouble?", "why do all this?" (a why-question of "all that" or "all this",
        naming no one)."""
        pairs = set(itertools.pairwise(query.words))
        return query.qtype == "reason" and not query.entities and not pairs.isdisjoint(_ALL_OF_IT)

    def asks_reaction(self, query: Query) -> bool:
        """Whether a line asks only how others took the thing just told: "how did people
        react?", "what was the reaction?", "how was it received?" (a word of reacting, no
        one named but people, everyday words besides)."""
        reacting = self._analyzer.reaction_words
        if reacting.isdisjoint(query.words) or query.qtype not in (None, "manner", "thing"):
            return False
        return self._only_people(query, reacting)

    def asks_came_of(self, query: Query) -> bool:
        """Whether a line asks only what came of the thing just told, naming nothing of
        its own: "did it work?", "what came of that?", "why does that matter?" (asking
        what it led to, of "it" or "that" or of nothing, in everyday words)."""
        if query.qtype != "result" or query.entities or not _MORE.isdisjoint(query.words):
            return False  # "what other work was done?" asks for more, not how it went
        if THING_PRONOUNS.isdisjoint(query.words) and not self.bare(query):
            return False
        general = self._analyzer.generality
        return all(general(w) <= GENERAL for _, w in query.surface)

    def asks_happened(self, query: Query) -> bool:
        """Whether a line asks only whether the thing just told came about: "did that
        happen?", "did it ever actually happen?" after a wish, a plan or a warning (a
        yes-or-no question of "it" or "that" with a word of happening, naming nothing,
        everyday words besides). What came of it answers, as "did it work?" is answered."""
        words = going_on(query)
        if not words or words[0] not in self._analyzer.yes_no or query.entities:
            return False
        if THING_PRONOUNS.isdisjoint(words) or _HAPPENING.isdisjoint(words):
            return False
        general = self._analyzer.generality
        return all(w in _HAPPENING or general(w) <= GENERAL for _, w in query.surface)

    def ends_for(self, query: Query) -> bool:
        """Whether a line asks only how things ended for someone: "how did it end for
        him?", "and how did it all end for her?", "how did things finish for them?" (how,
        a word of ending, for whom at its end, everyday words besides). Whose story it
        was is said, so its end is theirs, not what came of the last deed."""
        words = going_on(query)
        if words[:1] != ("how",) or query.entities or words[-2:-1] != ("for",):
            return False
        if words[-1] not in PERSON_PRONOUNS or self._ends.isdisjoint(t for t, _ in query.surface):
            return False
        general = self._analyzer.generality
        return all(t in self._ends or general(w) <= GENERAL for t, w in query.surface)

    def ended_for(self, query: Query) -> str | None:
        """Whom a line asks how things ended for, all told, naming them: "how did things
        turn out for Bukharin in the end?", "how did it all end for Kamenev?", "what
        became of Zinoviev in the end?", "how did Trotsky end up?" (one person or group
        named; "how ... for" them with a word of ending or turning out, "what became of"
        them, "what happened to" them and a word moving on in time, or "how did" they
        "end up"; everyday words besides). None for any other line: "where did he end
        up?" asks a place, "what happened to him?" the next thing told of him."""
        kinds, words = self._analyzer.entity_kinds, query.words
        if len(query.entities) != 1 or kinds.get(query.entities[0]) not in DOERS:
            return None
        who = query.entities[0]
        at = min((k for t, k in query.spans if t == who), default=-1)
        if at < 1:
            return None
        rest = words[at + 1 :]
        turned = self._analyzer.names_outcome(words) or not self._ends.isdisjoint(query.terms)
        shaped = (
            (going_on(query)[:1] == ("how",) and words[at - 1] == "for" and turned)
            or words[at - 2 : at] in (("became", "of"), ("become", "of"))
            or (words[at - 2 : at] in _BEFELL and not self._later.isdisjoint(rest))
            or (going_on(query)[:2] == ("how", "did") and rest[-2:] == ("end", "up"))
        )
        if not shaped:
            return None
        name = set(self._analyzer.entity_names.get(who, who).lower().split())
        general = self._analyzer.generality
        plain = all(
            t == who or w in name or t in self._ends or w in self._later or general(w) <= GENERAL
            for t, w in query.surface
        )
        return who if plain else None

    def became_of_them(self, query: Query) -> bool:
        """Whether a line asks how things ended for the one person a pronoun stands for:
        "what became of him?", "so what became of her in the end?" (as `ended_for` reads
        "what became of Zinoviev?"; no one named, everyday words besides). Not "what
        became of those two?" (several), nor "what became of her husband?" (another)."""
        words = query.words
        at = next(
            (k for k, pair in enumerate(itertools.pairwise(words)) if pair in _BECAME_OF), None
        )
        if at is None or words[at + 2 : at + 3] not in _ONE_PERSON or query.entities:
            return False
        if query.qtype not in (None, "thing"):
            return False
        said = dict(query.surface)  # after the pronoun, only "in the end", "later"
        if any(
            k > at + 2 and t not in self._ends and said.get(t) not in self._later
            for t, k in query.spans
        ):
            return False
        general = self._analyzer.generality
        return all(
            t in self._ends or w in self._later or general(w) <= GENERAL for t, w in query.surface
        )

    def dealt_in_end(self, query: Query) -> bool:
        """Whether a line asks only what someone did in the end about the one or the thing
        just told: "so what did he do about it in the end?", "what did he end up doing
        about it?", "how did Stalin finally deal with him?" (doing "about" or dealing
        "with", a word of ending, no one named but people, everyday words besides)."""
        words = going_on(query)
        pairs = set(itertools.pairwise(words))
        doing = bool(pairs & _DEALT) or ("do" in words and "about" in words)
        if not doing or self._ends.isdisjoint(query.terms):
            return False
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        if any(kinds.get(e) not in DOERS for e in query.entities):
            return False
        return all(
            t in kinds or t in self._ends or w in ("deal", "dealt") or general(w) <= GENERAL
            for t, w in query.surface
        )

    def asks_significance(self, query: Query) -> bool:
        """Whether a line asks why the thing just told mattered: "why did that matter?",
        "why was that useful?" (a why-question with a word of importance)."""
        words = query.words
        return "why" in words[:3] and not self._analyzer.significance_words.isdisjoint(words)

    def asks_seeming(self, query: Query) -> bool:
        """Whether a line asks only how the thing or the one just told seemed: "did it
        seem important at the time?", "was it seen as a big deal?", "how did he look to
        them?" (a word of seeming, "it", "that", "he" or "they" for what seemed so, no
        one named but people, everyday words or words of importance besides)."""
        analyzer, words = self._analyzer, query.words
        seeming = analyzer.seeming_words
        # "seen as" seems; "had he seen it before?" saw
        seen_as = ("seen", "as") in set(itertools.pairwise(words))
        if seen_as:
            seeming = seeming | {"seen"}
        if seeming.isdisjoint(words) or query.qtype not in (None, "manner", "thing"):
            return False
        if THING_PRONOUNS.isdisjoint(words) and PERSON_PRONOUNS.isdisjoint(words):
            return False
        return self._only_people(query, seeming | analyzer.significance_words)

    def asks_enabled(self, query: Query) -> bool:
        """Whether a line asks only what the thing just told made someone able to do:
        "what did that let Stalin do?", "what did they allow the keeper to do?" (a verb
        of consequence, "do" to end, no one named but people, everyday words besides)."""
        verbs, words = self._analyzer.consequence_verbs, query.words
        if query.qtype != "result" or words[-1:] != ("do",) or verbs.isdisjoint(words):
            return False
        # whom it made able, in any words: "let the keepers do"
        at = min(k for k, w in enumerate(words) if w in verbs)
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        whom = {t for t, k in query.spans if k > at}
        return all(
            t in kinds or t in whom or general(w) <= GENERAL
            for t, w in query.surface
            if w not in verbs
        )

    def asks_bound(self, query: Query) -> int:
        """Which end of the state just told a bare date question asks for: -1 for its
        start ("since when?", "from what year?"), 1 for its end ("and until when?"), 0
        for neither."""
        words = going_on(query)
        if query.qtype != "date" or not words or not self.bare(query):
            return 0
        return self._analyzer.span_bounds.get(words[0], 0)

    def asks_use(self, query: Query) -> bool:
        """Whether a line asks only how the thing just told was used: "how did he use
        that against her?", "how was it used against him?" (a verb of using, "it" or
        "that" for the thing, no one named but people, everyday words besides)."""
        analyzer, words = self._analyzer, query.words
        if THING_PRONOUNS.isdisjoint(words) or analyzer.means_verbs.isdisjoint(words):
            return False
        if query.qtype not in ("manner", "means"):
            return False
        return self._only_people(query, analyzer.means_verbs)

    def _only_people(self, query: Query, asking: frozenset[str]) -> bool:
        """Whether a line names no one but people and groups, and says nothing of its own
        besides the `asking` words, whom it was against, and everyday words."""
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        if any(kinds.get(e) not in DOERS for e in query.entities):
            return False
        words = query.words
        against = self._analyzer.opposition_words
        # "against his old rival": whom it was against, in any words
        opposed = min((k for k, w in enumerate(words) if w in against), default=len(words))
        whom = {t for t, k in query.spans if k > opposed}
        return all(
            t in kinds or t in whom or w in asking or w in against or general(w) <= GENERAL
            for t, w in query.surface
        )

    def acts(self, query: Query) -> bool:
        """Whether a line's subject does its deed ("how did he use it?"), not undergoes
        it ("how was it used?"): a doing verb after the question word, not "was"."""
        return query.words[1:2] not in (("was",), ("were",), ("is",), ("are",))

    def asks_done(self, query: Query) -> bool:
        """Whether a line asks only what someone did, all told: "what did he do?", "and
        what did she do?" (nothing of its own, no time: "what did he do then?" asks on)."""
        words = going_on(query)
        return len(words) == 4 and words[:2] == ("what", "did") and words[3] == "do"

    def asks_next_one(self, query: Query) -> bool:
        """Whether a line asks only for the next one of the kind just asked about: "and
        the next one?", "what about the next ones?" (no name, everyday words besides),
        "and after them?"."""
        words = query.words
        if words[:1] == ("and",):
            words = words[1:]
        if words == ("after", "them"):
            return True  # "and after them?": the next who filled the role they did
        if query.entities or not {("next", "one"), ("next", "ones")} & set(
            itertools.pairwise(words)
        ):
            return False
        general = self._analyzer.generality
        return all(w == "next" or general(w) <= GENERAL for _, w in query.surface)

    def asks_why_not(self, query: Query, pronouns: set[str]) -> bool:
        """Whether a line asks why the thing just told did not do what it might have:
        "why didn't that stop him?", "so why did it not work?" (a denied why of "that"
        or "it")."""
        words = query.words
        if query.qtype != "reason" or not pronouns & THING_PRONOUNS:
            return False
        if "not" not in words and "never" not in words:
            return False
        # the thing is what did not work: named before any word of the line's own ("why
        # wouldn't he build a faction, that seems dumb" asks of him)
        first = min(
            (k for t, k in query.spans if t not in self._analyzer.entity_kinds), default=len(words)
        )
        return any(w in THING_PRONOUNS for w in words[:first])

    def own_terms(self, query: Query) -> list[str]:
        """The terms a line asks of in words of its own: not names, not the words asking
        for someone new, not everyday ones ("team up" → alliance; "replace" nothing)."""
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        new = self._analyzer.new_person_words
        return [
            t for t, w in query.surface if t not in kinds and w not in new and general(w) > GENERAL
        ]

    def later_fate(self, query: Query) -> tuple[int, int | None]:
        """Where a line asking what befell someone or something later says so: the place
        of its "happened to" or "became of", and of the word after it that moves on in
        time ("afterwards", "later", "in the end", "after that"; not "then", at that time
        as likely, nor "after" an event of its own: "after the fire", which `Sequel`
        reads); (0, None) for any other line."""
        words = query.words
        at = next((k for k, pair in enumerate(itertools.pairwise(words)) if pair in _BEFELL), None)
        if at is None:
            return 0, None
        later = self._later
        moved = next(
            (
                k
                for k in range(at + 2, len(words))
                if words[k] in later or (words[k] == "after" and words[k + 1 :] in _THAT)
            ),
            None,
        )
        return at, moved

    def thing_fate(self, query: Query) -> tuple[str, ...]:
        """The terms of the thing whose later fate a line asks in words of its own:
        "what happened to the drying machine afterwards?", "what became of the old pier
        in the end?" (a word of befalling, the thing, then a word moving on in time; no
        name, which `asks_fate` reads); none for any other line."""
        words = query.words
        at, moved = self.later_fate(query)
        if moved is None or query.entities or noun_kind(words[moved - 1]) == "person":
            return ()  # "what happened to the killer afterwards?": someone, not a thing
        general = self._analyzer.generality
        said = dict(query.surface)
        thing = tuple(
            t for t, k in query.spans if at + 1 < k < moved and general(said.get(t, t)) > GENERAL
        )
        return thing

    def asks_fate(self, query: Query) -> bool:
        """Whether a line asks only what befell someone next: "what happened to them?",
        "what happened to the Left in the end?" (everyday words besides the name)."""
        words = query.words
        at = next((k for k, w in enumerate(words) if w in ("happened", "happen")), -1)
        if at < 0 or words[at + 1 : at + 2] != ("to",) or query.qtype not in (None, "thing"):
            return False
        if "there" in words:  # "what happened to him there?": at the place, found by it
            return False
        if any(  # "... after Trotsky lost?": after an event of its own, found by it
            w in TEMPORAL and words[k + 1 : k + 2] and words[k + 1] not in THING_PRONOUNS
            for k, w in enumerate(words)
        ):
            return False
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        later = self._analyzer.later_words  # "eventually", "afterwards": next, as asked
        return all(t in kinds or w in later or general(w) <= GENERAL for t, w in query.surface)
