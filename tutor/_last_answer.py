"""Whether the last answer answers a follow-up again, or is what it does not want: "when?"
right after a fact that gives the date, "afraid of what?", "which was the last one?"
after a list get that answer back; "what about the photos?" after "he rewrote history",
"why did that matter?" want something else, so the last answer weighs less.

`Context` asks this after the readings of a fact near the last answer
(tutor/_followup_readers.py) found none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._analyze import Analyzer, Query
from ._figures import MEASURED, holds_measure
from ._followup import CONTINUATIONS, MORE, FollowUp
from ._followup_shapes import GENERAL, TEMPORAL
from ._index import STRICT_TYPES, rate_asked
from ._measures import measured
from ._occupation import asks_occupation, occupation_beside
from ._reading import PackReading
from ._reasons import gives_purpose
from ._referents import PERSON_PRONOUNS, THING_PRONOUNS
from ._reflexive import reflexive_facts, says_reflexive
from ._text import split_words

__all__ = ["NOT_AGAIN", "LastAnswer", "asks_someone_new"]

# "did he run", "does she keep": the verb of a question after its auxiliary and subject
_DO = frozenset(["did", "does", "do"])
_SUBJECTS = frozenset(["he", "she", "they"])  # someone's deed ("did it come out?" is no deed)
# verbs of a deed's phase, whose deed is the verb after them ("did he start working with
# Stalin?" may ask the alliance just told)
_PHASE = frozenset(["start", "begin", "stop", "continue", "keep", "finish", "cease", "go"])
_OTHER_DEED = -0.2  # a deed the last answer does not tell: more than NOT_AGAIN
NOT_AGAIN = -0.1  # a follow-up leaning on the last answer wants something new
_DEGREE = frozenset(["more", "less", "most", "least"])  # "what matters less?" of "X than Y"
_MEASURES = frozenset(["number", "duration", "money", "distance"])  # asked of a figure
# a comparison a sentence makes: "more on X than on Y", "not through X but through Y",
# "X rather than Y", "X instead of Y" (English grammar, no text's words)
_COMPARES = re.compile(r" than |\bnot\b[^.;]*, but |\bnot\b[^.;,]* but | rather than | instead of ")
_PART = 0.6  # share of a fact's terms the last answer holds to be telling it too
_LIST_SPAN = 6  # a drafted list's items are told after its intro, a few at most
# words setting what was so against what was expected ("and who actually did?")
_CONTRARY = frozenset(["actually"])
# the dimensions a length is said of (english.yaml's `length_dimensions`), by adjective
_DIMENSIONS = frozenset(["high", "tall", "wide", "deep", "long", "far"])
# words conceding what goes against a sentence's main clause ("..., even though he
# remained a brilliant orator"), and those setting a question against what was just told
# ("then why did he lose?", "so why ... anyway?"): English grammar, no text's words
_CONCEDING = frozenset(["though", "although", "despite"])
_SET_AGAINST = frozenset(["then", "so", "anyway", "still"])
_PREPOSITIONS = frozenset(["in", "on", "at", "with", "for", "from", "about", "into", "against"])


def asks_someone_new(analyzer: Analyzer, query: Query, context: Mapping[str, Any]) -> bool:
    """Whether a who-question after a who-question asks for someone other than the one
    the last answer gave: "who was expected to take over?" "who did instead?", "and who
    actually did?" (`new_person_words`, `_CONTRARY`; not "who else?", which may ask the
    others a list just told, nor "who did he go after next?" after "what happened to
    them?", whose answer named someone new)."""
    words = set(query.words)
    return (
        query.qtype == "person"
        and context.get("asked") == "person"
        and not (analyzer.new_person_words.isdisjoint(words) and _CONTRARY.isdisjoint(words))
        and MORE.isdisjoint(words)
    )


class LastAnswer(PackReading):
    """Reads a follow-up against the last answer itself, for one pack. Immutable; shared."""

    def again(self, f: FollowUp) -> str | None:
        """The last answer again, when it holds what a line asks and nothing above found
        a fact nearer: "when?" right after a fact that gives the date; "and the Left?" of
        an answer about Bukharin that tells of the Left too; "which was the last one?"
        after a list; "afraid of what?"; "and what matters less?"; "how long had he served
        by then?"; "how old was she?" after "she died ..., aged seventy-seven". After the
        readings of a fact near (they name what the line asks beyond the last answer);
        before the same question of someone new (which it answers too, when it names
        them)."""
        query, last, pronouns = f.query, f.last, f.pronouns
        if asks_someone_new(self._analyzer, query, f.context):
            return None  # "who did instead?": not whom the last answer just gave
        # "who was Zinoviev?" "what about Kamenev?": the answer names them both
        # (not "what about Bukharin later?", "and after Trotsky was beaten?": past it)
        past = not self._analyzer.later_words.isdisjoint(query.words)
        also = f.fragment and not past and set(query.entities) <= self._index.names(last)
        if (
            (f.bare and f.gives)
            or (also and bool(query.entities) and (f.swapped or not query.qtype))
            or self._listed(f)
            or self._echo(query, last)
            or self._other_side(query, last)  # "and what matters less?"
            or (f.gives and self._at_that_time(query, last))  # "how long had he served by then?"
            # "how old was she?" after "she died ..., aged seventy-seven": of the one
            # just told, all in the last answer's words and of the kind it gives
            or (f.gives and bool(pronouns & PERSON_PRONOUNS) and self._all_held(query, last))
            or self._of_its_words(f)  # "what did Pellow have to build?"
            or self._asked_of_its_event(f)  # "when did he publish his findings?"
            or self._for_what(f)  # "what was it for?" after "..., so that ..."
            or self._its_rate(f)  # "how fast?" after "... fifteen hundred letters an hour"
            or self._its_measure(f)  # "how deep did they get?" after "... boring 340 metres"
            or self._work_beside(f)  # "what was his job?" after "... Conrad Pell, a surgeon"
            or self._where_it_was(f)  # "where was it held?" after "... in the Corn Exchange"
            or self._despite(f)  # "then why did his standing drop?" after "..., even though"
        ):
            return last
        return None

    def _despite(self, f: FollowUp) -> bool:
        """Whether "then why did his standing drop?" asks the main clause of a last answer
        that concedes something ("These tactics diminished his standing, even though he
        remained a brilliant orator", told for "was he a good speaker?"): a why set against
        what was just told, of the event the answer tells (a word of its own, not a
        person, held by it), whose cause the answer gives beside what it concedes."""
        query, last = f.query, f.last
        if query.qtype != "reason" or _SET_AGAINST.isdisjoint(query.words):
            return False
        if _CONCEDING.isdisjoint(split_words(self._pack.fact(last).answer.lower())):
            return False
        kinds = self._analyzer.entity_kinds
        own = {t for t in query.terms if t not in query.context and kinds.get(t) != "person"}
        return bool(own & self._index.held(last).keys())

    def _listed(self, f: FollowUp) -> bool:
        """Whether "which was the last one?" after a list asks the list again, which
        says: asked with the ordinal and nothing new, or everyday words only."""
        query, last = f.query, f.last
        ordinals, generality = self._analyzer.ordinals, self._analyzer.generality
        return bool(
            not f.outcome
            and not query.entities
            and not ordinals.isdisjoint(query.words)
            and (f.leans or all(w in ordinals or generality(w) <= 0.5 for w in query.words))
            and self._index.lists(last)
            # "where to first?" after a list of dated steps: not a place it lists
            and (
                query.qtype not in STRICT_TYPES
                or self._index.offers(last, query.qtype, besides=f.besides)
            )
        )

    def weigh_down(self, f: FollowUp) -> None:
        """When no reading found a fact, weigh the last answer down for a line that asks
        of something else: "what about the photos?" after "he rewrote history"; "why did
        that matter?" (something new); "who was his ally by then?" (another event at its
        time). The same question of someone new is weighed down by its reading."""
        query, last, boost = f.query, f.last, f.boost
        if f.swapped:
            pass
        elif f.fragment and self._another_thing(query, last):
            boost[last] = -0.5  # "what about the photos?": of them, not that answer
        elif f.leans and not f.gives and not self._other_part(query, f.context, last):
            boost[last] = NOT_AGAIN  # "why did that matter?" wants something new
        elif self._then_else(query, last):  # "who was his ally by then?": another
            boost[last] = NOT_AGAIN  # event at its time, not the one just told
        elif f.leans and self._another_deed(query, f.context, last):
            boost[last] = _OTHER_DEED  # "until when did he run it?" after "he joined it
            # in 1867": the date it gives is of another deed

    def _another_deed(self, query: Query, context: Mapping[str, Any], last: str) -> bool:
        """Whether a follow-up asks of a deed the last answer does not tell: the verb of
        a question put with 'did he', 'does she' ("until when did he run it?" after "he
        joined it in 1867") is a word of its own the last answer does not hold, and it
        holds no other ("how many pans did he build?" after "he rebuilt it with 24 pans"
        asks the pans it told)."""
        told = self._index.held(last).keys()
        carried = set(context.get("terms", ())) | query.kind_terms | set(query.entities)
        own = [(term, at) for term, at in query.spans if term not in carried]
        if not own or any(term in told for term, _ in own):
            return False
        words = query.words
        return any(
            at >= 2
            and words[at - 1] in _SUBJECTS
            and words[at - 2] in _DO
            and words[at] not in _PHASE
            for _, at in own
        )

    def _other_part(self, query: Query, context: Mapping[str, Any], last: str) -> bool:
        """Whether a follow-up asks of a part of the last answer the last question did
        not ask of, in the answer's own words: "what was the Troika?" "what did they say
        about Trotsky?", "... cost him crucial support" "did that cost him?"."""
        own = set(query.terms) - set(context.get("terms", [])) - query.kind_terms
        return bool(own) and own <= self._index.held(last).keys()

    def _of_its_words(self, f: FollowUp) -> bool:
        """Whether a question asks of the sentence just read, in its words: every word
        of its own is said in the last answer, one at least no everyday word, it names no
        one the answer does not, and the answer gives the kind it asks ("what did Pellow
        have to build?" after "... Pellow had to pay £212 in back duty and build a
        cottage"). Not one asking for more, or of another time ("what else did he
        build?", "what did he build after that?"), nor a why the answer gives no reason
        for: those want another sentence."""
        query, last = f.query, f.last
        words = set(query.words)
        if f.fragment:  # "what about the online shop?": the last question, of it
            return False
        if not set(query.entities) <= self._index.names(last):
            return False
        if not MORE.isdisjoint(words) or not TEMPORAL.isdisjoint(words):
            return False
        if not self._analyzer.later_words.isdisjoint(words) or f.outcome:
            return False
        if self._analyzer.asks_meaning(query.words):
            return False  # "what does Bonapartism mean?": what says what it means
        if says_reflexive(query.words) and last not in reflexive_facts([self._pack.fact(last)]):
            return False  # "how did he present himself?" after what he did to another
        if query.qtype == "amount":  # "how much did the toll go up?": a sum it gives; not
            # "how much ice?" of any figure it gives ("thicker than seven inches")
            gives = self._index.offers(last, "money", besides=f.besides)
        elif query.qtype == "reason":
            gives = self._index.reasons.own(last)
        else:
            gives = query.qtype not in STRICT_TYPES or f.gives
        if not gives:
            return False
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        own = [t for t in query.terms if t not in query.context and t not in query.kind_terms]
        own = [t for t in own if t not in kinds]
        told = self.answer_terms(last)
        said = [t for t in own if t in told]  # and words never seen in the text
        unseen = {t for t, _ in query.unknown}
        rare = any(general(w) >= GENERAL for t, w in query.surface if t in said)
        if not said or not rare or not all(t in told or t in unseen for t in own):
            return False
        # a part of it the pack tells alone (an item of a list: "why did he miss the
        # funeral?" after his errors) holding those words is what the search finds
        for part in (*self._pack.fact(last).related, *self._index.following(last, _LIST_SPAN)):
            terms = self.answer_terms(part)
            if all(t in terms for t in own) and len(terms & told) >= _PART * len(terms):
                return False
        return True

    def _asked_of_its_event(self, f: FollowUp) -> bool:
        """Whether a line asks the kind of thing the last answer gives of the event it
        tells, by its verb: "when did he publish his findings?" after "... and in 1893 he
        published the first drawing of its layers" (the rarest of its own words said in
        the answer, and half of them at least; no one it does not name; not "what else",
        another time, an ordinal or a list's next)."""
        query, last = f.query, f.last
        if not f.gives or f.fragment or not set(query.entities) <= self._index.names(last):
            return False
        if not self._pack.fact(last).draft:  # a written pack's questions say what it answers
            return False
        words, analyzer = set(query.words), self._analyzer
        if not MORE.isdisjoint(words) or not TEMPORAL.isdisjoint(words):
            return False
        if not analyzer.later_words.isdisjoint(words) or not analyzer.ordinals.isdisjoint(words):
            return False
        kinds, general = analyzer.entity_kinds, analyzer.generality
        own = [
            (t, w)
            for t, w in query.surface
            if t not in query.context and t not in query.kind_terms and t not in kinds
        ]
        if not own:
            return False
        held = self._index.held(last)
        said = [t for t, _ in own if t in held]
        if not f.leans and len(said) < len(own):
            # a whole question of its own ("who hired the diggers?" after "two brothers
            # dug the well"): its deed is another unless the answer holds every word
            return False
        rarest, word = max(own, key=lambda tw: general(tw[1]))
        return general(word) >= GENERAL and rarest in said and 2 * len(said) >= len(own)

    def _for_what(self, f: FollowUp) -> bool:
        """Whether "what was it for?", "what were they used for?" asks what the thing the
        last answer told of was for, and the answer says ("an endowment, which the
        trustees invested so that its interest would pay the teachers' salaries"): a
        line ending in "for", of "it" or "that", with no word of its own."""
        words = f.query.words
        if words[-1:] != ("for",) or THING_PRONOUNS.isdisjoint(words):
            return False
        if f.query.entities or set(f.query.terms) - f.query.kind_terms - f.query.context:
            return False
        return gives_purpose(self._pack.fact(f.last).answer)

    def _its_rate(self, f: FollowUp) -> bool:
        """Whether "how fast?", "how quickly does it move?" asks the rate the last answer
        gives ("set about fifteen hundred letters an hour", "at a rate of one to three
        centimetres a day"): a rate asked, no one named, no other time or thing, and every
        other word of the line said in the answer or an everyday one."""
        query, last = f.query, f.last
        rated = rate_asked(query.words)
        if not rated or query.entities or not self._index.offered(last, "rate"):
            return False
        words = set(query.words)
        if not MORE.isdisjoint(words) or not TEMPORAL.isdisjoint(words):
            return False
        if not self._analyzer.later_words.isdisjoint(words):
            return False  # "how fast is it now?": another time than the one told
        held, general = self._index.held(last), self._analyzer.generality
        return all(
            w in rated or t in held or t in query.context or general(w) <= GENERAL
            for t, w in query.surface
        )

    def _its_measure(self, f: FollowUp) -> bool:
        """Whether "how deep did they get?", "how much extra were they paying?" asks the
        figure the last answer gives ("after boring 340 metres the team ...", "paying a
        premium of 12 percent"): a measure asked ("how" and an adjective of measure, or
        "how much" and a word of degree: "extra", "higher"), a figure of its kind in the answer and none of another dimension
        ("40 metres wide" answers no "how deep?"), no one named, no other time or thing,
        and every other word of the line said in the answer or an everyday one."""
        query, last = f.query, f.last
        words = query.words
        if "how" not in words or query.entities or not self._pack.fact(last).draft:
            return False
        k = words.index("how")
        asked = words[k + 1 : k + 2]
        if not asked or asked[0] not in MEASURED | {"much"}:
            return False
        if asked == ("much",) and words[k + 2 : k + 3] in (
            (),
            *((w,) for w in self._analyzer.yes_no),
        ):
            return False  # "how much did they agree to pay?": a sum, which the search finds
        if not MORE.isdisjoint(words) or not TEMPORAL.isdisjoint(words):
            return False
        if not self._analyzer.later_words.isdisjoint(words):
            return False
        answer = self._pack.fact(last).answer
        dimensions = set(measured(answer)) & _DIMENSIONS
        if dimensions - {asked[0]} or not holds_measure(answer, asked[0]):
            return False  # "how deep?" of "a lagoon 40 metres wide"
        held, general = self._index.held(last), self._analyzer.generality
        return all(
            w in ("how", asked[0]) or t in held or t in query.context or general(w) <= GENERAL
            for t, w in query.surface
        )

    def _work_beside(self, f: FollowUp) -> bool:
        """Whether "what was his job?", "what was Pell's trade?" asks the work the last
        answer sets beside the name of whom it asks of ("married Conrad Pell, a ship's
        surgeon", "from the miller Samuel Rell"): a drafted fact, a line asking what, a
        noun of occupation and only everyday words besides (tutor/_occupation.py)."""
        query, last = f.query, f.last
        if query.words[:1] != ("what",) or not self._pack.fact(last).draft:
            return False
        general = self._analyzer.generality
        own = [(t, w) for t, w in query.surface if t not in query.context]
        asked = [t for t, _ in own if asks_occupation(t)]
        if not asked or any(t not in asked and general(w) > GENERAL for t, w in own):
            return False
        kinds, names = self._analyzer.entity_kinds, self._analyzer.entity_names
        persons = [t for t in query.terms if kinds.get(t) == "person"] or list(f.persons[:1])
        if len(persons) != 1:
            return False
        person = persons[0]
        parts = {*person.split("_"), *names.get(person, "").lower().split()}
        words, spans = self._analyzer.words_and_spans(self._pack.fact(last).answer)
        for term, start in spans:
            if term != person:
                continue
            end = start + 1
            while end < len(words) and words[end] in parts:
                end += 1
            if occupation_beside(words, start, end) is not None:
                return True
        return False

    def _where_it_was(self, f: FollowUp) -> bool:
        """Whether "where was it held?", "where did that happen?" asks where the event the
        last answer tells was, and it says ("called a public meeting in the Corn
        Exchange", a building the draft took for a thing): a place asked of "it" or
        "that", no one named, no other time or place, only everyday words."""
        query, words = f.query, set(f.query.words)
        if query.qtype != "place" or query.entities or THING_PRONOUNS.isdisjoint(query.pronouns):
            return False
        if not self._index.sites(f.last) - set(f.besides):  # a drafted fact's building
            return False
        if not MORE.isdisjoint(words) or not TEMPORAL.isdisjoint(words):
            return False  # "where else ...?", "where did he go after that?": somewhere new
        if not self._analyzer.later_words.isdisjoint(words):
            return False
        general = self._analyzer.generality
        return all(t in query.context or general(w) <= GENERAL for t, w in query.surface)

    def _all_held(self, query: Query, last: str) -> bool:
        """Whether the last answer holds every term a line says of its own."""
        if query.entities or query.qtype not in _MEASURES:  # "how old", "how long", ...
            return False  # not "who did he ally with?", "no, Trotsky: where did he go?"
        if not self._analyzer.later_words.isdisjoint(query.words):
            return False  # "how many were there later?" asks past the last answer
        own = set(query.terms) - query.context - query.kind_terms
        return bool(own) and own <= self._index.held(last).keys()

    def _echo(self, query: Query, last: str) -> bool:
        """Whether a line asks again of a part of the last answer, the question word left
        in place ("afraid of what?", "his role in what?", "triumph over what?"): its
        words are all the last answer's, so the answer is there."""
        words = [w for w in query.words if w not in CONTINUATIONS or w in self._analyzer.qwords]
        at = next((k for k, w in enumerate(words) if w in self._analyzer.qwords), None)
        if not at or len(words) - at > 2:  # the question word first: not an echo
            return False
        answer = " ".join(split_words(self._pack.fact(last).answer.lower()))
        if query.terms and set(query.terms) <= self._index.held(last).keys():
            return True
        if query.terms:
            # "in what subjects?" after "gave her lessons in geometry and mechanics": the
            # one word before the question word said in the last answer, a noun after it
            # naming what fills it (not a kind the text marks: "in what year?" asks a date)
            return (
                at == 1
                and words[0] in _PREPOSITIONS
                and query.qtype in (None, "thing")
                and len(query.terms) == 1
                and not query.entities
                and f" {words[0]} " in f" {answer} "
            )
        # "and not through what?": only little words, said in the last answer
        return f" {' '.join(words[:at])} " in f" {answer} "

    def _other_side(self, query: Query, last: str) -> bool:
        """Whether a line asks only for a side of the comparison the last answer makes:
        "and what matters less?", "what didn't matter as much?" after "... depends more on
        alliances than on charisma" or "won not through ideas but through alliances" (a
        word of degree, at most one word of its own, no name; "what more?" alone asks for
        others)."""
        words = set(query.words)
        degree = not _DEGREE.isdisjoint(words) or {"as", "much"} <= words  # "not as much"
        if not degree or query.entities or len(query.terms) != 1:
            return False
        return _COMPARES.search(f" {self._pack.fact(last).answer.lower()} ") is not None

    def _at_that_time(self, query: Query, last: str) -> bool:
        """Whether a line asks of the last answer's event at its time, in its words:
        "how long had he served by then?" ("at the time", "at that point"; not "then"
        alone, which may mean "so"): a figure, or in the answer's words. "Who was his ally
        by then?" asks of something else at that time, in a word the answer lacks."""
        at = self._analyzer.then_phrase(query.words)
        if at is None:
            return False
        if query.qtype in _MEASURES:  # "how long had he served by then?": a figure of it
            return True
        is_year = self._analyzer.is_year
        inside = {t for t, k in query.spans if at[0] <= k < at[1]}  # "time", "point"
        own = set(query.terms) - query.context - query.kind_terms - set(query.entities) - inside
        return {t for t in own if not is_year(t)} <= self._index.held(last).keys()

    def _another_thing(self, query: Query, last: str) -> bool:
        """Whether a fragment names a thing of its own the last answer does not hold:
        "what about the photos?" after "he rewrote history" asks the last question of
        the photos (the same question of something else, as "and Stalin?" of someone)."""
        kinds = self._analyzer.entity_kinds
        own = [t for t in query.terms if t not in kinds and t not in query.kind_terms]
        held = self._index.held(last)
        return bool(own) and not any(t in held for t in own)

    def _then_else(self, query: Query, last: str) -> bool:
        """Whether a line asks of something at the time of the last answer's event that
        the answer does not hold ("who was his ally by then?", "did it seem important at
        the time?"): its year, filled in for "by then", is no reason to tell it again."""
        then = self._analyzer.then_phrase(query.words) is not None
        return then and not self._at_that_time(query, last)
