"""Which of the ranked facts answers: the best, unless one nearly as good fits better.

The index ranks facts by how much of the question they hold; some questions say more than
their words weigh. "What happened to Kamenev after Trotsky lost?" wants the fact that says
"After defeating Trotsky, ...", "what happened to the letter Lenin wrote?" what befell the
letter, not its writing, and "who did he side with instead?" someone not yet named. One
Picker serves every session of a pack: it holds nothing of any conversation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from types import MappingProxyType
from typing import Any

from ._analyze import Analyzer, Query
from ._content import Fact
from ._draft_names import is_role_noun
from ._frames import Frame
from ._held_on import holds_on
from ._index import Hit, Index
from ._meant_person import meant_persons, tells_another
from ._nearmiss import NearMiss
from ._next_in_turn import next_in_turn
from ._opinion import Asked, Opinions
from ._paragraph_pick import ParagraphPick
from ._pick_order import in_order
from ._text import looks_plural, split_words
from ._utterance import Utterance

__all__ = ["Picker"]

_RUNNERS_UP = 3  # facts after the best one looked at when the best one lacks what is asked
_RUNNER_UP = 0.85  # share of the best score a runner-up needs to answer instead
_HAPPEN = "happen"  # the term of "what happened to", "what became of"
_RELATIVES = frozenset(["what", "which", "that", "whom"])  # "read what Lenin wrote"
# words opening a clause that describes the noun before them ("the letter where ...")
_CLAUSE_OPENERS = frozenset(["where", "which", "that", "whom", "wherein"])
_DETERMINERS = frozenset(
    ["the", "that", "this", "those", "these", "his", "her", "their", "its", "a"]
)
_DESCRIBED = 0.6  # share of the best score a fact telling what befell a thing needs
_INTRODUCED = 0.6  # share of the best score a fact bringing in the name asked of needs
_WENT = 0.75  # share a fact naming where one went needs over one naming only where he left
_LISTED_KINDS = frozenset(["date", "place", "person"])  # answers a list gives item by item
_RIVALS_GAP = 0.06  # score within which facts giving different answers are rivals
_IN_LIST = 0.6  # share of a rival's terms a list holds to be telling it too
_EVERYDAY = 0.5  # generality above which a word says something of its own ("accuse")
_OWN_LOOK = 10  # facts looked at for one holding the line's own words
_OWN_WORDS = 0.7  # share of the best score a fact holding the line's own words needs
_SUBJECT_TIE = 0.02  # scores this close are settled by who does what (as a clarify would)
_HE_SHE = frozenset(["he", "she"])  # "what was he good at?": whom the talk is about, doing it
_THEY = "they"  # "what did they think of him?": the ones the talk is about, doing it
# auxiliaries before a subject: "what did the two of them think?" reads "what did them
# think" (the analyser drops "the two of"), "them" standing as "they" does
_AUXILIARIES = frozenset(["did", "do", "does", "were", "are", "had", "have", "would"])
_ALL_OF = frozenset(["both", "all", "each"])  # "what did both of them think?"
# a line with one of these besides "they" brings in someone else too ("what did they call
# him?"), so the people it leans on are not all whom "they" stands for
_SINGULAR = frozenset(["he", "him", "his", "she", "her", "hers", "it", "its"])
_THEIR_NEAR = 0.85  # share of the best score a fact telling them doing it needs
_THEIR_LAST = 0.7  # share the last answer needs, if it tells them doing something
_ALONG = 0.95  # share a fact saying "after <the event asked of>" needs to come first
_DOES = frozenset([("do",), ("does",), ("for",)])  # "what does X do?", "what is X for?"
_ANNOUNCES = 9  # words of a sentence short enough to only bring a thing in
_ANNOUNCED_SPAN = 3  # sentences after it looked at for what the thing does
_TOLD_ON = 2  # sentences after the last answer that may say what a follow-up asks of it
_SAID = 1.0  # the weight of a term a fact itself says (see the index's field weights)
_SIDE_NEAR = 0.85  # share of the best score a fact naming the side of the one asked needs
# "Bukharin and the Right Opposition", "the Left led by Trotsky and Zinoviev": the words
# that join a group to its people (conjunctions, articles, prepositions of agency)
_SIDE_GLUE = frozenset(["and", "the", "of", "led", "headed", "by", "under", "including"])
# "side with", "side against": the verb, not a side asked of ("why did they side with him?")
_SIDE_VERB = frozenset([("with",), ("against",)])
_SIDE_LOOK = 5  # facts looked at for one naming the side of people the best one does not name
_SIDE_FAR = 0.5  # share of the best score that fact needs
_SIDE_REACH = 4  # words from a person to a group named beside him
_DEGREE = frozenset(["more", "less", "rather", "than"])  # "more ... than": a comparison
_COMPARED_NEAR = 0.8  # share of the best score a fact that compares needs to answer one
_DOES_ASK = frozenset([("did",), ("does",), ("do",), ("will",), ("would",)])
# verbs after whose subject a line asks what followed: "what did the murder mean for him?"
_RESULT_VERBS = frozenset(["mean", "means", "meant", "lead", "led", "cause", "result", "change"])
_CAUSE_NEAR = 0.7  # share of the best score a fact telling the cause asked of needs
# words by which a sentence adds to what it names ("not limited to party politics: he also
# controlled ..."), the answer to "besides X, what else ...?"
_ADDING = frozenset(["also", "too", "besides", "beyond", "additionally", "moreover"])
_ADDING_PAIRS = frozenset([("as", "well"), ("not", "only"), ("not", "limited"), ("in", "addition")])
_OWN_EVENT_NEAR = 0.5  # share of the best score a fact telling the one asked of doing it needs
_OWN_EVENT_RUNNERS = 5  # facts after the best one looked at for it
_HOLDER_NEAR = 0.5  # share of the best score a fact telling the holder's own view needs
_DOER_NEAR = 0.85  # share of the best score a fact naming who did it to the one asked needs
_MEANS_NEAR = 0.85  # share of the best score a fact telling the doer asked of by a means needs
# "how did he ...?": the auxiliaries after "how" of a line asking what someone did to do it
_HOW_ASKS = frozenset((w,) for w in ("did", "do", "does", "could", "can", "would", "will"))
_ALL_NEAR = 0.55  # share of the best score a fact telling them all needs (see _all_of_them)
_SERIES_COMMAS = 2  # commas of a series of three or more: "A, B, and C"
_BEYOND_NEAR = 0.7  # share of the best score a fact adding to the thing set aside needs
# "still", "even after ...": what held on in spite of something (see _held_on)
_HELD_ON_NEAR = 0.7  # share of the best score a fact telling what held on needs
_STILL_REACH = 3  # words after "still" looked at for what held on ("still a real danger")
_HELD_ON_LOOK = 5  # facts after the best one looked at for one telling what held on


class Picker:
    """Chooses the answering fact among the ranked ones for one pack. Immutable; shared."""

    def __init__(
        self,
        analyzer: Analyzer,
        index: Index,
        nearmiss: NearMiss,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        """`frames_of`: who did what in a fact (the claims' reading, read once)."""
        self._analyzer = analyzer
        self._index = index
        self._nearmiss = nearmiss
        self._frames_of = frames_of
        self._opinions = Opinions(analyzer, frames_of)
        self._paragraphs = ParagraphPick(index)
        # the words that ask for a name ("what was the dog's name?", "... called?")
        self._naming = frozenset(analyzer.analyze("name named called", correct=False).terms)

    @property
    def naming(self) -> frozenset[str]:
        """The terms of the words that ask for a name ("named", "called")."""
        return self._naming

    def best(
        self, said: Utterance, query: Query, hits: Sequence[Hit], context: Mapping[str, Any]
    ) -> Hit:
        """The fact that answers, from facts ranked best first (`hits`, not empty)."""
        top = self._following(query, hits)
        kinds = self._analyzer.entity_kinds
        top = next_in_turn(self._index, self._nearmiss, self._frames_of, kinds, query, top, hits)
        if top is hits[0]:
            top = self._paragraphs.pick(query, top, hits)
        top = self._list_of_rivals(query, top, hits)
        top = self._all_of_them(query, top, hits)
        top = self._introduced(query, top, hits)
        top = self._past_description(said, query, top, hits)
        top = self._destination(query, top, hits)
        top = self._own_words(said, query, top, hits)
        top = self._his_own(said, query, top, hits, context)
        top = self._their_own(said, query, top, hits, context)
        top = self._announced(query, top, hits)
        top = self._told_on(said, query, top, context)
        top = self._side_of(query, top, hits)
        top = self._compared(query, top, hits)
        top = self._of_the_cause(query, top, hits)
        top = self._beyond(query, top, hits)
        top = self._held_on(query, top, hits)
        top = self._doer_named(said, query, top, hits)
        top = self._by_whose_means(said, query, top, hits)
        top = self._own_event(said, top, hits)
        top = in_order(self._analyzer, self._index, query, top, hits)
        top = self._new_name(query, top, hits, context)
        return self._holder(said, top, hits, context)

    def _holder(
        self, said: Utterance, top: Hit, hits: Sequence[Hit], context: Mapping[str, Any]
    ) -> Hit:
        """ "What did Trotsky think of Stalin?" asks Trotsky's view: a fact telling him
        only as the one judged ("Stalin viewed Trotsky as a threat") answers another
        question; one nearly as good telling his own view does (`_opinion`). Nor does a
        fact never naming him; one nearly as good naming him does."""
        asked = self._opinions.asked(said, context)
        if asked is None:
            return top
        ranked = [top, *(h for h in hits[:_OWN_LOOK] if h.score <= top.score)]

        def first(fits: Callable[[Hit], bool]) -> Hit:
            near = (h for h in ranked if h.score >= top.score * _HOLDER_NEAR and fits(h))
            return next(near, top)

        if self._opinions.judged_only(top.fact.id, asked.holder) or self._others_view(asked, top):
            return first(lambda h: self._opinions.holds(h.fact.id, asked.holder))
        if asked.holder in self._says(top.fact.id):
            return top
        # "what was Trotsky's attitude to the bureaucrats?": a fact never naming him
        # ("Stalin, a man often viewed as a bureaucratic figure") tells no view of his
        return first(lambda h: asked.holder in self._says(h.fact.id))

    def judged_only(self, said: Utterance, top: Hit, context: Mapping[str, Any]) -> Asked | None:
        """The opinion a question asks when the answering fact tells only another's view
        of its holder: the text does not say the holder's view (`_opinion`)."""
        asked = self._opinions.asked(said, context)
        if asked is None:
            return None
        fact = top.fact.id
        if self._opinions.judged_only(fact, asked.holder):
            return asked
        # "what did Lenin think of Trotsky?" of "future generations would view Stalin as
        # Lenin's true successor": another's view, Lenin only named in it
        return asked if self._others_view(asked, top) else None

    def _others_view(self, asked: Asked, top: Hit) -> bool:
        """Whether the best fact tells another's view of the person the line asks the
        holder's view of, naming the holder only in passing; asked of no one ("what did
        Thalbeck believe about mortar?"), a fact telling his idea without a verb of his
        may still be it."""
        return bool(asked.judged) and self._opinions.others_view(
            top.fact.id, asked.holder, top.fact.answer
        )

    def view_nearby(self, asked: Asked, top: Hit, hits: Sequence[Hit]) -> Hit:
        """What to quote beside "the text doesn't say what Lenin thought of Trotsky": of
        facts nearly as good, the first telling the holder's own doing and no one else's
        view ("Lenin had grown suspicious of Stalin"), else the best fact."""
        near = (
            h
            for h in hits[:_OWN_LOOK]
            if h.score >= top.score * _HOLDER_NEAR
            and self._opinions.own_telling(h.fact.id, asked.holder)
        )
        return next(near, top)

    def _told_on(self, said: Utterance, query: Query, top: Hit, context: Mapping[str, Any]) -> Hit:
        """ "What did that cost him?" after "Trotsky alienated potential allies ...": the
        line leans on the last answer and asks of it in a word of its own that the answer
        does not hold; the sentence the text goes on with, in the same part, holding all
        the line's own words, says it ("His ... disdain for party bureaucracy cost him
        crucial support"), though the words carried over rank the last answer first."""
        last = context.get("fact")
        if not query.leans or top.fact.id != last or said.query.entities:
            return top
        kinds, later = self._analyzer.entity_kinds, self._analyzer.later_words
        own = {t for t, w in said.query.surface if t not in kinds and w not in later}
        if not own or own <= self._says(last):
            return top
        meant = meant_persons(query, kinds)  # "where did he work?": not another's deed
        for other in self._index.following(last, _TOLD_ON):
            fact = self._index.docs[self._index.position(other)].fact
            if fact.topic != top.fact.topic:
                break
            if fact.draft and tells_another(self._index.offered(other, "person"), meant):
                continue
            if own <= self._says(other):
                return Hit(fact, top.score, top.coverage)
        return top

    def _side_of(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "Which side of the party was Bukharin on?" asks for the group told beside him:
        "... an alliance with Nikolai Bukharin and the Right Opposition" names it, "the
        Left were expelled ..., Stalin later moved against Bukharin" names a group but
        not his; of facts nearly as good, one naming a group right beside the person
        asked of answers. Asked of "he" or "they" ("which side was he on by then?"), of
        whom the pronoun stands for; and when the best fact does not name them at all,
        one further down that names their group answers ("the Left Opposition led by
        Trotsky, Zinoviev and Kamenev", not "Stalin allied with Bukharin in 1926")."""
        words = query.words
        parts = self._analyzer.part_words
        if not any(
            w in parts and words[k + 1 : k + 2] not in _SIDE_VERB for k, w in enumerate(words)
        ):
            return top  # "which side ...?", not "why did they side with him?"
        kinds = self._analyzer.entity_kinds
        people = {e for e in query.entities if kinds.get(e) == "person"}
        if not people:  # "which side was he on?": whom "he" stands for, carried over
            people = {t for t in query.terms if kinds.get(t) == "person"}
        if not people or self._beside(top.fact.id, people, query):
            return top

        def beside(hit: Hit) -> bool:
            return self._beside(hit.fact.id, people, query)

        near = _nearly(top, hits, _SIDE_NEAR, beside)
        if near is not top or not self._index.names(top.fact.id).isdisjoint(people):
            return near
        far = (h for h in hits[1:_SIDE_LOOK] if h.score >= top.score * _SIDE_FAR and beside(h))
        return next(far, top)

    def _beside(self, fact_id: str, people: set[str], query: Query) -> bool:
        """Whether a fact names a group the line does not right beside all of `people`:
        only "and", "the", "of" between ("Bukharin and the Right Opposition"), or the
        group and a list of its leaders or members ("the Left Opposition led by Trotsky,
        Zinoviev and Kamenev")."""
        kinds = self._analyzer.entity_kinds
        answer = self._index.docs[self._index.position(fact_id)].fact.answer
        words, spans = self._analyzer.words_and_spans(answer)
        run: list[str] = []  # names linked by the glue words only, in the text's order
        for k, (one, at) in enumerate(spans):
            if k:
                before, since = spans[k - 1]
                allowed = _SIDE_GLUE.union(one.split("_"), before.split("_"))
                if not (at - since <= _SIDE_REACH and allowed.issuperset(words[since + 1 : at])):
                    run = []
            run.append(one)
            groups = [t for t in run if kinds.get(t) == "group" and t not in query.terms]
            if groups and people <= set(run):
                return True
        return False

    def _compared(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "What did Trotsky care about more than how the party ran?" asks what one
        weighed against another: of facts nearly as good, one that itself compares
        ("focusing more on ideology and revolutionary theory") answers over one that
        does not ("he also controlled the state media")."""
        words = set(query.words)
        if "than" not in words or _DEGREE.isdisjoint(words) or _compares(top.fact.answer):
            return top
        return _nearly(top, hits, _COMPARED_NEAR, lambda hit: _compares(hit.fact.answer))

    def _of_the_cause(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "What did Trotsky's murder mean for Stalin's grip?" asks what followed from
        the murder: a fact that does not tell it ("his miscalculations allowed Stalin to
        tighten his grip") answers a different cause; one nearly as good that tells it
        and gives a result does ("his death marked the final removal of a challenger")."""
        words = query.words
        if query.qtype != "result" or words[:1] != ("what",) or words[1:2] not in _DOES_ASK:
            return top
        verb = next((k for k in range(2, len(words)) if words[k] in _RESULT_VERBS), None)
        if verb is None:
            return top
        kinds, held = self._analyzer.entity_kinds, self._index.held
        cause = {t for t, at in query.spans if 2 <= at < verb and t not in kinds}
        if not cause or cause <= held(top.fact.id).keys():
            return top

        def tells(hit: Hit) -> bool:
            return cause <= held(hit.fact.id).keys() and self._index.offers(hit.fact.id, "result")

        return _nearly(top, hits, _CAUSE_NEAR, tells)

    def _beyond(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "Apart from the party, what else did Stalin have his hands on?" asks what goes
        beyond the thing set aside: a fact nearly as good that names it and adds to it
        ("... was not limited to party politics: he also controlled the state media")
        answers over one that only shares the line's other words ("mastered the
        practical mechanics of power"). The thing set aside weighs little in the ranking,
        as an answer is usually about something else."""
        aside = self._analyzer.set_aside(query)
        if not aside or _adds(top.fact.answer):
            return top
        held = self._index.held
        names = {t for t in query.entities if t not in aside}

        def adds(hit: Hit) -> bool:
            have = held(hit.fact.id).keys()
            return aside <= have and names <= have and _adds(hit.fact.answer)

        return _nearly(top, hits, _BEYOND_NEAR, adds)

    def _held_on(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "Even after all the smearing, what was he still great at?", "why did Stalin still
        worry about him?" ask what held on in spite of something: of facts nearly as good
        and naming whom the line names, one telling that something held on ("even though
        he remained a brilliant orator", "a threat even in exile") answers over one that
        only shares the line's words ("the propaganda framed him as disloyal"). What is
        said to hold on ("worry" of "still worry") it must hold too: "Trotsky remained
        powerless" tells something else holding on."""
        if not holds_on(query.words) or holds_on(split_words(top.fact.answer.lower())):
            return top
        held = self._index.held
        needs = set(query.entities) | _still_what(query)

        def tells(hit: Hit) -> bool:
            return needs <= held(hit.fact.id).keys() and holds_on(
                split_words(hit.fact.answer.lower())
            )

        near = (
            h
            for h in hits[1 : _HELD_ON_LOOK + 1]
            if h.score >= top.score * _HELD_ON_NEAR and tells(h)
        )
        return next(near, top)

    def _own_event(self, said: Utterance, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "Where did Tilde die?" asks of her own dying: a fact that names her but tells of
        others dying ("Tilde's worst setback came in 1826. ... eleven women died") does not
        say; one nearly as good telling her as the one who died ("Tilde died there on 19
        November 1861") does, whatever it then lacks (the gap checks say so). Drafted facts
        only: their pronouns are resolved, so their frames name who did it (a hand-written
        fact's leave "he also controlled" unread)."""
        kinds = self._analyzer.entity_kinds
        if not top.fact.draft or not any(kinds.get(n) == "person" for n in said.query.entities):
            return top  # (the line's frames are read only when they may matter)
        asked = [
            (f.predicate, f.role("agent")[0])
            for f in said.frames
            if f.predicate
            and len(f.role("agent")) == 1
            and kinds.get(f.role("agent")[0]) == "person"
        ]
        if len(asked) != 1:
            return top
        predicate, who = asked[0]

        def of(hit: Hit, theirs: bool) -> bool:
            return any(
                f.predicate == predicate and (who in f.role("agent")) == theirs
                for f in self._frames_of(hit.fact.id)
            )

        if of(top, True) or not of(top, False):
            return top

        def theirs(hit: Hit) -> bool:
            return hit.fact.draft and of(hit, True)

        # others' deeds may share all its words: look a little further down
        return _nearly(top, hits, _OWN_EVENT_NEAR, theirs, _OWN_EVENT_RUNNERS)

    def _doer_named(self, said: Utterance, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "Who was the hitman that finished Trotsky off?" asks who did something to
        someone: a fact that names nobody doing anything to him ("Trotsky's assassination
        was the culmination of Stalin's long campaign") does not say; one nearly as good
        telling him as the one it was done to, by someone ("Trotsky was assassinated by
        Ramón Mercader"), does."""
        kinds = self._analyzer.entity_kinds
        people = {n for n in query.entities if kinds.get(n) == "person"}
        if query.qtype != "person" or len(people) != 1:
            return top  # one person, the one it was done to (the line's frames read after)
        if any(f.role("agent") for f in said.frames):
            return top  # "who did Stalin side with?": the doer is named, another is asked
        done_to = {n for f in said.frames for n in f.role("patient") if kinds.get(n) == "person"}
        if done_to != people:
            return top  # "after ditching Zinoviev, who did Stalin buddy up with?"

        def names_doer(hit: Hit) -> bool:
            return any(
                f.role("agent") and not done_to.isdisjoint(f.role("patient"))
                for f in self._frames_of(hit.fact.id)
            )

        if names_doer(top):
            return top
        return _nearly(top, hits, _DOER_NEAR, names_doer)

    def _by_whose_means(self, said: Utterance, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "How did Trotsky try to hit back from abroad?" asks by what means he did it: a
        fact sharing the line's words but telling no means ("Trotsky lived in exile in
        Turkey, France, Norway, and eventually Mexico") does not say; one nearly as good
        telling him doing something by some means ("Trotsky made efforts to rally
        opposition through his writings") does. Only a means told of the one asked of: a
        fact telling any means already answers as its own words rank it (its doer may
        be a pronoun a hand-written frame leaves unread)."""
        words = query.words
        if query.qtype != "manner" or words[:1] != ("how",) or words[1:2] not in _HOW_ASKS:
            return top  # "how did he ...?", not "how was he seen?" nor "how come ...?"
        kinds = self._analyzer.entity_kinds
        doers = {n for f in said.frames for n in f.role("agent") if kinds.get(n) == "person"}
        if len(doers) != 1:
            return top
        if any(f.role("means") for f in self._frames_of(top.fact.id)):
            return top  # it tells a means, if perhaps of a doer its pronoun stands for

        def by_means(hit: Hit) -> bool:
            return any(
                f.role("means") and not doers.isdisjoint(f.role("agent"))
                for f in self._frames_of(hit.fact.id)
            )

        return _nearly(top, hits, _MEANS_NEAR, by_means)

    def _says(self, fact_id: str) -> set[str]:
        """The terms a fact itself says (its answer, source and keywords), not those only
        its question variants hold ("What did acting independently cost Trotsky?")."""
        return {t for t, w in self._index.held(fact_id).items() if w >= _SAID}

    def _his_own(
        self,
        said: Utterance,
        query: Query,
        top: Hit,
        hits: Sequence[Hit],
        context: Mapping[str, Any],
    ) -> Hit:
        """For a follow-up whose subject is "he" or "she" (whom the talk is about: "who
        was Trotsky?" "what was he good at?"), of two facts scoring alike the one telling
        him in that role, not one naming him only in another ("In contrast to Trotsky,
        Stalin mastered ..."): the tie a fresh question settles by asking which was meant."""
        persons = context.get("persons") or []
        words = said.query.words
        if said.query.entities or not persons or _HE_SHE.isdisjoint(words):
            return top
        if query.qtype != "thing" or top is not hits[0] or len(hits) < 2:
            return top
        rival = hits[1]
        if top.score - rival.score >= _SUBJECT_TIE:
            return top
        asked = (Frame("", MappingProxyType({"agent": (persons[0],)})),)
        return rival if self.fits_roles(asked, rival) > self.fits_roles(asked, top) else top

    def _their_own(
        self,
        said: Utterance,
        query: Query,
        top: Hit,
        hits: Sequence[Hit],
        context: Mapping[str, Any],
    ) -> Hit:
        """For a follow-up whose subject is "they", standing for people the line does not
        name ("who were Zinoviev and Kamenev?" "what did they think of Trotsky?"), a fact
        telling none of them doing anything ("Stalin and the Right marginalized the Left
        led by Trotsky, Zinoviev and Kamenev") does not answer when one nearly as good
        tells them as its doers ("... Zinoviev and Kamenev, who feared Trotsky's
        growing influence"): the words carried over for "they" rank both alike. The last
        answer comes first if it tells them so: "they" are whom it was about."""
        words = said.query.words
        if query.qtype != "thing" or not query.leans or not _they(words):
            return top
        if not _SINGULAR.isdisjoint(words) or not self._analyzer.part_words.isdisjoint(words):
            return top  # "what did they call him?"; "which side were they on?" (a group)
        kinds = self._analyzer.entity_kinds
        they = tuple(
            t for t in query.terms if kinds.get(t) == "person" and t not in said.query.terms
        )
        if len(they) < 2:
            return top

        def acts(hit: Hit) -> bool:  # one of them a doer in the fact (a draft's frames
            # may give a relative clause to the nearest name only: "A and B, who ...")
            frames = self._frames_of(hit.fact.id)
            return any(not set(f.role("agent")).isdisjoint(they) for f in frames)

        if acts(top):
            return top
        last = next((h for h in hits if h.fact.id == context.get("fact")), None)
        if last is not None and last.score >= top.score * _THEIR_LAST and acts(last):
            return last
        return _nearly(top, hits, _THEIR_NEAR, acts)

    def _announced(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "What does the rennet do?" of "Next come the starter cultures and the rennet.":
        a short drafted sentence that only brings a thing in ("The next day the wheels go
        into brine.") tells nothing of what it does; the sentence after it in its part that
        holds the same words of the line does ("Its key enzyme ... cuts a protein")."""
        words = query.words
        if query.qtype != "thing" or words[:1] != ("what",) or words[-1:] not in _DOES:
            return top
        # its own sentence: one that only leads in answers with the next one too
        if not top.fact.draft or len(top.fact.source.split()) > _ANNOUNCES:
            return top
        ranked = {hit.fact.id: hit for hit in hits}
        held = self._index.held
        own = {t for t in query.terms if t in held(top.fact.id)}
        for later in self._index.following(top.fact.id, _ANNOUNCED_SPAN):
            hit = ranked.get(later)
            if hit is not None and hit.fact.topic == top.fact.topic and own <= held(later).keys():
                return hit
        return top

    def _own_words(self, said: Utterance, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "what did they accuse him of?" after Zinoviev and Kamenev: the accusation is
        what is asked, whom "they" stands for only carried over; a fact holding none of
        the line's own words does not answer when one nearly as good holds them all."""
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        if query.qtype != "thing" or not query.leans or not said.query.pronouns:
            return top  # "what did they ...?", not "was he executed?" nor "who held it?"
        later = self._analyzer.later_words  # "afterwards" says when, not what
        own = [
            t
            for t, w in said.query.surface
            if t not in kinds and w not in later and general(w) > _EVERYDAY
        ]
        if not own:
            return top
        held = self._index.held
        if any(t in held(top.fact.id) for t in own):
            return top
        # the facts ranked a little lower than those kept for the turn, too
        for hit in self._index.search(query, limit=_OWN_LOOK):
            if hit.score < top.score * _OWN_WORDS:
                break
            if all(t in held(hit.fact.id) for t in own):
                return hit
        return top

    def _list_of_rivals(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "When was Trotsky expelled?" of three expulsions told apart and once in a list
        ("from the Politburo in 1926, ... the party in 1927, ... the country in 1929"):
        when facts nearly as good as the best give different answers and a list among
        them holds them all, the list answers; one of them would be a guess."""
        if top is not hits[0] or query.qtype not in _LISTED_KINDS or query.leans:
            return top
        near = [h for h in hits if h.score >= top.score - _RIVALS_GAP]
        held = self._index.held
        for hit in near:
            if hit is top or not self._index.lists(hit.fact.id):
                continue
            listed = held(hit.fact.id).keys()
            rivals = [
                h
                for h in near
                if h is not hit
                and len(held(h.fact.id).keys() & listed) >= _IN_LIST * len(held(h.fact.id))
            ]
            if len(rivals) >= 2 and top in rivals:
                return hit
        return top

    def _all_of_them(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "What were Trotsky's main mistakes?" asks for them all: a sentence telling
        one of them ("One of Trotsky's greatest errors was ...") answers in part, when a
        fact nearly as good tells them in a series ("Trotsky's notable errors were
        declining ..., missing ..., and refusing ..."), holding the plural asked and
        every name the line says."""
        words = query.words
        if query.qtype != "thing" or words[1:2] not in (("were",), ("are",)):
            return top
        if not _one_of(top.fact.answer):
            return top
        kinds = self._analyzer.entity_kinds
        asked = {t for t, w in query.surface if t not in kinds and looks_plural(w)}
        if not asked:
            return top
        held = self._index.held
        names = set(query.entities)

        def tells_all(hit: Hit) -> bool:
            have = held(hit.fact.id).keys()
            return asked <= have and names <= have and _series(hit.fact.answer)

        return _nearly(top, hits, _ALL_NEAR, tells_all)

    def without_gap(
        self, query: Query, hits: Sequence[Hit], top: Hit, last: str | None = None
    ) -> Hit | None:
        """A runner-up holding as much of the question as the best fact, nearly as well
        placed, that the near-miss checks find nothing lacking in; or the fact just told
        (`last`), however placed, if it holds every word the line says now but those
        asking for a name: "what was the dog's name?" after "... killed her dog, Tray" is
        asked of it, whichever fact says "named" more."""
        said = [t for t in query.terms if t not in query.context]

        def told(hit: Hit) -> bool:
            held = self._index.held(hit.fact.id)
            unheld = {t for t in said if t not in held}
            return bool(unheld) and unheld <= self._naming and len(unheld) < len(said)

        for hit in hits[1:_RUNNERS_UP]:
            near = _close(top, hit) or (hit.fact.id == last and told(hit))
            if near and self._nearmiss.gap(query, hit.fact) is None:
                return hit
        return None

    def named_in_full(self, query: Query, top: Hit, rival: Hit) -> Hit | None:
        """Of two facts naming what a line names, the one saying its name as the line
        says it in full ("what is Brunnalp Vecchio?" of "the premium Brunnalp Vecchio",
        not "it has made only Brunnalp", where the shorter name is the text's for
        another thing); None when both or neither say it so, or the line says less."""
        names = self._analyzer.entity_names
        said = " ".join(query.words)
        full = [
            name.lower()
            for name in (names.get(e, "") for e in query.entities)
            if " " in name and f" {name.lower()} " in f" {said} "
        ]
        if not full:
            return None
        tells = [all(n in h.fact.answer.lower() for n in full) for h in (top, rival)]
        if tells[0] == tells[1]:
            return None
        return top if tells[0] else rival

    def fits_roles(self, asked: tuple[Frame, ...], hit: Hit) -> int:
        """How well a fact's frames fit the roles the question's frames give its names:
        +1 for a name in the same role ("what did Trotsky do?" of "Trotsky made efforts
        ..."), -1 for one found only in another ("the exile of Trotsky")."""
        held = self._frames_of(hit.fact.id)
        kinds = self._analyzer.entity_kinds
        score = 0
        for frame in asked:
            for role, names in frame.roles.items():
                for name in (n for n in names if n in kinds):
                    roles = {r for f in held for r, v in f.roles.items() if name in v}
                    score += 1 if role in roles else -1 if roles else 0
        return score

    def _following(self, query: Query, hits: Sequence[Hit]) -> Hit:
        """The best fact, or one nearly as good that itself says "after <the event the
        question names>" when the best does not: "what happened to Kamenev after Trotsky
        lost?" wants "After defeating Trotsky, Stalin turned on ...", not their alliance."""
        top = hits[0]
        follows = self._nearmiss.follows
        if follows(query, top.fact) is not False:
            return top
        for hit in hits[1:_RUNNERS_UP]:
            # nearly as good, or holding all the best one holds of the line ("after the
            # flood": "the boathouse flooded" and "After the flood the members ...")
            along = hit.score >= top.score * _ALONG or self._holds_all(query, top, hit)
            if along and follows(query, hit.fact):
                return hit
        return top

    def _holds_all(self, query: Query, top: Hit, hit: Hit) -> bool:
        """Whether a fact holds every term of the line the best fact holds."""
        held = self._index.held
        return {t for t in query.terms if t in held(top.fact.id)} <= held(hit.fact.id).keys()

    def _introduced(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "Who was Gideon Pell?" asks what he is, and a text says it where it brings him
        in ("went to work for the portrait photographer Gideon Pell"), not where it says
        more of him later ("Pell was a difficult master"): of the facts nearly as good
        that say what he is, holding as much of the line, the first in the text's order.
        Only drafted facts say so (see `Index.says_what`). "Who was Tilde's teacher?"
        asks of another, whom a person noun names, not what Tilde is."""
        if any(is_role_noun(w) for w in query.words[2:]):
            return top
        index = self._index
        sayers = [
            h
            for h in [top, *(h for h in hits[:_RUNNERS_UP] if h is not top)]
            if h.coverage >= top.coverage
            and h.score >= top.score * _INTRODUCED
            and index.says_what(h.fact.id, query)
            and (h is top or not _same_telling(h.fact, top.fact))
        ]
        if not sayers:
            return top
        first = min(sayers, key=lambda h: index.position(h.fact.id))
        # "what is Brunnalp Vecchio?": not where the text says what Brunnalp is
        return top if self.named_in_full(query, top, first) is top else first

    def _past_description(
        self, said: Utterance, query: Query, top: Hit, hits: Sequence[Hit]
    ) -> Hit:
        """ "What happened to the letter Lenin wrote?", "did the party get to read what Lenin
        wrote?": the writing only says which letter; the answer is what befell it later.
        When the best fact tells the event the question uses to describe a thing, one
        nearly as good that holds that thing and tells something else of it answers."""
        happened = _HAPPEN in query.terms
        if not happened and _RELATIVES.isdisjoint(query.words[1:]):
            return top  # no clause naming a thing: the line's frames are not even read
        frames_of = self._frames_of
        events = [f.predicate for f in said.frames if f.predicate and f.predicate != _HAPPEN]
        if not happened:
            # "did the party get to read what Lenin wrote?": the reading is asked, the
            # writing only says which letter; when the best fact tells only the writing
            # ("what Lenin wrote": a doer and its object left out, the thing described)
            top_events = {f.predicate for f in frames_of(top.fact.id)}
            gapped = [
                f.predicate
                for f in said.frames[1:]
                if f.predicate in top_events and f.role("agent") and not f.role("patient")
            ]
            if not events or events[0] in top_events or not gapped:
                return top
            events = gapped
        described = set(events)
        told = [f for f in frames_of(top.fact.id) if f.predicate in described]
        kinds = self._analyzer.entity_kinds
        things = {t for f in told for t in f.role("patient") if t not in kinds}
        if not things and happened and told:
            # "what happened to the letter where Lenin warned them?": the fact tells the
            # warning of someone, and the thing is the noun the clause describes
            things = _described_head(query, kinds)
        if not things:  # "the man who killed Trotsky", "once the Left was out": names
            return top
        for hit in hits[1:_RUNNERS_UP]:
            later = not any(f.predicate in described for f in frames_of(hit.fact.id))
            held = self._index.held(hit.fact.id)
            if hit.score >= top.score * _DESCRIBED and later and any(t in held for t in things):
                return hit
        return top

    def _destination(self, query: Query, top: Hit, hits: Sequence[Hit]) -> Hit:
        """ "Where was he exiled to?", "where did he end up?" ask where he went: a fact
        whose only places are where he left ("the exile of Trotsky from the Soviet
        Union") does not say, so one nearly as good that names a place otherwise
        answers instead. "Which country
        was he kicked out of?" asks the other way: the place left."""
        words = query.words
        if query.qtype == "place" and words[-1:] in (("from",), ("of",)):
            if self._left(top):
                return top
            for hit in hits[1:_RUNNERS_UP]:
                if hit.score >= top.score * _WENT and self._left(hit):
                    return hit
            return top
        if query.qtype != "place" or ("to" not in words and "where" not in words):
            return top  # "and out of the country?" after "when ...?" asks no place
        if "to" in words:
            after = words[len(words) - words[::-1].index("to") :]
            ordinals, stopwords = self._analyzer.ordinals, self._analyzer.stopwords
            if not all(w in ordinals or w in stopwords for w in after):
                return top  # "where did he go to write?": not where to
        if not self._left_only(top):
            return top
        for hit in hits[1:_RUNNERS_UP]:
            offered = self._index.offers(hit.fact.id, "place")
            if hit.score >= top.score * _WENT and offered and not self._left_only(hit):
                return hit
        return top

    def _left_only(self, hit: Hit) -> bool:
        """Whether every place a fact names is one left ("from the Soviet Union")."""
        places = self._index.offered(hit.fact.id, "place")
        return bool(places) and places <= self._index.places_left(hit.fact.id)

    def _left(self, hit: Hit) -> bool:
        """Whether a fact names a place left ("from the Soviet Union")."""
        return bool(self._index.places_left(hit.fact.id))

    def _new_name(
        self, query: Query, top: Hit, hits: Sequence[Hit], context: Mapping[str, Any]
    ) -> Hit:
        """ "Who did he team up with instead?" after his old allies: a who-question leaning
        on the last answer wants someone it has not named, so a fact nearly as good that
        names a new person answers over one that names only people already said."""
        if query.qtype != "person" or not query.leans:
            return top
        if self._analyzer.new_person_words.isdisjoint(query.words):
            return top  # "who was holding it?": the one just told may well be it
        said = [*query.terms, *context.get("persons", [])]
        offers = self._index.offers
        if offers(top.fact.id, "person", besides=said):
            return top
        for hit in hits[1:_RUNNERS_UP]:
            if _close(top, hit) and offers(hit.fact.id, "person", besides=said):
                return hit
        return top


def _compares(answer: str) -> bool:
    """Whether a sentence weighs one thing against another ("more on X", "X rather than
    Y", "less than"): words of degree, English grammar and no text's own words."""
    return not _DEGREE.isdisjoint(w.lower() for w in split_words(answer))


def _adds(text: str) -> bool:
    """Whether a sentence adds to what it names: "also", "as well", "not only", ..."""
    words = split_words(text.lower())
    return not _ADDING.isdisjoint(words) or not _ADDING_PAIRS.isdisjoint(pairwise(words))


def _still_what(query: Query) -> set[str]:
    """The term of what a line says held on: the first after its "still", a few words on
    ("still worry", "still a real danger"); none if no term follows."""
    if "still" not in query.words:
        return set()
    at = query.words.index("still")
    return next(({t} for t, k in query.spans if at < k <= at + _STILL_REACH), set())


def _they(words: Sequence[str]) -> bool:
    """Whether a line's subject is "they", "the two of them" (read "them" right after
    the auxiliary: "what did the two of them think?") or "both of them", not "what did
    Stalin think of them?"."""
    if _THEY in words:
        return True
    for k, w in enumerate(words[1:], 1):
        if w == "them" and words[k - 1] in _AUXILIARIES:
            return True
        if w in _ALL_OF and words[k - 1] in _AUXILIARIES and words[k + 1 : k + 3] == ("of", "them"):
            return True
    return False


def _nearly(
    top: Hit,
    hits: Sequence[Hit],
    share: float,
    fits: Callable[[Hit], bool],
    runners: int = _RUNNERS_UP,
) -> Hit:
    """The first of the facts after the best one (up to `runners` of the ranked) scoring
    `share` of it or more that fits, else the best one."""
    near = (h for h in hits[1:runners] if h.score >= top.score * share and fits(h))
    return next(near, top)


def _same_telling(one: Fact, other: Fact) -> bool:
    """Whether two drafted facts tell the same sentence, one as part of the other (a list
    and an item of it, a sentence and the one before it joined to it)."""
    return any(a.source.strip(" ;:,.") in b.answer for a, b in ((one, other), (other, one)))


def _one_of(answer: str) -> bool:
    """Whether a sentence tells one thing of several: "One of ...", "One key ..."."""
    return answer.split(" ", 1)[0].lower() == "one"


def _series(answer: str) -> bool:
    """Whether a sentence tells things in a series: "A, B, and C" (English grammar)."""
    return answer.count(",") >= _SERIES_COMMAS and " and " in answer


def _close(top: Hit, hit: Hit) -> bool:
    """Whether a runner-up holds as much of the question, nearly as well placed."""
    return hit.score >= top.score * _RUNNER_UP and hit.coverage >= top.coverage


def _described_head(query: Query, kinds: Mapping[str, str]) -> set[str]:
    """The term of the noun a clause of the question describes ("the letter" of "the
    letter where Lenin warned them", "in which"), if it is no name; else nothing. The
    noun follows a determiner ("lenin died, which group ...?" describes no death)."""
    words = query.words
    starts = {at: t for t, at in query.spans}
    for k in range(2, len(words)):
        if words[k] not in _CLAUSE_OPENERS:
            continue
        head = k - 2 if words[k - 1] == "in" else k - 1  # "the letter in which ..."
        if _DETERMINERS.isdisjoint(words[max(0, head - 2) : head]):
            continue
        for at in (head, head - 1):  # "the last letter": a term of two words
            term = starts.get(at)
            if term is not None:
                return set() if term in kinds else {term}
        return set()
    return set()
