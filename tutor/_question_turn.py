"""The learner's question turn: a plain question answered from the facts, with what
the conversation lends it (a follow-up's "when was that?", "and Kamenev?", "what
happened next?") and the checks that turn a weak or off-target match into a near miss,
a clarifying question or an honest fallback.

It is the largest job of a turn and apart from the session (tutor/_session.py), which
keeps the learner's state and routes each line to commands, the dialogue, small talk or
here.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ._analyze import Query
from ._content import Fact
from ._everyday import lacks_only_everyday
from ._figure_clause import figure_elsewhere
from ._frames import Frame
from ._index import STRICT_TYPES, Hit
from ._last_answer import asks_someone_new
from ._nearmiss import Gap
from ._question_replies import Replies
from ._referents import PERSON_PRONOUNS
from ._reflexive import reflexive_boost, reflexive_pronoun_boost
from ._reply import Reply
from ._singled import singled_out
from ._steps import told_whole
from ._still_told import next_may_tell
from ._topic_asked import asked_topic, opening_fact
from ._untold_event import untold_event
from ._utterance import Utterance

if TYPE_CHECKING:
    from ._engine import Engine

__all__ = ["QuestionTurn"]

# Policy thresholds (tuned on the project's own regression cases, not the devset).
# Share of the question's evidence the best fact must hold, by number of terms asked:
# a short question has no filler, so each of its words must be accounted for.
_MIN_COVERAGE = {1: 0.75, 2: 0.75, 3: 0.65, 4: 0.5}
_MIN_COVERAGE_LONG = 0.35
_MIN_COVERAGE_CONTEXT = 0.5
_MIN_COVERAGE_ARGUMENT = 0.25  # a question about the writer's view, of a fact stating it
_MIN_SCORE = 0.35
_MIN_EVIDENCE = 1.5  # held weight a line with neither question word nor name needs
_TERSE = 4  # words of a line that may be a question in keywords alone
_MIN_TERSE = 1.0  # held weight such a line needs ("first" alone says too little)
_SUMMARY = "summary"  # the keyword a pack's summary fact carries
_PART = 0.3  # how much "in the conclusion" leans to the text's last section
_CLARIFY_GAP = 0.02  # top two this close, on different topics: ask which was meant


class QuestionTurn:
    """One question turn over the conversation's state (a plain dict it updates)."""

    __slots__ = ("_engine", "_replies", "_state")

    def __init__(self, engine: Engine, state: dict[str, Any]) -> None:
        self._engine = engine
        self._state = state
        self._replies = Replies(engine, state)

    def question(self, said: Utterance) -> Reply:
        """The reply to a question line: a step of a list or a follow-up the
        conversation answers, else the fact the index finds best, or why none answers;
        "how long after A was B?" from the years of A and B when no fact says how long."""
        engine = self._engine
        asked = engine.between.read(said.query, self._state["context"], self._state["told"])
        if asked is None or not asked.dated:
            return self._question(said)
        kept = copy.deepcopy(self._state)
        reply = self._question(said)
        if engine.between.answered(asked, reply):  # "110 years after his book appeared"
            return reply
        self._state.clear()
        self._state.update(kept)
        return self._replies.between(said.query, asked) or self._question(said)

    def _question(self, said: Utterance) -> Reply:
        """A question line read as it stands (`question`)."""
        engine = self._engine
        context = engine.context
        steps = context.step(said.query, self._state["context"])
        if len(steps) == 1:  # "what's the third stage of ...?", "and the last one?"
            return self._replies.answer(said.query, Hit(engine.pack.fact(steps[0]), 1.0, 1.0))
        if steps:  # "what are the stages of ...?": its lead and its steps, in order
            facts = [engine.pack.fact(f) for f in steps]
            self._replies.remember(said.query, Hit(facts[-1], 1.0, 1.0))  # "and the third?" next
            return Reply(told_whole(facts), "answer", fact_ids=steps, confidence=1.0)
        query, boost, again = context.resolve(
            said.query, self._state["context"], self._state["told"]
        )
        untold_deed = (
            "" if again is not None else context.untold_deed(said.query, self._state["context"])
        )
        if untold_deed:  # "what did he do with it?" when the text tells nothing he did
            last = engine.pack.fact(self._state["context"]["fact"])
            return self._replies.near(query, Hit(last, 1.0, 1.0), Gap(untold_deed))
        outcome = (
            None
            if again is not None
            else context.untold_outcome(said.query, self._state["context"])
        )
        if outcome is not None:  # "did it work?" when nothing near says: what it says next
            untold_part, following = outcome
            return self._replies.near(
                query, Hit(engine.pack.fact(following), 1.0, 1.0), Gap(untold_part)
            )
        kept = context.kept_question(query)
        doer = context.doer_nearby(said.query, self._state["context"])
        if doer is not None:  # "by whom?" after "Trotsky was accused of Bonapartism"
            return self._replies.told_before(query, engine.pack.fact(doer))
        dated = (
            None if again is not None else context.dated_before(said.query, self._state["context"])
        )
        if dated is not None:  # "when was that?" of a sentence dated by the one before
            return self._replies.told_before(query, engine.pack.fact(dated))
        if again is not None:  # "when was that?" right after a fact that gives the date
            hit = Hit(engine.pack.fact(again), 1.0, 1.0)
            gap = engine.nearmiss.gap(query, hit.fact)  # "where was he from?": not there
            told_next = (
                None
                if gap is None
                else context.role_told_next(query, self._state["context"], again)
            )
            if told_next is not None:  # "in what years?": the sentence after gives them
                return self._replies.answer(query, Hit(engine.pack.fact(told_next), 1.0, 1.0))
            if gap is not None:
                return self._replies.near(query, hit, gap)
            same = again == self._state["context"].get("fact")
            fate = context.fate_untold(said.query, self._state["context"], again)
            if fate is not None:  # "what happened to it later?": not the last answer
                return self._replies.near(
                    query, Hit(engine.pack.fact(fate[1]), 1.0, 1.0), Gap(fate[0])
                )
            if not same:
                query = self._told(query, hit.fact)
            picked = context.list_item(said.query, again) if same else None
            persons = self._state["context"].get("persons", [])
            reply = self._replies.answer(query, hit)
            if same:  # "when was that?": the talk is about whom it was about, or about
                # whom it names ("and Kamenev?"; not "when did Stalin ally with him?")
                talk = self._state["context"]
                named = [e for e in said.query.entities if e in talk["persons"]]
                if PERSON_PRONOUNS & set(said.query.pronouns):
                    named = []
                talk["persons"] = list(dict.fromkeys([*named, *persons, *talk["persons"]]))
            if picked is not None:  # "and the last?" after a list: that item, then the list
                word, item = picked
                return replace(reply, text=f"The {word} one: {item}. {reply.text}")
            return reply
        ended = context.ended(said.query)
        if ended is not None:  # "how did things turn out for Bukharin in the end?"
            return self._replies.answer(query, Hit(engine.pack.fact(ended), 1.0, 1.0))
        wish = self._wish_settled(said)
        if wish is not None:  # "did Lenin want Stalin in charge?": what Lenin wished for him
            return self._replies.answer(query, Hit(wish, 1.0, 1.0))
        if not query.terms and query.part == "argument" and engine.argument:
            # "what is the author's opinion?": the writer's view, stated at the text's ends
            thesis = engine.pack.fact(engine.argument[0])
            return self._replies.answer(query, Hit(thesis, 1.0, 1.0))
        if not query.terms:
            return self._replies.fallback(query, [])
        if context.assumes_untold(query, self._state["context"]):
            return self._replies.fallback(query, [])
        if query.part is not None and engine.pack.topics:  # "at first", "in the conclusion"
            boost = {**boost, **self._part_boost(query.part)}
        boost = self._for_himself(query, boost)  # "to boost himself": done for his sake
        hits = engine.index.search(query, boost)
        needed = _MIN_COVERAGE.get(len(query.terms), _MIN_COVERAGE_LONG)
        if query.leans:  # the conversation pins the topic down
            needed = min(needed, _MIN_COVERAGE_CONTEXT)
        if query.part == "argument" and hits and hits[0].fact.id in engine.argument:
            # the writer's view is asked, and this fact states it: the words of the line
            # are the learner's for the argument, and held only in part ("what does the
            # writer think decided it?"), unless the line says what the text never does
            needed = min(needed, _MIN_COVERAGE_ARGUMENT if not query.unknown else needed)
        # leaning on the conversation, a fact holding what was said *now* is enough
        covered = max(hits[0].coverage, hits[0].own) if hits and query.context else None
        if not hits:
            return self._still_told(said, query) or self._replies.fallback(query, hits)
        # a drafted fact holding the line's names and rarer words answers, its score and
        # coverage pulled down only by the learner's commoner words (see _everyday)
        weak = hits[0].score < _MIN_SCORE or (covered or hits[0].coverage) < needed
        near = bool(query.context) and context.told_soon_after(
            self._state["context"], hits[0].fact.id
        )
        if weak and not (
            lacks_only_everyday(engine.analyzer, engine.index, query, hits[0], near)
            or singled_out(engine.analyzer, engine.index, engine.picker, said, query, hits)
        ):
            doer_next = engine.next_doer.fact(said.query, self._state["context"])
            if doer_next is not None:  # "what did the committee do about the crowding?"
                return self._replies.answer(query, Hit(engine.pack.fact(doer_next), 1.0, 1.0))
            return self._still_told(said, query) or self._replies.fallback(query, hits)
        if untold_event(engine.analyzer, engine.index, query, hits[0]):
            return self._replies.fallback(query, hits)  # "when was X built?" of "by 2014 ... X"
        if figure_elsewhere(engine.analyzer, engine.index, query, hits[0].fact):
            return self._replies.fallback(query, hits)  # "flour price" of "bought the mill ..."
        # No question word and no name: "i think it helped" is not a question about the
        # text unless it says something only the text says ("show trials").
        # A few words a fact holds every one of ("routes before after") are a terse
        # question, though, if not only everyday ones: chatter says "it", "that", "you".
        chatter = query.qtype is None and not query.entities and not query.leans
        terse = hits[0].coverage >= 1.0 and not query.pronouns and len(query.words) <= _TERSE
        if (
            chatter
            and hits[0].evidence < (_MIN_TERSE if terse else _MIN_EVIDENCE)
            and not engine.index.says(hits[0].fact.id, query)  # "first used", as the text says
        ):
            return self._replies.fallback(query, hits)
        picker = engine.picker
        top = picker.best(said, query, hits, self._state["context"])
        swapped = picker.judged_only(said, top, self._state["context"])
        if swapped is not None:  # "what did Trotsky think of Stalin?" of Stalin's view of him
            return self._replies.near(
                query, picker.view_nearby(swapped, top, hits), Gap(swapped.untold)
            )
        last = self._state["context"].get("fact")
        if top.fact.id == last and asks_someone_new(engine.analyzer, query, self._state["context"]):
            # "and who actually did?": whom the last answer gave is not it, told again
            return self._replies.fallback(query, [h for h in hits if h.fact.id != last])
        reason = context.reason_beside(said.query, self._state["context"], top.fact.id)
        if reason is not None:  # "why did he do that?": "This was because ...", next to it
            return self._replies.answer(
                query, Hit(engine.pack.fact(reason), top.score, top.coverage)
            )
        told_next = context.role_told_next(query, self._state["context"], top.fact.id)
        if told_next is not None:  # "how did they raise it?": the text goes on to say
            return self._replies.answer(
                query, Hit(engine.pack.fact(told_next), top.score, top.coverage)
            )
        going = engine.goes_on.next_of(query, self._state["context"], top.fact.id)
        if going is not None:  # "what did he write in it?": "He recorded ...", told next
            return self._replies.answer(
                query, Hit(engine.pack.fact(going), top.score, top.coverage)
            )
        if top.fact.id == last:  # not the last answer again, if the next one opens with him
            doer_next = engine.next_doer.fact(said.query, self._state["context"])
            if doer_next is not None:  # "what did the committee do about the crowding?"
                return self._replies.answer(query, Hit(engine.pack.fact(doer_next), 1.0, 1.0))
        untold = context.untold_of_last(said.query, self._state["context"], top.fact.id)
        if untold:  # "when?" of an event the text gives no date for, not another's date
            last = engine.pack.fact(self._state["context"]["fact"])
            return self._replies.near(query, Hit(last, top.score, top.coverage), Gap(untold))
        if kept and kept.isdisjoint(engine.index.held(top.fact.id)):
            # "who killed Trotsky?" "what about Kamenev?": the text tells no killing of him
            return self._replies.near(query, top, engine.nearmiss.untold_about(query.entities[0]))
        if query.leans and context.asks_untold(query, top.fact.id):
            return self._replies.fallback(query, hits)
        # the person and the event are in the text, what is asked is not ("which illness")
        # the writer's view is told in the text's own words, not as who the writer was
        gap = None if query.part == "argument" else engine.nearmiss.gap(query, top.fact)
        if gap is not None:
            # a fact nearly as good may give what this one lacks ("what did Stalin do
            # after he beat Trotsky?": the one that begins "After defeating Trotsky")
            # asked what came after an event, or of someone this fact never names
            retry = gap.instead is not None or gap.elsewhere
            last = self._state["context"].get("fact")  # or the fact just told
            other = picker.without_gap(query, hits, top, last) if retry else None
            if other is None:
                return self._replies.near(query, top, gap)
            top = other
        # (after the gap: "what happened to him afterwards?" of Mercader says whom)
        fate = context.fate_untold(said.query, self._state["context"], top.fact.id)
        if fate is not None:  # "what happened to it later?": not the last answer again
            offered = Hit(engine.pack.fact(fate[1]), top.score, top.coverage)
            return self._replies.near(query, offered, Gap(fate[0]))
        rival = next((h for h in hits[1:] if h.fact.answer != top.fact.answer), None)
        if (
            rival is not None
            and not query.leans  # the conversation already says which is meant
            and len(query.terms) <= 3
            and top.score - rival.score < _CLARIFY_GAP
            and rival.fact.topic != top.fact.topic
            and min(top.coverage, rival.coverage) >= 0.9
            # the writer's view asked, and both state it: one argument, no choice to offer
            and not (
                query.part == "argument"
                and top.fact.id in engine.argument
                and rival.fact.id in engine.argument
            )
            # "who was Nell Garrow?": the one saying what she is, not one naming her again
            and engine.index.says_what(top.fact.id, query)
            <= engine.index.says_what(rival.fact.id, query)
        ):
            asked = said.frames
            kinds = engine.analyzer.entity_kinds
            people = tuple(e for e in query.entities if kinds[e] == "person")
            of_him = len(query.terms) > 1  # more than a bare name ("lenin"): asked of him
            if len(people) == 1 and of_him and not any(f.roles for f in asked):
                # "what was Trotsky good at?": a state, but of him; he is its subject
                asked = (Frame("", MappingProxyType({"agent": people})),)
            fits = picker.fits_roles(asked, top) - picker.fits_roles(asked, rival)
            if fits == 0 and query.qtype in STRICT_TYPES:
                # "how many men went down?": only one of them gives a number
                index = engine.index
                fits = int(index.offers(top.fact.id, query.qtype)) - int(
                    index.offers(rival.fact.id, query.qtype)
                )
            if fits == 0 and query.qtype == "reason":
                # "cause of death" of two deaths: the one whose sentence says why ("died of")
                fits = int(context.gives_reason(top.fact.id)) - int(
                    context.gives_reason(rival.fact.id)
                )
            if fits == 0:
                # "what is Brunnalp Vecchio?": the one saying the name as said, in full
                full = picker.named_in_full(query, top, rival)
                if full is None:
                    return self._replies.clarify(top, rival)
                top, fits = full, 1
            top = top if fits > 0 else rival  # "what did Trotsky do?": he is the doer
        return self._replies.answer(query, top)

    def _still_told(self, said: Utterance, query: Query) -> Reply | None:
        """For a follow-up no fact answers well: the last answer again when it holds what
        the line asks ("what temperature?" after "... warmer than 30 degrees"; see
        tutor/_still_told.py), or the sentence right after it that gives the kind asked
        ("how long did they talk?" after "they met at the chapel": "The talks lasted two
        days")."""
        engine, talk = self._engine, self._state["context"]
        again = engine.context.still_told(said.query, talk)
        if again is None and isinstance(talk.get("fact"), str) and next_may_tell(query):
            again = engine.context.role_told_next(query, talk, talk["fact"])
        if again is None:
            return None
        return self._replies.answer(query, Hit(engine.pack.fact(again), 1.0, 1.0))

    def topic_asked(self, said: Utterance) -> Reply | None:
        """The opening fact of the topic a refused line names by its title alone
        (`asked_topic`): the title a refusal offers can be asked back."""
        pack = self._engine.pack
        topic = asked_topic(said.tokens, pack)
        fact = opening_fact(pack, topic) if topic is not None else None
        return None if fact is None else self._replies.answer(said.query, Hit(fact, 1.0, 1.0))

    def gist(self, overview: str) -> Reply:
        """What the text as a whole says: the fact a pack gives as its summary (a fact
        whose keywords say "summary"), else the topics it covers."""
        engine = self._engine
        query = engine.analyzer.analyze(_SUMMARY, correct=False)
        hits = engine.index.search(query, limit=1)
        if hits and hits[0].coverage >= 1.0:
            return self._replies.answer(query, hits[0])
        topics = "; ".join(t.title for t in engine.pack.topics)
        document = engine.pack.document
        text = overview.format(
            Document=document[:1].upper() + document[1:], document=document, topics=topics
        )
        return Reply(text, "smalltalk")

    def _wish_settled(self, said: Utterance) -> Fact | None:
        """For a yes/no question whether someone wished something of another, the fact
        telling that wish (`Wishes.settles`)."""
        words = said.query.words
        if (
            said.query.qtype is not None
            or not words
            or words[0] not in self._engine.analyzer.yes_no
        ):
            return None
        return self._engine.dialogue.replies.claims.wishes.settles(words)

    def _told(self, query: Query, fact: Fact) -> Query:
        """What a follow-up answered by another fact ("why?") leaves the talk about: what
        that fact says, so "that" next is it ("his disdain ... cost him support" "did
        that hurt him?"), not what the question carried; "he" stays whom it was about."""
        analyzer = self._engine.analyzer
        told = analyzer.analyze(fact.answer, correct=False)
        kinds = analyzer.entity_kinds
        persons = [t for t in query.terms if kinds.get(t) == "person"]
        named = [e for e in query.entities if kinds.get(e) == "person"]  # "what about Kamenev?"
        persons = named + self._state["context"].get("persons", [])[:1] + persons
        if query.qtype == "person" and not analyzer.new_person_words.isdisjoint(query.words):
            # "who did he ally with instead?": the newcomer the answer names is "him" next
            persons = [e for e in told.entities if kinds.get(e) == "person" and e not in persons]
            persons += [t for t in query.terms if kinds.get(t) == "person"]
        return replace(told, terms=tuple(dict.fromkeys([*persons, *told.terms])))

    def _for_himself(self, query: Query, boost: dict[str, float]) -> dict[str, float]:
        """The boosts with the facts of a deed done for its own doer added, when the line
        says the first person it names did something for or to himself."""
        engine = self._engine
        kinds = engine.analyzer.entity_kinds
        persons = [e for e in query.entities if kinds.get(e) == "person"]
        held = engine.index.held
        more = reflexive_boost(query.words, persons, engine.reflexive, lambda f, p: p in held(f))
        if not persons:  # "how did he present himself?": whom "he" stands for, as the doer
            frames_of = engine.dialogue.replies.claims.frames_of
            more = reflexive_pronoun_boost(query, kinds, engine.reflexive, frames_of)
        if not more:
            return boost
        return {**boost, **{f: boost.get(f, 0.0) + b for f, b in more.items()}}

    def _part_boost(self, part: str) -> dict[str, float]:
        """Score boosts for the facts of the part of the text a line asks of: its first
        section for "start", its last for "end", its thesis and conclusion for
        "argument" (the writer's view)."""
        pack = self._engine.pack
        if part == "argument":
            return dict.fromkeys(self._engine.argument, _PART)
        topic = (pack.topics[0] if part == "start" else pack.topics[-1]).id
        return {f.id: _PART for f in pack.facts if f.topic == topic}
